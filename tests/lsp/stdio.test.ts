/**
 * The language server outside VS Code: starts `referat-language-server --stdio` as a separate
 * process and talks LSP to it over stdio, as Neovim or Helix would (the client: stdio-client.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from '../support/built.js';
import { EARLIER, MINUTES } from './services.js';
import { type Message, serverBin as bin, StdioClient } from './stdio-client.js';

describe('referat-language-server --stdio', () => {
    let server: ChildProcessWithoutNullStreams;
    let client: StdioClient;
    let workspace: string;
    let exitCode: Promise<number | null>;

    beforeAll(() => {
        ensureBuilt();
        workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-lsp-'));
        fs.writeFileSync(path.join(workspace, 'april.referat'), EARLIER.replace('Sak 12/24', 'Sak 18/24'));
        // An attendance list, so that the only diagnostic is the missing «Organ:» (not `empty-minutes`).
        fs.writeFileSync(path.join(workspace, 'uten-organ.referat'), 'Dato: 3. juni 2024\n\nTil stede:\n- Kari Nordmann\n');
        server = spawn(process.execPath, [bin, '--stdio'], { cwd: workspace });
        exitCode = new Promise(resolve => server.on('exit', code => resolve(code)));
        client = new StdioClient(server);
    });

    afterAll(() => {
        if (server.exitCode === null) server.kill();
        fs.rmSync(workspace, { recursive: true, force: true });
    });

    const uri = () => pathToFileURL(path.join(workspace, 'mai.referat')).toString();
    const aprilUri = () => pathToFileURL(path.join(workspace, 'april.referat')).toString();
    const codes = (m: Message) => (m.params.diagnostics as Array<{ code: string }>).map(d => d.code);

    it('initializes with the editor features', async () => {
        const result = await client.request('initialize', {
            processId: process.pid, rootUri: pathToFileURL(workspace).toString(),
            workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'referater' }],
            capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
        });
        const capabilities = result.capabilities;
        for (const feature of ['completionProvider', 'hoverProvider', 'definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'renameProvider',
            'documentSymbolProvider', 'workspaceSymbolProvider', 'foldingRangeProvider', 'semanticTokensProvider', 'documentFormattingProvider',
            'documentRangeFormattingProvider', 'codeActionProvider', 'inlayHintProvider']) {
            expect(capabilities[feature], feature).toBeTruthy();
        }
        // And their values, as an editor reads them: incremental sync, completion on a space, colon and
        // comma, rename with prepare, full and range semantic tokens, and what the server does not offer.
        const { semanticTokensProvider: semanticTokens, ...rest } = capabilities;
        expect(rest).toEqual({
            workspace: { workspaceFolders: { supported: true } },
            textDocumentSync: { change: 2, openClose: true, save: false, willSave: false, willSaveWaitUntil: false },
            completionProvider: { triggerCharacters: [' ', ':', ','] },
            hoverProvider: true, definitionProvider: true, referencesProvider: true, documentHighlightProvider: true,
            renameProvider: { prepareProvider: true },
            documentSymbolProvider: true, workspaceSymbolProvider: { resolveProvider: false }, foldingRangeProvider: true,
            documentFormattingProvider: true, documentRangeFormattingProvider: true, codeActionProvider: true,
            inlayHintProvider: { resolveProvider: false },
            typeDefinitionProvider: false, implementationProvider: false, declarationProvider: false,
        });
        expect(semanticTokens).toMatchObject({ full: { delta: false }, range: true });
        // The legend has the types and modifiers the server's tokens use (semantic-tokens.ts).
        expect(semanticTokens.legend.tokenTypes).toEqual(expect.arrayContaining(['keyword', 'type', 'number', 'string', 'variable']));
        expect(semanticTokens.legend.tokenModifiers).toEqual(expect.arrayContaining(['declaration']));
        client.notify('initialized', {});
    });

    it('publishes diagnostics for files on disk that are not open, without waiting for an edit', async () => {
        const withoutBody = pathToFileURL(path.join(workspace, 'uten-organ.referat')).toString();
        const published = await client.waitFor('Diagnostikk for uten-organ.referat', m => m.method === 'textDocument/publishDiagnostics' && m.params.uri === withoutBody);
        expect(codes(published)).toEqual(['missing-header-field']);
    });

    it('publishes diagnostics for an opened file, counting the files on disk', async () => {
        client.notify('textDocument/didOpen', { textDocument: { uri: uri(), languageId: 'referat', version: 1, text: MINUTES } });
        const published = await client.waitFor('Diagnostikk for mai.referat', m => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri());
        expect(codes(published)).toEqual(['duplicate-case-number']); // 18/24 is in april.referat too
        // april.referat is not open, but it is relinked: the duplicate shows there too
        await client.waitFor('Diagnostikk for april.referat', m => m.method === 'textDocument/publishDiagnostics' && m.params.uri === aprilUri() && codes(m).includes('duplicate-case-number'));
    });

    it('completes keywords and the next free case number', async () => {
        const line = MINUTES.split('\n').indexOf('Orienteringssak: Regnskap.') + 1;
        const list = await client.request('textDocument/completion', { textDocument: { uri: uri() }, position: { line, character: 0 } });
        const labels = (list.items as Array<{ label: string }>).map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['Vedtak:', 'Frist', 'Sak 19/24']));
        expect(labels).not.toContain('Dato:');
    });

    it('lists the outline', async () => {
        const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: uri() } });
        expect((symbols as Array<{ name: string }>).map(s => s.name)).toEqual(['Møtehode', 'Deltakere', 'Sak 17/24 Godkjenning av innkalling', 'Sak 18/24 Økonomi']);
    });

    it('updates diagnostics of both files after a change', async () => {
        client.notify('textDocument/didChange', {
            textDocument: { uri: uri(), version: 2 },
            contentChanges: [{ text: MINUTES.replace('Sak 18/24', 'Sak 19/24') }],
        });
        const mine = await client.waitFor('Ny diagnostikk for mai.referat', m => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri() && !codes(m).includes('duplicate-case-number'));
        expect(codes(mine)).toEqual(['case-number-order']); // 19/24 after 17/24
        const april = await client.waitFor('Ny diagnostikk for april.referat', m => m.method === 'textDocument/publishDiagnostics' && m.params.uri === aprilUri() && !codes(m).includes('duplicate-case-number'));
        expect(codes(april)).not.toContain('duplicate-case-number');
    });

    it('shuts down and exits cleanly', async () => {
        await client.request('shutdown', null);
        client.notify('exit', null);
        expect(await exitCode).toBe(0);
    });
});
