/**
 * The language server over stdio against careless and hostile clients: documents that are not
 * Referat, malformed notifications and parameters, unknown documents, impossible dates, files on
 * disk in other encodings, and bidirectional controls. The process must stay up, and every request
 * gets a result or a proper error response.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { windows1252Char } from '../../packages/language/src/text/decode.js';
import { ensureBuilt, type Message, startServer, StdioClient } from './stdio-client.js';

const BODY = 'Organ: Styret i Testlaget (TL)\nDato: 14.5.2024\n\nTil stede:\n- Kari Nordmann, Testkommune, leder\n\n';
const ANSI_TEXT = `${BODY}Sak 1/24 Økonomi og årsregnskap\nVedtak: Godkjent.\n`;
const BYTE_OF = new Map([...Array(256).keys()].map(b => [windows1252Char(b), b]));
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

describe('the language server against careless and hostile clients', () => {
    let server: ChildProcessWithoutNullStreams;
    let client: StdioClient;
    let workspace: string;
    let exitCode: Promise<number | null>;
    const uri = (name: string) => pathToFileURL(path.join(workspace, name)).toString();
    const published = (name: string) => (m: Message) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri(name);
    /** A request that must still be answered: the server is up. */
    const alive = async () => expect((await client.response('workspace/symbol', { query: 'Økonomi' })).error).toBeUndefined();

    beforeAll(async () => {
        ensureBuilt();
        workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-guard-'));
        fs.writeFileSync(path.join(workspace, 'ansi.referat'), Uint8Array.from([...ANSI_TEXT].map(ch => BYTE_OF.get(ch)!)));
        fs.writeFileSync(path.join(workspace, 'notater.md'), '# Ikke et referat\n');
        ({ server, client, exitCode } = startServer(workspace));
        await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(workspace).toString(), workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'ws' }], capabilities: {} });
        client.notify('initialized', {});
    });

    afterAll(() => {
        if (server.exitCode === null) server.kill();
        fs.rmSync(workspace, { recursive: true, force: true });
    });

    it('reads a Windows-1252 file of the workspace from disk correctly, and says so', async () => {
        const diagnostics = (await client.waitFor('Diagnostikk for ansi.referat', published('ansi.referat'))).params.diagnostics;
        expect(diagnostics.map((d: { code: string; message: string; range: { start: { line: number; character: number } } }) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.message])).toEqual([
            ['not-utf8', 7, 10, 'Filen er ikke gyldig UTF-8: 2 byte er lest som Windows-1252 (den første her: 0xD8 som «Ø»). Kontroller at æ, ø og å ser riktige ut, og lagre filen som UTF-8.'],
        ]);
        const symbols = await client.request('workspace/symbol', { query: 'Økonomi' });
        expect(symbols.map((s: { name: string }) => s.name)).toEqual(['Sak 1/24 Økonomi og årsregnskap']);
    });

    it('ignores documents that are not Referat, and answers null about them', async () => {
        const foreign = [
            { uri: uri('notater.md'), languageId: 'markdown' }, { uri: uri('x.txt'), languageId: 'plaintext' },
            { uri: uri('UTEN-ENDELSE'), languageId: 'plaintext' }, { uri: 'untitled:Untitled-1', languageId: 'plaintext' },
        ];
        for (const doc of foreign) client.notify('textDocument/didOpen', { textDocument: { ...doc, version: 1, text: 'Organ: X\nDato: 1.1.2024\n' } });
        await alive();
        for (const doc of foreign) {
            const hover = await client.response('textDocument/hover', { textDocument: { uri: doc.uri }, position: { line: 0, character: 1 } });
            expect(hover).toMatchObject({ result: null });
            expect(hover.error).toBeUndefined();
            expect(await client.request('textDocument/documentSymbol', { textDocument: { uri: doc.uri } })).toBeNull();
        }
        expect(client.received(m => m.method === 'textDocument/publishDiagnostics' && foreign.some(f => f.uri === m.params.uri))).toEqual([]);
    });

    it('serves any document opened with the language id referat, whatever its name', async () => {
        client.notify('textDocument/didOpen', { textDocument: { uri: uri('utkast.md'), languageId: 'referat', version: 1, text: `${BODY.replace('14.5.2024', '31.02.2024')}Sak 2/24 Budsjett\nVedtak: Godkjent.\n` } });
        const diagnostics = (await client.waitFor('Diagnostikk for utkast.md', published('utkast.md'))).params.diagnostics;
        expect(diagnostics.map((d: { code: string }) => d.code)).toEqual(['invalid-date']);
    });

    it('survives malformed notifications: each is dropped and logged', async () => {
        const open = (text: unknown) => ({ textDocument: { uri: uri('a.referat'), languageId: 'referat', version: 1, text } });
        const malformed: Array<[string, unknown]> = [
            ['textDocument/didOpen', open(null)], ['textDocument/didOpen', null], ['textDocument/didOpen', { textDocument: { uri: 42, languageId: 'referat', version: 1, text: 'x' } }],
            ['textDocument/didChange', { textDocument: { uri: uri('utkast.md'), version: 2 }, contentChanges: null }],
            ['textDocument/didChange', { textDocument: { uri: uri('utkast.md'), version: 2 }, contentChanges: [{ range: null, text: 'x' }] }],
            ['textDocument/didChange', { textDocument: { uri: uri('utkast.md'), version: null }, contentChanges: [{ text: 'x' }] }],
            ['textDocument/didChange', { textDocument: { uri: uri('utkast.md'), version: 2 }, contentChanges: [{ range: { start: { line: 'a', character: -1 }, end: null }, text: 'x' }] }],
            ['textDocument/didClose', { textDocument: null }], ['textDocument/didSave', null],
            ['workspace/didChangeWatchedFiles', { changes: null }], ['workspace/didChangeWatchedFiles', { changes: [null] }],
            ['workspace/didChangeConfiguration', null],
        ];
        for (const [method, params] of malformed) client.notify(method, params);
        // Handled inside the protocol library (which catches what they throw): they must not end the server either.
        client.notify('$/setTrace', null);
        client.notify('$/cancelRequest', null);
        // A message that is not JSON at all.
        client.sendRaw(Buffer.from('Content-Length: 8\r\n\r\n{"broken'));
        await alive();
        const logged = client.received(m => m.method === 'window/logMessage' && /^Ignorerer /.test(m.params.message)).map(m => m.params.message);
        expect(logged.map(l => l.split(' ')[1]), logged.join('\n')).toEqual(malformed.map(([method]) => method));
        expect(logged[0]).toBe('Ignorerer textDocument/didOpen med ugyldige parametre: «textDocument.text» må være en tekst.');
        // The document that was open is as it was.
        const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: uri('utkast.md') } });
        expect(symbols.map((s: { name: string }) => s.name)).toEqual(['Møtehode', 'Deltakere', 'Sak 2/24 Budsjett']);
    });

    it('answers invalid parameters with an InvalidParams error naming the field', async () => {
        const cases: Array<[string, unknown, string]> = [
            ['textDocument/hover', { textDocument: { uri: uri('utkast.md') }, position: null }, '«position» må være et objekt'],
            ['textDocument/completion', { textDocument: { uri: uri('utkast.md') }, position: { line: -1, character: 0 } }, '«position.line» må være et heltall fra 0'],
            ['textDocument/definition', { position: { line: 0, character: 0 } }, '«textDocument» må være et objekt'],
            ['textDocument/rename', { textDocument: { uri: uri('utkast.md') }, position: { line: 0, character: 0 }, newName: 7 }, '«newName» må være en tekst'],
            ['textDocument/references', { textDocument: { uri: uri('utkast.md') }, position: { line: 0, character: 0 } }, '«context» må være et objekt'],
            ['textDocument/formatting', { textDocument: { uri: uri('utkast.md') }, options: null }, '«options» må være et objekt'],
            ['textDocument/codeAction', { textDocument: { uri: uri('utkast.md') }, range: { start: { line: 0, character: 0 }, end: { line: 0 } }, context: { diagnostics: [] } }, '«range.end.character» må være et heltall fra 0'],
            ['referat/export', { uri: uri('utkast.md'), kind: 'pdf' }, '«kind» må være "html" eller "public" eller "ical"'],
        ];
        for (const [method, params, problem] of cases) {
            const response = await client.response(method, params);
            expect(response.error, method).toEqual({ code: -32602, message: `Ugyldige parametre for ${method}: ${problem}.` });
        }
    });

    it('answers null about documents it does not know; its own requests answer an error naming the document', async () => {
        const unknown = uri('finnes-ikke.referat');
        for (const [method, params] of [
            ['textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }],
            ['textDocument/formatting', { textDocument: { uri: unknown }, options: { tabSize: 2, insertSpaces: true } }],
            ['textDocument/semanticTokens/full', { textDocument: { uri: unknown } }],
        ] as const) {
            const response = await client.response(method, params);
            expect(response.error, method).toBeUndefined();
            expect(response.result, method).toBeNull();
        }
        expect((await client.response('referat/preview', { uri: unknown })).error).toEqual({ code: -32602, message: `Dokumentet er ikke åpnet i språktjeneren: ${unknown}` });
    });

    it('refuses an impossible date in referat/newMinutesTemplate, and uses a real one', async () => {
        for (const today of ['2024-02-30', '2024-13-01', '0000-01-01', '14.5.2024']) {
            expect((await client.response('referat/newMinutesTemplate', { today })).error).toEqual({
                code: -32602, message: `«today» må være en dato som finnes, skrevet ÅÅÅÅ-MM-DD (for eksempel 2024-05-14), ikke "${today}".`,
            });
        }
        expect((await client.response('referat/newMinutesTemplate', { today: 5 })).error?.code).toBe(-32602);
        const template = await client.request('referat/newMinutesTemplate', { today: '2024-02-29' });
        expect(template.text.split('\n')[1]).toBe('Dato: torsdag 29. februar 2024');
    });

    it('keeps bidirectional controls out of hovers, the outline, completion, diagnostics and the preview', async () => {
        const text = `${BODY.replace('Kari Nordmann', 'Kari \u202ENordmann\u202C')}Sak 3/24 Budsjett \u2067for\u2069 neste år\nInnledning ved Kari \u202ENordmann\u202C.\nVedtak: Godkjent.\n`;
        client.notify('textDocument/didOpen', { textDocument: { uri: uri('bidi.referat'), languageId: 'referat', version: 1, text } });
        const diagnostics = (await client.waitFor('Diagnostikk for bidi.referat', published('bidi.referat'))).params.diagnostics;
        expect(diagnostics.map((d: { code: string }) => d.code)).toEqual(Array(6).fill('bidi-control'));
        expect(JSON.stringify(diagnostics.map((d: { message: string }) => d.message))).not.toMatch(CONTROLS);
        const line = text.split('\n').findIndex(l => l.startsWith('Innledning'));
        const hover = await client.request('textDocument/hover', { textDocument: { uri: uri('bidi.referat') }, position: { line, character: 18 } });
        expect(hover.contents.value).toMatch(/^\*\*Kari Nordmann\*\*/);
        const outline = await client.request('textDocument/documentSymbol', { textDocument: { uri: uri('bidi.referat') } });
        expect(JSON.stringify(outline)).not.toMatch(CONTROLS);
        expect(outline.map((s: { name: string }) => s.name)).toContain('Sak 3/24 Budsjett for neste år');
        const completion = await client.request('textDocument/completion', { textDocument: { uri: uri('bidi.referat') }, position: { line, character: 15 } });
        const labels = completion.items.map((i: { label: string }) => i.label);
        expect(labels).toContain('Kari Nordmann');
        // What goes into the document is the name as written, so that it matches the attendance line.
        expect(completion.items.find((i: { label: string }) => i.label === 'Kari Nordmann').textEdit.newText).toBe('Kari \u202ENordmann\u202C');
        const preview = await client.request('referat/preview', { uri: uri('bidi.referat') });
        expect(preview.html).not.toMatch(CONTROLS);
        expect(preview.html).toContain('Budsjett for neste år');
    });

    it('is still running, and shuts down cleanly', async () => {
        await alive();
        await client.request('shutdown', null);
        client.notify('exit', null);
        expect(await exitCode).toBe(0);
    });
});
