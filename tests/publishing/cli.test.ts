/**
 * `referat html`, `referat frister` and `referat json` end to end (in process, through `main`):
 * what gets written where, what is refused, exit codes, and the output read back with real parsers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import ICAL from 'ical.js';
import { main } from '../../packages/cli/src/main.js';
import { all, attr, byClass, byTag, fixturesDir, one, parseHtml, text } from './support.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-publish-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

let n = 0;
/** A fresh copy of the fixture folder; returns its path. */
function sources(): string {
    const dir = path.join(work, `kilder-${++n}`, 'styret');
    fs.cpSync(path.join(fixturesDir, 'styret'), dir, { recursive: true });
    return dir;
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [], err: string[] = [];
    const code = await main(argv, l => out.push(l), l => err.push(l));
    return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file under `dir`, relative, sorted. */
const files = (dir: string) => fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter(f => fs.statSync(path.join(dir, f)).isFile()).sort() : [];
const read = (file: string) => fs.readFileSync(file, 'utf8');

describe('referat html', () => {
    it('publishes a folder: one page per meeting, a front page, a page per body and a deadlines page', async () => {
        const src = sources();
        const out = path.join(work, `ut-${n}`);
        const result = await run('html', src, '-o', out, '--today', '1.4.2024');
        expect(result).toMatchObject({ code: 0, err: '' });
        expect(result.out).toMatch(/^Skrev 5 sider til /);
        expect(files(out)).toEqual(['2024-01-15.html', '2024-03-04.html', 'frister.html', 'index.html', 'organ-sbl.html']);

        // The reference to a case of the other meeting links to that page and case.
        const second = parseHtml(read(path.join(out, '2024-03-04.html')));
        expect(byClass(second, 'saksreferanse').map(a => [attr(a, 'href'), text(a)])).toEqual([['2024-01-15.html#sak-2-2024', 'sak 2/24 (01/2024)']]);
        const nav = one(second, e => attr(e, 'class') === 'sider');
        expect(byTag(nav, 'a').map(a => [attr(a, 'href'), text(a)])).toEqual([['organ-sbl.html', 'Alle møter i SBL'], ['frister.html', 'Frister']]);
        const first = parseHtml(read(path.join(out, '2024-01-15.html')));
        expect(all(first, e => attr(e, 'id') === 'sak-2-2024')).toHaveLength(1);

        // The body's index lists its meetings by year, newest first.
        const body = parseHtml(read(path.join(out, 'organ-sbl.html')));
        expect(byTag(body, 'h2').map(text)).toEqual(['2024']);
        expect(byTag(one(body, e => e.tagName === 'tbody'), 'a').map(a => [attr(a, 'href'), text(a)])).toEqual([['2024-03-04.html', 'Møte 02/2024'], ['2024-01-15.html', 'Møte 01/2024']]);
        expect(byTag(parseHtml(read(path.join(out, 'index.html'))), 'a').map(a => attr(a, 'href'))).toEqual(['organ-sbl.html', 'frister.html']);

        // Deadlines: sorted by date, overdue relative to --today, linked to their case.
        const deadlines = parseHtml(read(path.join(out, 'frister.html')));
        const rows = byTag(one(deadlines, e => e.tagName === 'tbody'), 'tr');
        expect(rows.map(r => [byTag(r, 'td').slice(0, 3).map(text), attr(r, 'class')])).toEqual([
            [['15. februar 2024', 'Utført', 'Ola Hansen'], 'done'],
            [['1. mars 2024', 'Forfalt for 31 dager siden', 'Ola Hansen'], 'forfalt'],
            [['1. april 2024', 'I dag', 'Kari Nordmann'], 'soon'],
            [['15. april 2024', 'Om 14 dager', 'Ola Hansen'], 'soon'],
        ]);
        expect(attr(byTag(rows[1], 'a')[0], 'href')).toBe('2024-01-15.html#sak-2-2024');
    });

    it('writes the public edition with --offentlig', async () => {
        const src = sources();
        const out = path.join(work, `ut-${n}`);
        expect((await run('html', src, '-o', out, '--offentlig', '--today', '1.4.2024')).code).toBe(0);
        const page = read(path.join(out, '2024-03-04.html'));
        expect(page).not.toContain('fremleie');
        expect(page).not.toContain('Anne Berg (nabo)');
        expect(text(one(parseHtml(page), e => attr(e, 'id') === 'sak-6-2024'))).toBe('Sak 6/24 Fremleie av leilighet 12B Unntatt offentlighet: offl. § 13 jf. fvl. § 13 første ledd nr. 1');
        expect(read(path.join(out, 'frister.html'))).not.toContain('svar sendes søkeren');
        // The internal edition has them.
        const internal = path.join(work, `ut-${n}-intern`);
        await run('html', src, '-o', internal);
        expect(read(path.join(internal, '2024-03-04.html'))).toContain('Styret behandlet søknaden om fremleie.');
        expect(read(path.join(internal, 'frister.html'))).toContain('svar sendes søkeren');
    });

    it('publishes a single file as one page, without index pages', async () => {
        const src = sources();
        const out = path.join(work, `ut-${n}`);
        expect((await run('html', path.join(src, '2024-01-15.referat'), '-o', out)).code).toBe(0);
        expect(files(out)).toEqual(['2024-01-15.html']);
    });

    it('requires -o and refuses to write next to the minutes', async () => {
        const src = sources();
        const missing = await run('html', src);
        expect(missing.code).toBe(2);
        expect(missing.err).toContain('-o');
        for (const argv of [['html', src, '-o', src], ['html', path.join(src, '2024-01-15.referat'), '-o', src]]) {
            const refused = await run(...argv);
            expect(refused.code).toBe(2);
            expect(refused.err).toMatch(/ved siden av referatene.*-o publisert/);
        }
        expect(files(src)).toEqual(['2024-01-15.referat', '2024-03-04.referat']);
        // A folder of its own inside the sources is fine, and so is --tving.
        expect((await run('html', src, '-o', path.join(src, 'publisert'))).code).toBe(0);
        expect((await run('html', path.join(src, '2024-01-15.referat'), '-o', src, '--tving')).code).toBe(0);
        expect(read(path.join(src, '2024-01-15.referat'))).toBe(read(path.join(fixturesDir, 'styret', '2024-01-15.referat')));
    });

    it('never overwrites a file it did not make (unless --tving), but replaces its own pages', async () => {
        const src = sources();
        const out = path.join(work, `ut-${n}`);
        fs.mkdirSync(out);
        fs.writeFileSync(path.join(out, 'index.html'), '<p>Håndskrevet forside</p>');
        const refused = await run('html', src, '-o', out);
        expect(refused.code).toBe(2);
        expect(refused.err).toMatch(/index\.html» finnes og er ikke laget av referat.*--tving/);
        expect(files(out)).toEqual(['index.html']);
        expect(read(path.join(out, 'index.html'))).toBe('<p>Håndskrevet forside</p>');
        expect((await run('html', src, '-o', out, '--tving')).code).toBe(0);
        expect((await run('html', src, '-o', out)).code).toBe(0);
        expect(files(out)).toHaveLength(5);
    });

    it('reports unwritable output paths clearly, and leaves no temp files', async () => {
        const src = sources();
        const blocker = path.join(work, `fil-${n}.txt`);
        fs.writeFileSync(blocker, 'x');
        const asFolder = await run('html', src, '-o', blocker);
        expect(asFolder.code).toBe(2);
        expect(asFolder.err).toContain('er en fil, ikke en mappe');
        const below = await run('html', src, '-o', path.join(blocker, 'ut'));
        expect(below.code).toBe(2);
        expect(below.err).toMatch(/Kan ikke (lage mappen|bruke utmappen) «.*fil-\d+\.txt.*»/);
        const out = path.join(work, `ut-${n}`);
        fs.mkdirSync(path.join(out, 'frister.html'), { recursive: true });
        const dir = await run('html', src, '-o', out);
        expect(dir.code).toBe(2);
        expect(dir.err).toContain('frister.html» er en mappe');
        expect(files(out).filter(f => f.endsWith('.tmp'))).toEqual([]);
    });

    it('refuses to publish minutes with errors (exit 1, the errors listed) unless --tving', async () => {
        const dir = path.join(work, `feil-${++n}`);
        fs.mkdirSync(dir);
        fs.writeFileSync(path.join(dir, 'feil.referat'), 'Organ: Testrådet (TR)\nDato: 31.02.2024\n\nSak 1/24 Test\n\nVedtak: Ja.\n');
        const out = path.join(work, `ut-${n}`);
        const refused = await run('html', dir, '-o', out);
        expect(refused.code).toBe(1);
        expect(refused.out).toMatch(/feil\.referat:2:7: feil: .*\[invalid-date\]\nPubliserer ikke: 1 feil/);
        expect(fs.existsSync(out)).toBe(false);
        const forced = await run('html', dir, '-o', out, '--force');
        expect(forced.code).toBe(0);
        expect(forced.out).toContain('publisert med 1 feil');
        expect(files(out)).toContain('feil.html');
    });

    it('rejects a --today that is not a date', async () => {
        const result = await run('html', sources(), '-o', path.join(work, 'x'), '--today', '32.1.2024');
        expect(result.code).toBe(2);
        expect(result.err).toContain('«32.1.2024» i --today er ikke en dato');
    });

    it('shows progress when writing many pages', async () => {
        const dir = path.join(work, `mange-${++n}`);
        fs.mkdirSync(dir);
        for (let i = 1; i <= 12; i++) fs.writeFileSync(path.join(dir, `m${i}.referat`), `Organ: Testrådet (TR)\nDato: ${i}.1.2024\n\nSak ${i}/24 Test\n\nVedtak: Ja.\n`);
        const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
        try {
            expect((await run('html', dir, '-o', path.join(work, `ut-${n}`))).code).toBe(0);
            const lines = stderr.mock.calls.map(c => String(c[0]));
            expect(lines[lines.length - 1]).toBe('Skrev 15 av 15 sider …\n');
            expect(lines.length).toBeGreaterThan(3);
        } finally {
            stderr.mockRestore();
        }
    });
});

describe('referat frister', () => {
    let src: string;
    beforeEach(() => { src = sources(); });

    it('lists deadlines sorted, overdue marked, with case and meeting', async () => {
        const result = await run('frister', src, '--today', '1.4.2024');
        expect(result.code).toBe(0);
        const lines = result.out.split('\n');
        expect(lines).toHaveLength(5);
        expect(lines[0]).toMatch(/^15\.02\.2024  utført  Ola Hansen – oppdatert budsjett  \[sak 2\/24 Vedlikeholdsplan, Styret i Solbakken borettslag 15\.01\.2024; .*2024-01-15\.referat:40\]$/);
        expect(lines[1]).toMatch(/^01\.03\.2024  FORFALT for 31 dager siden  Ola Hansen – innhente tre tilbud på maling\./);
        expect(lines[4]).toBe('4 frister, 1 forfalt (per 01.04.2024).');
    });

    it('filters by responsible and by date, and leaves exempt cases out with --offentlig', async () => {
        const who = await run('frister', src, '--today', '1.4.2024', '--ansvarlig', 'kari');
        expect(who.out.split('\n')).toHaveLength(2);
        expect(who.out).toContain('svar sendes søkeren');
        const until = await run('frister', src, '--today', '1.4.2024', '--innen', '1. mars 2024');
        expect(until.out.split('\n').map(l => l.slice(0, 10))).toEqual(['15.02.2024', '01.03.2024', '2 frister,']);
        const open = await run('frister', src, '--today', '1.4.2024', '--offentlig');
        expect(open.out).not.toContain('søkeren');
    });

    it('prints JSON with --json', async () => {
        const result = await run('frister', src, '--today', '1.4.2024', '--json');
        const json = JSON.parse(result.out);
        expect(json.today).toBe('2024-04-01');
        expect(json.deadlines.map((d: { date: string; status: string }) => [d.date, d.status])).toEqual([
            ['2024-02-15', 'done'], ['2024-03-01', 'overdue'], ['2024-04-01', 'soon'], ['2024-04-15', 'soon'],
        ]);
        expect(json.deadlines[1]).toMatchObject({ responsible: 'Ola Hansen', case: { number: '2/24', title: 'Vedlikeholdsplan' }, meeting: { body: 'Styret i Solbakken borettslag', date: '2024-01-15' } });
    });

    it('writes an iCalendar file with --ics that a separate parser reads back', async () => {
        const file = path.join(work, `frister-${n}.ics`);
        const result = await run('frister', src, '--ics', file);
        expect(result.code).toBe(0);
        expect(result.err).toBe(`Skrev 4 frister til ${path.relative(process.cwd(), file)}.`);
        const events = new ICAL.Component(ICAL.parse(read(file))).getAllSubcomponents('vevent').map(v => new ICAL.Event(v));
        expect(events.map(e => e.startDate.toString())).toEqual(['2024-02-15', '2024-03-01', '2024-04-01', '2024-04-15']);
    });

    it('refuses to write the calendar over minutes or over a file that is not a calendar', async () => {
        const overSource = await run('frister', src, '--ics', path.join(src, '2024-01-15.referat'));
        expect(overSource.code).toBe(2);
        expect(overSource.err).toContain('referat skriver aldri over kildefiler');
        const other = path.join(work, `notat-${n}.ics`);
        fs.writeFileSync(other, 'mine notater');
        const refused = await run('frister', src, '--ics', other);
        expect(refused.code).toBe(2);
        expect(read(other)).toBe('mine notater');
        expect((await run('frister', src, '--ics', other, '--tving')).code).toBe(0);
        expect(read(other)).toMatch(/^BEGIN:VCALENDAR/);
    });
});

describe('referat json', () => {
    it('prints the model of one file', async () => {
        const file = path.join(sources(), '2024-03-04.referat');
        const result = await run('json', file);
        expect(result.code).toBe(0);
        const json = JSON.parse(result.out);
        expect(json).toMatchObject({ schemaVersion: 2, meetingNumber: '02/2024', date: '2024-03-04', source: path.relative(process.cwd(), file) });
        expect(json.cases.map((c: { number: string }) => c.number)).toEqual(['4/24', '5/24', '6/24']);
        const pub = JSON.parse((await run('json', file, '--offentlig')).out);
        expect(pub.cases[2]).toMatchObject({ redacted: true, content: [], deadlines: [] });
    });

    it('wants exactly one file', async () => {
        const result = await run('json', sources());
        expect(result.code).toBe(2);
        expect(result.err).toContain('inneholder 2 referater');
        expect((await run('json')).code).toBe(2);
    });
});
