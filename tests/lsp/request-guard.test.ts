/**
 * The request guard (lsp/request-guard.ts) itself: every handler the server registers is one it
 * knows the parameters of, and results are cleaned for display without touching document text.
 */
import { PassThrough } from 'node:stream';
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createConnection } from 'vscode-languageserver/node';
import { startReferatServer } from '../../packages/language/src/lsp/server.js';
import { displayResult, METHODS } from '../../packages/language/src/lsp/request-guard.js';
import { ReferatRequests } from '../../packages/language/src/lsp/protocol.js';

describe('the request guard', () => {
    it('knows every handler the server registers (Langium\'s and Referat\'s own)', () => {
        const input = new PassThrough(), output = new PassThrough();
        const connection = createConnection(input, output);
        try {
            const guard = startReferatServer({ connection, ...EmptyFileSystem });
            expect(guard.unlistedRegistrations()).toEqual([]);
        } finally {
            connection.dispose();
        }
        for (const request of Object.values(ReferatRequests)) {
            const method = typeof request === 'string' ? request : (request as { method: string }).method;
            expect(METHODS[method], method).toBeDefined();
        }
    });

    it('cleans text for display, but leaves text that goes into the document as written', () => {
        const RLO = '\u202E';
        const result = displayResult({
            label: `Kari ${RLO}Nordmann`, detail: `a${RLO}`, documentation: { kind: 'markdown', value: `**${RLO}x**` },
            textEdit: { range: {}, newText: `Kari ${RLO}Nordmann` }, insertText: `${RLO}y`,
            children: [{ name: `Sak 1 ${RLO}A`, children: [] }],
            edit: { changes: { 'file:///a': [{ newText: RLO }] } }, text: `${RLO}mal`,
        });
        expect(result).toEqual({
            label: 'Kari Nordmann', detail: 'a', documentation: { kind: 'markdown', value: '**x**' },
            textEdit: { range: {}, newText: `Kari ${RLO}Nordmann` }, insertText: `${RLO}y`,
            children: [{ name: 'Sak 1 A', children: [] }],
            edit: { changes: { 'file:///a': [{ newText: RLO }] } }, text: `${RLO}mal`,
        });
        expect(displayResult(`${RLO}x`)).toBe('x');
        expect(displayResult(null)).toBeNull();
    });
});
