/**
 * The browser bundles need no Node: VS Code for the Web's extension (out/browser-extension.js), its
 * language server worker (out/server-browser.js), and the editor page's script and embedded workers
 * import nothing but `vscode` (the extension) — esbuild's record of what it left outside each bundle,
 * written by the builds. And they run in Chromium: the extension's worker answers LSP, and the
 * extension's module loads in a Web Worker where `require` knows nothing but `vscode`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { buildModule, ensureWebPage, EXAMPLES, ROOT } from './support.js';

const EXTENSION = path.join(ROOT, 'packages/extension');
const OUT = path.join(EXTENSION, 'out');
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Builds the extension's bundles when they are missing or older than their sources. */
async function ensureExtensionBundles(): Promise<void> {
    const { newestMtime } = await buildModule();
    const info = path.join(OUT, 'browser-bundles.json');
    const built = fs.existsSync(info) ? fs.statSync(info).mtimeMs : 0;
    const sources = [path.join(EXTENSION, 'src'), path.join(EXTENSION, 'esbuild.mjs'), path.join(EXTENSION, 'package.json'), path.join(ROOT, 'packages/language/out')];
    if (newestMtime(sources) > built) {
        process.stderr.write('[browser] bygger utvidelsen (npm run build -w packages/extension) …\n');
        execFileSync('npm', ['run', 'build', '-w', 'packages/extension'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    }
}

let browser: Browser;
beforeAll(async () => {
    await ensureExtensionBundles();
    await ensureWebPage();
    browser = await launchChromium();
});
afterAll(async () => { await browser?.close(); });

describe('browser bundles import no Node built-ins', () => {
    it('VS Code for the Web: the extension imports only `vscode`, the worker nothing', () => {
        const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'package.json'), 'utf8')) as { browser: string; main: string };
        expect(manifest.browser).toBe('./out/browser-extension.js');
        const info = JSON.parse(fs.readFileSync(path.join(OUT, 'browser-bundles.json'), 'utf8')) as Record<string, { externalImports: string[] }>;
        expect(Object.keys(info).sort()).toEqual(['browser-extension.js', 'server-browser.js']);
        expect(info['browser-extension.js'].externalImports).toEqual(['vscode']);
        expect(info['server-browser.js'].externalImports).toEqual([]);
        for (const file of Object.keys(info)) expect(fs.existsSync(path.join(OUT, file)), file).toBe(true);
    });

    it('the editor page: its script and both embedded workers import nothing', async () => {
        const dir = await ensureWebPage();
        const info = JSON.parse(fs.readFileSync(path.join(dir, 'build-info.json'), 'utf8')) as { externalImports: Record<string, string[]> };
        expect(info.externalImports).toEqual({ 'referat-web.js': [], server: [], editorWorker: [] });
        // The page is one folder of static files: no server code, no module scripts.
        expect(fs.readdirSync(dir).sort()).toEqual(['THIRD-PARTY-LICENSES.txt', 'build-info.json', 'index.html', 'referat-web.css', 'referat-web.js']);
        const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
        expect(html).not.toContain('type="module"');
        expect([...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1].split('?')[0])).toEqual(['referat-web.js']);
    });

    it('no bundle names a Node built-in (checked against Node\'s own list)', async () => {
        const info = JSON.parse(fs.readFileSync(path.join(OUT, 'browser-bundles.json'), 'utf8')) as Record<string, { externalImports: string[] }>;
        const page = JSON.parse(fs.readFileSync(path.join(await ensureWebPage(), 'build-info.json'), 'utf8')) as { externalImports: Record<string, string[]> };
        const all = [...Object.values(info).flatMap((i) => i.externalImports), ...Object.values(page.externalImports).flat()];
        expect(all.filter((i) => NODE_BUILTINS.has(i))).toEqual([]);
    });
});

describe('the extension\'s browser bundles run in Chromium', () => {
    it('out/server-browser.js starts as a Web Worker and publishes diagnostics for a document', async () => {
        const page = await browser.newPage();
        try {
            await page.setContent('<!DOCTYPE html><html lang="nb"><title>x</title></html>');
            const code = fs.readFileSync(path.join(OUT, 'server-browser.js'), 'utf8');
            const text = fs.readFileSync(path.join(EXAMPLES, 'nsg-2023-11-22.referat'), 'utf8').replace('Vedtak: Innkallingen godkjennes.', '');
            const result = await page.evaluate(async ({ code, text }) => {
                const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
                const errors: string[] = [];
                worker.onerror = (e) => errors.push(e.message);
                const send = (m: object) => worker.postMessage({ jsonrpc: '2.0', ...m });
                const diagnostics = new Promise<Array<{ data?: { code?: string } }>>((resolve) => {
                    worker.onmessage = ({ data }) => {
                        if (data.method === 'textDocument/publishDiagnostics') resolve(data.params.diagnostics);
                        else if (data.id !== undefined && data.method) send({ id: data.id, result: data.method === 'workspace/configuration' ? data.params.items.map(() => ({})) : null });
                        else if (data.id === 1) {
                            send({ method: 'initialized', params: {} });
                            send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///nsg.referat', languageId: 'referat', version: 1, text } } });
                        }
                    };
                });
                send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
                const published = await diagnostics;
                return { codes: published.map((d) => d.data?.code), errors };
            }, { code, text });
            expect(result.errors).toEqual([]);
            expect(result.codes).toContain('missing-decision');
        } finally {
            await page.close();
        }
    });

    it('out/browser-extension.js loads in a Web Worker with nothing but `vscode` to require, and exports activate', async () => {
        const page = await browser.newPage();
        try {
            await page.setContent('<!DOCTYPE html><html lang="nb"><title>x</title></html>');
            const code = fs.readFileSync(path.join(OUT, 'browser-extension.js'), 'utf8');
            const result = await page.evaluate(async (code) => {
                // The worker evaluates the module as VS Code's web extension host does (CommonJS); `vscode`
                // is a placeholder object that accepts any use, every other module is refused.
                const harness = `
                    const asked = [];
                    const anything = () => new Proxy(function () {}, { get: (t, p) => p === Symbol.toPrimitive ? () => '' : anything(), apply: () => anything(), construct: () => anything() });
                    const require = (name) => { asked.push(name); if (name === 'vscode') return anything(); throw new Error('Modulen ' + name + ' finnes ikke i nettleseren'); };
                    const module = { exports: {} };
                    try {
                        new Function('require', 'module', 'exports', ${JSON.stringify(code)})(require, module, module.exports);
                        postMessage({ asked: [...new Set(asked)], exports: Object.keys(module.exports).sort(), activate: typeof module.exports.activate });
                    } catch (e) { postMessage({ asked: [...new Set(asked)], error: String(e) }); }`;
                const worker = new Worker(URL.createObjectURL(new Blob([harness], { type: 'text/javascript' })));
                return await new Promise((resolve) => { worker.onmessage = ({ data }) => resolve(data); worker.onerror = (e) => resolve({ error: e.message }); });
            }, code);
            expect(result).toEqual({ asked: ['vscode'], exports: ['activate', 'deactivate'], activate: 'function' });
        } finally {
            await page.close();
        }
    });
});
