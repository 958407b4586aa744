/**
 * The security rules of a live preview of minutes: the Content-Security-Policy of the page that shows
 * the generator's HTML, and the nonce that lets its own stylesheet and script in. One home for the
 * VS Code webview (packages/extension/src/logic/preview.ts) and the editor page
 * (packages/cli/web/src/preview.ts). No imports: clients get it from `@referat/language/client`.
 */

/** A fresh nonce: 18 random bytes (144 bits) in base64url, always 24 characters. Web Crypto: Node, browsers, workers. */
export function makeNonce(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
    const bytes = random(new Uint8Array(18));
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_');
}

/**
 * Nothing may load but images, styles and fonts from `cspSource` (the webview's resource origin, or
 * `'self'`), and the style and script that carry the nonce.
 */
export function previewCsp(cspSource: string, nonce: string): string {
    return [
        "default-src 'none'",
        `img-src ${cspSource} data:`,
        `style-src ${cspSource} 'nonce-${nonce}'`,
        `font-src ${cspSource}`,
        `script-src 'nonce-${nonce}'`,
    ].join('; ');
}
