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
import { canonicalSpelling, docsOf, type Keyword, keywordOfToken, type Language } from '../vocabulary/keywords.js';
import { daysBetween } from '../model/values/dates.js';
import type { Clock } from '../workspace/clock.js';
import type { MeetingIndex } from '../workspace/meeting-index.js';
import { toRange } from './positions.js';
import { escapeMarkdown } from '../generator/markdown-text.js';
import { labelsFor } from '../generator/labels.js';


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
        const l = labelsFor(meeting.language), language = meeting.language;
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
                : external ? l.externalCase(md(target.reference.number.text), md(target.reference.meeting?.text ?? l.anotherMeeting))
                    : l.noCase(md(target.reference.number.text));
            span = target.reference.span;
        } else if (target?.kind === 'meeting-reference') {
            const other = resolveMeetingReference(this.index, meeting, target.reference);
            value = other ? `**${md(meetingLabel(other, language))}** (${md(this.index.displayName(other.uri))})${other.cases.length ? `\n\n${l.casesCount(allCases(other).filter(c => c.numbered).length)}` : ''}`
                : l.noMeeting(md(target.reference.text.replace(/^(?:jf|jfr|jmf|jamfør|se|see|cf)\.?\s+/i, '')));
            span = target.reference.span;
        } else if (target?.kind === 'deadline') {
            value = this.deadline(target.deadline, target.case, meeting);
            span = target.deadline.keywordSpan.start <= offset && offset <= target.deadline.keywordSpan.end ? target.deadline.keywordSpan : target.deadline.due?.span;
        } else {
            const date = [
                { field: meeting.date, what: l.meetingDate },
                { field: meeting.nextMeeting?.date, what: l.nextMeeting },
            ].find(d => d.field?.value && within(d.field.span, offset));
            if (date?.field?.value) {
                const days = daysBetween(this.clock.today(), date.field.value);
                value = `**${date.what}:** ${longDate(date.field.value, language)} (${days < 0 ? l.ago(-days) : daysLeft(this.clock.today(), date.field.value, language)})`;
                span = date.field.span;
            } else {
                const keyword = this.keywordAt(document, offset, meeting);
                if (keyword) ({ value, span } = keyword);
            }
        }
        if (!value) return undefined;
        return { contents: { kind: 'markdown', value }, range: span ? toRange(document, span) : undefined };
    }

    /** A keyword at the start of a line: what it means, and its other spellings. */
    private keywordAt(document: LangiumDocument, offset: number, meeting: Meeting): { value: string; span: { start: number; end: number } } | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        const k = leaf && !leaf.hidden ? keywordOfToken(leaf.tokenType.name) : undefined;
        if (!leaf || !k || offset > leaf.end) return undefined;
        // The other spellings of the document's language family (English ones in English minutes).
        const language = meeting.language, l = labelsFor(language);
        const family = (x: string) => (x === 'en' ? 'en' : 'no');
        const others = [...new Set(k.spellings.filter(s => family(s.language) === family(language)).map(s => s.text.replace('{group}', '…')))].filter(s => s.toLowerCase() !== leaf.text.toLowerCase());
        const quote = (text: string) => (language === 'en' ? `"${md(text)}"` : `«${md(text)}»`);
        const value = [`**${md(leaf.text)}** — ${md(keywordLabel(k, language))}`, md(docsOf(k, language)), others.length ? `${l.alsoWritten}: ${others.map(quote).join(', ')}` : undefined]
            .filter(Boolean).join('\n\n');
        return { value, span: { start: leaf.offset, end: leaf.end } };
    }

    private person(meeting: Meeting, key: string, written: string): string {
        const l = labelsFor(meeting.language), language = meeting.language;
        const attendee = meeting.people.find(p => p.key === key);
        const group = allCases(meeting).flatMap(c => c.responsibles.map(r => ({ c, r }))).find(({ r }) => r.person?.key === key && r.members.length > 0);
        if (!attendee && group) {
            return `**${md(written)}** — ${l.groupResponsible(md(caseLabel(group.c, language)))}\n\n${l.groupMembers}: ${group.r.members.map(m => md(m.name)).join(', ')}`;
        }
        if (!attendee && !looksLikePerson(written)) return `**${md(written)}** — ${l.notAPerson}`;
        if (!attendee) {
            const elsewhere = this.index.sameBody(meeting).filter(m => m.uri !== meeting.uri).find(m => m.people.some(p => p.key === key));
            const close = closestName(meeting, written);
            return [
                `**${md(written)}** ${l.notListed}`,
                elsewhere ? l.foundIn(`${md(meetingLabel(elsewhere, language))} (${md(this.index.displayName(elsewhere.uri))})`) : undefined,
                close ? l.didYouMean(md(close.name)) : undefined,
            ].filter(Boolean).join('\n\n');
        }
        const details = [attendee.institution, attendee.role].filter(Boolean).map(s => md(s!)).join(' · ');
        const list = meeting.attendance.find(l => l.attendees.includes(attendee));
        const status = list ? `${md(list.label)}${list.kind === 'absent' ? l.absentNote : ''}` : l.lists[attendee.list];
        const duties = [
            meeting.chair?.key === key ? l.dutyChair : undefined,
            meeting.referent?.key === key ? l.dutyReferent : undefined,
        ].filter(Boolean);
        const substitute = meeting.people.find(p => p.substituteFor?.key === key);
        return [
            `**${md(attendee.name)}**${details ? ' — ' + details : ''}`,
            `${status.charAt(0).toUpperCase()}${status.slice(1)}${attendee.note ? ` (${md(attendee.note)})` : ''}${duties.length ? ' · ' + duties.join(', ') : ''}`,
            substitute ? `${l.substitute}: ${md(substitute.name)}` : undefined,
        ].filter(Boolean).join('\n\n');
    }

    private caseInfo(found: CaseInMeeting, from: Meeting): string {
        const c = found.case;
        const language = from.language, l = labelsFor(language);
        const where = found.meeting.uri === from.uri ? l.thisMeeting : `${meetingLabel(found.meeting, language)} (${this.index.displayName(found.meeting.uri)})`;
        const lines = [
            `**${md(caseLabel(c, language))}**`,
            [c.type?.label, where].filter(Boolean).map(s => md(s!)).join(' · '),
        ];
        const decisions = decisionTexts(c);
        if (decisions.length > 0) lines.push(decisions.map(d => `${l.hoverDecision}: ${md(shorten(d, 300))}`).join('\n\n'));
        else if (c.anyOtherBusiness) lines.push(l.anyOtherBusiness);
        else if (c.subCases.length > 0) lines.push(`${l.subCases}: ${c.subCases.map(s => md(caseLabel(s, language))).join(', ')}`);
        else lines.push(l.noDecision);
        if (c.exemption) lines.push(`${l.exempt}${c.exemption.basis ? ': ' + md(c.exemption.basis) : ''}`);
        return lines.join('\n\n');
    }

    private deadline(d: Deadline, c: Case, meeting: Meeting): string {
        const language = meeting.language, l = labelsFor(language);
        const due = d.due?.problem ? undefined : d.due?.value;
        const when = due ? `${longDate(due, language)}${d.done ? '' : ` — ${daysLeft(this.clock.today(), due, language)}`}` : l.noValidDate;
        const who = d.responsible ? `${md(d.responsible.name)}${d.responsibleFromCase ? ` ${l.caseResponsible}` : ''}` : l.nobody;
        return [
            `**${l.outlineDeadline}** ${when}${d.done ? ` — ${l.hoverDone}` : ''}`,
            `${l.hoverResponsible}: ${who}`,
            d.what ? `${l.what}: ${md(d.what)}` : undefined,
            `${md(caseLabel(c, language))}`,
        ].filter(Boolean).join('\n\n');
    }
}

/** What a keyword line is, named in the document's language: «møtedato», "date". */
function keywordLabel(k: Keyword, language: Language): string {
    if (language !== 'en') return k.label;
    if (k.kind === 'section') return 'section';
    if (k.kind === 'case') return 'agenda item with a number';
    return canonicalSpelling(k, 'en').replace(/:$/, '').toLowerCase();
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
