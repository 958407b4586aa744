/**
 * Helpers for the browser tests: the language server's worker bundle (built as the editor page
 * builds it), a page in headless Chromium that starts it and speaks LSP to it (a minimal JSON-RPC
 * client over postMessage), and the editor page itself, built once per run.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(import.meta.dirname, 'fixtures');
export const EXAMPLES = path.join(ROOT, 'examples');
export const WEB_OUT = path.join(ROOT, 'packages/cli/out/web');

interface BuildModule {
    bundleServerWorker(options?: { minify?: boolean }): Promise<{ code: string; metafile: { outputs: Record<string, { imports: Array<{ path: string; external?: boolean }> }> } }>;
    buildWebPage(options?: { out?: string; progress?: (m: string) => void }): Promise<{ out: string; files: Array<{ name: string; bytes: number }> }>;
    newestMtime(paths: string[]): number;
    WEB_SOURCES: string[];
}

export async function buildModule(): Promise<BuildModule> {
    return await import(path.join(ROOT, 'packages/cli/web/build.mjs')) as BuildModule;
}

let workerCode: Promise<string> | undefined;
/** The worker script, as embedded in the editor page. */
export function serverWorkerCode(): Promise<string> {
    workerCode ??= buildModule().then((m) => m.bundleServerWorker()).then((r) => r.code);
    return workerCode;
}

/** The editor page folder; rebuilt when a source is newer than the built page (as `referat web` does). */
export async function ensureWebPage(): Promise<string> {
    const build = await buildModule();
    const index = path.join(WEB_OUT, 'index.html');
    const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
    if (build.newestMtime(build.WEB_SOURCES) > built) {
        process.stderr.write('[browser] bygger redigeringssiden …\n');
        await build.buildWebPage();
    }
    return WEB_OUT;
}

export interface Notification { method: string; params: any }

/** A page with the language server in a Web Worker and an LSP client of a few lines. */
export class WorkerSession {
    private constructor(readonly page: Page) {}

    /**
     * Starts the worker. `files` are served to the server's file-system requests (`referat/fs/*`),
     * as the VS Code web extension does; without them the client answers «method not found».
     */
    static async start(browser: Browser, files?: Record<string, string>): Promise<WorkerSession> {
        const page = await browser.newPage();
        await page.setContent('<!DOCTYPE html><html lang="nb"><head><title>Språktjener i arbeidstråd</title></head><body></body></html>');
        const code = await serverWorkerCode();
        await page.evaluate(({ code, files }) => {
            const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })), { name: 'referat' });
            let nextId = 1;
            const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
            const notifications: Array<{ method: string; params: unknown }> = [];
            const errors: string[] = [];
            const serverRequests: string[] = [];
            const reply = (id: number, result: unknown, error?: { code: number; message: string }) =>
                worker.postMessage(error ? { jsonrpc: '2.0', id, error } : { jsonrpc: '2.0', id, result });
            const fsAnswer = (method: string, uri: string) => {
                const table = files!;
                const children = (dir: string) => Object.keys(table).filter((u) => u.startsWith(dir.endsWith('/') ? dir : `${dir}/`));
                if (method === 'referat/fs/readFile') return uri in table ? { text: table[uri] } : undefined;
                if (method === 'referat/fs/stat') return uri in table ? { uri, isFile: true, isDirectory: false } : children(uri).length ? { uri, isFile: false, isDirectory: true } : undefined;
                const prefix = uri.endsWith('/') ? uri : `${uri}/`;
                const names = new Set(children(uri).map((u) => u.slice(prefix.length).split('/')[0]));
                return [...names].map((name) => ({ uri: prefix + name, isFile: `${prefix}${name}` in table, isDirectory: !(`${prefix}${name}` in table) }));
            };
            worker.onerror = (e) => errors.push(e.message);
            worker.onmessage = ({ data: m }) => {
                if (m.id !== undefined && m.method) {
                    serverRequests.push(m.method);
                    if (m.method === 'workspace/configuration') reply(m.id, m.params.items.map(() => ({})));
                    else if (m.method.startsWith('referat/fs/')) {
                        const answer = files ? fsAnswer(m.method, m.params.uri) : undefined;
                        if (answer === undefined) reply(m.id, null, files ? { code: -32803, message: `finnes ikke: ${m.params.uri}` } : { code: -32601, message: `Unhandled method ${m.method}` });
                        else reply(m.id, answer);
                    } else reply(m.id, null);
                } else if (m.id !== undefined) {
                    const p = pending.get(m.id);
                    pending.delete(m.id);
                    if (m.error) p?.reject(new Error(m.error.message)); else p?.resolve(m.result);
                } else notifications.push({ method: m.method, params: m.params });
            };
            (window as any).lsp = {
                request: (method: string, params: unknown) => new Promise((resolve, reject) => {
                    const id = nextId++;
                    pending.set(id, { resolve, reject });
                    worker.postMessage({ jsonrpc: '2.0', id, method, params });
                }),
                notify: (method: string, params: unknown) => worker.postMessage({ jsonrpc: '2.0', method, params }),
                notifications, errors, serverRequests,
            };
        }, { code, files });
        return new WorkerSession(page);
    }

    request<T = any>(method: string, params: unknown): Promise<T> {
        return this.page.evaluate(({ method, params }) => (window as any).lsp.request(method, params), { method, params });
    }

    notify(method: string, params: unknown): Promise<void> {
        return this.page.evaluate(({ method, params }) => (window as any).lsp.notify(method, params), { method, params });
    }

    notifications(): Promise<Notification[]> {
        return this.page.evaluate(() => (window as any).lsp.notifications);
    }

    /** Errors the worker did not catch, and the methods the server asked the client for. */
    state(): Promise<{ errors: string[]; serverRequests: string[] }> {
        return this.page.evaluate(() => ({ errors: (window as any).lsp.errors, serverRequests: (window as any).lsp.serverRequests }));
    }

    /** The diagnostics last published for each URI. */
    async latestDiagnostics(): Promise<Map<string, any[]>> {
        const result = new Map<string, any[]>();
        for (const n of await this.notifications()) if (n.method === 'textDocument/publishDiagnostics') result.set(n.params.uri, n.params.diagnostics);
        return result;
    }

    async initialize(workspaceFolders: Array<{ uri: string; name: string }> | null = null): Promise<any> {
        const result = await this.request('initialize', {
            processId: null, rootUri: null, workspaceFolders,
            capabilities: {
                textDocument: {
                    completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown', 'plaintext'] },
                    documentSymbol: { hierarchicalDocumentSymbolSupport: true }, publishDiagnostics: { dataSupport: true },
                    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor'] } }, dataSupport: true },
                },
                workspace: { configuration: true, workspaceFolders: workspaceFolders !== null },
            },
        });
        await this.notify('initialized', {});
        return result;
    }

    open(uri: string, text: string, version = 1): Promise<void> {
        return this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'referat', version, text } });
    }

    /** Waits until the server has handled everything sent before (its reads wait for pending builds). */
    async settled(): Promise<void> {
        await this.request('referat/deadlines', {});
    }

    close(): Promise<void> {
        return this.page.close();
    }
}

export function readDir(dir: string): Record<string, string> {
    return Object.fromEntries(fs.readdirSync(dir).filter((f) => f.endsWith('.referat')).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}
