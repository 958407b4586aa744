/**
 * Near misses: prose lines that nearly are keyword lines — a non-breaking or zero-width space pasted
 * from a word processor, a bullet in front, a missing colon, a letter or two wrong ("Untatt
 * offentlighet:"), a case line without a usable number. Pure: offsets are relative to the line's text.
 *
 * Prose that merely begins with a keyword-like word stays quiet: a keyword without its colon counts
 * only alone on its line or followed by a value of the keyword's shape (a date after "Dato", names
 * after "Forfall"), and a keyword glued to more letters ("Vedtaket", "Frister") never does.
 */
import { type Keyword, KEYWORDS, type Language } from '../vocabulary/keywords.js';
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

/** A value made on the first call, then kept. */
function once<T>(make: () => T): () => T {
    let value: T | undefined;
    return () => (value ??= make());
}

interface Candidate {
    keyword: Keyword;
    spelling: string;
    /** Folded, without the colon: what typos are measured against. */
    bare: string;
    /** The spelling ends in a colon. */
    hasColon: boolean;
    // The patterns, made on first use: a few hundred spellings would cost every start-up.
    withColon: () => RegExp;
    withoutColon: () => RegExp;
    strict: () => RegExp;
    /** The most letters a typo may get wrong (typoAllowance). */
    typoMax: number;
    /** Words of `bare`. */
    words: number;
    /** letterMask(bare). */
    mask: number;
}

const CANDIDATES: Candidate[] = KEYWORDS.filter(k => k.kind !== 'case').flatMap(keyword => keyword.spellings
    .filter(s => !s.text.includes('{'))
    .map(s => {
        const bare = s.text.replace(/:$/, '');
        return {
            keyword, spelling: s.text, bare: fold(bare),
            hasColon: s.text.endsWith(':'),
            withColon: once(() => new RegExp(tolerantPattern(s.text), 'iuy')),
            withoutColon: once(() => new RegExp(`${tolerantPattern(bare)}(?=[ \\t\\u00a0;.]|$)`, 'iuy')),
            strict: once(() => new RegExp(spellingPattern(s.text) + (keyword.tail ?? ''), 'iuy')),
            typoMax: typoAllowance(fold(bare), keyword), words: fold(bare).split(' ').length, mask: letterMask(fold(bare)),
        };
    }));

/** The most words of an exemption keyword (what the check for a misspelt exemption without a colon reads). */
const EXEMPTION_WORDS = Math.max(0, ...CANDIDATES.filter(c => c.keyword.nearMiss === 'error').map(c => c.words));

/** The exemption's candidates, in the vocabulary's order (a misspelt exemption is looked for on every prose line). */
const EXEMPTION_CANDIDATES = CANDIDATES.filter(c => c.keyword.nearMiss === 'error');

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
    return place === 'preamble' ? k.place === 'header' || k.place === 'attendance' : k.place === 'case';
}

/** Where a line stands: before the first case, inside one, or in minutes that have no cases. */
export type NearMissPlace = 'preamble' | 'case' | 'anywhere';

/** Rows of typoDistance's table, reused (the distance is computed for most prose lines). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance (a swap of two letters counts one), cut off above `max`: any
 * distance above `max` is returned as `max + 1`. Only the band of the table within `max` of its
 * diagonal is computed (cells outside it are above `max`), and the computation stops once two rows
 * in a row are above `max` (no later row can come back under it).
 */
export function typoDistance(a: string, b: string, max = 2): number {
    const over = max + 1;
    if (Math.abs(a.length - b.length) > max) return over;
    const n = b.length;
    if (rows[0].length <= n + 1) rows = [new Int32Array(n + 2), new Int32Array(n + 2), new Int32Array(n + 2)];
    // Rows i - 2, i - 1 and i; every value is capped at `over`.
    let [before, previous, current] = rows;
    for (let j = 0; j <= n; j++) previous[j] = j < over ? j : over;
    previous[n + 1] = over;
    let previousMin = 0;
    for (let i = 1; i <= a.length; i++) {
        const lo = i - max > 1 ? i - max : 1, hi = i + max < n ? i + max : n;
        current[lo - 1] = lo === 1 ? (i < over ? i : over) : over;
        const ai = a.charCodeAt(i - 1), aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
        let rowMin = over;
        for (let j = lo; j <= hi; j++) {
            const bj = b.charCodeAt(j - 1);
            let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai === bj ? 0 : 1));
            if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj && before[j - 2] + 1 < d) d = before[j - 2] + 1;
            if (d > over) d = over;
            current[j] = d;
            if (d < rowMin) rowMin = d;
        }
        current[hi + 1] = over;
        if (rowMin === over && previousMin === over) return over;
        previousMin = rowMin;
        [before, previous, current] = [previous, current, before];
    }
    return previous[n];
}

/**
 * The characters of a text as bits (a character's code modulo 32; different characters may share a
 * bit). A character of one text whose bit the other lacks is missing from the other, and every
 * missing character costs an edit of its own, so two texts whose masks differ in more than `max`
 * bits either way are more than `max` edits apart: `typoDistance` need not be asked.
 */
function letterMask(text: string): number {
    let mask = 0;
    for (let i = 0; i < text.length; i++) mask |= 1 << (text.charCodeAt(i) & 31);
    return mask;
}

function bitCount(n: number): number {
    n -= (n >>> 1) & 0x55555555;
    n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
    return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** False when `mask` and the candidate's differ by more than `max` characters: the texts are more than `max` edits apart. */
function mayBeWithin(mask: number, c: Candidate, max: number): boolean {
    return bitCount(c.mask & ~mask) <= max && bitCount(mask & ~c.mask) <= max;
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
    const first = firstFoldedLetter(body);
    if (!first) return undefined;
    // Asked only when a spelling matched (most lines match none).
    let odd: boolean | undefined;
    const isOdd = () => odd ??= lead.length > 0 || hasOddBlanks(body.slice(0, 60));

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
        const strict = () => { const re = c.strict(); re.lastIndex = 0; return re.test(text); };
        if (c.hasColon) {
            const withColon = c.withColon();
            withColon.lastIndex = 0;
            const m = withColon.exec(body);
            if (m && !strict() && (isOdd() || bullet)) {
                return { keyword: c.keyword, reason: bullet ? 'bullet' : 'blanks', start: 0, end: bodyStart + m[0].length, replacement: canonical(c, language) };
            }
            if (m) continue;
        }
        const withoutColon = c.withoutColon();
        withoutColon.lastIndex = 0;
        const m = withoutColon.exec(body);
        if (!m || strict()) continue;
        const rest = body.slice(m[0].length);
        if (!c.hasColon) {
            // Keywords without a colon ("Innledning ved", "Frist"): only blanks or a bullet can be wrong.
            if ((isOdd() || bullet) && /^(?:[ \t\u00a0:.]|$)/.test(rest)) {
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

/**
 * The first character of `fold(text.slice(0, 4))` when it is a letter, else ''. Most lines start
 * with plain ASCII, whose folded first character is that letter in lower case (NFC leaves ASCII
 * alone unless a combining mark follows, and nothing before it is removed or trimmed); others are folded.
 */
function firstFoldedLetter(text: string): string {
    const c = text.charCodeAt(0), next = text.length > 1 ? text.charCodeAt(1) : 0;
    if (((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && next < 0x80) return c <= 90 ? String.fromCharCode(c + 32) : text.charAt(0);
    if (c > 32 && c < 127 && next < 0x80) return ''; // a printable ASCII non-letter, which folding keeps
    const first = fold(text.slice(0, 4)).charAt(0);
    return first && /\p{L}/u.test(first) ? first : '';
}

const LABEL_CANDIDATES = new Map<string, Candidate[]>();

/** The candidates a label with a colon may be a typo of, where it stands (in the vocabulary's order). */
function labelCandidates(place: NearMissPlace, bullet: boolean): Candidate[] {
    const key = `${place} ${bullet}`;
    let list = LABEL_CANDIDATES.get(key);
    if (!list) {
        list = CANDIDATES.filter(c => c.hasColon && allowedHere(c.keyword, place, bullet) && c.typoMax > 0);
        LABEL_CANDIDATES.set(key, list);
    }
    return list;
}

/** "Untatt offentlighet:", "Forfal:", "Refernt: …": a label within a letter or two of a keyword. */
function typo(body: string, bodyStart: number, place: NearMissPlace, bullet: boolean, language: Language): NearMissMatch | undefined {
    const colon = body.indexOf(':');
    const label = colon > 0 && colon <= 40 ? fold(body.slice(0, colon)) : undefined;
    if (label && /^\p{L}/u.test(label) && label.split(' ').length <= 4) {
        // The closest keyword; on a tie the one the vocabulary lists first.
        let best: { c: Candidate; distance: number } | undefined;
        const mask = letterMask(label);
        for (const c of labelCandidates(place, bullet)) {
            const max = c.typoMax;
            if (!mayBeWithin(mask, c, max)) continue;
            const distance = typoDistance(label, c.bare, max);
            if (distance > 0 && distance <= max && (!best || distance < best.distance)) best = { c, distance };
        }
        if (best) return { keyword: best.c.keyword, reason: 'typo', start: 0, end: bodyStart + colon + 1, replacement: canonical(best.c, language) };
    }
    // An exemption is never missed: its first words misspelt and no colon ("Untatt offentlighet offl. § 13").
    const words = leadingWords(body, EXEMPTION_WORDS);
    const heads: string[] = [];
    for (const c of EXEMPTION_CANDIDATES) {
        const n = c.words;
        const head = heads[n] ??= words.slice(0, n).join(' ').replace(/[:;.,]$/, '');
        if (Math.abs(head.length - c.bare.length) <= 2 && mayBeWithin(letterMask(head), c, 2) && typoDistance(head, c.bare, 2) <= 2) {
            const end = bodyStart + lengthOfWords(body, n);
            return { keyword: c.keyword, reason: 'typo', start: 0, end, replacement: canonical(c, language) };
        }
    }
    return undefined;
}

/**
 * The words of `fold(text)`, at least the first `count` of them as in the whole text's (later ones may
 * be cut): a prefix is folded when it holds more than `count` words. Folding stops at a blank (no
 * normalisation, removal or case mapping reaches across one), so the words before it are the same.
 * A prose line can be long; this is asked of most of them.
 */
function leadingWords(text: string, count: number): string[] {
    for (let length = 64; length < text.length; length *= 4) {
        const words = fold(text.slice(0, length)).split(' ');
        if (words.length > count) return words;
    }
    return fold(text).split(' ');
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
