/**
 * Which files the CLI reads: a named file whatever its name, `-` and /dev/stdin, folders searched
 * for `*.referat` in any letter case, symbolic links to files followed and links to folders named
 * as skipped. Every command reads the same way (workspace.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { CLEAN, filesIn, run, scratch, spawn, write } from './support.js';

const tmp = scratch('files');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const folder = (files: Record<string, string>) => write(path.join(tmp, `f${++n}`), files);

// Line 4 has an impossible date: one error, so the output shows the file was read and checked.
const BROKEN = 'Organ: Styret i Testlaget (TL)\nDato: 10.1.2024\n\nSak 1/24 A\nVedtak: A.\nFrist 31.02.2024: Styret – notat\n';
const ERROR_AT = (file: string) => `${file}:6:7: feil: Datoen 31.02.2024 finnes ikke: februar 2024 har 29 dager. [invalid-date]`;

describe('a file named on the command line is read as Referat whatever its name', () => {
    it.each(['MØTE.REFERAT', 'møte.txt', 'referat-uten-endelse', 'Møte.Referat.bak'])('%s', async (name) => {
        const dir = folder({ [name]: BROKEN });
        const result = await run(['check', name], dir);
        expect(result).toEqual({ code: 1, out: `${ERROR_AT(name)}\n1 fil kontrollert: 1 feil, 0 advarsler.`, err: '' });
    });

    it('every command reads it: html, frister, json', async () => {
        const dir = folder({ 'MØTE.REFERAT': CLEAN.replace('Vedtak: Godkjent.', 'Vedtak: Godkjent.\nFrist 1.2.2024: Kari Nordmann – notat') });
        const html = await run(['html', 'MØTE.REFERAT', '-o', 'ut'], dir);
        expect(html).toMatchObject({ code: 0, err: '' });
        expect(filesIn(path.join(dir, 'ut'))).toEqual(['MØTE.html']);
        const frister = await run(['frister', 'MØTE.REFERAT', '--today', '1.1.2024'], dir);
        expect(frister.out).toBe('01.02.2024  om 31 dager  Kari Nordmann – notat  [sak 1/24 Godkjenning, Styret i Testlaget 10.01.2024; MØTE.REFERAT:6]\n1 frist, 0 forfalt (per 01.01.2024).');
        expect(JSON.parse((await run(['json', 'MØTE.REFERAT'], dir)).out)).toMatchObject({ source: 'MØTE.REFERAT', cases: [{ number: '1/24' }] });
    });
});

describe('standard input', () => {
    it('«-» reads one meeting from standard input', () => {
        const result = spawn(['check', '-'], { input: BROKEN });
        expect(result).toEqual({ code: 1, out: `${ERROR_AT('(standard inn)')}\n1 fil kontrollert: 1 feil, 0 advarsler.`, err: '' });
    });

    it('/dev/stdin is standard input too, also when it is a pipe', () => {
        expect(spawn(['check', '/dev/stdin'], { input: BROKEN }).out).toBe(`${ERROR_AT('(standard inn)')}\n1 fil kontrollert: 1 feil, 0 advarsler.`);
    });

    it('standard input together with files, and through every command', () => {
        const dir = folder({ 'a.referat': CLEAN });
        const result = spawn(['check', 'a.referat', '-'], { cwd: dir, input: CLEAN });
        // The same case number in both: standard input counts as a meeting of the workspace.
        expect(result.out).toBe([
            '(standard inn):4:5: feil: Sak 1/24 finnes allerede i a.referat (møtet 10.01.2024) for samme organ og år. Gi saken et nummer som passer i rekkefølgen, eller skriv hvilket møte saken er fra («(fra møtet 10.01.2024)») om den behandles på nytt. [duplicate-case-number]',
            'a.referat:4:5: feil: Sak 1/24 finnes allerede i standard-inn.referat (møtet 10.01.2024) for samme organ og år. Gi saken et nummer som passer i rekkefølgen, eller skriv hvilket møte saken er fra («(fra møtet 10.01.2024)») om den behandles på nytt. [duplicate-case-number]',
            '2 filer kontrollert: 2 feil, 0 advarsler.',
        ].join('\n'));
        expect(spawn(['html', '-', '-o', 'ut'], { cwd: dir, input: CLEAN }).code).toBe(0);
        expect(filesIn(path.join(dir, 'ut'))).toEqual(['standard-inn.html']);
        expect(JSON.parse(spawn(['json', '-'], { cwd: dir, input: CLEAN }).out).source).toBe('(standard inn)');
    });

    it('«-» twice is a usage error', async () => {
        expect(await run(['check', '-', '-'])).toEqual({ code: 2, out: '', err: 'referat check: Standard inn («-») kan bare leses én gang; oppgi det bare én gang.' });
    });

    it('a FIFO named on the command line is refused, not read forever', async () => {
        const dir = folder({});
        const fifo = path.join(dir, 'rør.referat');
        try { execFileSync('mkfifo', [fifo]); } catch { return; } // no mkfifo: nothing to test
        const result = await run(['check', fifo]);
        expect(result.code).toBe(2);
        expect(result.err).toBe(`referat check: «${fifo}» er verken en fil eller en mappe. Oppgi en referatfil, en mappe, eller «-» for standard inn.`);
    });
});

describe('folders', () => {
    it('are searched for *.referat in any letter case', async () => {
        const dir = folder({ 'a.referat': BROKEN, 'B.REFERAT': BROKEN, 'sub/c.Referat': BROKEN, 'notat.txt': BROKEN, '.skjult/d.referat': BROKEN });
        const result = await run(['check', '.'], dir);
        expect([...new Set(result.out.split('\n').map(l => l.split(':')[0]))]).toEqual(['a.referat', 'B.REFERAT', 'sub/c.Referat', '3 filer kontrollert']);
    });

    it('follow symbolic links to files, count a file reached twice once, and name links they skip', async () => {
        const dir = folder({ 'kilder/a.referat': BROKEN, 'andre/b.referat': BROKEN.replace('Sak 1/24', 'Sak 2/24') });
        const scan = path.join(dir, 'skann');
        fs.mkdirSync(scan);
        fs.symlinkSync(path.join(dir, 'andre/b.referat'), path.join(scan, 'lenke.referat'));
        fs.symlinkSync(path.join(dir, 'kilder/a.referat'), path.join(scan, 'a.referat'));
        fs.symlinkSync(path.join(dir, 'kilder/a.referat'), path.join(scan, 'a-igjen.referat'));
        fs.symlinkSync(path.join(dir, 'kilder'), path.join(scan, 'mappelenke'));
        fs.symlinkSync(path.join(dir, 'finnes-ikke.referat'), path.join(scan, 'brutt.referat'));
        const result = await run(['check', 'skann'], dir);
        expect(result.out.split('\n').map(l => l.split(':')[0])).toEqual(['skann/a-igjen.referat', 'skann/lenke.referat', '2 filer kontrollert']);
        expect(result.err.split('\n').sort()).toEqual([
            'Hopper over «skann/brutt.referat»: den symbolske lenken peker ikke til noen fil.',
            'Hopper over «skann/mappelenke»: en symbolsk lenke til en mappe følges ikke. Oppgi mappen den peker til, om den skal være med.',
        ]);
    });

    it('a folder without minutes, and a missing path, are usage errors', async () => {
        const dir = folder({ 'notat.txt': 'x' });
        expect((await run(['check', dir])).err).toBe(`referat check: Mappen «${dir}» inneholder ingen *.referat-filer.`);
        expect((await run(['check', path.join(dir, 'borte.referat')])).err).toBe(`referat check: Finner ikke «${path.join(dir, 'borte.referat')}»: filen eller mappen finnes ikke. Sjekk stien.`);
    });

    it('a very deep folder tree is searched without recursion', async () => {
        const dir = folder({});
        let deep = dir;
        for (let i = 0; i < 300; i++) deep = path.join(deep, 'd');
        write(deep, { 'dypt.referat': CLEAN });
        const result = await run(['check', dir]);
        expect(result).toMatchObject({ code: 0, out: '1 fil kontrollert: 0 feil, 0 advarsler.' });
    });
});
