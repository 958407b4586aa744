/**
 * Where `referat html` and `referat frister --ics` may write, checked before anything is written:
 * real paths (a link to the sources' folder is that folder), folders made one level at a time
 * (`-o /proc/…` fails at once), bounded page names, all pages or none, temporary files of killed
 * runs removed, and every message in Norwegian with the right hint.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StagedWrites } from '../../packages/cli/src/output.js';
import { describeFsError } from '../../packages/cli/src/workspace.js';
import { CLEAN, filesIn, run, scratch, spawn, write } from './support.js';

const tmp = scratch('output');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const dir = () => path.join(tmp, `d${++n}`);
const meeting = (body: string, date: string, number = '1/24') => `Organ: ${body}\nDato: ${date}\n\nSak ${number} Godkjenning\nVedtak: Godkjent.\n`;

describe('-o and the sources', () => {
    it('a symbolic link to the sources\' folder is that folder: refused, nothing written there', async () => {
        const d = write(dir(), { 'kilder/a.referat': CLEAN });
        fs.symlinkSync(path.join(d, 'kilder'), path.join(d, 'lenke'));
        const result = await run(['html', 'kilder/a.referat', '-o', 'lenke'], d);
        expect(result.code).toBe(2);
        expect(result.err).toBe('referat html: Sidene ville havnet i «lenke», ved siden av referatene. Velg en egen utmappe, for eksempel «-o publisert/», eller bruk --tving.');
        expect(filesIn(path.join(d, 'kilder'))).toEqual(['a.referat']);
    });

    it('a link to a source file is that file, also for --ics', async () => {
        const d = write(dir(), { 'a.referat': CLEAN });
        fs.symlinkSync(path.join(d, 'a.referat'), path.join(d, 'kalender.ics'));
        const result = await run(['frister', 'a.referat', '--ics', 'kalender.ics', '--tving'], d);
        expect(result).toMatchObject({ code: 2, err: 'referat frister: «kalender.ics» er et referat; referat skriver aldri over kildefiler. Velg et annet filnavn.' });
        expect(fs.readFileSync(path.join(d, 'a.referat'), 'utf8')).toBe(CLEAN);
    });
});

describe('folders that cannot be made', () => {
    it.skipIf(!fs.existsSync('/proc/self'))('-o /proc/referat-out fails at once with a message, instead of hanging', () => {
        const result = spawn(['html', path.join(tmp, 'ingen.referat'), '-o', '/proc/referat-out'], { input: '' });
        expect(result.code).toBe(2); // (the file does not exist: that is found first)
        const d = write(dir(), { 'a.referat': CLEAN });
        const proc = spawn(['html', 'a.referat', '-o', '/proc/referat-out'], { cwd: d });
        expect(proc).toEqual({ code: 2, out: '', err: 'referat html: Kan ikke lage mappen «/proc/referat-out»: filsystemet der tar ikke imot nye mapper. Velg en annen utmappe med -o.' });
    });

    it('a file in the way of a page\'s folder is found before any page is written', async () => {
        const d = write(dir(), { 'kilder/2023/a.referat': meeting('Styret (ST)', '1.2.2023', '1/23'), 'kilder/2024/b.referat': meeting('Styret (ST)', '1.2.2024'), 'ut/2024': 'en fil' });
        const result = await run(['html', 'kilder', '-o', 'ut'], d);
        expect(result.code).toBe(2);
        expect(result.err).toBe('referat html: Kan ikke lage mappen «ut/2024»: «ut/2024» er en fil, ikke en mappe. Velg en annen utmappe med -o.');
        expect(filesIn(path.join(d, 'ut'))).toEqual(['2024']);
    });

    it('the --ics hint names --ics, not -o (frister has no -o)', async () => {
        const d = write(dir(), { 'a.referat': CLEAN, 'ikke-mappe': 'x' });
        const result = await run(['frister', 'a.referat', '--ics', 'ikke-mappe/frister.ics'], d);
        expect(result).toEqual({ code: 2, out: '', err: 'referat frister: Kan ikke lage mappen «ikke-mappe»: «ikke-mappe» er en fil, ikke en mappe. Velg en annen fil med --ics.' });
    });

    it('a path longer than the file system takes is refused before anything is made', async () => {
        const d = write(dir(), { 'a.referat': CLEAN });
        const long = path.join(d, ...Array(20).fill('m'.repeat(250)));
        const result = await run(['html', 'a.referat', '-o', long], d);
        expect(result.code).toBe(2);
        expect(result.err).toMatch(/^referat html: Stien «m{60}…» er for lang \(over 4095 byte\)\. Velg en annen utmappe med -o\.$/);
        expect(fs.readdirSync(d)).toEqual(['a.referat']);
    });
});

describe('page names', () => {
    it('long body names give bounded, readable and unique page names, and the links follow them', async () => {
        const long = 'Det regionale samarbeidsutvalget for helse, omsorg, utdanning og forskning i Midt-Norge og Nord-Norge med underutvalg for kvalitet, pasientsikkerhet, digitalisering, beredskap og samhandling mellom kommuner, helseforetak og universiteter';
        expect(long.length).toBeGreaterThan(225);
        const d = write(dir(), {
            'kilder/a.referat': meeting(`${long} – vest`, '1.2.2024'),
            'kilder/b.referat': meeting(`${long} – øst`, '2.2.2024'),
        });
        const result = await run(['html', 'kilder', '-o', 'ut'], d);
        expect(result).toMatchObject({ code: 0, err: '' });
        const pages = filesIn(path.join(d, 'ut'));
        const bodies = pages.filter(p => p.startsWith('organ-'));
        expect(bodies).toHaveLength(2);
        for (const page of bodies) {
            expect(page).toMatch(/^organ-det-regionale-samarbeidsutvalget-for-helse-omsorg-[0-9a-f]{8}\.html$/);
        }
        const index = fs.readFileSync(path.join(d, 'ut/index.html'), 'utf8');
        for (const page of bodies) expect(index).toContain(`href="${page}"`);
    });

    it('a source file name longer than a page name may be keeps its beginning and a hash', async () => {
        const name = `${'møtereferat-for-styret-'.repeat(9)}2024.referat`;
        expect(Buffer.byteLength(name)).toBeGreaterThan(200);
        const d = write(dir(), { [`kilder/${name}`]: CLEAN, 'kilder/annen.referat': CLEAN.replace('1/24', '2/24') });
        expect((await run(['html', 'kilder', '-o', 'ut'], d)).code).toBe(0);
        const long = filesIn(path.join(d, 'ut')).find(p => p.startsWith('møtereferat'))!;
        expect(Buffer.byteLength(long)).toBeLessThanOrEqual(200);
        expect(long).toMatch(/^(møtereferat-for-styret-)+[^/]*-[0-9a-f]{8}\.html$/);
    });
});

describe('temporary files', () => {
    const deadPid = () => { const child = spawnSync(process.execPath, ['-e', '0']); return child.pid!; };

    it('those of killed runs are removed by the next run; a running one\'s are left alone', async () => {
        const d = write(dir(), { 'a.referat': CLEAN });
        const dead = deadPid();
        write(path.join(d, 'ut'), {
            [`.referat-tmp-${dead}-deadbeef`]: '', [`.a.html.${dead}-0badf00d.tmp`]: '', '.referat-tmp-1-cafebabe': '', 'mine-notater.tmp': 'x',
        });
        expect((await run(['html', 'a.referat', '-o', 'ut'], d)).code).toBe(0);
        expect(filesIn(path.join(d, 'ut'))).toEqual(['.referat-tmp-1-cafebabe', 'a.html', 'mine-notater.tmp']);
    });

    it('a failed write leaves no file behind: all of the run or none', async () => {
        const d = write(dir(), { 'blokk': 'x' });
        const writes = new StagedWrites('Velg en annen utmappe med -o.');
        await writes.add(path.join(d, 'ut/a.html'), 'a');
        await expect(writes.add(path.join(d, 'blokk/b.html'), 'b')).rejects.toThrow('Kan ikke lage mappen');
        await writes.abort();
        expect(filesIn(d)).toEqual(['blokk']);
    });
});

describe('messages', () => {
    it('file system errors are described in Norwegian, also ones without a translation', () => {
        expect(describeFsError(Object.assign(new Error('name too long'), { code: 'ENAMETOOLONG' }))).toBe('navnet er for langt for filsystemet');
        expect(describeFsError(Object.assign(new Error('something odd'), { code: 'EODD' }))).toBe('systemfeil EODD');
        expect(describeFsError(new Error('plain English'))).toBe('ukjent feil');
    });
});
