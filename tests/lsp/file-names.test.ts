/**
 * File names shown to people are decoded paths, relative to the workspace folder: "styret æøå/
 * styremøte 2.referat", never "styrem%C3%B8te%202.referat" (the bug that copies of a helper caused).
 */
import { URI } from 'langium';
import { afterEach, describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver';
import { addFile, createTestServices, reset } from './services.js';

const services = createTestServices();
const ROOT = URI.file('/arbeidsområde').toString();
services.shared.workspace.WorkspaceManager.initialize({ workspaceFolders: [{ uri: ROOT, name: 'arbeidsområde' }], capabilities: {}, processId: null, rootUri: null });

const MEETING = (date: string) => `Organ: Styret (STY)\nDato: ${date}\n\nTil stede:\n- Kari Nordmann\n\nSak 1/24 Godkjenning\nVedtak: Godkjent.\n`;

afterEach(() => reset(services));

describe('file names in messages and hovers', () => {
    it('a duplicate case number names the other file by its decoded path in the workspace', async () => {
        await addFile(services, MEETING('10.1.2024'), 'styret æøå/styremøte 1.referat');
        const second = await addFile(services, MEETING('20.5.2024').replace('Godkjenning', 'Budsjett'), 'styret æøå/2024/styremøte 2.referat');
        await services.shared.workspace.DocumentBuilder.build(services.shared.workspace.LangiumDocuments.all.toArray(), { validation: true });
        expect(second.diagnostics?.map(d => d.message)).toEqual([
            'Sak 1/24 finnes allerede i styret æøå/styremøte 1.referat (møtet 10.01.2024) for samme organ og år. Gi saken neste ledige nummer, eller skriv hvilket møte saken er fra («(fra møtet 10.01.2024)») om den behandles på nytt.',
        ]);
    });

    it('a hover on a case of another meeting names its file the same way', async () => {
        await addFile(services, MEETING('10.1.2024').replace('Sak 1/24', 'Sak 5/24'), 'styret æøå/styremøte 1.referat');
        const text = MEETING('20.5.2024') + '\nSak 2/24 Oppfølging\nSe jf. sak 5/24.\nVedtak: Ja.\n';
        const doc = await addFile(services, text, 'styret æøå/2024/styremøte 2.referat');
        const hover = await services.Referat.lsp.HoverProvider!.getHoverContent(doc, {
            textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(text.indexOf('5/24') + 1),
        }) as Hover;
        expect((hover.contents as { value: string }).value).toBe('**Sak 5/24 Godkjenning**\n\nmøte, 10. januar 2024 \\(styret æøå/styremøte 1.referat\\)\n\nVedtak: Godkjent.');
    });
});
