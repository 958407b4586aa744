/**
 * The language server in a Web Worker, in Debian's Chromium: the worker bundle the editor page
 * embeds (@referat/language/worker) is started from a page, which speaks LSP to it over postMessage.
 * Its diagnostics must equal `referat check`'s on the same files (examples and fixtures with
 * problems, checked across files), and its answers to completion, hover, documentSymbol, formatting
 * and `referat/preview` must equal those of the same services in Node. With a client that serves
 * files (`referat/fs/*`, as the VS Code web extension does) it reads a workspace folder itself.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { launchChromium } from '../support/chromium.js';
import { createReferatServices, renderMeetingBody, SystemClock } from '../../packages/language/src/index.js';
import { EXAMPLES, FIXTURES, ROOT, WorkerSession, readDir } from './support.js';

const FILES = { ...readDir(EXAMPLES), ...readDir(FIXTURES) };
const uriOf = (name: string) => `file:///arbeidsomraade/${name}`;

let browser: Browser;
let session: WorkerSession;
/** The same services in Node, with the same documents: what the worker must answer. */
const node = createReferatServices(EmptyFileSystem);
const nodeDocuments = new Map<string, LangiumDocument>();

beforeAll(async () => {
    browser = await launchChromium();
    session = await WorkerSession.start(browser);
    for (const [name, text] of Object.entries(FILES)) {
        const document = node.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uriOf(name)));
        node.shared.workspace.LangiumDocuments.addDocument(document);
        nodeDocuments.set(name, document);
    }
    await node.shared.workspace.DocumentBuilder.build([...nodeDocuments.values()], { validation: true });
});
afterAll(async () => { await browser?.close(); });

/** JSON round trip: what the answer looks like on the wire (no undefined members). */
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? null));

describe('the language server in a Web Worker', () => {
    it('answers initialize with the features of the Node server', async () => {
        const result = await session.initialize();
        const caps = result.capabilities;
        expect(caps.completionProvider).toBeTruthy();
        expect(caps.hoverProvider).toBe(true);
        expect(caps.documentSymbolProvider).toBe(true);
        expect(caps.documentFormattingProvider).toBe(true);
        expect(caps.codeActionProvider).toBeTruthy();
        expect(caps.definitionProvider).toBe(true);
        expect(caps.referencesProvider).toBe(true);
        expect(caps.renameProvider).toBeTruthy();
        expect(caps.foldingRangeProvider).toBe(true);
    });

    it('publishes the same diagnostics as `referat check` for the examples and fixtures (cross-file checks included)', async () => {
        for (const [name, text] of Object.entries(FILES)) await session.open(uriOf(name), text);
        await session.settled();
        const published = await session.latestDiagnostics();

        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-worker-'));
        try {
            for (const [name, text] of Object.entries(FILES)) fs.writeFileSync(path.join(dir, name), text);
            let output: string;
            try {
                output = execFileSync(process.execPath, [path.join(ROOT, 'packages/cli/bin/referat.js'), 'check', '--format', 'json', dir], { encoding: 'utf8' });
            } catch (error) {
                output = (error as { stdout: string }).stdout; // exit code 1: the fixtures have errors
            }
            const fromCli = (JSON.parse(output) as { diagnostics: Array<{ file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }> })
                .diagnostics.map((d) => `${path.basename(d.file)}:${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} [${d.code}] ${d.message}`).sort();
            const severity = ['', 'error', 'warning', 'info', 'hint'];
            const fromWorker = Object.keys(FILES).flatMap((name) => (published.get(uriOf(name)) ?? []).map((d) =>
                `${name}:${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${severity[d.severity]} [${d.data?.code ?? d.code}] ${d.message}`)).sort();
            expect(fromCli.length).toBeGreaterThanOrEqual(14);
            expect(fromWorker).toEqual(fromCli);
            // Every document was published, the clean ones with an empty list.
            expect([...published.keys()].sort()).toEqual(Object.keys(FILES).map(uriOf).sort());
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it('completes as the Node server does: the next free case number across the meetings of the body', async () => {
        const name = 'styret-2024-06-10.referat';
        const line = FILES[name].split('\n').findIndex((l) => l === 'Sak');
        const params = { textDocument: { uri: uriOf(name) }, position: { line, character: 3 } };
        const fromWorker = await session.request('textDocument/completion', params);
        const expected = await node.Referat.lsp.CompletionProvider!.getCompletion(nodeDocuments.get(name)!, params);
        expect(fromWorker).toEqual(wire(expected));
        const labels = (fromWorker.items as Array<{ label: string }>).map((i) => i.label);
        expect(labels.some((l) => l.startsWith('Sak 14/24'))).toBe(true);
    });

    it('completes people after «Innledning ved» and answers hover as the Node server does', async () => {
        const name = 'styret-2024-05-02.referat';
        const lines = FILES[name].split('\n');
        const line = lines.findIndex((l) => l.startsWith('Innledning ved '));
        const completion = { textDocument: { uri: uriOf(name) }, position: { line, character: 'Innledning ved '.length } };
        const fromWorker = await session.request('textDocument/completion', completion);
        expect(fromWorker).toEqual(wire(await node.Referat.lsp.CompletionProvider!.getCompletion(nodeDocuments.get(name)!, completion)));
        expect((fromWorker.items as Array<{ label: string }>).map((i) => i.label)).toContain('Kari Nordmann');

        const hover = { textDocument: { uri: uriOf(name) }, position: { line, character: 'Innledning ved '.length + 2 } };
        const hoverFromWorker = await session.request('textDocument/hover', hover);
        expect(hoverFromWorker).toEqual(wire(await node.Referat.lsp.HoverProvider!.getHoverContent(nodeDocuments.get(name)!, hover)));
        expect(hoverFromWorker.contents.value).toContain('Kari Nordmann');
    });

    it('returns the outline (documentSymbol) of every example as the Node server does', async () => {
        for (const name of Object.keys(readDir(EXAMPLES))) {
            const params = { textDocument: { uri: uriOf(name) } };
            const fromWorker = await session.request('textDocument/documentSymbol', params);
            expect(fromWorker, name).toEqual(wire(await node.Referat.lsp.DocumentSymbolProvider!.getSymbols(nodeDocuments.get(name)!, params)));
            expect(fromWorker.length, name).toBeGreaterThan(0);
        }
    });

    it('formats a document as the Node server does', async () => {
        const uri = uriOf('uformatert.referat');
        const text = 'Organ :   Testlaget (TL)   \n   Dato:14. mai 2024\nTil  stede:\n  -   Kari Nordmann, leder\nSak  1   Første sak\nVedtakssak :\n\n\n\nVedtak:Ja.\n';
        await session.open(uri, text);
        const params = { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } };
        const edits = await session.request<Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>>('textDocument/formatting', params);
        const document = node.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
        node.shared.workspace.LangiumDocuments.addDocument(document);
        await node.shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(edits).toEqual(wire(await node.Referat.lsp.Formatter!.formatDocument(document, params)));
        expect(applyEdits(text, edits)).toBe('Organ: Testlaget (TL)\nDato: 14. mai 2024\n\nTil stede:\n- Kari Nordmann, leder\n\nSak 1 Første sak\nVedtakssak:\n\nVedtak: Ja.\n');
    });

    it('renders the preview (`referat/preview`) with the shared HTML generator, in both editions', async () => {
        for (const name of ['alt-i-ett.referat', 'styret-2024-05-02.referat']) {
            for (const publicEdition of [false, true]) {
                const result = await session.request('referat/preview', { uri: uriOf(name), publicEdition });
                const meeting = node.Referat.referat.MeetingIndex.get(nodeDocuments.get(name)!);
                expect(result.html, `${name} ${publicEdition}`).toBe(renderMeetingBody(meeting, { publicEdition, today: new SystemClock().today() }));
                expect(result.version).toBe(1);
                expect(result.css.length).toBeGreaterThan(1000);
            }
        }
        const unknown = session.request('referat/preview', { uri: uriOf('finnes-ikke.referat') });
        await expect(unknown).rejects.toThrow('Dokumentet er ikke åpnet i språktjeneren');
    });

    it('offers the quick fix for a missing decision, keyed on the diagnostic code', async () => {
        const name = 'styret-2024-05-02.referat';
        const diagnostic = (await session.latestDiagnostics()).get(uriOf(name))!.find((d) => d.data?.code === 'missing-decision');
        const actions = await session.request<Array<{ title: string; edit: { changes: Record<string, Array<{ newText: string }>> } }>>('textDocument/codeAction', {
            textDocument: { uri: uriOf(name) }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
        });
        const fix = actions.find((a) => a.edit?.changes?.[uriOf(name)]?.some((e) => e.newText.includes('Vedtak:')));
        expect(fix, JSON.stringify(actions.map((a) => a.title))).toBeDefined();
    });

    it('died of nothing: no uncaught errors in the worker, and it did not try to read files the client does not serve', async () => {
        const state = await session.state();
        expect(state.errors).toEqual([]);
        expect(state.serverRequests.filter((m) => m.startsWith('referat/fs/'))).toEqual([]);
    });
});

describe('the worker with a client that serves the workspace files (VS Code for the Web)', () => {
    it('reads the workspace folder through the client and publishes the problems of files that are not open', async () => {
        const files = Object.fromEntries(Object.entries(readDir(FIXTURES)).map(([name, text]) => [`file:///mappe/styret/${name}`, text]));
        files['file:///mappe/styret/notater.txt'] = 'ikke et referat';
        const served = await WorkerSession.start(browser, files);
        try {
            await served.initialize([{ uri: 'file:///mappe', name: 'mappe' }]);
            await served.settled();
            const published = await served.latestDiagnostics();
            const codes = (name: string) => (published.get(`file:///mappe/styret/${name}`) ?? []).map((d) => d.data?.code);
            // The duplicate case number is found across the two files, neither of which was opened.
            expect(codes('styret-2024-05-02.referat')).toContain('duplicate-case-number');
            expect(codes('styret-2024-06-10.referat').sort()).toEqual(['duplicate-case-number', 'parsing-error']);
            const state = await served.state();
            expect(state.serverRequests).toContain('referat/fs/readDirectory');
            expect(state.serverRequests).toContain('referat/fs/readFile');
            expect(state.errors).toEqual([]);
        } finally {
            await served.close();
        }
    });
});

function applyEdits(text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
    const lines = text.split('\n');
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
        .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}
