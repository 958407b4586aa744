/**
 * The security rules of a live preview of minutes: the Content-Security-Policy of the page that shows
 * the generator's HTML, and the nonce that lets its own stylesheet (and script) in. One home for the
 * VS Code webview (packages/extension/src/preview.ts) and the editor page (packages/cli/web). No
 * imports: clients load this module without the language.
 */

/**
 * The preview's policy: nothing by default; images, styles and fonts only from `source` (the
 * webview's resource origin, or `'self'`); inline styles and scripts only with the nonce.
 */
export function previewContentSecurityPolicy(source: string, nonce: string): string {
    return [
        "default-src 'none'",
        `img-src ${source} data:`,
        `style-src ${source} 'nonce-${nonce}'`,
        `font-src ${source}`,
        `script-src 'nonce-${nonce}'`,
    ].join('; ');
}

/** A fresh random nonce (24 base64 letters and digits); Web Crypto, so it runs in Node, browsers and workers. */
export function makeNonce(): string {
    const bytes = new Uint8Array(18);
    crypto.getRandomValues(bytes);
    return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, '');
}
