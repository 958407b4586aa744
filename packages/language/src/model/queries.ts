/** Questions asked of one meeting's model, answered in one place: its cases, what stands at an offset, what is exempt. */
import { type CaseKind, SERIES } from '../vocabulary/keywords.js';
import type { Block, Case, CaseReference, Deadline, Meeting, MeetingReference, PersonRef, Span } from './types.js';

/** All cases of a meeting, sub-cases after their parent (iterative: any depth, any number). */
export function allCases(meeting: Meeting): Case[] {
    const result: Case[] = [];
    const stack: Case[] = [...meeting.cases].reverse();
    while (stack.length) {
        const c = stack.pop()!;
        result.push(c);
        for (let i = c.subCases.length - 1; i >= 0; i--) stack.push(c.subCases[i]);
    }
    return result;
}

/** What kind of case this is: its type, else what its number series implies (PS, V-sak: decision; RS, O-sak: information). */
export function caseKindOf(c: Case, parent?: Case): CaseKind | undefined {
    return c.type?.kind ?? parent?.type?.kind ?? (c.series ? SERIES[c.series]?.kind : undefined);
}

/** The year a case number belongs to: its own ("17/23"), its parent's, or the meeting's. */
export function caseYear(c: Case, meeting: Meeting): number | undefined {
    return c.number.year ?? meeting.date?.value?.year;
}

export interface VisibleCase {
    case: Case;
    /** The case or one of its parents is exempt from public access. */
    exempt: boolean;
    /** The legal basis of the case's exemption, or of the nearest exempt parent's. */
    basis?: string;
}

/** All cases of the meeting in document order (sub-cases after their parent), each with its exemption. */
export function casesWithVisibility(meeting: Meeting): VisibleCase[] {
    const result: VisibleCase[] = [];
    const stack: Array<{ c: Case; parent?: VisibleCase }> = [...meeting.cases].reverse().map(c => ({ c }));
    while (stack.length) {
        const { c, parent } = stack.pop()!;
        const exempt = !!c.exemption || !!parent?.exempt;
        const visible: VisibleCase = { case: c, exempt, basis: c.exemption ? c.exemption.basis : parent?.basis };
        result.push(visible);
        for (let i = c.subCases.length - 1; i >= 0; i--) stack.push({ c: c.subCases[i], parent: visible });
    }
    return result;
}

/**
 * `Unntatt offentlighet:` written as the last line of a case, directly before the next case: it may
 * be meant for the next one.
 */
export function exemptionsAtCaseEnd(meeting: Meeting): Array<{ case: Case; next: Case; span: Span; keywordSpan: Span }> {
    const cases = allCases(meeting);
    const result: Array<{ case: Case; next: Case; span: Span; keywordSpan: Span }> = [];
    cases.forEach((c, i) => {
        const next = cases[i + 1];
        if (!next) return;
        const last = c.content[c.content.length - 1];
        const repeated = last?.kind === 'misplaced' ? meeting.misplaced[last.index] : undefined;
        if (repeated?.kind === 'exemption' && repeated.span.end === c.span.end) result.push({ case: c, next, span: repeated.span, keywordSpan: repeated.keywordSpan });
        else if (c.exemption && c.exemption.span.end === c.span.end && c.content.length > 0) result.push({ case: c, next, span: c.exemption.span, keywordSpan: c.exemption.keywordSpan });
    });
    return result;
}

/** A line that keeps the public edition from being made. */
export interface PublicationBlocker {
    span: Span;
    reason: 'near-miss' | 'at-case-end';
}

/**
 * Why the public edition of the meeting may not be made: a line that nearly is
 * `Unntatt offentlighet:`, or one at the end of a case that may be meant for the next. While one
 * stands, whether a case is exempt is unknown, so every public output refuses (fail closed) —
 * whatever `--tving` says.
 */
export function publicationBlockers(meeting: Meeting): PublicationBlocker[] {
    return [
        ...meeting.nearMisses.filter(n => n.kind === 'exemption').map(n => ({ span: n.span, reason: 'near-miss' as const })),
        ...exemptionsAtCaseEnd(meeting).map(e => ({ span: e.span, reason: 'at-case-end' as const })),
    ].sort((a, b) => a.span.start - b.span.start);
}

/** The case whose lines contain `offset` (the innermost; undefined in the header). */
export function caseAt(meeting: Meeting, offset: number): Case | undefined {
    let found: Case | undefined;
    for (const c of allCases(meeting)) if (c.headingSpan.start <= offset) found = c;
    return found;
}

/** Offset inside a span (its end included, so a cursor right after a name still counts). */
export function within(span: { start: number; end: number } | undefined, offset: number): boolean {
    return !!span && span.start <= offset && offset <= span.end;
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
    | { kind: 'deadline'; deadline: Deadline; case: Case }
    | { kind: 'meeting-reference'; reference: MeetingReference; case: Case };

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
        for (const reference of c.meetingRefs) if (within(reference.span, offset)) return { kind: 'meeting-reference', reference, case: c };
        for (const deadline of c.deadlines) {
            if (within(deadline.keywordSpan, offset) || within(deadline.due?.value ? deadline.due.span : undefined, offset)) return { kind: 'deadline', deadline, case: c };
        }
    }
    return undefined;
}

/** A block's text on one line (for hovers and symbol details). */
export function blockText(block: Block): string {
    if (block.kind === 'paragraph') return block.lines.map(l => l.text.trim()).join(' ');
    if (block.kind === 'list') return block.items.map(i => (i.ordered ? `${i.number ?? ''}. ` : '– ') + i.content.text.trim()).join(' ');
    return '';
}

/** The decision texts of a case, one string per decision (placeholders left out). */
export function decisionTexts(c: Case): string[] {
    return c.decisions.filter(d => !d.placeholder).map(d => d.blocks.map(blockText).filter(Boolean).join(' ')).filter(Boolean);
}
