/**
 * Reading the bytes of a minutes file as text, without ever guessing silently. Pure (no `fs`): the
 * CLI and the language server's file system provider both call `decodeText`.
 *
 * - UTF-8 (with or without a byte-order mark, which is dropped as editors drop it).
 * - Not valid UTF-8 (a file saved by an older Windows program): every byte that is not part of a
 *   valid UTF-8 sequence is read as Windows-1252 (æ, ø, å, «, », – and € included), never as U+FFFD.
 *   Valid UTF-8 sequences in the same file stay UTF-8, so a file with both kinds reads correctly.
 * - UTF-16 with a byte-order mark (little or big endian), and UTF-16 without one when the zero
 *   bytes give it away (Latin text in UTF-16 has a zero byte in every other position).
 * NUL characters and other controls are left in the text: the validator reports them at their place.
 */

export type SourceEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** How a file's bytes were read (without the text): what the `not-utf8` diagnostic reports. */
export interface SourceDecoding {
    encoding: SourceEncoding;
    /** The file started with a byte-order mark (removed from the text). */
    bom: boolean;
    /** windows-1252: how many bytes were not valid UTF-8 and were read as Windows-1252. */
    fallbackBytes: number;
    /** windows-1252: offset in the text of the first character read as Windows-1252, and its byte. */
    firstFallback?: { offset: number; byte: number };
}

export interface DecodedText extends SourceDecoding {
    text: string;
}

/** Windows-1252 characters for the bytes 0x80–0x9F (the five bytes it leaves undefined map to C1 controls, as browsers do). */
const CP1252_HIGH = [
    0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
    0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** The character a byte stands for in Windows-1252. */
export function windows1252Char(byte: number): string {
    return String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : byte);
}

/** Chunk size for String.fromCharCode.apply: large enough to be fast, small enough for any stack. */
const CHUNK = 4096;

export function decodeText(bytes: Uint8Array): DecodedText {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 2, true, true);
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 2, false, true);
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const start = bom ? 3 : 0;
    if (!bom) {
        const endian = utf16WithoutBom(bytes);
        if (endian) return utf16(bytes, 0, endian === 'le', false);
    }
    const body = bytes.subarray(start);
    try {
        return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8', bom, fallbackBytes: 0 };
    } catch {
        return utf8WithFallback(body, bom);
    }
}

/**
 * 'le' or 'be' when the bytes look like UTF-16 without a byte-order mark: at least 16 bytes, and at
 * least 90 % of the first 512 byte pairs have their zero byte on the same side (no UTF-8 text has that
 * many NUL bytes).
 */
function utf16WithoutBom(bytes: Uint8Array): 'le' | 'be' | undefined {
    const pairs = Math.min(512, bytes.length >> 1);
    if (pairs < 8) return undefined;
    let zeroOdd = 0, zeroEven = 0;
    for (let i = 0; i < pairs; i++) {
        const even = bytes[2 * i], odd = bytes[2 * i + 1];
        if (odd === 0 && even !== 0) zeroOdd++;
        else if (even === 0 && odd !== 0) zeroEven++;
    }
    if (zeroOdd >= pairs * 0.9) return 'le';
    if (zeroEven >= pairs * 0.9) return 'be';
    return undefined;
}

/** UTF-16 code units as they are (a lone surrogate stays one, instead of becoming U+FFFD); an odd last byte is dropped. */
function utf16(bytes: Uint8Array, start: number, littleEndian: boolean, bom: boolean): DecodedText {
    const units = (bytes.length - start) >> 1;
    const parts: string[] = [];
    const buffer = new Uint16Array(Math.min(CHUNK, units));
    for (let unit = 0; unit < units; unit += CHUNK) {
        const n = Math.min(CHUNK, units - unit);
        for (let i = 0; i < n; i++) {
            const at = start + 2 * (unit + i);
            buffer[i] = littleEndian ? bytes[at] | (bytes[at + 1] << 8) : (bytes[at] << 8) | bytes[at + 1];
        }
        parts.push(String.fromCharCode.apply(null, Array.from(buffer.subarray(0, n))));
    }
    return { text: parts.join(''), encoding: littleEndian ? 'utf-16le' : 'utf-16be', bom, fallbackBytes: 0 };
}

/** Length of the valid UTF-8 sequence at `i` (Unicode table 3-7), or 0 when the byte there starts none. */
function sequenceLength(b: Uint8Array, i: number): number {
    const c = b[i];
    if (c < 0x80) return 1;
    const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
    if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
    if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
    if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
    if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
    if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

/** Valid sequences decoded as UTF-8, every other byte as Windows-1252 (UTF-16 code units, in chunks). */
function utf8WithFallback(bytes: Uint8Array, bom: boolean): DecodedText {
    const parts: string[] = [];
    const units = new Uint16Array(CHUNK + 1);
    let n = 0, length = 0;
    let fallbackBytes = 0;
    let firstFallback: DecodedText['firstFallback'];
    const flush = () => {
        parts.push(String.fromCharCode.apply(null, Array.from(units.subarray(0, n))));
        length += n;
        n = 0;
    };
    for (let i = 0; i < bytes.length;) {
        if (n >= CHUNK) flush();
        const c = bytes[i];
        if (c < 0x80) { units[n++] = c; i++; continue; }
        const size = sequenceLength(bytes, i);
        if (size === 0) {
            firstFallback ??= { offset: length + n, byte: c };
            units[n++] = c >= 0x80 && c < 0xa0 ? CP1252_HIGH[c - 0x80] : c;
            fallbackBytes++;
            i++;
            continue;
        }
        let code = size === 2 ? c & 0x1f : size === 3 ? c & 0x0f : c & 0x07;
        for (let k = 1; k < size; k++) code = (code << 6) | (bytes[i + k] & 0x3f);
        if (code >= 0x10000) {
            code -= 0x10000;
            units[n++] = 0xd800 + (code >> 10);
            units[n++] = 0xdc00 + (code & 0x3ff);
        } else units[n++] = code;
        i += size;
    }
    flush();
    return { text: parts.join(''), encoding: 'windows-1252', bom, fallbackBytes, firstFallback };
}

/**
 * A file system that knows how it decoded each file it read (the Node file system provider, which
 * the language server and the CLI use; the `not-utf8` check asks it).
 */
export interface SourceDecodings {
    /** How the file at `uri` was decoded, when `text` is what was read from it and it was not plain UTF-8. */
    sourceDecoding(uri: string, text: string): SourceDecoding | undefined;
}

export function hasSourceDecodings(value: unknown): value is SourceDecodings {
    return typeof (value as Partial<SourceDecodings> | undefined)?.sourceDecoding === 'function';
}

/**
 * Remembers how each file was decoded. Only files that were not plain UTF-8 take room; their text is
 * kept (the same string the document holds) so that an editor's own copy of the file, which may have
 * been decoded differently, is not taken for it.
 */
export class SourceDecodingRecord implements SourceDecodings {
    private readonly decodings = new Map<string, { decoding: SourceDecoding; text: string }>();

    /** Records how `uri` was decoded and returns the text. */
    record(uri: string, decoded: DecodedText): string {
        const { text, ...decoding } = decoded;
        if (decoding.encoding === 'utf-8') this.decodings.delete(uri);
        else this.decodings.set(uri, { decoding, text });
        return text;
    }

    sourceDecoding(uri: string, text: string): SourceDecoding | undefined {
        const entry = this.decodings.get(uri);
        return entry && entry.text === text ? entry.decoding : undefined;
    }
}
