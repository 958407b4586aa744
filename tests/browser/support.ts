/**
 * Helpers for the browser tests: the language server's worker bundle (built as the editor page
 * builds it), a page in headless Chromium that starts it and speaks LSP to it (a minimal JSON-RPC
 * client over postMessage), and the editor page itself, built once per run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'parse5';
import { EmptyFileSystem, URI } from 'langium';
import { createReferatServices, renderMeetingBody, SystemClock } from '../../packages/language/src/index.js';

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

const SEVERITY_ORDER = ['error', 'warning', 'info', 'hint'];
const SEVERITY_NB: Record<string, string> = { error: 'feil', warning: 'advarsel', info: 'info', hint: 'hint' };

/**
 * What `referat check` finds in `files` (name -> text), as the editor page's «Problemer» shows it:
 * «name:line:column feil: message [code]», errors first, then by file, line and column; and the
 * counts its heading shows. The tests compare the page with this, so the page must say what the CLI says.
 */
export function checkProblems(files: Record<string, string>): { lines: string[]; count: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-check-'));
    try {
        for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
        const run = spawnSync(process.execPath, [path.join(ROOT, 'packages/cli/bin/referat.js'), 'check', '--format', 'json', ...Object.keys(files)], { cwd: dir, encoding: 'utf8' });
        if (run.status !== 0 && run.status !== 1) throw new Error(`referat check feilet (${run.status}): ${run.stderr}`);
        const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: Array<{ file: string; line: number; column: number; severity: string; code: string; message: string }> };
        const sorted = [...diagnostics].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)
            || path.basename(a.file).localeCompare(path.basename(b.file), 'nb') || a.line - b.line || a.column - b.column);
        const errors = diagnostics.filter((d) => d.severity === 'error').length;
        const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
        return {
            lines: sorted.map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${SEVERITY_NB[d.severity]}: ${d.message} [${d.code}]`),
            count: diagnostics.length ? `(${errors} feil, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'})` : '',
        };
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

/**
 * The preview's heading for `text` as the shared HTML generator renders it (in Node, same services
 * as the worker), as text: the page's preview must show exactly this.
 */
export async function renderedHeading(name: string, text: string): Promise<string> {
    const { shared, Referat } = createReferatServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///x/${name}`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const html = renderMeetingBody(Referat.referat.MeetingIndex.get(document), { today: new SystemClock().today() });
    type Node = { nodeName: string; value?: string; childNodes?: Node[] };
    const find = (node: Node): Node | undefined => node.nodeName === 'h1' ? node : node.childNodes?.map(find).find(Boolean);
    const textOf = (node: Node): string => node.nodeName === '#text' ? node.value ?? '' : (node.childNodes ?? []).map(textOf).join('');
    const h1 = find(parse(html) as unknown as Node);
    if (!h1) throw new Error(`ingen <h1> i forhåndsvisningen av ${name}`);
    return textOf(h1).replace(/\s+/g, ' ').trim();
}
