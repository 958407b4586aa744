/**
 * `decodeText` (text/decode.ts): the bytes of a file as text, never with U+FFFD in place of letters;
 * `displayText` (text/display.ts): what outputs drop. The `not-utf8`, `nul-character`,
 * `bidi-control` and `replacement-character` diagnostics are in source-text.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { decodeText, windows1252Char } from '../../packages/language/src/text/decode.js';
import { displayText } from '../../packages/language/src/text/display.js';
import { escapeHtml } from '../../packages/language/src/generator/html-text.js';

const TEXT = 'Organ: Styret i Bygdøy kulturhus (BKH)\nDato: 14. mai 2024\n\nSak 1/24 Økonomi – «årsregnskap» for 2023 € 5\nVedtak: Æ ø å Æ Ø Å.\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
/** The text in Windows-1252 (every character of TEXT is in it). */
function cp1252(s: string): Uint8Array {
    const table = new Map<string, number>();
    for (let b = 0; b < 256; b++) table.set(windows1252Char(b), b);
    return Uint8Array.from([...s].map(ch => { const b = table.get(ch); if (b === undefined) throw new Error(ch); return b; }));
}
function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
    const units = [...(bom ? '\uFEFF' : '') + s].flatMap(ch => [...Array(ch.length).keys()].map(i => ch.charCodeAt(i)));
    return Uint8Array.from(units.flatMap(u => (littleEndian ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])));
}

describe('decodeText', () => {
    it('reads UTF-8 as it is, and drops a byte-order mark as editors do', () => {
        expect(decodeText(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8', bom: false, fallbackBytes: 0 });
        expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(TEXT)]))).toEqual({ text: TEXT, encoding: 'utf-8', bom: true, fallbackBytes: 0 });
    });

    it('reads a Windows-1252 file correctly: every æ, ø, å, «, », – and € is right, none is U+FFFD', () => {
        const decoded = decodeText(cp1252(TEXT));
        expect(decoded.text).toBe(TEXT);
        expect(decoded.encoding).toBe('windows-1252');
        const nonAscii = [...TEXT].filter(ch => ch.charCodeAt(0) > 127).length;
        expect(decoded.fallbackBytes).toBe(nonAscii);
        expect(decoded.firstFallback).toEqual({ offset: TEXT.indexOf('ø'), byte: 0xf8 });
    });

    it('reads a file with both UTF-8 and Windows-1252 parts: each part right', () => {
        const bytes = Uint8Array.from([...utf8('Organ: Bygdøy\n'), ...cp1252('Dato: 1. mai\nSak 1 Økonomi\n')]);
        const decoded = decodeText(bytes);
        expect(decoded.text).toBe('Organ: Bygdøy\nDato: 1. mai\nSak 1 Økonomi\n');
        expect(decoded).toMatchObject({ encoding: 'windows-1252', fallbackBytes: 1, firstFallback: { offset: 'Organ: Bygdøy\nDato: 1. mai\nSak 1 '.length, byte: 0xd8 } });
    });

    it('reads bytes that are invalid in UTF-8 in every way (overlong, surrogates, truncated, stray continuation) as Windows-1252', () => {
        const cases: Array<[number[], string]> = [
            [[0xc0, 0xaf], 'À¯'], [[0xed, 0xa0, 0x80], 'í\u00a0€'], [[0xe6, 0x41], 'æA'], [[0x80, 0x41], '€A'], [[0xf4, 0x90, 0x80, 0x80], 'ô\u0090€€'],
            [[0x81, 0x8d, 0x8f, 0x90, 0x9d], '\u0081\u008d\u008f\u0090\u009d'],
        ];
        for (const [bytes, text] of cases) {
            const decoded = decodeText(Uint8Array.from(bytes));
            expect(decoded.text, bytes.join(' ')).toBe(text);
            expect(decoded.text).not.toContain('\uFFFD');
        }
    });

    it('reads UTF-16 with a byte-order mark, little and big endian', () => {
        expect(decodeText(utf16(TEXT, true, true))).toMatchObject({ text: TEXT, encoding: 'utf-16le', bom: true });
        expect(decodeText(utf16(TEXT, false, true))).toMatchObject({ text: TEXT, encoding: 'utf-16be', bom: true });
        // A character outside the BMP (a surrogate pair) and a lone surrogate stay as they are.
        expect(decodeText(utf16('a😀b\uD800c', true, true)).text).toBe('a😀b\uD800c');
    });

    it('recognises UTF-16 without a byte-order mark by its zero bytes', () => {
        expect(decodeText(utf16(TEXT, true, false))).toMatchObject({ text: TEXT, encoding: 'utf-16le', bom: false });
        expect(decodeText(utf16(TEXT, false, false))).toMatchObject({ text: TEXT, encoding: 'utf-16be', bom: false });
    });

    it('leaves NUL bytes in the text for the validator to report, and decodes an empty file', () => {
        expect(decodeText(utf8('Organ: A\0B\n')).text).toBe('Organ: A\0B\n');
        expect(decodeText(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', bom: false, fallbackBytes: 0 });
    });

    it('decodes 10 MB of Windows-1252 without running out of stack', () => {
        const line = cp1252('Økonomi og årsregnskap, «viktig».\n');
        const bytes = new Uint8Array(line.length * 300_000);
        for (let i = 0; i < 300_000; i++) bytes.set(line, i * line.length);
        const decoded = decodeText(bytes);
        expect(decoded.text.length).toBe(bytes.length);
        expect(decoded.text.slice(0, 34)).toBe('Økonomi og årsregnskap, «viktig».\n');
    });
});

describe('displayText and escapeHtml', () => {
    const hostile = 'Kari \u202Eodnan\u202C Nordmann\u2066x\u2069\0\u0007\u007F\u0085 ok\uD800 \uFFFE';
    it('drop bidirectional controls, NUL and other controls, lone surrogates and noncharacters', () => {
        expect(displayText(hostile)).toBe('Kari odnan Nordmannx ok ');
        expect(escapeHtml(`<b>${hostile}</b> & "'`)).toBe('&lt;b&gt;Kari odnan Nordmannx ok &lt;/b&gt; &amp; &quot;&#39;');
    });

    it('keep tabs, line breaks, right-to-left letters and surrogate pairs', () => {
        const text = 'a\tb\nc\r\nd عربي 😀 æøå';
        expect(displayText(text)).toBe(text);
        expect(escapeHtml(text)).toBe(text);
    });
});
