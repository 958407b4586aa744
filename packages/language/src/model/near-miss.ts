/**
 * Near misses: prose lines that nearly are keyword lines — a non-breaking or zero-width space pasted
 * from a word processor, a bullet in front, a missing colon, a letter or two wrong ("Untatt
 * offentlighet:"), a case line without a usable number. Pure: offsets are relative to the line's text.
 *
 * Prose that merely begins with a keyword-like word stays quiet: a keyword without its colon counts
 * only alone on its line or followed by a value of the keyword's shape (a date after "Dato", names
 * after "Forfall"), and a keyword glued to more letters ("Vedtaket", "Frister") never does.
 */
import { type Keyword, KEYWORDS, type Language, type Place } from '../vocabulary/keywords.js';
import { canonicalSpelling } from '../vocabulary/keywords.js';
import { fold, hasOddBlanks, spellingPattern } from '../vocabulary/patterns.js';
import type { NearMissReason } from './types.js';
import { parseDateAt, parseTimeRangeAt } from './values/dates.js';
import { leadingName, looksLikePerson } from './values/names.js';

export interface NearMissMatch {
    keyword: Keyword;
    reason: NearMissReason;
    /** The part of the text the fix replaces, and its replacement (none when the author must add something, e.g. a case number). */
    start: number;
    end: number;
    replacement?: string;
}

const INVISIBLE = '[\\u200b-\\u200d\\u2060\\ufeff\\u00ad]*';
const BLANK = '[\\s\\u00a0\\u1680\\u2000-\\u200b\\u202f\\u205f\\u2060\\u3000\\ufeff]+';
const BULLET = /^[-*•–][ \t\u00a0]+/;

/** A spelling matched as loosely as a pasted line needs: invisible characters between letters, any blank for a space. */
function tolerantPattern(text: string): string {
    let source = '';
    for (const ch of text) {
        if (ch === ' ') source += BLANK;
        else if (ch === ':') source += `${BLANK.slice(0, -1)}*:`;
        else source += spellingPattern(ch) + INVISIBLE;
    }
    return source;
}

interface Candidate {
    keyword: Keyword;
    spelling: string;
    /** Folded, without the colon: what typos are measured against. */
    bare: string;
    withColon?: RegExp;
    withoutColon: RegExp;
    strict: RegExp;
}

const CANDIDATES: Candidate[] = KEYWORDS.filter(k => k.kind !== 'case').flatMap(keyword => keyword.spellings
    .filter(s => !s.text.includes('{'))
    .map(s => {
        const bare = s.text.replace(/:$/, '');
        return {
            keyword, spelling: s.text, bare: fold(bare),
            withColon: s.text.endsWith(':') ? new RegExp(tolerantPattern(s.text), 'iuy') : undefined,
            withoutColon: new RegExp(`${tolerantPattern(bare)}(?=[ \\t\\u00a0;.]|$)`, 'iuy'),
            strict: new RegExp(spellingPattern(s.text) + (keyword.tail ?? ''), 'iuy'),
        };
    }));

/** Candidates by the first letter of their folded spelling. */
const BY_FIRST = new Map<string, Candidate[]>();
for (const c of CANDIDATES) {
    const first = c.bare.charAt(0);
    BY_FIRST.set(first, [...BY_FIRST.get(first) ?? [], c]);
}

/**
 * Where a near miss of `k` is looked for: exemption everywhere; header and attendance keywords before
 * the first case, case keywords inside a case (or anywhere in minutes without cases). With a bullet
 * in front, keywords that lists use as prose ("- Ansvar: …", "- Frist …") do not count.
 */
function allowedHere(k: Keyword, place: NearMissPlace, bullet: boolean): boolean {
    if (k.nearMiss === 'error') return true;
    if (bullet && k.listItem === 'prose') return false;
    if (k.place === 'anywhere' || place === 'anywhere') return true;
    const where: Place[] = place === 'preamble' ? ['header', 'attendance'] : ['case'];
    return where.includes(k.place);
}

/** Where a line stands: before the first case, inside one, or in minutes that have no cases. */
export type NearMissPlace = 'preamble' | 'case' | 'anywhere';

/** Optimal string alignment distance (a swap of two letters counts one), cut off above `max`. */
export function typoDistance(a: string, b: string, max = 2): number {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}

function typoAllowance(bare: string, k: Keyword): number {
    const letters = bare.replace(/[^\p{L}]/gu, '').length;
    if (k.nearMiss === 'error') return 2;
    return letters >= 12 ? 2 : letters >= 5 ? 1 : 0;
}

function bareValueFits(k: Keyword, rest: string): boolean {
    const value = rest.replace(/^[\s\u00a0;.]+/, '');
    if (!value) return true;
    switch (k.bareValue) {
        case 'anything': return true;
        case 'date': return parseDateAt(value)?.start === 0;
        case 'time': return parseTimeRangeAt(value)?.start === 0;
        case 'names': { const name = leadingName(value); return !!name && name.start === 0 && looksLikePerson(name.name); }
        default: return false;
    }
}

const CASE_NEAR_MISS = /^sak(?:[ \t\u00a0]*(nr\.?|nummer))?([\s\u00a0\u200b-\u200d\u2060\ufeff]*)(\d[\d./]*)/iu;

/**
 * The keyword a prose line nearly is, if any. `text` is the line without its indentation;
 * `place` is where the line stands (before the first case, or inside one).
 */
export function findNearMiss(text: string, place: NearMissPlace, language: Language = 'nb'): NearMissMatch | undefined {
    const bullet = BULLET.exec(text);
    // Blanks a keyword never starts with (NBSP, ZWSP) may stand before it.
    const lead = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]*/.exec(text.slice(bullet ? bullet[0].length : 0))![0];
    const bodyStart = (bullet ? bullet[0].length : 0) + lead.length;
    const body = text.slice(bodyStart);
    const first = fold(body.slice(0, 4)).charAt(0);
    if (!first || !/\p{L}/u.test(first)) return undefined;
    const odd = lead.length > 0 || hasOddBlanks(body.slice(0, 60));

    // A case line: "Sak nr. 17/23 …", "Sak17/23 …", "Sak\u00a017/23 …", "Sak Godkjenning av …".
    if (first === 's') {
        const c = CASE_NEAR_MISS.exec(body);
        const caseKeyword = KEYWORDS.find(k => k.kind === 'case')!;
        if (c && !bullet && (c[1] || !c[2] || c[2] !== ' ')) {
            const end = bodyStart + c[0].length - c[3].length;
            return { keyword: caseKeyword, reason: c[1] ? 'number' : 'blanks', start: 0, end, replacement: 'Sak ' };
        }
        const titleOnly = /^[Ss][Aa][Kk][ \t\u00a0]+(?=\p{Lu})/u.exec(body);
        if (titleOnly && body.length <= 100 && !/[.!?]$/.test(body.trim()) && !bullet) {
            return { keyword: caseKeyword, reason: 'number', start: 0, end: titleOnly[0].length };
        }
    }

    for (const c of BY_FIRST.get(first) ?? []) {
        if (!allowedHere(c.keyword, place, !!bullet)) continue;
        // What the lexer would have taken as the keyword is not a near miss (a misplaced line, if anything).
        c.strict.lastIndex = 0;
        const strict = c.strict.test(text);
        if (c.withColon) {
            c.withColon.lastIndex = 0;
            const m = c.withColon.exec(body);
            if (m && !strict && (odd || bullet)) {
                return { keyword: c.keyword, reason: bullet ? 'bullet' : 'blanks', start: 0, end: bodyStart + m[0].length, replacement: canonical(c, language) };
            }
            if (m) continue;
        }
        c.withoutColon.lastIndex = 0;
        const m = c.withoutColon.exec(body);
        if (!m || strict) continue;
        const rest = body.slice(m[0].length);
        if (!c.withColon) {
            // Keywords without a colon ("Innledning ved", "Frist"): only blanks or a bullet can be wrong.
            if ((odd || bullet) && /^(?:[ \t\u00a0:.]|$)/.test(rest)) {
                // The blanks after it go too: "Frist\u00a012.03." must become "Frist 12.03.".
                const after = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]*/.exec(rest)![0];
                return { keyword: c.keyword, reason: bullet ? 'bullet' : 'blanks', start: 0, end: bodyStart + m[0].length + after.length, replacement: canonical(c, language) + (after ? ' ' : '') };
            }
            continue;
        }
        if (bareValueFits(c.keyword, rest) && (rest.trim() === '' || c.keyword.bareValue)) {
            const semicolon = /^[ \t\u00a0]*;/.exec(rest);
            const end = bodyStart + m[0].length + (semicolon ? semicolon[0].length : 0);
            return { keyword: c.keyword, reason: bullet ? 'bullet' : 'colon', start: 0, end, replacement: canonical(c, language) };
        }
    }
    return typo(body, bodyStart, place, !!bullet, language);
}

/** "Untatt offentlighet:", "Forfal:", "Refernt: …": a label within a letter or two of a keyword. */
function typo(body: string, bodyStart: number, place: NearMissPlace, bullet: boolean, language: Language): NearMissMatch | undefined {
    const colon = body.indexOf(':');
    const label = colon > 0 && colon <= 40 ? fold(body.slice(0, colon)) : undefined;
    if (label && /^\p{L}/u.test(label) && label.split(' ').length <= 4) {
        // The closest keyword; on a tie the one the vocabulary lists first.
        let best: { c: Candidate; distance: number } | undefined;
        for (const c of CANDIDATES) {
            if (!c.withColon || !allowedHere(c.keyword, place, bullet)) continue;
            const max = typoAllowance(c.bare, c.keyword);
            if (max === 0) continue;
            const distance = typoDistance(label, c.bare, max);
            if (distance > 0 && distance <= max && (!best || distance < best.distance)) best = { c, distance };
        }
        if (best) return { keyword: best.c.keyword, reason: 'typo', start: 0, end: bodyStart + colon + 1, replacement: canonical(best.c, language) };
    }
    // An exemption is never missed: its first words misspelt and no colon ("Untatt offentlighet offl. § 13").
    const words = fold(body).split(' ');
    for (const c of CANDIDATES) {
        if (c.keyword.nearMiss !== 'error') continue;
        const n = c.bare.split(' ').length;
        const head = words.slice(0, n).join(' ').replace(/[:;.,]$/, '');
        if (typoDistance(head, c.bare, 2) <= 2) {
            const end = bodyStart + lengthOfWords(body, n);
            return { keyword: c.keyword, reason: 'typo', start: 0, end, replacement: canonical(c, language) };
        }
    }
    return undefined;
}

/** The length of the first `n` words of `text` (with a colon right after them). */
function lengthOfWords(text: string, n: number): number {
    const m = new RegExp(`^(?:[^\\s\\u00a0]+[\\s\\u00a0]+){${n - 1}}[^\\s\\u00a0:;.,]+[:;]?`, 'u').exec(text);
    return m ? m[0].length : text.length;
}

function canonical(c: Candidate, language: Language): string {
    const spelling = c.keyword.spellings.find(s => s.text === c.spelling);
    // Keep the spelling the author nearly wrote when it is one of the vocabulary's; else the canonical one.
    return spelling ? spelling.text : canonicalSpelling(c.keyword, language);
}
