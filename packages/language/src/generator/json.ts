/**
 * The semantic model of a meeting as stable JSON for systems that import minutes
 * (`referat json`). Schema: ./meeting.schema.json (schemaVersion 1). Dates are YYYY-MM-DD, times
 * HH:MM, lines 1-based; every key is always present (null or [] when the minutes say nothing).
 * Additive changes keep schemaVersion 1; anything else raises it.
 */
import { formatTime, toIsoDate, type CalendarDate, type ClockTime } from '../model/dates.js';
import type { Attendee, Block, Case, Meeting, Span } from '../model/types.js';

export const MEETING_SCHEMA_VERSION = 1;

export interface JsonOptions {
    /** Exempt cases keep number, title and legal basis only (`redacted: true`). */
    publicEdition?: boolean;
    /** What `source` says; defaults to the document URI (the CLI passes the path as given). */
    source?: string;
}

export function meetingToJson(meeting: Meeting, options: JsonOptions = {}): object {
    return meetingJson(meeting, options, c => caseJson(c, !!options.publicEdition, false));
}

/**
 * The same JSON, with each case made only when it is serialized (its `toJSON`): `JSON.stringify`
 * gives the same text, and a streaming writer (`referat json`) never holds the JSON of every case
 * at once. For serializing only; read fields from `meetingToJson`.
 */
export function meetingToJsonLazily(meeting: Meeting, options: JsonOptions = {}): object {
    return meetingJson(meeting, options, c => ({ toJSON: () => caseJson(c, !!options.publicEdition, false) }));
}

function meetingJson(meeting: Meeting, options: JsonOptions, caseValue: (c: Case) => object): object {
    const m = meeting;
    return {
        schemaVersion: MEETING_SCHEMA_VERSION,
        source: options.source ?? m.uri,
        publicEdition: !!options.publicEdition,
        body: m.body ? { name: m.body.name, shortName: m.body.shortName ?? null } : null,
        meetingNumber: m.meetingNumber?.text ?? null,
        date: date(m.date),
        time: m.time && !m.time.error ? { from: time(m.time.from), to: time(m.time.to) } : null,
        place: m.place?.text ?? null,
        status: m.status ? { kind: m.status.kind, text: m.status.text, date: date(m.status.date) } : null,
        chair: m.chair?.name ?? null,
        referent: m.referent?.name ?? null,
        attendance: m.attendance.map(list => ({
            kind: list.kind, label: list.label, line: line(list.span),
            attendees: list.attendees.map(attendee),
        })),
        preamble: m.preamble.map(b => block(b)),
        cases: m.cases.map(caseValue),
        nextMeeting: m.nextMeeting ? {
            text: m.nextMeeting.text, date: date(m.nextMeeting.date),
            time: m.nextMeeting.time && !m.nextMeeting.time.error ? { from: time(m.nextMeeting.time.from), to: time(m.nextMeeting.time.to) } : null,
            place: m.nextMeeting.place ?? null, line: line(m.nextMeeting.span),
        } : null,
    };
}

function caseJson(c: Case, publicEdition: boolean, parentExempt: boolean): object {
    const exempt = parentExempt || !!c.exemption;
    const redacted = exempt && publicEdition;
    const base = {
        number: c.number.text, numberKey: c.number.key, title: c.title, line: line(c.headingSpan),
        exempt, exemption: c.exemption ? { basis: c.exemption.basis ?? null } : null, redacted,
    };
    if (redacted) {
        return {
            ...base, type: null, introducer: null, responsible: null, attachments: [], conflicts: [], conflictLines: [], content: [],
            vote: null, dissent: [], dissentLines: [], deadlines: [], references: [], anyOtherBusiness: c.anyOtherBusiness,
            subCases: c.subCases.map(s => caseJson(s, publicEdition, true)),
        };
    }
    return {
        ...base,
        type: c.type ? { label: c.type.label, kind: c.type.kind, text: c.type.text?.text ?? null } : null,
        introducer: c.introducer ? { text: c.introducer.text.text, name: c.introducer.person?.name ?? null } : null,
        responsible: c.responsible ? { text: c.responsible.text.text, name: c.responsible.person?.name ?? null, members: c.responsible.members.map(attendee) } : null,
        attachments: c.attachments.filter(a => a.text.text.trim()).map(a => ({ kind: a.kind, text: a.text.text })),
        conflicts: c.conflicts.map(p => p.name),
        conflictLines: (c.conflictLines ?? []).map(t => t.text),
        content: c.content.map(b => block(b, c)),
        vote: c.vote ? { text: c.vote.text, unanimous: c.vote.unanimous, for: c.vote.for ?? null, against: c.vote.against ?? null, abstain: c.vote.abstain ?? null } : null,
        dissent: c.dissent.map(p => p.name),
        dissentLines: (c.dissentLines ?? []).map(t => t.text),
        deadlines: c.deadlines.map(d => ({
            text: d.text.trim(), date: date(d.date), what: d.what, responsible: d.responsible?.name ?? null, alsoResponsible: (d.alsoResponsible ?? []).map(r => r.name),
            responsibleFromCase: d.responsibleFromCase, done: d.done, line: line(d.span),
        })),
        references: c.references.map(r => ({
            number: r.number.text, numberKey: r.number.key,
            meeting: r.meeting ? { text: r.meeting.text, number: r.meeting.number ?? null, date: date(r.meeting.date) } : null,
            line: line(r.span),
        })),
        anyOtherBusiness: c.anyOtherBusiness,
        subCases: c.subCases.map(s => caseJson(s, publicEdition, exempt)),
    };
}

function block(b: Block, c?: Case): object {
    switch (b.kind) {
        case 'paragraph': return { kind: 'paragraph', line: line(b.span), lines: b.lines.map(l => l.text) };
        case 'list': return { kind: 'list', line: line(b.span), items: b.items.map(i => ({ text: i.content.text, depth: i.depth, ordered: i.ordered, number: i.number ?? null })) };
        case 'decision': return { kind: 'decision', line: line(b.span), blocks: (c?.decisions[b.index]?.blocks ?? []).map(x => block(x, c)) };
        case 'vote': return { kind: 'vote', line: line(b.span) };
        case 'deadline': return { kind: 'deadline', line: line(b.span), deadline: b.index };
    }
}

function attendee(a: Attendee): object {
    return {
        name: a.name, institution: a.institution ?? null, role: a.role ?? null, roleKind: a.roleKind ?? null,
        substituteFor: a.substituteFor?.name ?? null, note: a.note ?? null, line: line(a.span),
    };
}

const line = (span: Span) => span.line + 1;
const date = (d: CalendarDate | undefined) => (d ? toIsoDate(d) : null);
const time = (t: ClockTime | undefined) => (t ? formatTime(t) : null);
