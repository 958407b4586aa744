/**
 * The Referat lexer: one mode, with line-aware custom matchers (see shared notes on prose in Langium).
 * - Keywords match only at the start of a line (after indentation), case-insensitively, and also in
 *   decomposed Unicode (å written as a + U+030A), so that ranges stay those of the original text.
 * - `Sak` is a keyword only when a case number (or nothing) follows; `Frist` only before `for`, a
 *   digit, a weekday or a colon: "Sak og vedtak …" and "Fristen er …" stay prose.
 * - CASENO only directly after `Sak`; TEXT takes the rest of the line (without trailing blanks).
 * Matchers keep no state: Chevrotain calls them again during recovery and completion.
 */
import type { CustomPatternMatcherFunc, TokenType, TokenVocabulary } from 'chevrotain';
import { Lexer } from 'chevrotain';
import { AstUtils, DefaultTokenBuilder, type Grammar, GrammarAST, GrammarUtils, stream, type TokenBuilderOptions } from 'langium';
import { keywordPattern, TOKEN_LABELS } from './keywords.js';

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
    const sticky = new RegExp(source, 'iy');
    return (text, offset) => {
        if (!atLineStart(text, offset)) return null;
        sticky.lastIndex = offset;
        return sticky.exec(text);
    };
}

function stickyMatcher(source: string, flags = 'y'): CustomPatternMatcherFunc {
    const sticky = new RegExp(source, flags);
    return (text, offset) => {
        sticky.lastIndex = offset;
        return sticky.exec(text);
    };
}

/** First characters (both cases, composed and decomposed) for Chevrotain's first-char optimisation. */
function startChars(word: string): string[] {
    const first = word.normalize('NFD').charAt(0);
    return [...new Set([first.toLowerCase(), first.toUpperCase(), word.charAt(0).toLowerCase(), word.charAt(0).toUpperCase()])];
}

const CASE_TYPE_STEMS = 'vedtak|diskusjon|orientering|beslutning|drøfting|referat|valg|høring|høyring|informasjon|tema|behandling';
const CASE_TYPE_SOURCE = `(?:${CASE_TYPE_STEMS})s?(?:-[ \\t]*og[ \\t]+(?:${CASE_TYPE_STEMS})s?)?sak[ \\t]*:`;
const WEEKDAYS = 'mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag';

/** Extra look-ahead per keyword, beyond the keyword text itself. */
const KEYWORD_TAILS: Record<string, string> = {
    // a case number, or nothing on the line (then the parser asks for the number)
    'Sak': '(?=[ \\t]+[0-9]|[ \\t]*(?:\\r|\\n|$))',
    'Frist': `(?=[ \\t]+(?:for[ \\t]|[0-9]|(?:${WEEKDAYS})\\b)|[ \\t]*:)`,
    'Innledning ved': '(?:[ \\t]*:)?(?=[ \\t]|\\r|\\n|$)',
};

export class ReferatTokenBuilder extends DefaultTokenBuilder {

    override buildTokens(grammar: Grammar, _options?: TokenBuilderOptions): TokenVocabulary {
        const keywords = stream(GrammarUtils.getAllReachableRules(grammar, false))
            .filter(GrammarAST.isParserRule)
            .flatMap(rule => AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword))
            .map(k => k.value)
            .distinct()
            .toArray()
            .sort((a, b) => b.length - a.length);

        const keywordTokens: TokenType[] = keywords.map(value => ({
            name: value,
            PATTERN: lineStartMatcher(keywordPattern(value) + (KEYWORD_TAILS[value] ?? '')),
            START_CHARS_HINT: startChars(value),
            LINE_BREAKS: false,
            LABEL: TOKEN_LABELS[value] ?? `«${value}»`,
        }));

        const tokens: TokenType[] = [
            { name: 'WS', PATTERN: /[ \t\uFEFF]+/, GROUP: Lexer.SKIPPED, LINE_BREAKS: false },
            {
                name: 'COMMENT', PATTERN: lineStartMatcher('\\/\\/[^\\r\\n]*'), GROUP: 'hidden',
                START_CHARS_HINT: ['/'], LINE_BREAKS: false, LABEL: TOKEN_LABELS.COMMENT,
            },
            { name: 'EOL', PATTERN: /(?:\r\n?|\n)(?:[ \t]*(?:\r\n?|\n))*/, LINE_BREAKS: true, LABEL: TOKEN_LABELS.EOL },
            {
                name: 'CASETYPE', PATTERN: lineStartMatcher(CASE_TYPE_SOURCE), LINE_BREAKS: false,
                START_CHARS_HINT: [...new Set(CASE_TYPE_STEMS.split('|').flatMap(startChars))], LABEL: TOKEN_LABELS.CASETYPE,
            },
            ...keywordTokens,
            {
                name: 'CASENO',
                PATTERN: ((text, offset, matched) => {
                    const previous = matched[matched.length - 1];
                    if (previous?.tokenType.name !== 'Sak') return null;
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
        return tokens;
    }
}

// Greedy over digits, dots and slashes, so that a malformed number ("17//23", "18/123/4") stays one
// token and is reported as invalid-case-number instead of turning its tail into the title.
const CASE_NUMBER = /[0-9][0-9./]*/y;

/**
 * Every character code a TEXT token may start with (all but blanks and line breaks). With a hint on
 * every custom token, Chevrotain can pick candidate tokens by the first character instead of trying
 * every pattern at every position (it buckets codes above 255, so listing them all costs nothing later).
 */
const ANY_TEXT_START: number[] = Array.from({ length: 0x10000 }, (_, code) => code).filter(code => code !== 9 && code !== 10 && code !== 13 && code !== 32);
