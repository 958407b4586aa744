/**
 * The messages between the extension and the preview webview, typed both ways. Every message names
 * its `source`: the URI of the document the page shows. Each side checks what it receives with the
 * guards below and drops what is malformed or about another document (a page that is being replaced,
 * a message from anywhere else). Shared by preview.ts (extension host) and preview-script.ts (browser):
 * no `vscode` and no DOM here.
 */

/** Extension → webview. */
export type ToWebview =
    /** A new render of the document (`version` of the text it was made from). */
    | { type: 'update'; source: string; html: string; version: number }
    /** Scroll so that source line `line` (0-based) is at the top. */
    | { type: 'scroll'; source: string; line: number }
    /** The render failed: show `message` above the last good render. */
    | { type: 'error'; source: string; message: string };

/** Webview → extension. */
export type FromWebview =
    /** The page has loaded (or reloaded): send the newest render and position. */
    | { type: 'ready'; source: string }
    /** A click on the element of source line `line`: show that line in the editor. */
    | { type: 'reveal'; source: string; line: number }
    /** The author scrolled the preview: `line` is now at the top. */
    | { type: 'scrolled'; source: string; line: number };

/** What the page is created with (the body's `data-state`), and what VS Code keeps across reloads. */
export interface PreviewState {
    /** The document shown: the `source` of every message. */
    source: string;
    /** Source line at the top. */
    line: number;
}

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isLine = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const hasOnly = (message: Fields, keys: readonly string[]) => Object.keys(message).every((k) => keys.includes(k));

function shaped(message: Fields, fields: Record<string, (value: unknown) => boolean>): boolean {
    const keys = ['type', 'source', ...Object.keys(fields)];
    return typeof message.source === 'string' && hasOnly(message, keys) && Object.entries(fields).every(([k, ok]) => ok(message[k]));
}

/** A well-formed message from the webview about `source` (anything else is dropped). */
export function isFromWebview(value: unknown, source: string | undefined): value is FromWebview {
    if (!isObject(value) || source === undefined || value.source !== source) return false;
    switch (value.type) {
        case 'ready': return shaped(value, {});
        case 'reveal':
        case 'scrolled': return shaped(value, { line: isLine });
        default: return false;
    }
}

/** A well-formed message from the extension about `source` (anything else is dropped). */
export function isToWebview(value: unknown, source: string | undefined): value is ToWebview {
    if (!isObject(value) || source === undefined || value.source !== source) return false;
    switch (value.type) {
        case 'update': return shaped(value, { html: (v) => typeof v === 'string', version: (v) => typeof v === 'number' });
        case 'scroll': return shaped(value, { line: isLine });
        case 'error': return shaped(value, { message: (v) => typeof v === 'string' });
        default: return false;
    }
}

/** The page's state from its `data-state` attribute; undefined when it is missing or malformed. */
export function parsePreviewState(text: string | undefined): PreviewState | undefined {
    if (!text) return undefined;
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch {
        return undefined;
    }
    return isObject(value) && typeof value.source === 'string' && isLine(value.line) ? { source: value.source, line: value.line } : undefined;
}
