/** Case references in prose: "jf. sak 8.3", "jfr. sak 07/16 (01/16)", "se sak 12/24 møte 13.2.2024". */
import { KEYWORDS } from '../../vocabulary/keywords.js';
import type { CaseNumber } from '../types.js';
import { parseCaseNumber } from './case-numbers.js';
import { type CalendarDate, parseDateAt } from './dates.js';

/** A reference found in a text; offsets relative to the text. */
export interface ReferenceMatch {
    start: number;
    end: number;
    numberStart: number;
    numberEnd: number;
    number: CaseNumber;
    /** "jf. PS 12/25": the number series named; undefined for "sak". */
    series?: string;
    meeting?: { text: string; number?: string; date?: CalendarDate };
}

/** The number series a reference may name: those of the vocabulary's case keyword. */
const SERIES_WORDS = KEYWORDS.find(k => k.kind === 'case')!.spellings.filter(s => s.variant).map(s => s.text);
const REFERENCE = new RegExp(`\\b(?:jf|jfr|jmf|jamfør|se)\\.?[ \\t]+(sak|sakene|${SERIES_WORDS.join('|')})[ \\t]+(\\d+(?:[./]\\d+)*)`, 'giu');
/** Cheap pre-check: every REFERENCE match contains a match of this (about 3× faster on prose without references). */
const MAY_REFERENCE = /(?:jf|jfr|jmf|jamfør|se)\.?[ \t]+\S/i;
const MEETING_NUMBER = /^\d{1,2}\/\d{2,4}/;

/** The meeting named after a reference: "(01/16)", "møte 01/16", "møte 25.1.2016 (01/16)". */
function meetingQualifier(after: string, defaultYear?: number): { length: number; text: string; number?: string; date?: CalendarDate } | undefined {
    const paren = /^[ \t]*\((\d{1,2}\/\d{2,4})\)/.exec(after);
    if (paren) return { length: paren[0].length, text: paren[0].trim(), number: paren[1] };
    const word = /^[ \t]*(?:i[ \t]+)?møtet?[ \t]+/iu.exec(after);
    if (!word) return undefined;
    let length = word[0].length;
    let number: string | undefined, date: CalendarDate | undefined;
    const rest = after.slice(length);
    const n = MEETING_NUMBER.exec(rest);
    if (n) { number = n[0]; length += n[0].length; }
    else {
        const d = parseDateAt(rest, defaultYear);
        if (!d?.date || d.start !== 0) return undefined;
        date = d.date; length += d.end;
        const p = /^[ \t]*\((\d{1,2}\/\d{2,4})\)/.exec(after.slice(length));
        if (p) { number = p[1]; length += p[0].length; }
    }
    return { length, text: after.slice(0, length).trim(), number, date };
}

/** Finds case references in a line of prose. Iterative: a line with 100,000 references is fine. */
export function findCaseReferences(text: string, defaultYear?: number): ReferenceMatch[] {
    const references: ReferenceMatch[] = [];
    // A native substring search rules out most prose lines before any regex runs.
    if (text.indexOf('j') < 0 && text.indexOf('J') < 0 && text.indexOf('se') < 0 && text.indexOf('Se') < 0 && text.indexOf('SE') < 0) return references;
    if (!MAY_REFERENCE.test(text)) return references;
    REFERENCE.lastIndex = 0;
    for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
        const numberText = m[2].replace(/\.$/, '');
        const numberStart = m.index + m[0].length - m[2].length;
        const numberEnd = numberStart + numberText.length;
        const reference: ReferenceMatch = { start: m.index, end: numberEnd, numberStart, numberEnd, number: parseCaseNumber(numberText) };
        const series = KEYWORDS.find(k => k.kind === 'case')!.spellings.find(s => s.variant && s.text.toLowerCase() === m![1].toLowerCase())?.variant;
        if (series) reference.series = series;
        const q = meetingQualifier(text.slice(numberEnd, numberEnd + 80), defaultYear);
        if (q) {
            reference.end = numberEnd + q.length;
            reference.meeting = { text: q.text, number: q.number, date: q.date };
        }
        references.push(reference);
    }
    return references;
}

/** A reference to another meeting found in a text: "jf. møte 03/2025", "jf. protokoll fra møtet 12.03.2024". */
export interface MeetingReferenceMatch {
    start: number;
    end: number;
    number?: string;
    date?: CalendarDate;
}

const MEETING_REFERENCE = /\b(?:jf|jfr|jmf|jamfør|se)\.?[ \t]+(?:(?:protokoll(?:en)?|referat(?:et)?|møteboka?)[ \t]+(?:fra|frå)[ \t]+)?møtet?[ \t]+/giu;

export function findMeetingReferences(text: string, defaultYear?: number): MeetingReferenceMatch[] {
    const result: MeetingReferenceMatch[] = [];
    if (!/møte/i.test(text)) return result;
    MEETING_REFERENCE.lastIndex = 0;
    for (let m = MEETING_REFERENCE.exec(text); m; m = MEETING_REFERENCE.exec(text)) {
        const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
        const n = MEETING_NUMBER.exec(rest);
        if (n) { result.push({ start: m.index, end: m.index + m[0].length + n[0].length, number: n[0] }); continue; }
        const d = parseDateAt(rest, defaultYear);
        if (d?.date && d.start === 0) result.push({ start: m.index, end: m.index + m[0].length + d.end, date: d.date });
    }
    return result;
}
