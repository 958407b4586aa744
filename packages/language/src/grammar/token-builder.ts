/**
 * The Referat lexer's tokens: one mode, with line-aware custom matchers (see shared notes on prose in
 * Langium), built from the vocabulary (vocabulary/keywords.ts).
 * - Keywords match only at the start of a line (after indentation), case-insensitively, and also in
 *   decomposed Unicode (å written as a + U+030A), so that ranges stay those of the original text.
 * - `Sak` is a keyword only when a case number (or nothing) follows; `Frist` only before `for`, a
 *   digit, a weekday or a colon: "Sak og vedtak …" and "Fristen er …" stay prose.
 * - CASENO only directly after `Sak`; TEXT takes the rest of the line (without trailing blanks).
 * Matchers keep no state: Chevrotain calls them again during recovery and completion.
 */
import type { CustomPatternMatcherFunc, TokenType, TokenVocabulary } from 'chevrotain';
import { Lexer } from 'chevrotain';
import { DefaultTokenBuilder } from 'langium';
import { CASE_TYPE_TOKEN, CASE_TYPES, KEYWORDS } from '../vocabulary/keywords.js';
import { caseTypePattern, keywordPattern, TOKEN_LABELS } from '../vocabulary/patterns.js';

/** True when only blanks (or a byte-order mark) stand between the line start and `offset`. */
export function atLineStart(text: string, offset: number): boolean {
    for (let i = offset - 1; i >= 0; i--) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) return true;
        if (c !== 32 && c !== 9 && c !== 0xfeff) return false;
    }
    return true;
}

function lineStartMatcher(source: string): CustomPatternMatcherFunc {
    const sticky = new RegExp(source, 'iuy');
    return (text, offset) => {
        if (!atLineStart(text, offset)) return null;
        sticky.lastIndex = offset;
        return sticky.exec(text);
    };
}

function stickyMatcher(source: string): CustomPatternMatcherFunc {
    const sticky = new RegExp(source, 'y');
    return (text, offset) => {
        sticky.lastIndex = offset;
        return sticky.exec(text);
    };
}

/** First characters (both cases, composed and decomposed) for Chevrotain's first-char optimisation. */
function startChars(word: string): string[] {
    const first = word.normalize('NFD').charAt(0);
    return [first.toLowerCase(), first.toUpperCase(), word.charAt(0).toLowerCase(), word.charAt(0).toUpperCase()];
}

export class ReferatTokenBuilder extends DefaultTokenBuilder {

    override buildTokens(): TokenVocabulary {
        // Longest spellings first: where two keywords could match at one position, the longer wins.
        const longest = (k: typeof KEYWORDS[number]) => Math.max(...k.spellings.map(s => s.text.length));
        // Keywords that may stand in a list item ("- Oppfølging: …") match after a bullet too.
        const bullet = (k: typeof KEYWORDS[number]) => (k.listItem === 'keyword' ? BULLET_PREFIX : '');
        const keywordTokens: TokenType[] = [...KEYWORDS].sort((a, b) => longest(b) - longest(a)).map(k => ({
            name: k.token,
            PATTERN: lineStartMatcher(bullet(k) + keywordPattern(k)),
            START_CHARS_HINT: [...new Set([...k.spellings.flatMap(s => startChars(s.text)), ...(bullet(k) ? BULLETS : [])])],
            LINE_BREAKS: false,
            LABEL: k.kind === 'case' || k.kind === 'section' ? k.label : `«${k.spellings[0].text}»`,
        }));

        return [
            { name: 'WS', PATTERN: /[ \t\uFEFF]+/, GROUP: Lexer.SKIPPED, LINE_BREAKS: false },
            {
                name: 'COMMENT', PATTERN: lineStartMatcher('\\/\\/[^\\r\\n]*'), GROUP: 'hidden',
                START_CHARS_HINT: ['/'], LINE_BREAKS: false, LABEL: TOKEN_LABELS.COMMENT,
            },
            { name: 'EOL', PATTERN: /(?:\r\n?|\n)(?:[ \t]*(?:\r\n?|\n))*/, LINE_BREAKS: true, LABEL: TOKEN_LABELS.EOL },
            {
                name: CASE_TYPE_TOKEN, PATTERN: lineStartMatcher(caseTypePattern()), LINE_BREAKS: false,
                START_CHARS_HINT: [...new Set(CASE_TYPES.flatMap(t => startChars(t.stem)))], LABEL: TOKEN_LABELS.CASETYPE,
            },
            ...keywordTokens,
            {
                name: 'CASENO',
                PATTERN: ((text, offset, matched) => {
                    const previous = matched[matched.length - 1];
                    if (previous?.tokenType.name !== 'CASE_KW') return null;
                    CASE_NUMBER.lastIndex = offset;
                    return CASE_NUMBER.exec(text);
                }) satisfies CustomPatternMatcherFunc,
                START_CHARS_HINT: [...'0123456789'], LINE_BREAKS: false, LABEL: TOKEN_LABELS.CASENO,
            },
            // The rest of the line, without trailing blanks.
            {
                name: 'TEXT', PATTERN: stickyMatcher('[^ \\t\\r\\n](?:[^\\r\\n]*[^ \\t\\r\\n])?'), LINE_BREAKS: false, LABEL: TOKEN_LABELS.TEXT,
                START_CHARS_HINT: ANY_TEXT_START,
            },
        ];
    }
}

/** A list bullet before a keyword that may stand in a list item. */
export const BULLET_PREFIX = '(?:[-*•–][ \\t]+)?';
const BULLETS = ['-', '*', '•', '–'];

// Greedy over digits, dots and slashes, so that a malformed number ("17//23", "18/123/4") stays one
// token and is reported as invalid-case-number instead of turning its tail into the title.
const CASE_NUMBER = /[0-9][0-9./]*(?:-[0-9]{4}(?![0-9]))?/y;

/**
 * Every character code a TEXT token may start with (all but blanks and line breaks). With a hint on
 * every custom token, Chevrotain can pick candidate tokens by the first character instead of trying
 * every pattern at every position (it buckets codes above 255, so listing them all costs nothing later).
 */
const ANY_TEXT_START: number[] = Array.from({ length: 0x10000 }, (_, code) => code).filter(code => code !== 9 && code !== 10 && code !== 13 && code !== 32);
