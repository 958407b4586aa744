/**
 * Files in other encodings and hostile characters, end to end: a Windows-1252 or UTF-16 copy of a
 * real example publishes the same pages as the UTF-8 original (never U+FFFD); NUL characters stop
 * publishing; bidirectional controls are warned about and reach no page, list or calendar.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { windows1252Char } from '../../packages/language/src/text/decode.js';
import { filesIn, root, run, scratch, write } from './support.js';

const tmp = scratch('encodings');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const dir = () => path.join(tmp, `d${++n}`);

const EXAMPLE = fs.readFileSync(path.join(root, 'examples/alt-i-ett.referat'), 'utf8');
const BYTE_OF = new Map([...Array(256).keys()].map(b => [windows1252Char(b), b]));
const cp1252 = (text: string) => Uint8Array.from([...text].map(ch => { const b = BYTE_OF.get(ch); if (b === undefined) throw new Error(`«${ch}» is not in Windows-1252`); return b; }));
const utf16 = (text: string, le: boolean) => {
    const body = Buffer.from(text, 'utf16le');
    if (!le) body.swap16();
    return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
};
const lines = (text: string) => text.split('\n');

describe('a Windows-1252 copy of a real example', () => {
    const bytes = cp1252(EXAMPLE);
    const nonAscii = [...EXAMPLE].filter(ch => ch.charCodeAt(0) > 127).length;
    const first = EXAMPLE.search(/[^\x00-\x7f]/);
    const firstLine = EXAMPLE.slice(0, first).split('\n').length;
    const firstColumn = first - EXAMPLE.lastIndexOf('\n', first - 1);

    it('is checked as the original, with one not-utf8 warning naming the file and the first such letter', async () => {
        const d = write(dir(), { 'original/møte.referat': EXAMPLE, 'ansi/møte.referat': bytes });
        const original = await run(['check', 'original'], d);
        const ansi = await run(['check', 'ansi'], d);
        expect(original.out).toBe('1 fil kontrollert: 0 feil, 0 advarsler.');
        expect(lines(ansi.out)).toEqual([
            `ansi/møte.referat:${firstLine}:${firstColumn}: advarsel: Filen er ikke gyldig UTF-8: ${nonAscii} byte er lest som Windows-1252 (den første her: 0x${bytes[first].toString(16).toUpperCase()} som «${EXAMPLE[first]}»). Kontroller at æ, ø og å ser riktige ut, og lagre filen som UTF-8. [not-utf8]`,
            '1 fil kontrollert: 0 feil, 1 advarsel.',
        ]);
        expect(ansi.code).toBe(0);
    });

    it('publishes the same page as the original: every æ, ø and å, no U+FFFD', async () => {
        const d = write(dir(), { 'original/møte.referat': EXAMPLE, 'ansi/møte.referat': bytes });
        expect((await run(['html', 'original/møte.referat', '-o', 'ut-original', '--today', '1.1.2024'], d)).code).toBe(0);
        expect((await run(['html', 'ansi/møte.referat', '-o', 'ut-ansi', '--today', '1.1.2024'], d)).code).toBe(0);
        const page = fs.readFileSync(path.join(d, 'ut-ansi/møte.html'), 'utf8');
        expect(page).toBe(fs.readFileSync(path.join(d, 'ut-original/møte.html'), 'utf8'));
        expect(page).not.toContain('\uFFFD');
        expect(page).toMatch(/[æøå]/);
        const json = JSON.parse((await run(['json', 'ansi/møte.referat'], d)).out);
        expect(JSON.stringify(json)).not.toContain('\uFFFD');
    });
});

describe('UTF-16 copies with a byte-order mark', () => {
    it.each([['little-endian', true], ['big-endian', false]] as const)('%s: read as the original, with a not-utf8 warning', async (endian, le) => {
        const d = write(dir(), { 'møte.referat': utf16(EXAMPLE, le) });
        const result = await run(['check', 'møte.referat'], d);
        expect(lines(result.out)).toEqual([
            `møte.referat:1:1: advarsel: Filen er lagret som UTF-16 (${endian}) og er lest som det. Lagre den som UTF-8, som andre verktøy forventer. [not-utf8]`,
            '1 fil kontrollert: 0 feil, 1 advarsel.',
        ]);
        expect(JSON.parse((await run(['json', 'møte.referat'], d)).out).body.name).toBe(JSON.parse((await run(['json', path.join(root, 'examples/alt-i-ett.referat')])).out).body.name);
    });
});

const HEADER = 'Organ: Styret i Testlaget (TL)\nDato: 10.1.2024\n\nTil stede:\n- Kari Nordmann, Testkommune, leder\n\n';

describe('NUL characters', () => {
    const TEXT = `${HEADER}Sak 1/24 Godkjenning\nTekst med\0NUL.\nVedtak: Godkjent.\n`;

    it('are an error: check reports them, html publishes nothing without --tving', async () => {
        const d = write(dir(), { 'nul.referat': TEXT });
        const check = await run(['check', 'nul.referat'], d);
        expect(lines(check.out)).toEqual([
            'nul.referat:8:10: feil: Et NUL-tegn (U+0000) står i teksten: filen er skadet eller ikke en ren tekstfil. Slett tegnet; de tas ikke med i HTML-sidene. [nul-character]',
            '1 fil kontrollert: 1 feil, 0 advarsler.',
        ]);
        const refused = await run(['html', 'nul.referat', '-o', 'ut'], d);
        expect(refused.code).toBe(1);
        expect(filesIn(path.join(d, 'ut'))).toEqual([]);
    });

    it('never reach a page, even with --tving', async () => {
        const d = write(dir(), { 'nul.referat': TEXT });
        expect((await run(['html', 'nul.referat', '-o', 'ut', '--tving'], d)).code).toBe(0);
        const page = fs.readFileSync(path.join(d, 'ut/nul.html'), 'utf8');
        expect(page).not.toContain('\0');
        expect(page).not.toContain('\uFFFD');
        expect(page).toContain('Tekst medNUL.');
    });
});

describe('bidirectional controls', () => {
    // An override makes "Kari Nordmann" read as "Kari nnamdroN": in the name, a title and a deadline.
    const RLO = '\u202E', PDF = '\u202C', RLI = '\u2067', PDI = '\u2069';
    const TEXT = `${HEADER}Sak 1/24 Budsjett ${RLO}tsoporp${PDF}\nVedtak: Godkjent for ${RLI}Kari Nordmann${PDI}.\nFrist 1.2.2024: Kari Nordmann – ${RLO}notat\n`;
    const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

    it('check warns about each, and its lines do not contain them', async () => {
        const d = write(dir(), { 'bidi.referat': TEXT });
        const result = await run(['check', 'bidi.referat'], d);
        expect(result.out.split('\n').map(l => l.replace(/: advarsel: Usynlig retningstegn (U\+\w+) .*\[(bidi-control)\]$/, ' $1 $2'))).toEqual([
            'bidi.referat:7:19 U+202E bidi-control', 'bidi.referat:7:27 U+202C bidi-control',
            'bidi.referat:8:22 U+2067 bidi-control', 'bidi.referat:8:36 U+2069 bidi-control',
            'bidi.referat:9:33 U+202E bidi-control', '1 fil kontrollert: 0 feil, 5 advarsler.',
        ]);
        expect(result.out).not.toMatch(CONTROLS);
    });

    it('reach no page, deadline list or calendar; the JSON keeps the text as written', async () => {
        const d = write(dir(), { 'kilder/bidi.referat': TEXT, 'kilder/annen.referat': TEXT.replace('Sak 1/24', 'Sak 2/24').replace('10.1.2024', '11.1.2024') });
        expect((await run(['html', 'kilder', '-o', 'ut', '--today', '1.1.2024'], d)).code).toBe(0);
        const pages = filesIn(path.join(d, 'ut'));
        expect(pages).toEqual(['annen.html', 'bidi.html', 'frister.html', 'index.html', 'organ-tl.html']);
        for (const page of pages) expect(fs.readFileSync(path.join(d, 'ut', page), 'utf8'), page).not.toMatch(CONTROLS);
        expect(fs.readFileSync(path.join(d, 'ut/bidi.html'), 'utf8')).toContain('Sak 1/24</span> Budsjett tsoporp</h2>');
        const frister = await run(['frister', 'kilder', '--today', '1.1.2024'], d);
        expect(frister.out).toContain('Kari Nordmann – notat');
        expect(frister.out).not.toMatch(CONTROLS);
        expect((await run(['frister', 'kilder', '--ics', 'frister.ics'], d)).code).toBe(0);
        expect(fs.readFileSync(path.join(d, 'frister.ics'), 'utf8')).not.toMatch(CONTROLS);
        const json = JSON.parse((await run(['json', 'kilder/bidi.referat'], d)).out);
        expect(json.cases[0].title).toBe(`Budsjett ${RLO}tsoporp${PDF}`);
    });
});
