/**
 * Fuzzing the language server over stdio: random edits (incremental, at random and out-of-range
 * positions, and whole-text replacements) interleaved with every request the server handles (at
 * random and out-of-range positions, sometimes with broken parameters), malformed notifications,
 * documents that are not Referat, and closing and reopening. The process must stay up, every request
 * must get a result or a proper error response, and at the end the diagnostics the server publishes
 * for the edited document must equal what `referat check` says about the same text.
 * Seeded (the corpus PRNG): the same run every time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createRng } from '../../packages/bench/src/corpus.mjs';
import { main } from '../../packages/cli/src/main.js';
import { METHODS } from '../../packages/language/src/lsp/request-guard.js';
import { displayText } from '../../packages/language/src/text/display.js';
import { EARLIER, MINUTES } from './services.js';
import { ensureBuilt, type Message, startServer, StdioClient } from './stdio-client.js';

const SEED = 20240514;
const STEPS = 300;

const FRAGMENTS = [
    'Sak ', 'Sak 19/24 Ny sak', 'Sak 18/24', 'Sak 17.1 Under', 'Vedtak: ', 'Vedtak: Godkjent.', 'Frist 1. juni: Ola Hansen – notat', 'Frist ',
    'Votering: enstemmig', 'Votering: 3 for', 'Dissens: Per Bakke', 'Innledning ved Kari Nordmann', 'Ansvarlig: Ola Hansen', 'Inhabil: Lise Li',
    'Organ: ', 'Dato: 31.02.2024', 'Dato: 14. mai 2024', 'Møte: 03/2024', 'Til stede:', 'Forfall:', '- Ny Person, Sted, medlem', '- ',
    'jf. sak 17/24', 'jf. sak 12/24 (01/2024)', 'Neste møte: 1. juni 2024', 'Unntatt offentlighet:', 'Vedlegg:', 'Orienteringssak:', '//',
    '\n', '\n\n', '\r\n', '\t', '  ', 'æøå', 'ÆØÅ', '«»', '–', '\u202E', '\u2066', '\0', 'a\u030A', '😀', '\uFFFD', 'Kari Nordmann', 'Ola',
];

describe('fuzzing the language server', () => {
    let server: ChildProcessWithoutNullStreams;
    let client: StdioClient;
    let workspace: string;
    let exitCode: Promise<number | null>;
    let exited = false;

    beforeAll(async () => {
        ensureBuilt();
        workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-fuzz-'));
        fs.mkdirSync(path.join(workspace, 'ws'));
        fs.writeFileSync(path.join(workspace, 'ws/april.referat'), EARLIER);
        fs.writeFileSync(path.join(workspace, 'ws/mars.referat'), EARLIER.replace('Sak 12/24', 'Sak 8/24').replace('9. april 2024', '12. mars 2024').replace('01/2024', '00/2024'));
        ({ server, client, exitCode } = startServer(path.join(workspace, 'ws')));
        void exitCode.then(() => { exited = true; });
        const root = pathToFileURL(path.join(workspace, 'ws')).toString();
        await client.request('initialize', { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'ws' }], capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } } });
        client.notify('initialized', {});
    });

    afterAll(() => {
        if (server.exitCode === null) server.kill();
        fs.rmSync(workspace, { recursive: true, force: true });
    });

    it(`stays up through ${STEPS} random steps, answers every request, and ends with the diagnostics of referat check`, { timeout: 120_000 }, async () => {
        const rng = createRng(SEED);
        const uri = pathToFileURL(path.join(workspace, 'ws/fuzz.referat')).toString();
        // The client's copy of the document, updated by the same library the server uses.
        let doc = TextDocument.create(uri, 'referat', 1, MINUTES);
        let open = true;
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'referat', version: 1, text: MINUTES } });

        const requests = Object.entries(METHODS).filter(([m, rule]) => rule.kind === 'request' && m !== 'initialize' && m !== 'shutdown').map(([m]) => m);
        const randomText = () => Array.from({ length: rng.int(1, 4) }, () => rng.pick(FRAGMENTS)).join(rng.chance(0.5) ? '' : ' ');
        const position = () => {
            const lines = doc.lineCount;
            if (rng.chance(0.15)) return { line: rng.int(0, lines + 50), character: rng.int(0, 500) }; // out of range
            const line = rng.int(0, Math.max(0, lines - 1));
            const length = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).length;
            return { line, character: rng.int(0, length) };
        };
        const range = () => { const a = position(), b = position(); return rng.chance(0.8) ? { start: a, end: b } : { start: b, end: a }; };
        /** Parameters that fit every request (extra fields are ignored), sometimes broken on purpose. */
        const params = (): Record<string, unknown> => {
            const target = rng.chance(0.9) ? uri : rng.pick([pathToFileURL(path.join(workspace, 'ws/april.referat')).toString(), 'file:///finnes/ikke.referat', 'untitled:x']);
            const p: Record<string, unknown> = {
                textDocument: { uri: target }, uri: target, position: position(), range: range(), ranges: [range()], positions: [position()],
                context: { includeDeclaration: rng.chance(0.5), diagnostics: [], triggerKind: 1, only: undefined }, options: { tabSize: 2, insertSpaces: true },
                newName: rng.pick(['Kari Nordfrue', '20/24', '', 'x y']), query: rng.pick(['', 'sak', '17', 'Økonomi']), ch: '\n', previousResultId: '1',
                item: { uri: target, range: range(), selectionRange: range(), name: 'x', kind: 1 }, label: 'x', title: 'x', command: 'x',
                files: [{ uri: target, oldUri: target, newUri: `${target}.ny` }], kind: rng.pick(['html', 'public', 'ical']), publicEdition: rng.chance(0.5),
                today: rng.pick([undefined, '2024-05-20', '2024-02-30']), bodyKey: rng.pick([undefined, 'tl', 'ukjent']), reason: 1, color: { red: 0, green: 0, blue: 0, alpha: 1 },
                location: { uri: target, range: range() }, previousResultIds: [],
            };
            if (rng.chance(0.1)) p[rng.pick(Object.keys(p))] = rng.pick([null, 42, 'x', [], {}, { line: -1, character: 0 }]);
            return p;
        };

        const answers: Array<Promise<{ method: string; message: Message }>> = [];
        let version = 1;
        for (let step = 0; step < STEPS; step++) {
            const r = rng.next();
            if (r < 0.45 && open) {
                // Mostly typing (an insertion or a short replacement), sometimes a wide or out-of-range edit or a new whole text.
                const at = position();
                const kind = rng.next();
                const change = kind < 0.02 ? { text: randomText() + MINUTES.slice(rng.int(0, MINUTES.length)) }
                    : kind < 0.06 ? { range: range(), text: randomText() }
                    : { range: { start: at, end: { line: at.line, character: at.character + (kind < 0.4 ? rng.int(1, 8) : 0) } }, text: randomText() };
                doc = TextDocument.update(doc, [change], ++version);
                client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
            } else if (r < 0.85) {
                const method = rng.pick(requests);
                answers.push(client.response(method, params()).then(message => ({ method, message })));
            } else if (r < 0.95) {
                const [method, p] = rng.pick<[string, unknown]>([
                    ['textDocument/didOpen', { textDocument: { uri: `file:///x${step}.md`, languageId: 'markdown', version: 1, text: '# x' } }],
                    ['textDocument/didOpen', { textDocument: { uri, languageId: 'referat', version: 1, text: null } }],
                    ['textDocument/didChange', { textDocument: { uri, version: null }, contentChanges: [{ text: 'x' }] }],
                    ['textDocument/didChange', { textDocument: { uri, version: version + 1 }, contentChanges: [{ range: null, text: 'x' }] }],
                    ['textDocument/didChange', { textDocument: { uri: 'file:///ukjent.referat', version: 2 }, contentChanges: [{ text: 'x' }] }],
                    ['textDocument/didClose', { textDocument: { uri: 'file:///ukjent.referat' } }],
                    ['textDocument/didSave', { textDocument: { uri } }],
                    ['workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(workspace, 'ws/april.referat')).toString(), type: 2 }] }],
                    ['workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///x.md', type: 1 }, { uri: pathToFileURL(path.join(workspace, 'ws')).toString(), type: 2 }] }],
                    ['workspace/didChangeConfiguration', { settings: null }],
                    ['workspace/didChangeWatchedFiles', { changes: 'alle' }],
                ]);
                client.notify(method, p);
            } else if (open) {
                client.notify('textDocument/didClose', { textDocument: { uri } });
                open = false;
            } else {
                client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'referat', version: ++version, text: doc.getText() } });
                doc = TextDocument.create(uri, 'referat', version, doc.getText());
                open = true;
            }
        }
        if (!open) client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'referat', version: ++version, text: doc.getText() } });

        // Every request was answered: a result (maybe null), or a proper error: invalid parameters,
        // a method the server does not implement, or a cancelled request. An internal error is a bug,
        // and so is an error object passed off as a result.
        const PROPER_ERRORS = [-32602, -32601, -32800];
        for (const { method, message } of await Promise.all(answers)) {
            if (message.error) {
                expect(PROPER_ERRORS, `${method}: ${message.error.code} ${message.error.message}`).toContain(message.error.code);
                expect(typeof message.error.message, method).toBe('string');
            } else {
                expect('result' in message, method).toBe(true);
                expect(typeof message.result?.code === 'number' && Object.keys(message.result).length <= 3, `${method}: ${JSON.stringify(message.result)}`).toBe(false);
            }
        }
        expect(exited).toBe(false);

        // The preview waits for every pending update; then the last published diagnostics are final.
        const preview = await client.request('referat/preview', { uri });
        expect(preview.version).toBe(version);
        const published = client.received(m => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri).pop()!;
        const fromServer = (published.params.diagnostics as Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: number; code: string; message: string }>)
            .map(d => [d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1, ['', 'error', 'warning', 'info', 'hint'][d.severity], d.code, d.message].join(' | '));

        const copy = path.join(workspace, 'kopi');
        fs.mkdirSync(copy);
        for (const name of ['april.referat', 'mars.referat']) fs.copyFileSync(path.join(workspace, 'ws', name), path.join(copy, name));
        fs.writeFileSync(path.join(copy, 'fuzz.referat'), doc.getText());
        const out: string[] = [];
        await main(['check', copy, '--format', 'json'], line => out.push(line), () => undefined);
        const fromCheck = (JSON.parse(out.join('\n')).diagnostics as Array<{ file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }>)
            .filter(d => d.file.endsWith('fuzz.referat'))
            .map(d => [d.line, d.column, d.endLine, d.endColumn, d.severity, d.code, displayText(d.message)].join(' | '));
        expect(fromServer.length).toBeGreaterThan(0);
        expect([...fromServer].sort()).toEqual([...fromCheck].sort());

        await client.request('shutdown', null);
        client.notify('exit', null);
        expect(await exitCode).toBe(0);
    });
});
