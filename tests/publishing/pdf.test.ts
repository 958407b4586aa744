/**
 * `referat pdf` end to end (in process, through `main`, with Debian's Chromium): each PDF read back
 * with PDF.js (a separate reader) — page size, page count, the text on every page (title, page
 * numbers, a draft's mark) — and the output rules: -o, refusals, drafts in the public edition,
 * never over a file referat did not make, no half-written files, progress, a missing Chromium.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { findChromium, isReferatPdf } from '../../packages/cli/src/chromium.js';
import { chromiumPath } from '../support/chromium.js';
import { copyFixtures, filesUnder, runCli } from './support.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-pdf-test-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
// Installs Debian's chromium when it is missing, as the other browser tests do; `referat pdf` finds it on the PATH.
beforeAll(() => { chromiumPath(); });

const A4 = { width: 595.28, height: 841.89 };
const SLOW = 180_000;

let n = 0;
const sources = () => copyFixtures(work, ++n);

const run = runCli;

const files = filesUnder;

interface ReadPdf { creator: string; title: string; pages: Array<{ width: number; height: number; text: string }> }

/** A PDF as PDF.js reads it: its info and, per page, the size in points and the text. */
async function readPdf(file: string): Promise<ReadPdf> {
    const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), disableFontFace: true, isEvalSupported: false }).promise;
    try {
        const info = (await doc.getMetadata()).info as { Creator: string; Title: string };
        const pages = [];
        for (let i = 1; i <= doc.numPages; i++) {
            const page = await doc.getPage(i);
            const [x0, y0, x1, y1] = page.view;
            const content = await page.getTextContent();
            const text = content.items.map(item => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
            pages.push({ width: x1 - x0, height: y1 - y0, text });
        }
        return { creator: info.Creator, title: info.Title, pages };
    } finally {
        await doc.destroy();
    }
}

function expectA4(pdf: ReadPdf): void {
    for (const page of pdf.pages) {
        expect(Math.abs(page.width - A4.width)).toBeLessThan(1.5);
        expect(Math.abs(page.height - A4.height)).toBeLessThan(1.5);
    }
}


/** Paths in messages: relative inside the working directory, else absolute. */
const shown = (file: string) => (path.relative(process.cwd(), file).startsWith('..') ? path.resolve(file) : path.relative(process.cwd(), file));

describe('referat pdf', () => {
    it('prints each meeting of a folder to an A4 PDF with its title and page numbers on every page', async () => {
        const src = sources();
        const out = path.join(work, `pdf-${n}`);
        const result = await run('pdf', src, '-o', out);
        expect(result).toEqual({ code: 0, out: `Skrev 2 PDF-er til ${shown(out)}${path.sep}`, err: 'Lager 2 PDF-er med Chromium …\nLaget 1 av 2 PDF-er …\nLaget 2 av 2 PDF-er …' });
        expect(files(out)).toEqual(['2024-01-15.pdf', '2024-03-04.pdf']);
        const approved = await readPdf(path.join(out, '2024-01-15.pdf'));
        expect(approved.creator).toBe('referat');
        expect(approved.title).toBe('SBL – møte 01/2024, 15. januar 2024');
        expectA4(approved);
        expect(approved.pages.length).toBeGreaterThanOrEqual(1);
        approved.pages.forEach((page, i) => {
            expect(page.text).toContain(`Side ${i + 1} av ${approved.pages.length}`);
            expect(page.text).toContain('SBL – møte 01/2024, 15. januar 2024');
            // No draft mark, nothing that depends on the day it was printed, no browser header or footer lines.
            expect(page.text).not.toMatch(/utkast|forfalt|file:|https?:|\d{1,2}\/\d{1,2}\/\d{2,4}/i);
        });
        const text = approved.pages.map(p => p.text).join('\n');
        expect(text).toContain('Styret i Solbakken borettslag (SBL)');
        expect(text).toMatch(/Sak 1\/24/);

        // The internal edition of a draft is marked too, on every page.
        const draft = await readPdf(path.join(out, '2024-03-04.pdf'));
        expectA4(draft);
        draft.pages.forEach((page, i) => {
            expect(page.text).toContain('UTKAST – IKKE GODKJENT');
            expect(page.text).toContain(`Side ${i + 1} av ${draft.pages.length}`);
        });
        expect(draft.pages.map(p => p.text).join('\n')).toContain('Fellesrommet, Solbakken 3');
    }, SLOW);

    it('refuses a draft in the public edition without --utkast, and marks it on every page with it', async () => {
        const dir = path.join(work, `utkast-${++n}`);
        fs.mkdirSync(dir, { recursive: true });
        const body = Array.from({ length: 60 }, (_, i) => `Avsnitt ${i + 1}: ${'Styret drøftet saken grundig og ble enige om videre arbeid. '.repeat(4)}`).join('\n\n');
        fs.writeFileSync(path.join(dir, 'utkast.referat'), `Organ: Utkastrådet (UR)\nDato: 10.01.2024\nStatus: utkast\n\nTil stede:\n- Kari Nordmann, leder\n\nSak 1/24 Orientering\nOrienteringssak:\n\n${body}\n`);
        const out = path.join(work, `pdf-${n}`);
        const refused = await run('pdf', dir, '-o', out, '--offentlig');
        expect(refused.code).toBe(1);
        expect(refused.out.split('\n')).toEqual([
            `${path.relative(process.cwd(), path.join(dir, 'utkast.referat'))}:3:1: «Status: utkast»: referatet er et utkast og ikke godkjent.`,
            'Lager ikke den offentlige utgaven: ett av referatene er et utkast. Bruk --utkast for å publisere utkast offentlig (sidene merkes «Utkast»), eller skriv «Status: godkjent» med datoen når referatet er godkjent.',
        ]);
        expect(files(out)).toEqual([]);

        const file = path.join(out, 'utkast.pdf');
        expect((await run('pdf', dir, '-o', out, '--offentlig', '--utkast')).code).toBe(0);
        const pdf = await readPdf(file);
        expectA4(pdf);
        expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
        pdf.pages.forEach((page, i) => {
            expect(page.text).toContain('UTKAST – IKKE GODKJENT');
            expect(page.text).toContain(`Side ${i + 1} av ${pdf.pages.length}`);
        });
        expect(pdf.pages[0].text).toContain('Utkast – referatet er ikke godkjent.');
        expect(pdf.pages[0].text).toContain('Offentlig utgave.');
    }, SLOW);

    it('writes one file with -o name.pdf (also next to the minutes), and replaces its own PDFs but no other file', async () => {
        const src = sources();
        const source = path.join(src, '2024-01-15.referat');
        const target = path.join(src, 'styremøte.pdf');
        const first = await run('pdf', source, '-o', target);
        expect(first).toMatchObject({ code: 0, err: 'Lager PDF med Chromium …' });
        expect(first.out).toBe(`Skrev 1 PDF til ${shown(target)}`);
        expect(isReferatPdf(fs.readFileSync(target, 'latin1').slice(0, 4096))).toBe(true);
        expect((await run('pdf', source, '-o', target)).code).toBe(0); // its own PDF is replaced
        expect(files(src)).toEqual(['2024-01-15.referat', '2024-03-04.referat', 'styremøte.pdf']); // no temporary file left

        const foreign = path.join(work, `fremmed-${n}.pdf`);
        fs.writeFileSync(foreign, '%PDF-1.4\n% laget av noen andre\n');
        const refused = await run('pdf', source, '-o', foreign);
        expect(refused.code).toBe(2);
        expect(refused.err).toMatch(/fremmed-\d+\.pdf» finnes og er ikke laget av referat; den blir ikke overskrevet\..*--tving/);
        expect(fs.readFileSync(foreign, 'utf8')).toBe('%PDF-1.4\n% laget av noen andre\n');
    }, SLOW);

    it('refuses without -o, a file name for several meetings, a folder next to the minutes, over a source, and minutes with errors', async () => {
        const src = sources();
        expect(await run('pdf', src)).toMatchObject({ code: 2, err: expect.stringContaining('Oppgi hvor PDF-ene skal skrives med -o') });
        expect(await run('pdf', src, '-o', path.join(work, 'alle.pdf'))).toMatchObject({ code: 2, err: expect.stringContaining('er én fil, men det er 2 referater') });
        expect(await run('pdf', src, '-o', src)).toMatchObject({ code: 2, err: expect.stringContaining('ved siden av referatene') });
        const source = path.join(src, '2024-01-15.referat');
        const before = fs.readFileSync(source, 'utf8');
        expect(await run('pdf', source, '-o', source)).toMatchObject({ code: 2, err: expect.stringContaining('2024-01-15.referat» er en fil, ikke en mappe') });
        expect(fs.readFileSync(source, 'utf8')).toBe(before);
        fs.writeFileSync(path.join(src, 'feil.referat'), 'Organ: Styret i Solbakken borettslag (SBL)\nDato: 31.02.2024\n');
        const errors = await run('pdf', src, '-o', path.join(work, `pdf-${n}-feil`));
        expect(errors.code).toBe(1);
        expect(errors.out).toMatch(/feil\.referat:2:\d+: feil: .*\n.*Lager ikke PDF: 1 feil i referatene\. Rett feilene \(se «referat check»\), eller bruk --tving/);
        expect(files(path.join(work, `pdf-${n}-feil`))).toEqual([]);
    }, SLOW);

    it('says how to get Chromium when there is none', async () => {
        const src = sources();
        const saved = { chromium: process.env.REFERAT_CHROMIUM, path: process.env.PATH };
        try {
            process.env.REFERAT_CHROMIUM = path.join(work, 'finnes-ikke');
            const named = await run('pdf', src, '-o', path.join(work, `pdf-${n}`));
            expect(named).toMatchObject({ code: 2, err: `referat pdf: REFERAT_CHROMIUM peker på «${path.join(work, 'finnes-ikke')}», som ikke er et program som kan kjøres. Rett stien, eller fjern variabelen for å bruke Chromium fra PATH.` });
            delete process.env.REFERAT_CHROMIUM;
            process.env.PATH = path.join(work, 'tom');
            const none = await run('pdf', src, '-o', path.join(work, `pdf-${n}`));
            expect(none).toMatchObject({ code: 2, err: 'referat pdf: Fant ikke Chromium, som referat pdf skriver ut sidene med. Installer det (Debian og Ubuntu: «apt-get install chromium»), eller oppgi programmet med miljøvariabelen REFERAT_CHROMIUM.' });
            expect(files(path.join(work, `pdf-${n}`))).toEqual([]);
        } finally {
            if (saved.chromium === undefined) delete process.env.REFERAT_CHROMIUM; else process.env.REFERAT_CHROMIUM = saved.chromium;
            process.env.PATH = saved.path;
        }
    });

    it('finds Chromium on the PATH under its usual names', () => {
        const bin = path.join(work, 'bin');
        fs.mkdirSync(bin, { recursive: true });
        fs.writeFileSync(path.join(bin, 'chromium-browser'), '#!/bin/sh\n', { mode: 0o755 });
        fs.writeFileSync(path.join(bin, 'chromium'), 'not executable\n', { mode: 0o644 });
        expect(findChromium({ PATH: bin })).toBe(path.join(bin, 'chromium-browser'));
        expect(findChromium({ PATH: bin, REFERAT_CHROMIUM: path.join(bin, 'chromium-browser') })).toBe(path.join(bin, 'chromium-browser'));
    });
});
