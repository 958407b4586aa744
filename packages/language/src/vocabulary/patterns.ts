/**
 * How the spellings of the vocabulary are matched in text: regular expressions for the lexer
 * (case-insensitive, flexible blanks, composed or decomposed letters), the spelling a matched image
 * is, and the folded form near-miss detection compares in.
 */
import { CASE_TYPES, type Keyword, KEYWORDS, type Spelling } from './keywords.js';

/** Letters that may arrive decomposed (e.g. from macOS): composed form -> regex alternatives. */
const DECOMPOSABLE = /[åÅéÉäÄöÖüÜ]/;

function letterPattern(ch: string): string {
    if (!DECOMPOSABLE.test(ch)) return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const lower = ch.toLowerCase(), upper = ch.toUpperCase();
    return `(?:${lower}|${upper}|${lower.normalize('NFD')}|${upper.normalize('NFD')})`;
}

/** Free text naming a group in a spelling: "Til stede fra {group}:". */
const GROUP = '{group}';
const GROUP_PATTERN = '[^:\\r\\n]{1,80}?';

/** Regex source matching one spelling case-insensitively, with flexible blanks and composed or decomposed letters. */
export function spellingPattern(spelling: string): string {
    let source = '';
    for (let i = 0; i < spelling.length; i++) {
        if (spelling.startsWith(GROUP, i)) { source += GROUP_PATTERN; i += GROUP.length - 1; continue; }
        const ch = spelling[i];
        if (ch === ' ') source += '[ \\t]+';
        else if (ch === ':') source += '[ \\t]*:';
        else source += letterPattern(ch);
    }
    return source;
}

/** Regex source matching any spelling of a keyword (longest first, so "Andre til stede:" beats "Andre:"). */
export function keywordPattern(k: Keyword): string {
    const texts = [...new Set(k.spellings.map(s => s.text))].sort((a, b) => b.length - a.length);
    return `(?:${texts.map(spellingPattern).join('|')})${k.tail ?? ''}`;
}

/** Regex source of a case type line's keyword: "Vedtakssak:", "Diskusjons- og beslutningssak:", "Decision item:". */
export function caseTypePattern(): string {
    return `${caseTypeWordPattern()}[ \\t]*:`;
}

/** The words of a case type, without the colon: "Vedtakssak", "Discussion and decision item" (also for the TextMate grammar). */
export function caseTypeWordPattern(): string {
    const stems = CASE_TYPES.filter(t => !t.language).map(t => t.stem).join('|');
    const english = CASE_TYPES.filter(t => t.language === 'en').map(t => t.stem).join('|');
    return `(?:(?:${stems})s?(?:-[ \\t]*og[ \\t]+(?:${stems})s?)?sak|(?:${english})(?:[ \\t]+(?:and|&)[ \\t]+(?:${english}))?[ \\t]+item)`;
}

/** NFC, lower case, single spaces, no blank before a colon: the form spellings are compared in. */
export function normalizeKeyword(text: string): string {
    return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/ :/g, ':').trim();
}

const SPELLING_CACHE = new Map<string, Spelling | undefined>();

/** The spelling of `k` that a lexed image is ("Møtedato:" -> the bokmål spelling "Møtedato:"). */
export function spellingOf(k: Keyword, image: string): Spelling | undefined {
    const cacheKey = `${k.kind}\u0000${image}`;
    if (SPELLING_CACHE.has(cacheKey)) return SPELLING_CACHE.get(cacheKey);
    const written = normalizeKeyword(image);
    const found = k.spellings.find(s => !s.text.includes(GROUP) && normalizeKeyword(s.text) === written)
        ?? k.spellings.find(s => s.text.includes(GROUP) && new RegExp(`^${spellingPattern(s.text)}$`, 'iu').test(image.normalize('NFC')));
    if (SPELLING_CACHE.size < 2000) SPELLING_CACHE.set(cacheKey, found);
    return found;
}

/** Characters pasted from word processors that look like a blank or like nothing. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const ODD_BLANKS = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g;

/** True when the text holds a blank or invisible character a keyword never has (NBSP, ZWSP, soft hyphen …). */
export function hasOddBlanks(text: string): boolean {
    INVISIBLE.lastIndex = 0; ODD_BLANKS.lastIndex = 0;
    return INVISIBLE.test(text) || /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/.test(text);
}

/** Printable ASCII and Latin-1 letters: NFC leaves such text alone, and it holds no invisible character or odd blank. */
const PLAIN_LATIN = /^[\x20-\x7e\xc0-\xff]*$/;

/** Folded form for near-miss comparisons: NFC, lower case, invisible characters gone, every blank one space. */
export function fold(text: string): string {
    if (PLAIN_LATIN.test(text)) {
        const lower = text.toLowerCase();
        return (lower.includes('  ') ? lower.replace(/ +/g, ' ') : lower).trim();
    }
    return text.normalize('NFC').replace(INVISIBLE, '').replace(ODD_BLANKS, ' ').toLowerCase().replace(/ +/g, ' ').trim();
}

/** Every plain spelling (no `{group}`) with its keyword: what near-miss detection compares lines with. */
export function plainSpellings(): ReadonlyArray<{ keyword: Keyword; spelling: Spelling; folded: string }> {
    return PLAIN;
}

const PLAIN = KEYWORDS.flatMap(keyword => keyword.spellings
    .filter(s => !s.text.includes(GROUP))
    .map(spelling => ({ keyword, spelling, folded: fold(spelling.text) })));

/** Norwegian names of the structural tokens for syntax error messages. */
export const TOKEN_LABELS: Record<string, string> = {
    EOL: 'linjeskift',
    TEXT: 'tekst',
    CASENO: 'saksnummer (for eksempel 17/23, 17.1 eller 3)',
    CASETYPE: 'sakstype (for eksempel «Vedtakssak:»)',
    COMMENT: 'kommentar',
};
