/**
 * Cross-file diagnostics update live: when one meeting changes, the other meetings of the same body
 * are relinked and revalidated (and meetings of other bodies are left alone).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LangiumDocument } from 'langium';
import { addFile, createTestServices, EARLIER, MINUTES, reset } from './services.js';

const services = createTestServices();
const codes = (doc: LangiumDocument) => (doc.diagnostics ?? []).map(d => (d.data as { code: string }).code);

afterEach(() => reset(services));

async function change(doc: LangiumDocument, text: string, version: number): Promise<void> {
    setTextDocument(services.shared, TextDocument.create(doc.uri.toString(), 'referat', version, text));
    await services.shared.workspace.DocumentBuilder.update([doc.uri], []);
}

describe('relinking the meetings of a body', () => {
    it('a duplicate case number appears and disappears in the file that did not change', async () => {
        const current = await addFile(services, MINUTES, 'mai.referat');
        const earlier = await addFile(services, EARLIER, 'april.referat');
        const other = await addFile(services, MINUTES.replace('Styret i Testlaget (TL)', 'Et annet organ'), 'annet.referat');
        expect(codes(current)).not.toContain('duplicate-case-number');
        const untouched = other.diagnostics;

        await change(earlier, EARLIER.replace('Sak 12/24', 'Sak 18/24'), 2);
        expect(codes(current)).toContain('duplicate-case-number');
        expect(codes(earlier)).toContain('duplicate-case-number');
        expect(other.diagnostics).toBe(untouched); // another body: not revalidated

        await change(earlier, EARLIER, 3);
        expect(codes(current)).not.toContain('duplicate-case-number');
    });

    it('a meeting that moves to another body is compared with its new body only', async () => {
        const earlier = await addFile(services, EARLIER.replace('Sak 12/24', 'Sak 18/24'), 'april.referat');
        const current = await addFile(services, MINUTES, 'mai.referat');
        expect(codes(current)).toContain('duplicate-case-number');
        await change(earlier, EARLIER.replace('Sak 12/24', 'Sak 18/24').replace('Styret i Testlaget (TL)', 'Et annet organ'), 2);
        expect(codes(current)).not.toContain('duplicate-case-number');
    });

    it('a deleted meeting no longer counts', async () => {
        const earlier = await addFile(services, EARLIER.replace('Sak 12/24', 'Sak 18/24'), 'april.referat');
        const current = await addFile(services, MINUTES, 'mai.referat');
        expect(codes(current)).toContain('duplicate-case-number');
        await services.shared.workspace.DocumentBuilder.update([], [earlier.uri]);
        expect(codes(current)).not.toContain('duplicate-case-number');
    });
});
