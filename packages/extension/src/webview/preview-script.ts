/**
 * The script of the preview webview, bundled by esbuild for the browser (out/webview/preview.js) and
 * loaded with the page's nonce; no other script may run. It shows the renders the extension posts,
 * keeps the scroll position in step with the editor both ways, and a click reveals the source line.
 * Messages are accepted only from VS Code's webview host (same origin, not this page itself),
 * well-formed, and about the document this page shows.
 */
import { isToWebview, parsePreviewState, type FromWebview, type PreviewState, type ToWebview } from './messages.js';

interface VsCodeApi {
    postMessage(message: FromWebview): void;
    setState(state: PreviewState): void;
    getState(): unknown;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const content = document.getElementById('referat-preview')!;
const notice = document.getElementById('referat-notice')!;
const state: PreviewState = parsePreviewState(document.body.dataset.state) ?? { source: '', line: 0 };
/** Scroll events caused by scrollToLine are not reported back to the editor. */
let programmaticScrollUntil = 0;

function post(message: FromWebview): void {
    vscode.postMessage(message);
}

/** Elements that carry a source line, in document order. */
function lineElements(): HTMLElement[] {
    return [...content.querySelectorAll<HTMLElement>('[data-line]')];
}

/** Scrolls so that the element of the last source line at or before `line` is at the top. */
function scrollToLine(line: number): void {
    let target: HTMLElement | undefined;
    for (const element of lineElements()) {
        const l = Number(element.dataset.line);
        if (l <= line && (!target || l >= Number(target.dataset.line))) target = element;
    }
    programmaticScrollUntil = Date.now() + 300;
    window.scrollTo(0, target ? Math.max(0, target.getBoundingClientRect().top + window.scrollY - 8) : 0);
}

/** Source line of the first element visible at the top. */
function topLine(): number {
    for (const element of lineElements()) {
        if (element.getBoundingClientRect().bottom > 0) return Number(element.dataset.line);
    }
    return 0;
}

function handle(message: ToWebview): void {
    switch (message.type) {
        case 'update': {
            const y = window.scrollY;
            content.innerHTML = message.html;
            window.scrollTo(0, y);
            notice.hidden = true;
            document.body.dataset.version = String(message.version);
            break;
        }
        case 'scroll':
            state.line = message.line;
            vscode.setState(state);
            scrollToLine(message.line);
            break;
        case 'error':
            notice.textContent = message.message;
            notice.hidden = false;
            break;
    }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
    // VS Code's webview host delivers the extension's messages from its own frame, which has this
    // page's origin. A message from another origin, or one this page posted to itself, is not the
    // extension's. (`window.parent` cannot be the test: VS Code sets it to `window` in webviews.)
    if (event.origin !== window.origin || event.source === window || !isToWebview(event.data, state.source)) return;
    handle(event.data);
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
    if (Date.now() < programmaticScrollUntil) return;
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => {
        state.line = topLine();
        vscode.setState(state);
        post({ type: 'scrolled', source: state.source, line: state.line });
    }, 100);
}, { passive: true });

document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest('a[href]');
    const href = link?.getAttribute('href') ?? '';
    if (link && href.startsWith('#')) {
        event.preventDefault();
        document.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView({ block: 'start' });
        return;
    }
    if (link || String(window.getSelection() ?? '')) return;
    const element = target?.closest<HTMLElement>('[data-line]');
    if (element) post({ type: 'reveal', source: state.source, line: Number(element.dataset.line) });
});

vscode.setState(state);
scrollToLine(state.line);
post({ type: 'ready', source: state.source });
