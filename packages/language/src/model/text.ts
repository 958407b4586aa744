/** Small text helpers of the semantic model: positions, names, case numbers, case references. */
import { type CalendarDate, parseDateAt } from './dates.js';
import type { CaseNumber, CaseReference, InlineText, PersonRef, PersonRole, Span } from './types.js';

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
    span(start: number, end: number): Span {
        return { start, end, line: this.lineOf(start) };
    }
}

/** Comparison key for names and titles: NFC, lower case, single spaces. */
export function nameKey(name: string): string {
    return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const NAME_PARTICLES = new Set(['van', 'der', 'den', 'de', 'von', 'af', 'av', 'la', 'le', 'du', 'di', 'da', 'ten', 'ter']);
const GROUP_WORDS = /gruppe|sekretariat|råd|utvalg|styre|komit|avdeling|direktorat|departement|forum|ledelse|enhet|nettverk|alle|medlem|forbund|forening|kommune|fylke|etat|kontor|\b(?:rhf|hf|au|ks)\b/i;

/** True when `name` has the shape of a person's name: 2–6 capitalised words, initials or particles. */
export function looksLikePerson(name: string): boolean {
    const normalized = name.normalize('NFC');
    if (GROUP_WORDS.test(normalized) || /\d/.test(normalized)) return false;
    const words = normalized.split(/\s+/).filter(Boolean);
    if (words.length < 2 || words.length > 6) return false;
    return words.every(w => NAME_PARTICLES.has(w) || /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

/**
 * Extracts the name at the start of `text` (after `start`): it ends at a comma, a parenthesis, a
 * colon, a dash between spaces, " og ", or a full stop that does not end an initial ("Erlend B. Smeland").
 */
export function leadingName(text: string, start = 0): { name: string; start: number; end: number } | undefined {
    let i = start;
    while (i < text.length && /\s/.test(text[i])) i++;
    const from = i;
    let end = text.length;
    for (let j = from; j < text.length; j++) {
        const c = text[j];
        if (c === ',' || c === '(' || c === ':' || c === ';') { end = j; break; }
        if ((c === '–' || c === '—' || c === '-') && text[j - 1] === ' ' && (text[j + 1] === ' ' || j + 1 === text.length)) { end = j; break; }
        if (c === ' ' && text.startsWith(' og ', j)) { end = j; break; }
        if (c === '.') {
            const wordStart = text.lastIndexOf(' ', j - 1) + 1;
            const isInitial = j - wordStart === 1 && /\p{Lu}/u.test(text[wordStart]) && j + 1 < text.length;
            if (!isInitial) { end = j; break; }
        }
    }
    while (end > from && /\s/.test(text[end - 1])) end--;
    if (end <= from) return undefined;
    return { name: text.slice(from, end), start: from, end };
}

/** Splits "A, B og C (grunn)" into names with offsets relative to `text`. */
export function nameList(text: string): Array<{ name: string; start: number; end: number }> {
    const names: Array<{ name: string; start: number; end: number }> = [];
    const withoutReason = text.replace(/\([^)]*\)/g, m => ' '.repeat(m.length)).replace(/\s[–—-]\s.*$/, m => ' '.repeat(m.length));
    const part = /[^,]+/g;
    for (let m = part.exec(withoutReason); m; m = part.exec(withoutReason)) {
        const pieces = m[0].split(/\s+og\s+/);
        let offset = m.index;
        for (const piece of pieces) {
            const at = withoutReason.indexOf(piece, offset);
            const found = leadingName(withoutReason.slice(0, at + piece.length), at);
            if (found) names.push(found);
            offset = at + piece.length;
        }
    }
    return names;
}

export function personRef(name: string, span: Span, role: PersonRole): PersonRef {
    return { name, key: nameKey(name), span, role, isPerson: looksLikePerson(name) };
}

/** Parses "17/23", "17/2023", "17.1", "3". */
export function parseCaseNumber(text: string): CaseNumber {
    const clean = text.replace(/\.$/, '');
    const m = /^(\d+)((?:\.\d+)*)(?:\/(\d{2}|\d{4}))?$/.exec(clean);
    if (!m) {
        return { text: clean, main: parseInt(clean, 10) || 0, sub: [], key: clean, error: `«${clean}» er ikke et gyldig saksnummer. Skriv for eksempel «17/23», «17/2023», «17.1» eller «3».` };
    }
    const main = parseInt(m[1], 10);
    const sub = m[2] ? m[2].slice(1).split('.').map(n => parseInt(n, 10)) : [];
    const year = m[3] ? (m[3].length === 2 ? 2000 + parseInt(m[3], 10) : parseInt(m[3], 10)) : undefined;
    const key = [main, ...sub].join('.') + (year !== undefined ? `/${year}` : '');
    return { text: clean, main, sub, year, key };
}

/** "17/23" and "17.1": formats a number in the style of `like` (two- or four-digit year). */
export function formatCaseNumber(main: number, year: number | undefined, like?: CaseNumber): string {
    if (year === undefined) return String(main);
    const width = like?.text.split('/')[0].length ?? 2;
    const yearText = like && /\/\d{4}$/.test(like.text) ? String(year) : String(year % 100).padStart(2, '0');
    return `${String(main).padStart(Math.min(width, 2), '0')}/${yearText}`;
}

const REFERENCE = /\b(?:jf|jfr|jmf|jamfør|se)\.?[ \t]+(?:sak|sakene)[ \t]+(\d+(?:[./]\d+)*)/giu;
/** Cheap pre-check: every REFERENCE match contains a match of this (about 3× faster on prose without references). */
const MAY_REFERENCE = /(?:jf|jfr|jmf|jamfør|se)\.?[ \t]+sak/i;
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

/** Finds case references ("jf. sak 8.3", "jfr. sak 07/16 (01/16)") in a line of prose. */
export function findCaseReferences(text: string, base: number, lines: LineIndex, defaultYear?: number): CaseReference[] {
    const references: CaseReference[] = [];
    // "sak" in any case: a native substring search rules out most prose lines before any regex runs.
    if (text.indexOf('ak') < 0 && text.indexOf('AK') < 0) return references;
    if (!MAY_REFERENCE.test(text)) return references;
    REFERENCE.lastIndex = 0;
    for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
        const numberText = m[1].replace(/\.$/, '');
        const numberStart = m.index + m[0].length - m[1].length;
        let end = numberStart + numberText.length;
        const reference: CaseReference = {
            span: lines.span(base + m.index, base + end),
            numberSpan: lines.span(base + numberStart, base + numberStart + numberText.length),
            number: parseCaseNumber(numberText),
        };
        const q = meetingQualifier(text.slice(end), defaultYear);
        if (q) {
            end += q.length;
            reference.meeting = { text: q.text, number: q.number, date: q.date };
            reference.span = lines.span(base + m.index, base + end);
        }
        references.push(reference);
    }
    return references;
}

export function inlineText(text: string, start: number, lines: LineIndex, defaultYear?: number): InlineText {
    return { text, span: lines.span(start, start + text.length), references: findCaseReferences(text, start, lines, defaultYear) };
}
