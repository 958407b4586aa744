/**
 * Characters that must not reach a reader as they are.
 *
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are
 * invisible and make a viewer show the text after them reversed or reordered ("Trojan Source"): a
 * name can read as another. The validator warns about each (`bidi-control`); every output meant for
 * people (HTML pages and the preview, hovers, the outline and the other editor views, terminal
 * output, calendars) drops them, so a reader sees the characters in the order they were written.
 * Right-to-left scripts still show correctly: the Unicode bidirectional algorithm orders them
 * without these controls.
 *
 * The same outputs drop NUL and the other control characters (except tab and line breaks), lone
 * surrogates and the noncharacters U+FFFE/U+FFFF: HTML parsers turn NUL into U+FFFD, and a lone
 * surrogate is written to a UTF-8 file as U+FFFD. The validator reports NUL as `nul-character`.
 */

/** Regex source (a character class and two surrogate alternatives) of everything `displayText` drops. */
export const UNSAFE_DISPLAY_CHARS = '[\\u0000-\\u0008\\u000B\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\uFFFE\\uFFFF]'
    + '|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';

const UNSAFE = new RegExp(UNSAFE_DISPLAY_CHARS, 'g');
const HAS_UNSAFE = new RegExp(UNSAFE_DISPLAY_CHARS);

export const BIDI_CONTROL_NAMES: Readonly<Record<string, string>> = {
    '\u202A': 'LEFT-TO-RIGHT EMBEDDING', '\u202B': 'RIGHT-TO-LEFT EMBEDDING', '\u202C': 'POP DIRECTIONAL FORMATTING',
    '\u202D': 'LEFT-TO-RIGHT OVERRIDE', '\u202E': 'RIGHT-TO-LEFT OVERRIDE', '\u2066': 'LEFT-TO-RIGHT ISOLATE',
    '\u2067': 'RIGHT-TO-LEFT ISOLATE', '\u2068': 'FIRST STRONG ISOLATE', '\u2069': 'POP DIRECTIONAL ISOLATE',
};

export function isBidiControl(code: number): boolean {
    return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** Text for a reader: without bidirectional controls, NUL and other controls, lone surrogates (the same string when clean). */
export function displayText(text: string): string {
    return HAS_UNSAFE.test(text) ? text.replace(UNSAFE, '') : text;
}
