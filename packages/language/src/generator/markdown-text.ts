/** Text from the minutes inside Markdown (hovers, the Frister view's tooltips): shown as written, never as markup. */

/**
 * Escapes what Markdown would read as markup: emphasis, code, links, HTML, tables and strike-through
 * characters anywhere, and a list or heading marker at the start of a line ("- ", "+ ", "1. ").
 */
export function escapeMarkdown(text: string): string {
    return text
        .replace(/[\\`*_{}[\]<>#|~!()]/g, '\\$&')
        .replace(/^([ \t]*)([-+])(?=\s|$)/gm, '$1\\$2')
        .replace(/^([ \t]*\d+)([.)])(?=\s|$)/gm, '$1\\$2');
}
