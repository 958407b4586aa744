/**
 * Keyword spelling: how a grammar keyword is matched in text, its canonical form, and the Norwegian
 * labels the parser uses in syntax errors ("Forventet saksnummer …").
 */

/** Letters that may arrive decomposed (e.g. from macOS): composed form -> regex alternatives. */
const DECOMPOSABLE = /[åÅéÉäÄöÖüÜ]/;

function letterPattern(ch: string): string {
    if (!DECOMPOSABLE.test(ch)) return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const lower = ch.toLowerCase(), upper = ch.toUpperCase();
    return `(?:${lower}|${upper}|${lower.normalize('NFD')}|${upper.normalize('NFD')})`;
}

/** Regex source matching `keyword` case-insensitively, with flexible blanks and composed or decomposed letters. */
export function keywordPattern(keyword: string): string {
    let source = '';
    for (const ch of keyword) {
        if (ch === ' ') source += '[ \\t]+';
        else if (ch === ':') source += '[ \\t]*:';
        else source += letterPattern(ch);
    }
    return source;
}

/** NFC, lower case, single spaces, no blank before a colon: the form keywords are compared in. */
export function normalizeKeyword(text: string): string {
    return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/ :/g, ':').trim();
}

/** Norwegian names of tokens for syntax error messages. */
export const TOKEN_LABELS: Record<string, string> = {
    EOL: 'linjeskift',
    TEXT: 'tekst',
    CASENO: 'saksnummer (for eksempel 17/23, 17.1 eller 3)',
    CASETYPE: 'sakstype (for eksempel «Vedtakssak:»)',
    COMMENT: 'kommentar',
    'Sak': '«Sak» med saksnummer',
};
