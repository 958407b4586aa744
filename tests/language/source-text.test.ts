/**
 * The checks of validation/source-text.ts: `nul-character`, `bidi-control`, `replacement-character`
 * on the text, and `not-utf8` for files the Node file system provider decoded (read from disk here,
 * as the language server reads the workspace's files that are not open).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { URI } from 'langium';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeReferatServices } from '../../packages/language/src/node.js';
import { windows1252Char } from '../../packages/language/src/text/decode.js';
import { IssueCodes } from '../../packages/language/src/validation/issue-codes.js';
import { codeOf, messageOf, minutes, validate, withCode } from './helpers.js';

const ok = (body: string) => minutes(body);
const CASE = 'Sak 1 Godkjenning\nVedtakssak:\nVedtak: Godkjent.\n';

describe(IssueCodes.NulCharacter, () => {
    it('an error on each run of NUL characters, naming how many', async () => {
        const checked = await validate(ok(`${CASE}Tekst\0med\0\0\0nuller.\n`));
        expect(withCode(checked, 'nul-character')).toEqual([{ severity: 'error', text: '\0', line: 12 }, { severity: 'error', text: '\0\0\0', line: 12 }]);
        expect(checked.diagnostics.filter(d => codeOf(d) === 'nul-character').map(messageOf)).toEqual([
            'Et NUL-tegn (U+0000) står i teksten: filen er skadet eller ikke en ren tekstfil. Slett tegnet; de tas ikke med i HTML-sidene.',
            '3 NUL-tegn (U+0000) står i teksten: filen er skadet eller ikke en ren tekstfil. Slett tegnene; de tas ikke med i HTML-sidene.',
        ]);
    });
});

describe(IssueCodes.BidiControl, () => {
    it('a warning on each bidirectional control, naming it', async () => {
        const checked = await validate(ok(`${CASE}Kari \u202Eodnan\u202C Nordmann og \u2067x\u2069.\n`));
        expect(withCode(checked, 'bidi-control').map(s => [s.text, s.line, s.severity])).toEqual([
            ['\u202E', 12, 'warning'], ['\u202C', 12, 'warning'], ['\u2067', 12, 'warning'], ['\u2069', 12, 'warning'],
        ]);
        expect(checked.diagnostics.filter(d => codeOf(d) === 'bidi-control').map(messageOf)[0]).toBe(
            'Usynlig retningstegn U+202E (RIGHT-TO-LEFT OVERRIDE): det kan få teksten etter seg til å vises baklengs eller i en annen rekkefølge enn den er skrevet. Slett det; det tas ikke med i HTML-sidene og visningene i editoren.');
    });

    it('right-to-left letters and marks alone are fine', async () => {
        expect(withCode(await validate(ok(`${CASE}Navnet عربي\u200F skrives slik.\n`)), 'bidi-control')).toEqual([]);
    });
});

describe(IssueCodes.ReplacementCharacter, () => {
    it('a warning where U+FFFD stands in for a lost letter', async () => {
        const checked = await validate(ok(`${CASE}Bygd\uFFFDy kulturhus.\n`));
        expect(withCode(checked, 'replacement-character')).toEqual([{ severity: 'warning', text: '\uFFFD', line: 12 }]);
    });
});

describe(IssueCodes.NotUtf8, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-encoding-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    const TEXT = ok(`${CASE}Økonomi og «årsregnskap».\n`);

    async function checkFile(name: string, bytes: Uint8Array) {
        const file = path.join(dir, name);
        fs.writeFileSync(file, bytes);
        const { shared } = createNodeReferatServices();
        const document = await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(file));
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const diagnostics = (document.diagnostics ?? []).filter(d => codeOf(d) === 'not-utf8');
        return { text: document.textDocument.getText(), diagnostics: diagnostics.map(d => ({ message: messageOf(d), line: d.range.start.line + 1, character: d.range.start.character + 1, severity: d.severity })) };
    }

    it('a Windows-1252 file is read correctly, with a warning at its first non-UTF-8 character', async () => {
        const table = new Map([...Array(256).keys()].map(b => [windows1252Char(b), b]));
        const checked = await checkFile('ansi.referat', Uint8Array.from([...TEXT].map(ch => table.get(ch)!)));
        expect(checked.text).toBe(TEXT);
        expect(checked.diagnostics).toEqual([{
            line: 1, character: 13, severity: 2,
            message: 'Filen er ikke gyldig UTF-8: 9 byte er lest som Windows-1252 (den første her: 0xE5 som «å»). Kontroller at æ, ø og å ser riktige ut, og lagre filen som UTF-8.',
        }]);
    });

    it('a UTF-16 file is read, with a warning at the start', async () => {
        const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
        const checked = await checkFile('utf16.referat', le);
        expect(checked.text).toBe(TEXT);
        expect(checked.diagnostics).toEqual([{ line: 1, character: 1, severity: 2, message: 'Filen er lagret som UTF-16 (little-endian) og er lest som det. Lagre den som UTF-8, som andre verktøy forventer.' }]);
    });

    it('a UTF-8 file has no such warning, with or without a byte-order mark', async () => {
        expect((await checkFile('utf8.referat', Buffer.from(TEXT))).diagnostics).toEqual([]);
        const withBom = await checkFile('bom.referat', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]));
        expect(withBom).toEqual({ text: TEXT, diagnostics: [] });
    });
});
