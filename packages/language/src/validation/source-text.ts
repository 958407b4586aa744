/**
 * Checks of the source text itself, before any meaning: how the file was read (`not-utf8`), and
 * characters that do not belong in minutes or that mislead a reader: NUL (`nul-character`, an
 * error: the file is damaged or not a text file), bidirectional controls (`bidi-control`), and the
 * replacement character U+FFFD left by an earlier wrong decoding (`replacement-character`).
 * One diagnostic per run of the same character on a line.
 */
import { AstUtils, type ValidationAcceptor, type ValidationCheck } from 'langium';
import type { Meeting as MeetingNode } from '../generated/ast.js';
import type { ReferatServices } from '../referat-module.js';
import { BIDI_CONTROL_NAMES, isBidiControl } from '../text/display.js';
import { hasSourceDecodings, type SourceDecoding } from '../text/decode.js';
import { IssueCodes } from './issue-codes.js';

const hex = (code: number, digits = 4) => `U+${code.toString(16).toUpperCase().padStart(digits, '0')}`;

/** The check for `Meeting`: reads the document text and, for files read from disk, how they were decoded. */
export function sourceTextCheck(services: ReferatServices): ValidationCheck<MeetingNode> {
    const fileSystem = services.shared.workspace.FileSystemProvider;
    return (node: MeetingNode, accept: ValidationAcceptor) => {
        const document = AstUtils.getDocument(node).textDocument;
        const text = document.getText();
        const report = (severity: 'error' | 'warning', code: string, start: number, end: number, message: string) =>
            accept(severity, message, { node, range: { start: document.positionAt(start), end: document.positionAt(end) }, code, data: { code } });

        const decoding = hasSourceDecodings(fileSystem) ? fileSystem.sourceDecoding(document.uri, text) : undefined;
        if (decoding) reportDecoding(decoding, text, report);

        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c !== 0 && c !== 0xfffd && !isBidiControl(c)) continue;
            let end = i + 1;
            while (end < text.length && text.charCodeAt(end) === c) end++;
            const count = end - i;
            if (c === 0) {
                report('error', IssueCodes.NulCharacter, i, end,
                    `${count === 1 ? 'Et NUL-tegn' : `${count} NUL-tegn`} (U+0000) står i teksten: filen er skadet eller ikke en ren tekstfil. Slett ${count === 1 ? 'tegnet' : 'tegnene'}; de tas ikke med i HTML-sidene.`);
            } else if (c === 0xfffd) {
                report('warning', IssueCodes.ReplacementCharacter, i, end,
                    `Erstatningstegnet U+FFFD står i teksten: et tegn gikk tapt da filen en gang ble lest med feil tegnkoding. Skriv inn tegnet som skal stå her (ofte æ, ø eller å).`);
            } else {
                report('warning', IssueCodes.BidiControl, i, end,
                    `Usynlig retningstegn ${hex(c)} (${BIDI_CONTROL_NAMES[text[i]]})${count > 1 ? ` ×${count}` : ''}: det kan få teksten etter seg til å vises baklengs eller i en annen rekkefølge enn den er skrevet. Slett det; det tas ikke med i HTML-sidene og visningene i editoren.`);
            }
            i = end - 1;
        }
    };
}

function reportDecoding(decoding: SourceDecoding, text: string, report: (severity: 'warning', code: string, start: number, end: number, message: string) => void): void {
    if (decoding.encoding === 'windows-1252' && decoding.firstFallback) {
        const { offset, byte } = decoding.firstFallback;
        const n = decoding.fallbackBytes;
        report('warning', IssueCodes.NotUtf8, offset, offset + 1,
            `Filen er ikke gyldig UTF-8: ${n} byte er lest som Windows-1252 (den første her: 0x${byte.toString(16).toUpperCase().padStart(2, '0')} som «${text[offset]}»). Kontroller at æ, ø og å ser riktige ut, og lagre filen som UTF-8.`);
    } else if (decoding.encoding === 'utf-16le' || decoding.encoding === 'utf-16be') {
        const endian = decoding.encoding === 'utf-16le' ? 'little-endian' : 'big-endian';
        report('warning', IssueCodes.NotUtf8, 0, 0,
            `Filen er lagret som UTF-16 (${endian}${decoding.bom ? '' : ', uten byte-rekkefølgemerke'}) og er lest som det. Lagre den som UTF-8, som andre verktøy forventer.`);
    }
}
