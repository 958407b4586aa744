/**
 * The preview's page (packages/extension/src/logic/preview.ts) read as a browser reads it (parse5):
 * a strict CSP whose nonce is fresh on every page and is the one the style and the script carry;
 * the state the script starts from; notices escaped. And the typed messages between the extension
 * and the page (webview/messages.ts): only well-formed messages about the document shown get through.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import {
    cannotOpenNotice, makeNonce, NO_DOCUMENT_NOTICE, PREVIEW_TITLE, previewCsp, previewPage, previewTitle, renderFailedNotice, type PreviewPage,
} from '../../packages/extension/src/logic/preview.js';
import { isFromWebview, isToWebview, parsePreviewState } from '../../packages/extension/src/webview/messages.js';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

function elements(node: Node, out: Element[] = []): Element[] {
    if ('tagName' in node) out.push(node);
    if ('childNodes' in node) for (const child of node.childNodes) elements(child, out);
    if ('content' in node && node.content) elements(node.content, out);
    return out;
}
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const text = (element: Element) => element.childNodes.map((c) => ('value' in c ? c.value : '')).join('');

const SOURCE = 'file:///arbeidsomr%C3%A5de/styrem%C3%B8te%201.referat';
const PAGE: Omit<PreviewPage, 'nonce'> = {
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/out/webview/preview.js',
    state: { source: SOURCE, line: 12 },
    render: { html: '<main class="referat"><h1 data-line="0">Styret</h1></main>', css: 'main { color: red; }' },
};

/** The page as a browser sees it: the CSP, the nonces of style and script, the state. */
function read(html: string) {
    const all = elements(parse(html));
    const csp = all.find((e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'Content-Security-Policy');
    const scripts = all.filter((e) => e.tagName === 'script');
    const styles = all.filter((e) => e.tagName === 'style');
    const body = all.find((e) => e.tagName === 'body')!;
    return {
        csp: csp && attr(csp, 'content'),
        cspNonce: /script-src 'nonce-([^']+)'/.exec(csp ? attr(csp, 'content')! : '')?.[1],
        scripts: scripts.map((s) => ({ nonce: attr(s, 'nonce'), src: attr(s, 'src'), inline: text(s) })),
        styleNonces: styles.map((s) => attr(s, 'nonce')),
        stylesheets: all.filter((e) => e.tagName === 'link').map((l) => attr(l, 'href')),
        state: attr(body, 'data-state'),
        notice: all.find((e) => attr(e, 'id') === 'referat-notice')!,
        preview: all.find((e) => attr(e, 'id') === 'referat-preview')!,
        handlers: all.flatMap((e) => e.attrs.filter((a) => /^on/i.test(a.name))),
    };
}

describe('forhåndsvisningens side', () => {
    it('has a strict CSP: nothing but the extension\'s files and the nonce\'s style and script', () => {
        const page = read(previewPage({ ...PAGE, nonce: 'abc123' }));
        expect(page.csp).toBe([
            "default-src 'none'",
            'img-src https://file+.vscode-resource.vscode-cdn.net data:',
            "style-src https://file+.vscode-resource.vscode-cdn.net 'nonce-abc123'",
            'font-src https://file+.vscode-resource.vscode-cdn.net',
            "script-src 'nonce-abc123'",
        ].join('; '));
        expect(previewCsp('S', 'n')).toBe("default-src 'none'; img-src S data:; style-src S 'nonce-n'; font-src S; script-src 'nonce-n'");
    });

    it('runs one script, from the extension, with the CSP\'s nonce; the style carries it too', () => {
        const page = read(previewPage({ ...PAGE, nonce: makeNonce() }));
        expect(page.scripts).toEqual([{ nonce: page.cspNonce, src: PAGE.scriptUri, inline: '' }]);
        expect(page.styleNonces).toEqual([page.cspNonce]);
        expect(page.stylesheets).toEqual([PAGE.styleUri]);
        expect(page.handlers).toEqual([]);
    });

    it('gets a new nonce for every page', () => {
        const first = read(previewPage({ ...PAGE, nonce: makeNonce() }));
        const second = read(previewPage({ ...PAGE, nonce: makeNonce() }));
        expect(first.cspNonce).toMatch(/^[A-Za-z0-9_-]{24}$/);
        expect(second.cspNonce).toMatch(/^[A-Za-z0-9_-]{24}$/);
        expect(second.cspNonce).not.toBe(first.cspNonce);
        expect(second.scripts[0].nonce).toBe(second.cspNonce);
        const many = new Set(Array.from({ length: 200 }, () => makeNonce()));
        expect(many.size).toBe(200);
    });

    it('makes the nonce from 18 random bytes in base64url: 24 characters a CSP accepts', () => {
        expect(makeNonce((bytes) => bytes.fill(0))).toBe('AAAAAAAAAAAAAAAAAAAAAAAA');
        expect(makeNonce((bytes) => bytes.fill(0xfb))).toBe('-_v7-_v7-_v7-_v7-_v7-_v7');
        expect(makeNonce((bytes) => { bytes.set([0xff, 0xfe, 0x00, 0x41]); return bytes; })).toBe('__4AQQAAAAAAAAAAAAAAAAAA');
    });

    it('starts the script from the document and line shown, and inserts the render and its stylesheet', () => {
        const page = read(previewPage({ ...PAGE, nonce: 'n' }));
        expect(parsePreviewState(page.state)).toEqual({ source: SOURCE, line: 12 });
        expect(elements(page.preview).map((e) => e.tagName)).toEqual(['div', 'main', 'h1']);
        expect(previewPage({ ...PAGE, nonce: 'n' })).toContain('<style nonce="n">main { color: red; }</style>');
        expect(attr(page.notice, 'hidden')).toBe('');
        expect(text(page.notice)).toBe('');
    });

    it('shows a notice, escaped, when there is no render', () => {
        const html = previewPage({ ...PAGE, nonce: 'n', render: undefined, notice: 'Kan ikke åpne <møte>.referat: "borte" & slettet' });
        const page = read(html);
        expect(attr(page.notice, 'hidden')).toBeUndefined();
        expect(text(page.notice)).toBe('Kan ikke åpne <møte>.referat: "borte" & slettet');
        expect(elements(page.notice)).toHaveLength(1);
        expect(elements(page.preview)).toHaveLength(1);
        // Nothing else in the page where the render goes: no text, no stylesheet of a render.
        expect(page.notice.attrs).toEqual([{ name: 'id', value: 'referat-notice' }, { name: 'role', value: 'status' }]);
        expect(page.preview.childNodes).toEqual([]);
        expect(html).toContain('<style nonce="n"></style>');
        const empty = read(previewPage({ ...PAGE, nonce: 'n', render: undefined }));
        expect(empty.notice.attrs).toEqual([{ name: 'id', value: 'referat-notice' }, { name: 'role', value: 'status' }, { name: 'hidden', value: '' }]);
        expect(empty.notice.childNodes).toEqual([]);
        expect(empty.preview.childNodes).toEqual([]);
    });

    it('keeps a hostile document URI inside the state attribute', () => {
        const hostile = 'file:///a"><script>alert(1)</script>.referat';
        const page = read(previewPage({ ...PAGE, nonce: 'n', state: { source: hostile, line: 0 } }));
        expect(parsePreviewState(page.state)).toEqual({ source: hostile, line: 0 });
        expect(page.scripts).toHaveLength(1);
    });
});

describe('forhåndsvisningens tekster', () => {
    it('titles the tab with the file name, and says what went wrong', () => {
        expect(PREVIEW_TITLE).toBe('Forhåndsvisning');
        expect(previewTitle('/arbeidsområde/møter 2024/styremøte 1.referat')).toBe('Forhåndsvisning: styremøte 1.referat');
        expect(NO_DOCUMENT_NOTICE).toBe('Ingen dokument å vise. Åpne et Referat-dokument og velg forhåndsvisning.');
        expect(cannotOpenNotice('/a/b.referat', new Error('finnes ikke'))).toBe('Kan ikke åpne /a/b.referat: finnes ikke');
        expect(renderFailedNotice(new Error('Tidsavbrudd'))).toBe('Forhåndsvisningen kunne ikke lages: Tidsavbrudd. Den oppdateres når du skriver videre.');
        expect(renderFailedNotice('stoppet')).toBe('Forhåndsvisningen kunne ikke lages: stoppet. Den oppdateres når du skriver videre.');
    });
});

describe('meldinger mellom utvidelsen og siden', () => {
    it('lets through each message from the page about the document shown', () => {
        expect(isFromWebview({ type: 'ready', source: SOURCE }, SOURCE)).toBe(true);
        expect(isFromWebview({ type: 'reveal', source: SOURCE, line: 3 }, SOURCE)).toBe(true);
        expect(isFromWebview({ type: 'scrolled', source: SOURCE, line: 0 }, SOURCE)).toBe(true);
    });

    it('drops a message from the page about another document, or when none is shown', () => {
        expect(isFromWebview({ type: 'reveal', source: 'file:///annet.referat', line: 3 }, SOURCE)).toBe(false);
        expect(isFromWebview({ type: 'reveal', line: 3 }, SOURCE)).toBe(false);
        expect(isFromWebview({ type: 'ready', source: SOURCE }, undefined)).toBe(false);
    });

    it('drops malformed messages from the page', () => {
        for (const message of [
            null, undefined, 'ready', 42, [], [{ type: 'ready', source: SOURCE }],
            { type: 'klikk', source: SOURCE },
            { type: 'reveal', source: SOURCE },
            { type: 'reveal', source: SOURCE, line: '3' },
            { type: 'reveal', source: SOURCE, line: -1 },
            { type: 'reveal', source: SOURCE, line: 1.5 },
            { type: 'scrolled', source: SOURCE, line: Number.NaN },
            { type: 'ready', source: SOURCE, html: '<p>' },
        ]) expect(isFromWebview(message, SOURCE)).toBe(false);
    });

    it('lets through each message from the extension about the document shown, and nothing else', () => {
        expect(isToWebview({ type: 'update', source: SOURCE, html: '<main></main>', version: 3 }, SOURCE)).toBe(true);
        expect(isToWebview({ type: 'scroll', source: SOURCE, line: 7 }, SOURCE)).toBe(true);
        expect(isToWebview({ type: 'error', source: SOURCE, message: 'Feil' }, SOURCE)).toBe(true);
        for (const message of [
            { type: 'update', source: 'file:///annet.referat', html: '', version: 1 },
            { type: 'update', source: SOURCE, html: 5, version: 1 },
            { type: 'update', source: SOURCE, html: '' },
            { type: 'scroll', source: SOURCE, line: -2 },
            { type: 'error', source: SOURCE },
            { type: 'reveal', source: SOURCE, line: 1 },
            { type: 'update', source: SOURCE, html: '', version: 1, script: 'alert(1)' },
            null, 'update',
        ]) expect(isToWebview(message, SOURCE)).toBe(false);
    });

    it('reads the page\'s state, or nothing when it is missing or malformed', () => {
        expect(parsePreviewState('{"source":"file:///a.referat","line":4}')).toEqual({ source: 'file:///a.referat', line: 4 });
        for (const text of [undefined, '', '{', 'null', '[]', '{"source":1,"line":0}', '{"source":"a"}', '{"source":"a","line":-1}']) {
            expect(parsePreviewState(text)).toBeUndefined();
        }
    });
});
