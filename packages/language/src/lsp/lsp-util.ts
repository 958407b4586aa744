/**
 * Helpers shared by the LSP features: positions, and what stands at an offset (a person, a case
 * number, a case reference, a deadline) according to the semantic model. Names and case references
 * are not Langium cross-references: everything is resolved through the model (MeetingIndex).
 */
import { type LangiumDocument, type LangiumDocuments, URI } from 'langium';
import type { Location, Range } from 'vscode-languageserver';
import { type CalendarDate, daysBetween, formatDate, weekdayOf } from '../model/dates.js';
import { allCases, caseYear, type CaseInMeeting, type MeetingIndex } from '../model/meeting-index.js';
import { formatCaseNumber } from '../model/text.js';
import type { Block, Case, CaseReference, Deadline, Meeting, PersonRef, Span } from '../model/types.js';

export function toRange(document: LangiumDocument, span: { start: number; end: number }): Range {
    const text = document.textDocument;
    return { start: text.positionAt(span.start), end: text.positionAt(span.end) };
}

/** The location of a span in a workspace document (undefined when the document is gone). */
export function location(documents: LangiumDocuments, uri: string, span: { start: number; end: number }): Location | undefined {
    const document = documents.getDocument(URI.parse(uri));
    return document ? { uri: document.uri.toString(), range: toRange(document, span) } : undefined;
}

/** Offset inside a span (its end included, so a cursor right after a name still counts). */
export function within(span: { start: number; end: number } | undefined, offset: number): boolean {
    return !!span && span.start <= offset && offset <= span.end;
}

/** The end-of-line sequence the document uses. */
export function eolOf(text: string): string {
    const m = /\r\n?|\n/.exec(text);
    return m ? m[0] : '\n';
}

/** A place where a person's name is written: an attendance line (declaration) or a reference. */
export interface PersonOccurrence {
    key: string;
    name: string;
    span: Span;
    declaration: boolean;
}

/** Every place a person is named in the meeting: attendance names first, then references. */
export function personOccurrences(meeting: Meeting): PersonOccurrence[] {
    const result: PersonOccurrence[] = meeting.people.map(p => ({ key: p.key, name: p.name, span: p.nameSpan, declaration: true }));
    for (const ref of meeting.personRefs) result.push({ key: ref.key, name: ref.name, span: ref.span, declaration: false });
    return result;
}

export type Target =
    | { kind: 'person'; occurrence: PersonOccurrence; ref?: PersonRef }
    | { kind: 'case'; case: Case }
    | { kind: 'reference'; reference: CaseReference; case: Case | undefined }
    | { kind: 'deadline'; deadline: Deadline; case: Case };

/** What stands at `offset` in the meeting, most specific first. */
export function targetAt(meeting: Meeting, offset: number): Target | undefined {
    for (const occurrence of personOccurrences(meeting)) {
        if (within(occurrence.span, offset)) {
            const ref = occurrence.declaration ? undefined : meeting.personRefs.find(r => r.span.start === occurrence.span.start);
            return { kind: 'person', occurrence, ref };
        }
    }
    for (const c of allCases(meeting)) {
        if (within(c.numberSpan, offset)) return { kind: 'case', case: c };
        if (!within(c.span, offset)) continue;
        for (const reference of c.references) if (within(reference.span, offset)) return { kind: 'reference', reference, case: c };
        for (const deadline of c.deadlines) {
            if (within(deadline.keywordSpan, offset) || within(deadline.date ? deadline.dateSpan : undefined, offset)) return { kind: 'deadline', deadline, case: c };
        }
    }
    return undefined;
}

/** The case whose lines contain `offset` (the innermost; undefined in the header). */
export function caseAt(meeting: Meeting, offset: number): Case | undefined {
    let found: Case | undefined;
    for (const c of allCases(meeting)) if (c.headingSpan.start <= offset) found = c;
    return found;
}

/** Every reference in the body's meetings that resolves to `target`. */
export function referencesTo(index: MeetingIndex, meeting: Meeting, target: CaseInMeeting): Array<{ meeting: Meeting; reference: CaseReference }> {
    const result: Array<{ meeting: Meeting; reference: CaseReference }> = [];
    for (const m of index.sameBody(meeting)) {
        for (const c of allCases(m)) {
            for (const reference of c.references) {
                const resolved = index.resolve(m, reference).target;
                if (resolved && resolved.meeting.uri === target.meeting.uri && resolved.case === target.case) result.push({ meeting: m, reference });
            }
        }
    }
    return result;
}

/**
 * The next free main case number for the meeting's body and year, counting every meeting of the body
 * in the workspace; formatted like the meeting's own numbers ("25/24", "25/2024" or "4").
 */
export function nextFreeCaseNumber(index: MeetingIndex, meeting: Meeting, like?: Case): string {
    const year = meeting.date?.year;
    let max = 0;
    for (const m of index.sameBody(meeting)) {
        for (const c of allCases(m)) {
            if (c.number.error || c.number.sub.length > 0) continue;
            if (m.uri !== meeting.uri && (year === undefined || caseYear(c, m) !== year)) continue;
            max = Math.max(max, c.number.main);
        }
    }
    const style = like ?? [...meeting.cases].reverse().find(c => !c.number.error);
    const withYear = style ? style.number.year !== undefined : year !== undefined;
    return formatCaseNumber(max + 1, withYear ? year : undefined, style?.number);
}

/** A block's text on one line (for hovers and symbol details). */
export function blockText(block: Block): string {
    if (block.kind === 'paragraph') return block.lines.map(l => l.text.trim()).join(' ');
    if (block.kind === 'list') return block.items.map(i => (i.ordered ? `${i.number ?? ''}. ` : '– ') + i.content.text.trim()).join(' ');
    return '';
}

/** The decision texts of a case, one string per decision. */
export function decisionTexts(c: Case): string[] {
    return c.decisions.map(d => d.blocks.map(blockText).filter(Boolean).join(' ')).filter(Boolean);
}

export function shorten(text: string, max = 120): string {
    return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}

/** "om 12 dager", "i dag", "i morgen", "3 dager over fristen". */
export function daysLeft(today: CalendarDate, date: CalendarDate): string {
    const days = daysBetween(today, date);
    if (days === 0) return 'i dag';
    if (days === 1) return 'i morgen';
    if (days > 1) return `om ${days} dager`;
    return days === -1 ? '1 dag over fristen' : `${-days} dager over fristen`;
}

export function longDate(date: CalendarDate): string {
    return `${weekdayOf(date)} ${formatDate(date)}`;
}

/** "Sak 17/23 Godkjenning av innkalling og dagsorden" */
export function caseLabel(c: Case): string {
    return `Sak ${c.number.text}${c.title ? ' ' + c.title.trim() : ''}`;
}

/** "møte 04/2023, 22. november 2023" */
export function meetingLabel(m: Meeting): string {
    const parts = [m.meetingNumber?.text.trim() ? `møte ${m.meetingNumber.text.trim()}` : 'møte', m.date ? formatDate(m.date) : undefined];
    return parts.filter(Boolean).join(', ');
}

export function fileName(uri: string): string {
    return decodeURIComponent(uri.split('/').pop() ?? uri);
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
    const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
    return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}
