/**
 * `referat html` with a pool of threads (packages/cli/src/html-pool.ts) against one thread
 * (REFERAT_THREADS=1): the same pages byte for byte, the same messages and exit codes for errors
 * (also those across files), drafts and refusals, and a clear error when a thread fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../packages/bench/src/corpus.mjs';
import { loadInThreads, threadCount } from '../../packages/cli/src/html-pool.js';
import { collectSources, UsageError } from '../../packages/cli/src/workspace.js';
import { filesIn, root, scratch, spawn, write } from './support.js';

const dirs: string[] = [];
const fresh = (prefix: string) => { const dir = scratch(prefix); dirs.push(dir); return dir; };
afterAll(() => { for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true }); });

/** `referat html` of the folder `dir` (from inside it) into a new folder with `threads` threads: the run and every page written. */
function publish(dir: string, threads: number, extra: string[] = []) {
    const out = path.join(fresh('threads-out'), 'ut');
    const run = spawn(['html', '.', '-o', out, '--today', '1.3.2024', ...extra], { cwd: dir, env: { REFERAT_THREADS: String(threads) } });
    const pages = Object.fromEntries(filesIn(out).map(f => [f, fs.readFileSync(path.join(out, f))]));
    // The output folder differs between the runs; what is printed is compared without it.
    const strip = (text: string) => text.split(path.relative(dir, out)).join('<ut>').split(out).join('<ut>');
    return { code: run.code, out: strip(run.out), err: strip(run.err), pages };
}

describe('referat html with threads', () => {
    let ws: string;
    beforeAll(() => {
        ws = fresh('threads-ws');
        // 2 bodies × 2 years × 12 meetings, with references to cases of earlier meetings, and the examples.
        generateWorkspace(path.join(ws, 'generert'), { bodies: 2, years: [2023, 2024], perYear: 12 });
        for (const f of fs.readdirSync(path.join(root, 'examples')).filter(f => f.endsWith('.referat'))) fs.copyFileSync(path.join(root, 'examples', f), path.join(ws, f));
    });

    it('writes the same pages, byte for byte, as one thread', () => {
        const one = publish(ws, 1), two = publish(ws, 2);
        expect(one.code).toBe(0);
        expect(Object.keys(one.pages).length).toBeGreaterThan(50);
        expect(Object.keys(two.pages)).toEqual(Object.keys(one.pages));
        for (const [file, bytes] of Object.entries(one.pages)) expect(two.pages[file].equals(bytes), file).toBe(true);
        expect(two).toEqual(one);
        // Links between meetings' pages (references to cases of earlier meetings) are there to compare.
        const linked = Object.entries(one.pages).filter(([f, b]) => f.startsWith('generert/') && /href="[^"#]*\.html#sak-/.test(b.toString('utf8')));
        expect(linked.length).toBeGreaterThan(5);
    });

    it('writes the same public edition (with drafts, --utkast) as one thread', () => {
        const one = publish(ws, 1, ['--offentlig', '--utkast']), two = publish(ws, 3, ['--offentlig', '--utkast']);
        expect(one.code).toBe(0);
        expect(two).toEqual(one);
    });

    it('reports the same errors across files, with file:line:col, and writes nothing', () => {
        const bad = fresh('threads-bad');
        generateWorkspace(path.join(bad, 'generert'), { bodies: 1, years: [2024, 2024], perYear: 12 });
        // A case number used in another meeting of the body that year, and a date that is none.
        write(bad, {
            'x-dup.referat': 'Organ: Kommunestyret i Ås (KST)\nDato: 30.12.2024\n\nSak 10/24 Brukt før\nVedtak: Godkjent.\n',
            'y-feil.referat': 'Organ: Kommunestyret i Ås (KST)\nDato: 45.13.2024\n\nSak 90/24 Noe\nVedtak: Godkjent.\n',
        });
        const one = publish(bad, 1), two = publish(bad, 2);
        expect(one.code).toBe(1);
        expect(one.out).toMatch(/^x-dup\.referat:4:\d+: feil: .*\[duplicate-case-number\]$/mu);
        expect(one.out).toMatch(/^y-feil\.referat:2:\d+: feil: .*$/mu);
        expect(one.pages).toEqual({});
        expect(two).toEqual(one);
    });

    it('refuses drafts in the public edition as one thread does', () => {
        const drafts = fresh('threads-drafts');
        generateWorkspace(path.join(drafts, 'generert'), { bodies: 1, years: [2024, 2024], perYear: 10 });
        write(drafts, { 'utkast.referat': 'Organ: Kommunestyret i Ås (KST)\nDato: 30.12.2024\nStatus: utkast\n\nSak 95/24 Noe\nVedtak: Godkjent.\n' });
        const one = publish(drafts, 1, ['--offentlig']), two = publish(drafts, 2, ['--offentlig']);
        expect(one.code).toBe(1);
        expect(one.out).toContain('utkast.referat:3:1: «Status: utkast»: referatet er et utkast og ikke godkjent.');
        expect(two).toEqual(one);
    });
});

describe('the pool of threads', () => {
    it('uses threads only for many files and free cores, or as REFERAT_THREADS says', () => {
        const before = process.env.REFERAT_THREADS;
        delete process.env.REFERAT_THREADS;
        try {
            expect(threadCount(1000, 2, 0.3)).toBe(2);
            expect(threadCount(1000, 8, 0.3)).toBe(4);
            expect(threadCount(1000, 2, 1.8)).toBe(1); // the other core is busy
            expect(threadCount(150, 2, 0)).toBe(1);
            process.env.REFERAT_THREADS = '3';
            expect(threadCount(10, 1, 5)).toBe(3);
            process.env.REFERAT_THREADS = 'mange';
            expect(() => threadCount(10)).toThrow('REFERAT_THREADS=«mange» er ikke et antall tråder. Bruk et helt tall fra 1 (1: ingen tråder), eller fjern variabelen.');
        } finally {
            if (before === undefined) delete process.env.REFERAT_THREADS; else process.env.REFERAT_THREADS = before;
        }
    });

    it('names the first file that cannot be read, as one thread does', async () => {
        const dir = fresh('threads-gone');
        generateWorkspace(dir, { bodies: 1, years: [2024, 2024], perYear: 20 });
        const found = await collectSources([dir]);
        // Files that go between finding and reading them (the threads read them).
        for (const at of [13, 4]) found.sources.splice(at, 0, { kind: 'file', file: path.join(dir, `borte-${at}.referat`), display: `borte-${at}.referat` });
        const before = process.env.REFERAT_THREADS;
        process.env.REFERAT_THREADS = '2';
        try {
            const bundle = { file: path.join(root, 'packages/cli/bin/run-bundle.cjs'), workerData: { referatPool: 'bundle', referatBundle: path.join(root, 'packages/cli/out/referat.cjs') } };
            const settings = { roots: found.roots, withIndexes: true, publicEdition: false, today: { year: 2024, month: 3, day: 1 } };
            const loading = loadInThreads(found, settings, bundle);
            await expect(loading).rejects.toThrow(new UsageError('Kan ikke lese «borte-4.referat»: filen eller mappen finnes ikke.'));
        } finally {
            if (before === undefined) delete process.env.REFERAT_THREADS; else process.env.REFERAT_THREADS = before;
        }
    });

    for (const [what, code] of [
        ['throws', "throw new Error('brått slutt');"],
        ['ends without a word', 'process.exit(3);'],
        ['sends nonsense', "require('node:worker_threads').parentPort.on('message', () => { throw new Error('forstår ikke'); });"],
    ] as const) {
        it(`stops with a clear error, not a hang, when a thread ${what}`, async () => {
            const dir = fresh('threads-fail');
            generateWorkspace(path.join(dir, 'ws'), { bodies: 1, years: [2024, 2024], perYear: 8 });
            const entry = path.join(dir, 'worker.cjs');
            fs.writeFileSync(entry, code);
            const found = await collectSources([path.join(dir, 'ws')]);
            const before = process.env.REFERAT_THREADS;
            process.env.REFERAT_THREADS = '2';
            try {
                const settings = { roots: found.roots, withIndexes: true, publicEdition: false, today: { year: 2024, month: 3, day: 1 } };
                const loading = loadInThreads(found, settings, { file: entry, workerData: {} });
                await expect(loading).rejects.toThrow(/^En tråd som lager sidene feilet: .+\. Ingen sider ble skrevet\. Prøv igjen med REFERAT_THREADS=1 \(alt i én tråd\)\.$/u);
            } finally {
                if (before === undefined) delete process.env.REFERAT_THREADS; else process.env.REFERAT_THREADS = before;
            }
        });
    }
});
