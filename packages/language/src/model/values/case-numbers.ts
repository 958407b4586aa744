/** Case numbers as minutes write them: "17/23", "17/2023", "17.1", "3". */
import type { CaseNumber } from '../types.js';

/** Parses "17/23", "17/2023", "17.1", "3"; anything else is kept with a `problem`. */
export function parseCaseNumber(text: string): CaseNumber {
    const clean = text.replace(/\.$/, '');
    // "045-2024": number and year in one.
    const dashed = /^(\d+)-(\d{4})$/.exec(clean);
    if (dashed) {
        const main = parseInt(dashed[1], 10), year = parseInt(dashed[2], 10);
        return { text: clean, main, sub: [], year, key: `${main}/${year}` };
    }
    const m = /^(\d+)((?:\.\d+)*)(?:\/(\d{2}|\d{4}))?$/.exec(clean);
    if (!m) return { text: clean, main: parseInt(clean, 10) || 0, sub: [], key: clean, problem: { kind: 'malformed', text: clean } };
    const main = parseInt(m[1], 10);
    const sub = m[2] ? m[2].slice(1).split('.').map(n => parseInt(n, 10)) : [];
    const year = m[3] ? (m[3].length === 2 ? 2000 + parseInt(m[3], 10) : parseInt(m[3], 10)) : undefined;
    const key = numberKey({ main, sub }) + (year !== undefined ? `/${year}` : '');
    return { text: clean, main, sub, year, key };
}

/** Main and sub-numbers without the year: "17.1", "3" — how cases are compared within a year. */
export function numberKey(n: { main: number; sub: number[] }): string {
    return n.sub.length ? `${n.main}.${n.sub.join('.')}` : String(n.main);
}

/** "17/23" and "17/2023": formats a main number in the style of `like` (two- or four-digit year). */
export function formatCaseNumber(main: number, year: number | undefined, like?: CaseNumber): string {
    if (year === undefined) return String(main);
    const width = like?.text.split('/')[0].length ?? 2;
    const yearText = like && /\/\d{4}$/.test(like.text) ? String(year) : String(year % 100).padStart(2, '0');
    return `${String(main).padStart(Math.min(width, 2), '0')}/${yearText}`;
}
