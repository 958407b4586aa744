import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { expectFoldings, expectSymbols, expectWorkspaceSymbols, highlightHelper, expectSemanticToken } from 'langium/test';
import { type DocumentSymbol, SemanticTokenTypes } from 'vscode-languageserver';
import { addFile, createTestServices, EARLIER, MINUTES, offsetOf, reset } from './services.js';

const services = createTestServices();
const examples = path.resolve(import.meta.dirname, '../../examples');

afterEach(() => reset(services));

const tree = (symbols: DocumentSymbol[]): unknown => symbols.map(s => s.children?.length ? { [s.name]: tree(s.children) } : s.name);

describe('document symbols', () => {
    it('header, attendance, then cases with decisions and deadlines', async () => {
        await expectSymbols(services.Referat)({
            text: MINUTES,
            assert: symbols => expect(tree(symbols)).toEqual([
                { 'Møtehode': ['Organ: Styret i Testlaget (TL)', 'Møte: 02/2024', 'Dato: 14. mai 2024', 'Møteleder: Kari Nordmann', 'Referent: Ola Hansen'] },
                { 'Deltakere': [{ 'Til stede': ['Kari Nordmann', 'Ola Hansen', 'Per Bakke'] }, { 'Forfall': ['Lise Li'] }] },
                { 'Sak 17/24 Godkjenning av innkalling': ['Vedtak'] },
                { 'Sak 18/24 Økonomi': ['Vedtak', 'Frist 01.06.2024'] },
            ]),
        });
    });

    it('sub-cases nest under their case; the selection is the heading', async () => {
        const text = fs.readFileSync(path.join(examples, 'alt-i-ett.referat'), 'utf8');
        await expectSymbols(services.Referat)({
            text,
            assert: symbols => {
                // Sections hold their cases: look through them.
                const flat = (list: typeof symbols): typeof symbols => list.flatMap(s => [s, ...flat(s.children ?? [])]);
                const economy = flat(symbols).find(s => s.name === 'Sak 19/24 Økonomi og vedlikehold')!;
                expect(economy.children!.map(c => c.name)).toEqual(['Sak 19.1 Regnskap per 1. tertial 2024', 'Sak 19.2 Reparasjon av taket over storsalen']);
                expect(economy.children![1].children!.map(c => c.name)).toEqual(['Vedtak', 'Frist 15.08.2024', 'Frist 02.09.2024']);
                expect(economy.selectionRange.start.line).toBe(text.split('\n').findIndex(l => l.startsWith('Sak 19/24')));
                expect(symbols[symbols.length - 1].name).toMatch(/^Neste møte: tirsdag 11\. juni 2024/);
            },
        });
    });
});

describe('workspace symbols', () => {
    it('finds cases of every meeting by number or title words', async () => {
        await addFile(services, EARLIER, 'tidligere.referat');
        await addFile(services, MINUTES, 'dette.referat');
        const find = expectWorkspaceSymbols(services.shared);
        await find({ query: 'taket', expectedSymbols: ['Sak 12/24 Vedlikehold av taket'] });
        await find({ query: '17/24', expectedSymbols: ['Sak 17/24 Godkjenning av innkalling'] });
        await find({ query: 'sak økonomi', expectedSymbols: ['Sak 18/24 Økonomi'] });
        await find({
            query: '', assert: symbols => {
                expect(symbols).toHaveLength(3);
                expect(symbols.find(s => s.name.startsWith('Sak 12/24'))!.containerName).toBe('TL 01/2024 09.04.2024');
            },
        });
    });
});

describe('folding', () => {
    it('header, each attendance list, each case, lists and multi-line decisions', async () => {
        const text = `<|Organ: Testlaget (TL)
Dato: 14. mai 2024|>

<|Til stede:
- Kari Nordmann, leder
- Ola Hansen, sekretær|>

<|Sak 1 Første
Vedtakssak:

<|Vedtak:
<|1. Ja
2. Nei|>|>|>

<|Sak 2 Andre
Orienteringssak: ingen vedtak.|>
`;
        await expectFoldings(services.Referat)({ text });
    });
});

describe('semantic tokens', () => {
    it('keywords, case types, case numbers, dates and people', async () => {
        const tokens = await highlightHelper(services.Referat)(`Organ: <|Testlaget|>
Dato: <|14. mai 2024|>

<|Til stede:|>
- <|Kari Nordmann|>, leder

<|Sak|> <|1|> Første
<|Vedtakssak:|> jf. sak <|1|>
<|Innledning ved|> <|Kari Nordmann|>.
<|Frist|> <|1.6.2024|>: <|Kari Nordmann|> – svar.
`);
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.string });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.keyword });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(tokens, { rangeIndex: 4, tokenType: SemanticTokenTypes.keyword });
        expectSemanticToken(tokens, { rangeIndex: 5, tokenType: SemanticTokenTypes.number });
        expectSemanticToken(tokens, { rangeIndex: 6, tokenType: SemanticTokenTypes.type });
        expectSemanticToken(tokens, { rangeIndex: 7, tokenType: SemanticTokenTypes.number });
        expectSemanticToken(tokens, { rangeIndex: 8, tokenType: SemanticTokenTypes.keyword });
        expectSemanticToken(tokens, { rangeIndex: 9, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(tokens, { rangeIndex: 10, tokenType: SemanticTokenTypes.keyword });
        expectSemanticToken(tokens, { rangeIndex: 11, tokenType: SemanticTokenTypes.string });
        expectSemanticToken(tokens, { rangeIndex: 12, tokenType: SemanticTokenTypes.variable });
        expect(() => expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.variable })).toThrow(); // a body is not a person
    });
});

describe('inlay hints', () => {
    it('weekday after dates written without one, days left on open deadlines', async () => {
        const text = MINUTES + 'Frist 10. mai 2024: Ola Hansen – gammelt. (utført)\nNeste møte: tirsdag 11. juni 2024\n';
        const doc = await addFile(services, text);
        const range = { start: { line: 0, character: 0 }, end: doc.textDocument.positionAt(text.length) };
        const hints = await services.Referat.lsp.InlayHintProvider!.getInlayHints(doc, { textDocument: { uri: doc.uri.toString() }, range });
        const found = hints!.map(h => [doc.textDocument.offsetAt(h.position), h.label]);
        expect(found).toEqual([
            [offsetOf(text, '14. mai 2024', 12), '(tirsdag)'],
            [offsetOf(text, '1. juni', 7), '(lørdag, om 12 dager)'],
            [offsetOf(text, '10. mai 2024', 12), '(fredag)'],
        ]);
        const none = await services.Referat.lsp.InlayHintProvider!.getInlayHints(doc, { textDocument: { uri: doc.uri.toString() }, range: { start: { line: 5, character: 0 }, end: { line: 10, character: 0 } } });
        expect(none).toEqual([]);
    });
});
