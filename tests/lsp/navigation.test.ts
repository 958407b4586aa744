import { afterEach, describe, expect, it } from 'vitest';
import { expectFindReferences, expectGoToDefinition, expectHighlight, textDocumentPositionParams } from 'langium/test';
import { addFile, createTestServices, EARLIER, MINUTES, offsetOf, reset } from './services.js';

const services = createTestServices();
const lsp = services.Referat.lsp;

afterEach(() => reset(services));

/** Marks every occurrence of `name` in MINUTES as a range, and the cursor in the `cursorAt`-th. */
function marked(name: string, cursorAt: number, text = MINUTES): string {
    let i = 0;
    return text.split(name).reduce((acc, part) => acc + (++i === cursorAt + 1 ? `<|<|>${name}|>` : `<|${name}|>`) + part);
}

describe('go to definition', () => {
    it('from a person to the attendance line', async () => {
        const text = MINUTES.replace('- Kari Nordmann,', '- <|Kari Nordmann|>,').replace('Innledning ved Kari', 'Innledning ved K<|>ari');
        await expectGoToDefinition(services.Referat)({ text, index: 0, rangeIndex: 0 });
    });

    it('from «vara for» to the absent member', async () => {
        const text = MINUTES.replace('- Lise Li,', '- <|Lise Li|>,').replace('vara for Lise', 'vara for <|>Lise');
        await expectGoToDefinition(services.Referat)({ text, index: 0, rangeIndex: 0 });
    });

    it('from a case reference to the case', async () => {
        const text = MINUTES.replace('Sak 17/24', 'Sak <|17/24|>').replace('jf. sak 17/24', 'jf. sak 1<|>7/24');
        await expectGoToDefinition(services.Referat)({ text, index: 0, rangeIndex: 0 });
    });

    it('from a case reference to a case in another file', async () => {
        const earlier = await addFile(services, EARLIER, 'tidligere.referat');
        const doc = await addFile(services, MINUTES.replace('jf. sak 17/24', 'jf. sak 12/24 (01/2024)'));
        const links = await lsp.DefinitionProvider!.getDefinition(doc, textDocumentPositionParams(doc, offsetOf(doc.textDocument.getText(), '12/24', 1)));
        expect(links).toHaveLength(1);
        expect(links![0].targetUri).toBe(earlier.uri.toString());
        const target = offsetOf(EARLIER, '12/24');
        expect(links![0].targetSelectionRange).toEqual({ start: earlier.textDocument.positionAt(target), end: earlier.textDocument.positionAt(target + 5) });
    });

    it('a person named only in another meeting of the body', async () => {
        const earlier = await addFile(services, EARLIER.replace('Kari Nordmann', 'Nora Nes'), 'tidligere.referat');
        const doc = await addFile(services, MINUTES.replace('Innledning ved Kari Nordmann', 'Innledning ved Nora Nes'));
        const links = await lsp.DefinitionProvider!.getDefinition(doc, textDocumentPositionParams(doc, offsetOf(doc.textDocument.getText(), 'Nora Nes', 2)));
        expect(links?.map(l => l.targetUri)).toEqual([earlier.uri.toString()]);
    });

    it('nothing on prose', async () => {
        const doc = await addFile(services, MINUTES);
        expect(await lsp.DefinitionProvider!.getDefinition(doc, textDocumentPositionParams(doc, offsetOf(MINUTES, 'Tallene')))).toBeUndefined();
    });
});

describe('find references and highlight', () => {
    it('a person: attendance line and every mention', async () => {
        const text = marked('Kari Nordmann', 1);
        await expectFindReferences(services.Referat)({ text, includeDeclaration: true });
    });

    it('a person without the declaration', async () => {
        const text = MINUTES.replace('Møteleder: Kari Nordmann', 'Møteleder: <|Kari Nordmann|>')
            .replace('Innledning ved Kari Nordmann', 'Innledning ved <|<|>Kari Nordmann|>');
        await expectFindReferences(services.Referat)({ text, includeDeclaration: false });
    });

    it('a case: its number and the references to it', async () => {
        const text = MINUTES.replace('Sak 17/24', 'Sak <|17/24|>').replace('jf. sak 17/24', 'jf. sak <|<|>17/24|>');
        await expectFindReferences(services.Referat)({ text, includeDeclaration: true });
    });

    it('references across files', async () => {
        const earlier = await addFile(services, EARLIER, 'tidligere.referat');
        const doc = await addFile(services, MINUTES.replace('jf. sak 17/24', 'jf. sak 12/24 (01/2024)'));
        const params = { textDocument: { uri: earlier.uri.toString() }, position: earlier.textDocument.positionAt(offsetOf(EARLIER, '12/24')), context: { includeDeclaration: true } };
        const locations = await lsp.ReferencesProvider!.findReferences(earlier, params);
        expect(locations.map(l => l.uri).sort()).toEqual([doc.uri.toString(), earlier.uri.toString()].sort());
    });

    it('highlights in the document, the declaration as a write', async () => {
        const text = MINUTES.replace('- Ola Hansen,', '- <|Ola Hansen|>,').replace('Referent: Ola Hansen', 'Referent: <|Ola Hansen|>')
            .replace('juni: Ola Hansen', 'juni: <|O<|>la Hansen|>');
        await expectHighlight(services.Referat)({ text, index: 0, rangeIndex: [0, 1, 2] });
        const doc = await addFile(services, MINUTES);
        const highlights = await lsp.DocumentHighlightProvider!.getDocumentHighlight(doc, textDocumentPositionParams(doc, offsetOf(MINUTES, 'Ola Hansen', 1, 2)));
        expect(highlights?.map(h => h.kind)).toEqual([2, 3, 2]); // Referent, attendance line (write), deadline;
    });
});

describe('rename', () => {
    it('a person: every mention in the file', async () => {
        const doc = await addFile(services, MINUTES);
        const position = doc.textDocument.positionAt(offsetOf(MINUTES, 'Kari Nordmann', 2, 3));
        const range = await lsp.RenameProvider!.prepareRename(doc, { textDocument: { uri: doc.uri.toString() }, position });
        expect(range && doc.textDocument.getText(range)).toBe('Kari Nordmann');
        const edit = await lsp.RenameProvider!.rename(doc, { textDocument: { uri: doc.uri.toString() }, position, newName: 'Kari Nordmann-Hansen' });
        const { TextDocument } = await import('vscode-languageserver-textdocument');
        const renamed = TextDocument.applyEdits(doc.textDocument, edit!.changes![doc.uri.toString()]);
        expect(renamed).toBe(MINUTES.replaceAll('Kari Nordmann', 'Kari Nordmann-Hansen'));
    });

    it('a person named by role («Forslag fra ordføreren:») is found with them; renaming leaves the role word', async () => {
        const text = 'Organ: Kommunestyret\nDato: 20.03.2025\n\nTil stede:\n- Ordfører Hanne Strøm (Ap)\n- Jon Rise (FrP)\n\nPS 1/25 Budsjett\nForslag fra ordføreren:\nBudsjettet vedtas.\nVotering: enstemmig\n';
        const doc = await addFile(services, text);
        const { TextDocument } = await import('vscode-languageserver-textdocument');
        const at = (word: string) => ({ textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(offsetOf(text, word) + 2) });
        const references = await lsp.ReferencesProvider!.findReferences(doc, { ...at('Hanne Strøm'), context: { includeDeclaration: true } });
        expect(references.map(r => doc.textDocument.getText(r.range))).toEqual(['Hanne Strøm', 'ordføreren']);
        const edit = await lsp.RenameProvider!.rename(doc, { ...at('Hanne Strøm'), newName: 'Hanne Strøm Dahl' });
        expect(TextDocument.applyEdits(doc.textDocument, edit!.changes![doc.uri.toString()])).toBe(text.replace('Hanne Strøm', 'Hanne Strøm Dahl'));
        expect(() => lsp.RenameProvider!.rename(doc, { ...at('ordføreren'), newName: 'Kari' })).toThrow(/«ordføreren» er en rolle, ikke et navn/);
    });

    it('a case number and its references, across files', async () => {
        const earlier = await addFile(services, EARLIER, 'tidligere.referat');
        const text = MINUTES.replace('jf. sak 17/24', 'jf. sak 12/24 (01/2024)');
        const doc = await addFile(services, text);
        const position = doc.textDocument.positionAt(offsetOf(text, '12/24', 2));
        const edit = await lsp.RenameProvider!.rename(doc, { textDocument: { uri: doc.uri.toString() }, position, newName: '13/24' });
        const { TextDocument } = await import('vscode-languageserver-textdocument');
        expect(TextDocument.applyEdits(earlier.textDocument, edit!.changes![earlier.uri.toString()])).toBe(EARLIER.replace('Sak 12/24', 'Sak 13/24'));
        expect(TextDocument.applyEdits(doc.textDocument, edit!.changes![doc.uri.toString()])).toBe(text.replace('12/24', '13/24'));
    });

    it('refuses a name that is not a case number', async () => {
        const doc = await addFile(services, MINUTES);
        const position = doc.textDocument.positionAt(offsetOf(MINUTES, '18/24'));
        expect(() => lsp.RenameProvider!.rename(doc, { textDocument: { uri: doc.uri.toString() }, position, newName: 'atten' })).toThrow(/gyldig saksnummer/);
    });

    it('refuses in the document\'s language', async () => {
        const english = 'Language: en\nBody: Board (B)\nDate: 3 December 2024\n\nPresent:\n- Priya Raman, chair\n\nItem 1 Budget\nPresented by Priya Raman\n';
        const doc = await addFile(services, english, 'board.referat');
        const at = (word: string, newName: string) => ({
            textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(offsetOf(english, word) + 1), newName,
        });
        expect(() => lsp.RenameProvider!.rename(doc, at('Priya Raman', 'Raman, Priya'))).toThrow('"Raman, Priya" cannot be used as a name. Write a name without commas, parentheses or line breaks.');
        expect(() => lsp.RenameProvider!.rename(doc, at('1 Budget', 'one'))).toThrow(/^"one" is not a valid item number/);
        const nynorsk = 'Språk: nn\nOrgan: Utvalet (U)\nDato: 4. februar 2025\n\nTil stades:\n- Kari Vik, leiar\n\nSak 1 Budsjett\nInnleiing ved Kari Vik\n';
        const nn = await addFile(services, nynorsk, 'utval.referat');
        const position = nn.textDocument.positionAt(offsetOf(nynorsk, 'Kari Vik') + 1);
        expect(() => lsp.RenameProvider!.rename(nn, { textDocument: { uri: nn.uri.toString() }, position, newName: 'Kari (Vik)' }))
            .toThrow('«Kari (Vik)» kan ikkje brukast som namn. Skriv eit namn utan komma, parentes og linjeskift.');
    });

    it('nothing to rename in prose', async () => {
        const doc = await addFile(services, MINUTES);
        const position = doc.textDocument.positionAt(offsetOf(MINUTES, 'Tallene'));
        expect(await lsp.RenameProvider!.prepareRename(doc, { textDocument: { uri: doc.uri.toString() }, position })).toBeUndefined();
    });
});
