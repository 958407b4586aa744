/**
 * The semantic model of a meeting as stable JSON for systems that import minutes
 * (`referat json`). Schema: ./meeting.schema.json (schemaVersion 2: number series, sections,
 * proposals and votes, follow-up actions, signatures). Dates are YYYY-MM-DD, times HH:MM, lines
 * 1-based; every key is always present (null or [] when the minutes say nothing). Additive changes
 * keep the version; anything else raises it.
 */
import { publicationBlockers } from '../model/queries.js';
import type { Attendee, Block, Case, DateField, Meeting, Responsible, Span, TimeField, Vote } from '../model/types.js';
import { formatTime, toIsoDate, type ClockTime } from '../model/values/dates.js';
import { PublicationRefused } from './html.js';

export const MEETING_SCHEMA_VERSION = 2;

export interface JsonOptions {
    /** Exempt cases keep number, title and legal basis only (`redacted: true`). */
    publicEdition?: boolean;
    /** What `source` says; defaults to the document URI (the CLI passes the path as given). */
    source?: string;
}

/** The meeting as JSON; the public edition throws PublicationRefused while a line nearly is `Unntatt offentlighet:`. */
export function meetingToJson(meeting: Meeting, options: JsonOptions = {}): object {
    const m = meeting;
    const blockers = options.publicEdition ? publicationBlockers(m) : [];
    if (blockers.length > 0) throw new PublicationRefused(blockers);
    return {
        schemaVersion: MEETING_SCHEMA_VERSION,
        source: options.source ?? m.uri,
        publicEdition: !!options.publicEdition,
        language: m.language,
        documentKind: m.documentKind ?? null,
        body: m.body ? { name: m.body.name, shortName: m.body.shortName ?? null } : null,
        meetingNumber: m.meetingNumber?.text ?? null,
        date: date(m.date),
        time: timeRange(m.time),
        place: m.place?.text ?? null,
        status: m.status ? { kind: m.status.kind, text: m.status.text, date: date(m.status.date) } : null,
        chair: m.chair?.name ?? null,
        referent: m.referent?.name ?? null,
        headerFields: m.headerFields.map(f => ({ kind: f.kind, label: f.label, value: f.text, line: line(f.span) })),
        attendance: m.attendance.map(list => ({
            kind: list.kind, label: list.label, substitutes: list.substitutes, custom: list.custom, note: list.note?.text ?? null, line: line(list.span),
            attendees: list.attendees.map(attendee),
        })),
        conflicts: m.conflicts.map(x => ({ text: x.text.text, names: x.people.map(p => p.name), cases: x.cases.map(r => r.number.text), line: line(x.span) })),
        preamble: m.preamble.map(b => block(b, m)),
        sections: m.sections.map(x => ({
            title: x.title.text, level: x.level, closed: x.closed, basis: x.basis ?? null, parent: x.parent ?? null,
            intro: x.intro.map(b => block(b, m)), line: line(x.span),
        })),
        cases: m.cases.map(c => caseJson(m, c, !!options.publicEdition, false)),
        signatures: m.signatures.map(x => ({
            label: x.label, date: date(x.date), note: x.note ?? null, line: line(x.span),
            signers: x.signers.map(p => ({ name: p.name, role: p.role ?? null, line: line(p.span) })),
        })),
        nextMeeting: m.nextMeeting ? {
            text: m.nextMeeting.text, date: date(m.nextMeeting.date), time: timeRange(m.nextMeeting.time),
            place: m.nextMeeting.place ?? null, line: line(m.nextMeeting.span),
        } : null,
    };
}

function caseJson(m: Meeting, c: Case, publicEdition: boolean, parentExempt: boolean): object {
    const exempt = parentExempt || !!c.exemption;
    const redacted = exempt && publicEdition;
    const base = {
        series: c.series ?? null, numbered: c.numbered, number: c.numbered ? c.number.text : null, numberKey: c.numbered ? c.number.key : null,
        title: c.title, line: line(c.headingSpan),
        exempt, exemption: c.exemption ? { basis: c.exemption.basis ?? null } : null, redacted,
        section: c.section ?? null, closedSession: c.closedSession,
        status: c.withdrawn ? 'withdrawn' : null,
    };
    if (redacted) {
        return {
            ...base, type: null, introducer: null, introducers: [], responsible: null, responsibles: [], attachments: [], conflicts: [], conflictLines: [], content: [],
            withdrawn: null, treatedAgain: null, proposals: [],
            vote: null, votes: [], dissent: [], dissentLines: [], deadlines: [], references: [], anyOtherBusiness: c.anyOtherBusiness,
            subCases: c.subCases.map(s => caseJson(m, s, publicEdition, true)),
        };
    }
    const introducers = c.introducers.map(i => ({ text: i.text.text, name: i.person?.name ?? null }));
    const responsible = c.responsibles[0];
    return {
        ...base,
        type: c.type ? { label: c.type.label, kind: c.type.kind, text: c.type.text?.text ?? null } : null,
        introducer: introducers[0] ?? null,
        introducers,
        responsible: responsible ? responsibleJson(responsible) : null,
        responsibles: c.responsibles.map(responsibleJson),
        attachments: c.attachments.map(a => ({ kind: a.kind, text: a.text.text })),
        conflicts: c.conflicts.flatMap(x => x.people.map(p => p.name)),
        conflictLines: c.conflicts.map(x => x.text.text),
        content: c.content.map(b => block(b, m, c)),
        withdrawn: c.withdrawn ? { reason: c.withdrawn.reason?.text ?? null, line: line(c.withdrawn.span) } : null,
        treatedAgain: c.treatedAgain ? { text: c.treatedAgain.text, date: c.treatedAgain.date ? toIsoDate(c.treatedAgain.date) : null, meetingNumber: c.treatedAgain.meetingNumber ?? null } : null,
        proposals: c.proposals.map(p => ({
            kind: p.kind, proposer: p.proposer ?? null, blocks: p.blocks.map(x => block(x, m, c)), vote: p.vote ?? null, line: line(p.keywordSpan),
        })),
        vote: c.votes[0] ? vote(c.votes[0]) : null,
        votes: c.votes.map(vote),
        dissent: c.dissents.flatMap(x => x.people.map(p => p.name)),
        dissentLines: c.dissents.map(x => x.text.text),
        deadlines: c.deadlines.map(d => ({
            kind: d.kind, text: d.text.trim(), date: date(d.due), due: d.due ? { text: d.due.text, relative: d.due.relative ?? null } : null,
            what: d.what, responsible: d.responsible?.name ?? null, alsoResponsible: d.alsoResponsible.map(r => r.name),
            responsibleFromCase: d.responsibleFromCase, done: d.done, line: line(d.span),
        })),
        references: c.references.map(r => ({
            number: r.number.text, numberKey: r.number.key,
            meeting: r.meeting ? { text: r.meeting.text, number: r.meeting.number ?? null, date: r.meeting.date ? toIsoDate(r.meeting.date) : null } : null,
            line: line(r.span),
        })),
        anyOtherBusiness: c.anyOtherBusiness,
        subCases: c.subCases.map(s => caseJson(m, s, publicEdition, exempt)),
    };
}

function responsibleJson(r: Responsible): object {
    return { text: r.text.text, name: r.person?.name ?? null, members: r.members.map(attendee) };
}

function vote(v: Vote): object {
    return {
        text: v.text, unanimous: v.unanimous, acclamation: v.acclamation, for: v.for ?? null, against: v.against ?? null, abstain: v.abstain ?? null,
        outcome: v.outcome ?? null, sides: v.sides, on: v.on ?? null,
    };
}

/** A block; those that point into the case or meeting carry the index (`deadline`, `vote`, …) or the text as written. */
function block(b: Block, m: Meeting, c?: Case): object {
    const at = line(b.span);
    switch (b.kind) {
        case 'paragraph': return { kind: 'paragraph', line: at, lines: b.lines.map(l => l.text) };
        case 'list': return { kind: 'list', line: at, items: b.items.map(i => ({ text: i.content.text, depth: i.depth, ordered: i.ordered, number: i.number ?? null, deadline: i.deadline ?? null })) };
        case 'proposal': return { kind: 'proposal', line: at, proposal: b.index };
        case 'withdrawn': return { kind: 'withdrawn', line: at };
        case 'heading': return { kind: 'heading', line: at, level: b.level, text: b.text.text };
        case 'decision': return { kind: 'decision', line: at, blocks: (c?.decisions[b.index]?.blocks ?? []).map(x => block(x, m, c)) };
        case 'vote': return { kind: 'vote', line: at, vote: b.index };
        case 'deadline': return { kind: 'deadline', line: at, deadline: b.index };
        case 'attendance': return { kind: 'attendance', line: at, attendance: b.index };
        case 'responsible': return { kind: 'responsible', line: at, responsible: b.index };
        case 'attachments': return { kind: 'attachments', line: at, from: b.from, to: b.to };
        case 'conflict': return { kind: 'conflict', line: at, text: (c ? c.conflicts : m.conflicts)[b.index].text.text };
        case 'dissent': return { kind: 'dissent', line: at, text: c?.dissents[b.index].text.text ?? '' };
        case 'misplaced': return { kind: 'misplaced', line: at, text: m.misplaced[b.index].text.text };
    }
}

function attendee(a: Attendee): object {
    return {
        name: a.name, institution: a.institution ?? null, role: a.role ?? null, roleKind: a.roleKind ?? null, title: a.title ?? null, party: a.party ?? null,
        substituteFor: a.substituteFor?.name ?? null, note: a.note ?? null,
        presence: a.presence ? { from: a.presence.from ?? null, until: a.presence.until ?? null, untilIncluded: a.presence.untilIncluded } : null,
        line: line(a.span),
    };
}

const line = (span: Span) => span.line + 1;
const date = (d: DateField | undefined) => (d?.value && !d.problem ? toIsoDate(d.value) : null);
const time = (t: ClockTime | undefined) => (t ? formatTime(t) : null);
const timeRange = (t: TimeField | undefined) => (t?.from && !t.problem ? { from: time(t.from), to: time(t.to) } : null);
