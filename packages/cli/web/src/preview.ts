/**
 * The live preview beside the editor: the language server renders the minutes with the shared HTML
 * generator (`referat/preview`), and the page shows them in a sandboxed frame under the same
 * Content-Security-Policy as the VS Code extension's webview (previewContentSecurityPolicy). The
 * frame runs no script at all: the page updates its content and handles clicks and scrolling from
 * outside, so the scroll position survives updates.
 */
import { makeNonce, previewCsp } from '@referat/language/client';
import { ReferatRequests, type PreviewResult } from '@referat/language/protocol';
import type { LanguageClient } from './lsp-client.js';
import type { monaco } from './monaco.js';

const DEBOUNCE_MS = 250;

/** Layout of the frame's page; the colours are the generator's stylesheet's own. */
const FRAME_CSS = `
body { margin: 0; padding: 0 16px 32px; }
#referat-preview [data-line] { cursor: pointer; }
#referat-notice { position: sticky; top: 0; margin: 0 -16px 8px; padding: 6px 16px; background: #fff3cd; color: #3d2f00; border-bottom: 1px solid #e0c060; }
`;

export class Preview {
    private readonly frame = document.getElementById('preview') as HTMLIFrameElement;
    private model?: monaco.editor.ITextModel;
    private timer?: ReturnType<typeof setTimeout>;
    private requested = 0;
    /** The frame holds a rendered page (later renders only replace its content). */
    private loaded = false;
    private publicEdition = false;
    onReveal: (line: number) => void = () => {};

    constructor(private readonly client: LanguageClient) {
        this.showNotice('Åpne eller skriv et referat, så vises det her slik det blir publisert.');
    }

    /** Shows `model` (undefined: nothing open). */
    show(model: monaco.editor.ITextModel | undefined): void {
        if (model === this.model) return;
        this.model = model;
        if (!model) {
            this.showNotice('Åpne eller skriv et referat, så vises det her slik det blir publisert.');
            return;
        }
        this.loaded = false;
        void this.render();
    }

    setPublicEdition(publicEdition: boolean): void {
        this.publicEdition = publicEdition;
        this.loaded = false;
        void this.render();
    }

    /** The text changed or the workspace was rebuilt: render again shortly. */
    refreshSoon(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.render(), DEBOUNCE_MS);
    }

    /** Scrolls the preview so that the element of source line `line` (0-based) is at the top. */
    scrollToLine(line: number): void {
        const doc = this.frame.contentDocument;
        if (!this.loaded || !doc) return;
        let target: HTMLElement | undefined;
        for (const element of doc.querySelectorAll<HTMLElement>('#referat-preview [data-line]')) {
            const l = Number(element.dataset.line);
            if (l <= line && (!target || l >= Number(target.dataset.line))) target = element;
        }
        const view = doc.defaultView!;
        view.scrollTo(0, target ? Math.max(0, target.getBoundingClientRect().top + view.scrollY - 8) : 0);
    }

    private async render(): Promise<void> {
        clearTimeout(this.timer);
        const model = this.model;
        if (!model) return;
        const ticket = ++this.requested;
        let result: PreviewResult;
        try {
            result = await this.client.request<PreviewResult>(ReferatRequests.preview, { uri: model.uri.toString(), publicEdition: this.publicEdition });
        } catch (error) {
            if (ticket !== this.requested) return;
            const message = `Forhåndsvisningen kunne ikke lages: ${error instanceof Error ? error.message : String(error)}. Den oppdateres når du skriver videre.`;
            if (this.loaded) this.setNotice(message);
            else this.showNotice(message);
            return;
        }
        if (ticket !== this.requested || model !== this.model || model.isDisposed()) return; // stale
        const doc = this.frame.contentDocument;
        const content = doc?.getElementById('referat-preview');
        if (this.loaded && doc && content) {
            const view = doc.defaultView!;
            const y = view.scrollY;
            content.innerHTML = result.html;
            view.scrollTo(0, y);
            this.setNotice(undefined);
            doc.body.dataset.version = String(result.version);
            return;
        }
        await this.load(result.html, result.css, String(result.version));
    }

    /** Sets the frame's page (a fresh nonce each time) and waits until it is loaded. */
    private load(html: string, css: string, version: string, notice?: string): Promise<void> {
        const nonce = makeNonce();
        const csp = previewCsp("'self'", nonce);
        const page = `<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Forhåndsvisning</title>
<style nonce="${nonce}">${css}</style>
<style nonce="${nonce}">${FRAME_CSS}</style>
</head>
<body data-version="${version}">
<div id="referat-notice" role="status" hidden></div>
<div id="referat-preview">${html}</div>
</body>
</html>`;
        return new Promise((resolve) => {
            this.frame.addEventListener('load', () => {
                this.loaded = html !== '';
                this.attach();
                this.setNotice(notice);
                resolve();
            }, { once: true });
            this.frame.srcdoc = page;
        });
    }

    private showNotice(message: string): void {
        void this.load('', '', '', message);
    }

    private setNotice(message: string | undefined): void {
        const notice = this.frame.contentDocument?.getElementById('referat-notice');
        if (!notice) return;
        notice.textContent = message ?? '';
        notice.hidden = !message;
    }

    /** Clicks in the frame: links to anchors scroll, other links open in a new tab, text reveals its source line. */
    private attach(): void {
        const doc = this.frame.contentDocument;
        if (!doc) return;
        doc.addEventListener('click', (event) => {
            const target = event.target as Element | null;
            const link = target?.closest('a[href]');
            if (link) {
                event.preventDefault();
                const href = link.getAttribute('href')!;
                if (href.startsWith('#')) doc.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView({ block: 'start' });
                else window.open(href, '_blank', 'noopener');
                return;
            }
            if (String(doc.getSelection() ?? '')) return;
            const element = target?.closest<HTMLElement>('[data-line]');
            if (element) this.onReveal(Number(element.dataset.line));
        });
    }
}
