/**
 * Typing in one meeting re-checks the body's other meetings only when the edit touches what they
 * depend on (`Organ:`, `Dato:`, `Møte:` and `Sak` lines): prose edits stay cheap in a large workspace.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LangiumDocument } from 'langium';
import { crossFileKeyOfText } from '../../packages/language/src/workspace/meeting-index.js';
import { addFile, createTestServices, EARLIER, MINUTES, reset } from './services.js';

const services = createTestServices();
afterEach(() => reset(services));

async function change(doc: LangiumDocument, text: string, version: number): Promise<void> {
    setTextDocument(services.shared, TextDocument.create(doc.uri.toString(), 'referat', version, text));
    await services.shared.workspace.DocumentBuilder.update([doc.uri], []);
}

describe('re-checking the other meetings of a body while typing', () => {
    it('a prose edit leaves the other meeting alone; a case number edit re-checks it', async () => {
        const current = await addFile(services, MINUTES, 'mai.referat');
        const earlier = await addFile(services, EARLIER, 'april.referat');
        const before = current.diagnostics;

        await change(earlier, EARLIER.replace('Taket repareres.', 'Taket repareres i sommer.'), 2);
        expect(current.diagnostics).toBe(before); // not revalidated

        await change(earlier, EARLIER.replace('Sak 12/24', 'Sak 18/24'), 3);
        expect(current.diagnostics).not.toBe(before);
        expect(current.diagnostics?.map(d => (d.data as { code: string }).code)).toContain('duplicate-case-number');
    });

    it('the lines other meetings depend on', () => {
        const key = crossFileKeyOfText('// Sak 1 i kommentar\nOrgan: X (X)\n  Dato: 1.1.2024\nMøte: 01/2024\nTekst om sak 3.\nsak 4 Tittel\r\nNeste møte: 2.2.2024\nVedtak: Ja.\n');
        expect(key.split('\n')).toEqual(['Organ: X (X)', '  Dato: 1.1.2024', 'Møte: 01/2024', 'sak 4 Tittel']);
    });
});
