/**
 * The preview's page and texts, as plain functions: a strict Content Security Policy with a fresh
 * nonce per page, the stylesheet and script from the extension only, the render from the language
 * server. No `vscode` import; preview.ts hands in the webview's URIs, tests/extension/ checks the page.
 */
// The nonce and the Content-Security-Policy have one home, shared with the editor page of `referat web`.
import { escapeHtml, previewCsp } from '@referat/language/client';
import type { PreviewState } from '../webview/messages.js';

export { makeNonce, previewCsp } from '@referat/language/client';

export interface PreviewPage {
    /** The webview's `cspSource`. */
    cspSource: string;
    nonce: string;
    /** Webview URIs of media/preview.css and the bundled preview script. */
    styleUri: string;
    scriptUri: string;
    state: PreviewState;
    /** The server's render; undefined before the first one (or when it failed). */
    render?: { html: string; css: string };
    /** A message above the render (why there is none, or what went wrong). */
    notice?: string;
}

/** The whole page. The render is inserted as the server made it (its generator escapes the minutes' text). */
export function previewPage(page: PreviewPage): string {
    const { nonce } = page;
    return `<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(previewCsp(page.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">${page.render?.css ?? ''}</style>
<link rel="stylesheet" href="${escapeHtml(page.styleUri)}">
</head>
<body data-state="${escapeHtml(JSON.stringify(page.state))}">
<div id="referat-notice" role="status"${page.notice ? '' : ' hidden'}>${escapeHtml(page.notice ?? '')}</div>
<div id="referat-preview">${page.render?.html ?? ''}</div>
<script nonce="${nonce}" src="${escapeHtml(page.scriptUri)}"></script>
</body>
</html>`;
}

/** The tab's title: "Forhåndsvisning: møte 1.referat" (the file name of a decoded path). */
export function previewTitle(path: string): string {
    return `Forhåndsvisning: ${path.split('/').pop()}`;
}

export const PREVIEW_TITLE = 'Forhåndsvisning';

export const NO_DOCUMENT_NOTICE = 'Ingen dokument å vise. Åpne et Referat-dokument og velg forhåndsvisning.';

export function cannotOpenNotice(fsPath: string, error: unknown): string {
    return `Kan ikke åpne ${fsPath}: ${errorText(error)}`;
}

export function renderFailedNotice(error: unknown): string {
    return `Forhåndsvisningen kunne ikke lages: ${errorText(error)}. Den oppdateres når du skriver videre.`;
}

function errorText(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

