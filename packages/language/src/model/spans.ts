/** Source positions of the model: offsets to 0-based lines, and prose with its case references. */
import type { CaseReference, InlineText, Span } from './types.js';
import { findCaseReferences, findMeetingReferences } from './values/references.js';

/** Maps offsets to 0-based line numbers. */
export class LineIndex {
    private readonly starts: number[] = [0];
    constructor(text: string) {
        if (!text.includes('\r')) {
            // LF only (the usual case): jump from line break to line break, about 6× faster.
            for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
            return;
        }
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
        }
    }
    /** The line of the previous lookup: the model builder asks in nearly ascending order. */
    private last = 0;
    lineOf(offset: number): number {
        const s = this.starts, last = this.last;
        if (s[last] <= offset && (last + 1 === s.length || offset < s[last + 1])) return last;
        if (last + 1 < s.length && s[last + 1] <= offset && (last + 2 === s.length || offset < s[last + 2])) return (this.last = last + 1);
        let lo = 0, hi = s.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (s[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return (this.last = lo);
    }
    /** Offset of the start of the line holding `offset`. */
    lineStart(offset: number): number {
        return this.starts[this.lineOf(offset)];
    }
    span(start: number, end: number): Span {
        return { start, end, line: this.lineOf(start) };
    }
}

/** Prose at `start` with the case references found in it. */
export function inlineText(text: string, start: number, lines: LineIndex, defaultYear?: number): InlineText {
    const inline: InlineText = { text, span: lines.span(start, start + text.length), references: caseReferences(text, start, lines, defaultYear) };
    const meetings = findMeetingReferences(text, defaultYear);
    if (meetings.length) {
        inline.meetingRefs = meetings.map(r => ({
            span: lines.span(start + r.start, start + r.end), text: text.slice(r.start, r.end),
            ...(r.number ? { number: r.number } : {}), ...(r.date ? { date: r.date } : {}),
        }));
    }
    return inline;
}

export function caseReferences(text: string, base: number, lines: LineIndex, defaultYear?: number): CaseReference[] {
    return findCaseReferences(text, defaultYear).map(r => {
        const reference: CaseReference = {
            span: lines.span(base + r.start, base + r.end),
            numberSpan: lines.span(base + r.numberStart, base + r.numberEnd),
            number: r.number,
        };
        if (r.series) reference.series = r.series;
        if (r.meeting) reference.meeting = r.meeting;
        return reference;
    });
}
