/**
 * Safe text for HTML: escaping, and the only markup made from input text — links for http(s) URLs,
 * `www.` addresses and e-mail addresses. Everything else the minutes contain is escaped; the
 * characters `displayText` drops (bidirectional controls, NUL and other controls, lone surrogates)
 * are dropped here too, in the same pass.
 */
import { UNSAFE_DISPLAY_CHARS } from '../text/display.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const TO_ESCAPE = new RegExp(`[&<>"']|${UNSAFE_DISPLAY_CHARS}`, 'g');

/** Escapes text for element content and quoted attribute values, dropping what no reader should get (see text/display.ts). */
export function escapeHtml(text: string): string {
    return text.replace(TO_ESCAPE, c => ESCAPES[c] ?? '');
}

/** Returns the URL when it is an absolute http, https or mailto URL, or a relative reference; else undefined. */
export function safeHref(href: string): string | undefined {
    const trimmed = href.trim();
    // Control characters and whitespace can hide a scheme ("java\tscript:"); refuse them outright.
    if (!trimmed || /[\u0000-\u0020\u007f-\u009f]/.test(trimmed)) return undefined;
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
    if (!scheme) return trimmed.startsWith('//') ? undefined : trimmed;
    return ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase()) ? trimmed : undefined;
}

// URLs stop at whitespace, quotes, angle brackets and guillemets; trailing punctuation is trimmed below.
// An e-mail address starts where a run of address characters starts (the look-behind keeps the
// search linear: without it every letter of every word starts a new scan).
const LINK = /\bhttps?:\/\/[^\s<>"'«»]+|\bwww\.[^\s<>"'«»]+\.[^\s<>"'«»]+|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/giu;
/** Cheap pre-check: every LINK match contains one of these. */
const MAY_LINK = /@|https?:\/\/|www\./i;

/** Escaped text with URLs and e-mail addresses turned into links. */
export function linkify(text: string): string {
    if (!MAY_LINK.test(text)) return escapeHtml(text);
    let out = '';
    let last = 0;
    LINK.lastIndex = 0;
    for (let m = LINK.exec(text); m; m = LINK.exec(text)) {
        const raw = trimTrailing(m[0]);
        const href = hrefFor(raw);
        LINK.lastIndex = m.index + raw.length;
        if (!href) continue;
        out += escapeHtml(text.slice(last, m.index)) + `<a href="${escapeHtml(href)}">${escapeHtml(raw)}</a>`;
        last = m.index + raw.length;
    }
    return out + escapeHtml(text.slice(last));
}

function hrefFor(raw: string): string | undefined {
    if (raw.includes('@') && !/^(?:https?:\/\/|www\.)/i.test(raw)) return `mailto:${raw}`;
    const url = /^www\./i.test(raw) ? `https://${raw}` : raw;
    try {
        const parsed = new URL(url);
        return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
    } catch {
        return undefined;
    }
}

/** Drops sentence punctuation after a URL, and a closing parenthesis that does not close one inside it. */
function trimTrailing(url: string): string {
    let end = url.length;
    for (;;) {
        const c = url[end - 1];
        if ('.,;:!?'.includes(c)) { end--; continue; }
        if (c === ')') {
            const part = url.slice(0, end);
            if ((part.match(/\(/g)?.length ?? 0) < (part.match(/\)/g)?.length ?? 0)) { end--; continue; }
        }
        return url.slice(0, end);
    }
}
