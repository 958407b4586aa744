/** Hovers: people, case numbers, case references, deadlines and dates, from the semantic model. */
import { CstUtils, type LangiumDocument } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { caseLabel, daysLeft, longDate, meetingLabel, shorten } from '../model/labels.js';
import { allCases, decisionTexts, targetAt, within } from '../model/queries.js';
import { type CaseInMeeting, resolveMeetingReference } from '../model/resolve.js';
import type { Attendee, Case, Deadline, Meeting } from '../model/types.js';
import { looksLikePerson, nameKey } from '../model/values/names.js';
import type { ReferatServices } from '../referat-module.js';
import { keywordOfToken, docsOf } from '../vocabulary/keywords.js';
import type { Clock } from '../workspace/clock.js';
import type { MeetingIndex } from '../workspace/meeting-index.js';
import { toRange } from './positions.js';
import { escapeMarkdown } from '../generator/markdown-text.js';

const LIST_LABELS: Record<Attendee['list'], string> = {
    present: 'til stede', absent: 'forfall', other: 'andre til stede', member: 'medlem av en ansvarlig gruppe',
};

/** Text from the minutes in a hover: escaped, so it shows as written. */
export const md = escapeMarkdown;

export class ReferatHoverProvider implements HoverProvider {
    private readonly index: MeetingIndex;
    private readonly clock: Clock;

    constructor(services: ReferatServices) {
        this.index = services.referat.MeetingIndex;
        this.clock = services.referat.Clock;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const meeting = this.index.get(document);
        const offset = document.textDocument.offsetAt(params.position);
        const target = targetAt(meeting, offset);
        let value: string | undefined;
        let span: { start: number; end: number } | undefined;
        if (target?.kind === 'person') {
            value = this.person(meeting, target.occurrence.key, target.occurrence.name);
            span = target.occurrence.span;
        } else if (target?.kind === 'case') {
            value = this.caseInfo({ meeting, case: target.case }, meeting);
            span = target.case.numberSpan;
        } else if (target?.kind === 'reference') {
            const { target: resolved, external } = this.index.resolve(meeting, target.reference);
            value = resolved ? this.caseInfo(resolved, meeting)
                : external ? `Sak ${md(target.reference.number.text)} hører til ${md(target.reference.meeting?.text ?? 'et annet møte')}, som ikke er i arbeidsområdet.`
                    : `Finner ingen sak ${md(target.reference.number.text)} i dette møtet eller i organets andre møter i arbeidsområdet.`;
            span = target.reference.span;
        } else if (target?.kind === 'meeting-reference') {
            const other = resolveMeetingReference(this.index, meeting, target.reference);
            value = other ? `**${md(meetingLabel(other))}** (${md(this.index.displayName(other.uri))})${other.cases.length ? `\n\n${allCases(other).filter(c => c.numbered).length} saker` : ''}`
                : `Finner ikke ${md(target.reference.text.replace(/^(?:jf|jfr|jmf|jamfør|se)\.?\s+/i, ''))} blant organets møter i arbeidsområdet.`;
            span = target.reference.span;
        } else if (target?.kind === 'deadline') {
            value = this.deadline(target.deadline, target.case);
            span = target.deadline.keywordSpan.start <= offset && offset <= target.deadline.keywordSpan.end ? target.deadline.keywordSpan : target.deadline.due?.span;
        } else {
            const date = [
                { field: meeting.date, what: 'Møtedato' },
                { field: meeting.nextMeeting?.date, what: 'Neste møte' },
            ].find(d => d.field?.value && within(d.field.span, offset));
            if (date?.field?.value) {
                value = `**${date.what}:** ${longDate(date.field.value)} (${daysLeft(this.clock.today(), date.field.value).replace('over fristen', 'siden')})`;
                span = date.field.span;
            } else {
                const keyword = this.keywordAt(document, offset);
                if (keyword) ({ value, span } = keyword);
            }
        }
        if (!value) return undefined;
        return { contents: { kind: 'markdown', value }, range: span ? toRange(document, span) : undefined };
    }

    /** A keyword at the start of a line: what it means, and its other spellings. */
    private keywordAt(document: LangiumDocument, offset: number): { value: string; span: { start: number; end: number } } | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        const k = leaf && !leaf.hidden ? keywordOfToken(leaf.tokenType.name) : undefined;
        if (!leaf || !k || offset > leaf.end) return undefined;
        const others = [...new Set(k.spellings.map(s => s.text.replace('{group}', '…')))].filter(s => s.toLowerCase() !== leaf.text.toLowerCase());
        const value = [`**${md(leaf.text)}** — ${md(k.label)}`, md(docsOf(k)), others.length ? `Skrives også: ${others.map(o => `«${md(o)}»`).join(', ')}` : undefined]
            .filter(Boolean).join('\n\n');
        return { value, span: { start: leaf.offset, end: leaf.end } };
    }

    private person(meeting: Meeting, key: string, written: string): string {
        const attendee = meeting.people.find(p => p.key === key);
        const group = allCases(meeting).flatMap(c => c.responsibles.map(r => ({ c, r }))).find(({ r }) => r.person?.key === key && r.members.length > 0);
        if (!attendee && group) {
            return `**${md(written)}** — ansvarlig gruppe i ${md(caseLabel(group.c))}\n\nMedlemmer: ${group.r.members.map(m => md(m.name)).join(', ')}`;
        }
        if (!attendee && !looksLikePerson(written)) return `**${md(written)}** — gruppe eller organ (ikke en person i deltakerlistene)`;
        if (!attendee) {
            const elsewhere = this.index.sameBody(meeting).filter(m => m.uri !== meeting.uri).find(m => m.people.some(p => p.key === key));
            const close = closestName(meeting, written);
            return [
                `**${md(written)}** står ikke i noen deltakerliste i dette møtet.`,
                elsewhere ? `Finnes i ${md(meetingLabel(elsewhere))} (${md(this.index.displayName(elsewhere.uri))}).` : undefined,
                close ? `Mente du **${md(close.name)}**?` : undefined,
            ].filter(Boolean).join('\n\n');
        }
        const details = [attendee.institution, attendee.role].filter(Boolean).map(s => md(s!)).join(' · ');
        const list = meeting.attendance.find(l => l.attendees.includes(attendee));
        const status = list ? `${md(list.label)}${list.kind === 'absent' ? ' (fraværende)' : ''}` : LIST_LABELS[attendee.list];
        const duties = [
            meeting.chair?.key === key ? 'møteleder' : undefined,
            meeting.referent?.key === key ? 'referent' : undefined,
        ].filter(Boolean);
        const substitute = meeting.people.find(p => p.substituteFor?.key === key);
        return [
            `**${md(attendee.name)}**${details ? ' — ' + details : ''}`,
            `${status.charAt(0).toUpperCase()}${status.slice(1)}${attendee.note ? ` (${md(attendee.note)})` : ''}${duties.length ? ' · ' + duties.join(', ') : ''}`,
            substitute ? `Vara: ${md(substitute.name)}` : undefined,
        ].filter(Boolean).join('\n\n');
    }

    private caseInfo(found: CaseInMeeting, from: Meeting): string {
        const c = found.case;
        const where = found.meeting.uri === from.uri ? 'dette møtet' : `${meetingLabel(found.meeting)} (${this.index.displayName(found.meeting.uri)})`;
        const lines = [
            `**${md(caseLabel(c))}**`,
            [c.type?.label, where].filter(Boolean).map(s => md(s!)).join(' · '),
        ];
        const decisions = decisionTexts(c);
        if (decisions.length > 0) lines.push(decisions.map(d => `Vedtak: ${md(shorten(d, 300))}`).join('\n\n'));
        else if (c.anyOtherBusiness) lines.push('Eventuelt: ingen vedtak.');
        else if (c.subCases.length > 0) lines.push(`Undersaker: ${c.subCases.map(s => md(caseLabel(s))).join(', ')}`);
        else lines.push('Ingen vedtak.');
        if (c.exemption) lines.push(`Unntatt offentlighet${c.exemption.basis ? ': ' + md(c.exemption.basis) : ''}`);
        return lines.join('\n\n');
    }

    private deadline(d: Deadline, c: Case): string {
        const due = d.due?.problem ? undefined : d.due?.value;
        const when = due ? `${longDate(due)}${d.done ? '' : ` — ${daysLeft(this.clock.today(), due)}`}` : 'uten gyldig dato';
        const who = d.responsible ? `${md(d.responsible.name)}${d.responsibleFromCase ? ' (sakens ansvarlige)' : ''}` : 'ingen';
        return [
            `**Frist** ${when}${d.done ? ' — utført' : ''}`,
            `Ansvarlig: ${who}`,
            d.what ? `Hva: ${md(d.what)}` : undefined,
            `${md(caseLabel(c))}`,
        ].filter(Boolean).join('\n\n');
    }
}

/** The attendee whose name is closest to `name` (at most two letters differ), for "Mente du …?". */
export function closestName(meeting: Meeting, name: string): Attendee | undefined {
    const key = nameKey(name);
    let best: Attendee | undefined, bestDistance = 3;
    for (const p of meeting.people) {
        if (p.key === key) continue;
        const distance = editDistance(p.key, key);
        if (distance < bestDistance) { best = p; bestDistance = distance; }
    }
    return best;
}

function editDistance(a: string, b: string): number {
    if (Math.abs(a.length - b.length) > 2) return 3;
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        row = next;
    }
    return row[b.length];
}
