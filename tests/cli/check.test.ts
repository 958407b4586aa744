/**
 * `referat check`: output lines, summary, exit codes, JSON, folders and cross-file checks.
 * A few tests spawn the real binary (packages/cli/bin/referat.js, which runs the bundle built by
 * `npm test`); the rest call `main()` in-process.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as runInProcess } from './support.js';
import { ensureBuilt } from '../support/built.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'packages/cli/bin/referat.js');

let tmp: string;
beforeAll(() => {
    ensureBuilt(); // the spawned bin runs the bundle packages/cli/out/referat.cjs
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-cli-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Writes files (relative path -> text) into a fresh folder under tmp and returns the folder. */
let folderCount = 0;
function folder(files: Record<string, string>): string {
    const dir = path.join(tmp, `f${++folderCount}`);
    for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
}

function spawn(args: string[], cwd = root) {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Spawns the command as the user nobody (uid and gid 65534, no groups), from a copy of the bundle in
 * the temporary folder (the clone may lie where nobody cannot read, such as /root).
 */
function spawnAsNobody(args: string[], cwd: string) {
    const copy = path.join(tmp, 'cli');
    for (const file of ['bin/referat.js', 'bin/run-bundle.cjs', 'bin/package.json', 'out/referat.cjs']) {
        fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true, mode: 0o755 });
        fs.copyFileSync(path.join(root, 'packages/cli', file), path.join(copy, file));
    }
    for (const d of [copy, path.join(copy, 'bin'), path.join(copy, 'out')]) fs.chmodSync(d, 0o755);
    const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, path.join(copy, 'bin/referat.js'), ...args],
        { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, HOME: tmp } });
    if (r.error) throw new Error(`setpriv (util-linux) is needed to run this test as root: ${r.error.message}`);
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs main() in-process with `cwd` as working directory (tests/cli/support.ts), as stdout and stderr. */
async function run(args: string[], cwd = root) {
    const r = await runInProcess(args, cwd);
    return { code: r.code, stdout: r.out, stderr: r.err };
}

const CLEAN = 'Organ: Styret (STY)\nDato: 10.1.2024\n\nSak 1/24 Godkjenning\nVedtak: Godkjent.\n';
// line 6: 31.02 is impossible (error); line 9: an empty «Vedtak:» in a case that is not a decision case (warning)
const BROKEN = 'Organ: Styret (STY)\nDato: 10.1.2024\n\nSak 1/24 A\nVedtak: A.\nFrist 31.02.2024: Styret – notat\n\nSak 2/24 B\nVedtak:\n';

describe('referat check (spawned)', () => {
    it('prints path:line:col: severity: message [code], then a summary; exit 1 on errors', () => {
        const dir = folder({ 'a.referat': BROKEN });
        const r = spawn(['check', 'a.referat'], dir);
        expect(r.code).toBe(1);
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe([
            'a.referat:6:7: feil: Datoen 31.02.2024 finnes ikke: februar 2024 har 29 dager. [invalid-date]',
            'a.referat:9:1: advarsel: «Vedtak:» i sak 2/24 er tomt. Skriv vedtaket på samme linje eller som en nummerert liste under. [missing-decision]',
            '1 fil kontrollert: 1 feil, 1 advarsel.',
            '',
        ].join('\n'));
    });

    it('exit 0 and a summary for clean files', () => {
        const r = spawn(['check', 'examples/']);
        expect(r.code).toBe(0);
        expect(r.stdout.trim()).toBe('4 filer kontrollert: 0 feil, 0 advarsler.');
    });

    it('exit 2 without arguments, with the usage on stderr', () => {
        const r = spawn([]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^Bruk: referat <kommando>/);
        expect(r.stdout).toBe('');
    });

    it('exit 2 for an unknown command', () => {
        const r = spawn(['sjekk', 'x']);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^referat: ukjent kommando «sjekk»\./);
    });

    it('exit 2 for a missing path, naming it', () => {
        const r = spawn(['check', 'finnes-ikke.referat']);
        expect(r.code).toBe(2);
        expect(r.stderr.trim()).toBe('referat check: Finner ikke «finnes-ikke.referat»: filen eller mappen finnes ikke. Sjekk stien.');
    });
});

describe('referat check: output', () => {
    it('one line per diagnostic in the exact format, sorted by file and position', async () => {
        const dir = folder({ 'b.referat': BROKEN, 'a.referat': CLEAN.replace('STY', 'ANDRE').replace('Vedtak: Godkjent.\n', 'Vedtak:\n') });
        const r = await run(['check', '.'], dir);
        const lines = r.stdout.split('\n');
        const format = /^(?<file>[^:]+):(?<line>\d+):(?<col>\d+): (?<severity>feil|advarsel): (?<message>.+) \[(?<code>[a-z-]+)\]$/;
        const parsed = lines.slice(0, -1).map(l => format.exec(l)?.groups);
        expect(parsed.every(Boolean)).toBe(true);
        expect(parsed.map(p => [p!.file, p!.line, p!.col, p!.severity, p!.code])).toEqual([
            ['a.referat', '5', '1', 'advarsel', 'missing-decision'],
            ['b.referat', '6', '7', 'feil', 'invalid-date'],
            ['b.referat', '9', '1', 'advarsel', 'missing-decision'],
        ]);
        expect(lines.at(-1)).toBe('2 filer kontrollert: 1 feil, 2 advarsler.');
        expect(r.code).toBe(1);
    });

    it('warnings only: exit 0', async () => {
        const dir = folder({ 'a.referat': CLEAN + '\nSak 2/24 Tomt vedtak\nVedtak:\n' });
        const r = await run(['check', 'a.referat'], dir);
        expect(r.code).toBe(0);
        expect(r.stdout.split('\n').at(-1)).toBe('1 fil kontrollert: 0 feil, 1 advarsel.');
    });

    it('syntax errors are reported with their code', async () => {
        const dir = folder({ 'a.referat': CLEAN + '\nSak\n' });
        const r = await run(['check', 'a.referat'], dir);
        expect(r.code).toBe(1);
        expect(r.stdout).toMatch(/^a\.referat:7:4: feil: Forventet saksnummer etter «Sak».* \[parsing-error\]$/m);
    });

    it('paths are shown relative to the working directory', async () => {
        const dir = folder({ 'sub/a.referat': BROKEN });
        const r = await run(['check', path.join(dir, 'sub')], dir);
        expect(r.stdout.split('\n')[0]).toMatch(/^sub\/a\.referat:6:7: /);
    });

    it('CRLF, BOM and decomposed letters: columns count characters of the line as written', async () => {
        const text = '\uFEFFOrgan: X\r\nDato: 10.1.2024\r\n\r\nTil stede:\r\n- Ta\u030Arn Ta\u030Arnesen\r\n\r\nSak 1 T\r\nVedtak: A.\r\nDissens: O\u0308la O\u0308st\r\n';
        const dir = folder({ 'a.referat': text });
        const r = await run(['check', 'a.referat'], dir);
        expect(r.stdout.split('\n')[0]).toMatch(/^a\.referat:9:10: advarsel: «O\u0308la O\u0308st» står ikke i noen deltakerliste/);
    });
});

describe('referat check --format json', () => {
    it('prints files, counts and diagnostics with every field', async () => {
        const dir = folder({ 'a.referat': BROKEN });
        const r = await run(['check', '--format', 'json', 'a.referat'], dir);
        expect(r.code).toBe(1);
        const json = JSON.parse(r.stdout);
        expect(json).toMatchObject({ files: 1, errors: 1, warnings: 1 });
        expect(json.diagnostics).toEqual([
            { file: 'a.referat', line: 6, column: 7, endLine: 6, endColumn: 17, severity: 'error', code: 'invalid-date', message: expect.any(String) },
            { file: 'a.referat', line: 9, column: 1, endLine: 9, endColumn: 8, severity: 'warning', code: 'missing-decision', message: '«Vedtak:» i sak 2/24 er tomt. Skriv vedtaket på samme linje eller som en nummerert liste under.' },
        ]);
    });

    it('--format=json works too, and clean files give an empty list and exit 0', async () => {
        const dir = folder({ 'a.referat': CLEAN });
        const r = await run(['check', 'a.referat', '--format=json'], dir);
        expect(r.code).toBe(0);
        expect(JSON.parse(r.stdout)).toEqual({ files: 1, errors: 0, warnings: 0, diagnostics: [] });
    });
});

describe('referat check: usage errors (exit 2)', () => {
    it.each([
        [['check'], /^referat check: Oppgi minst én fil eller mappe/],
        [['check', '--fmt', 'json', 'a.referat'], /^referat check: ukjent valg «--fmt»\. Se «referat help»\.$/],
        [['check', 'a.referat', '--format'], /^referat check: valget «--format» mangler verdi\.$/],
        [['check', '--format', 'xml', 'a.referat'], /^referat check: Ukjent format «xml»/],
        [['check', 'finnes/ikke.referat'], /^referat check: Finner ikke «finnes\/ikke\.referat»: filen eller mappen finnes ikke\. Sjekk stien\.$/],
        [['check', 'a.referat/b.referat'], /^referat check: Finner ikke «a\.referat\/b\.referat»: en del av stien er ikke en mappe\./],
        [['check', 'tom'], /^referat check: Mappen «tom» inneholder ingen \*\.referat-filer\.$/],
        [['check', 'mappe.referat'], /^referat check: Mappen «mappe\.referat» inneholder ingen \*\.referat-filer\.$/],
        [['flett'], /^referat: ukjent kommando «flett»\./],
    ])('%j', async (args, message) => {
        const dir = folder({ 'a.referat': CLEAN, 'tom/les-meg.txt': 'x', 'mappe.referat/notat.txt': 'x' });
        const r = await run(args, dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(message);
        expect(r.stdout).toBe('');
    });

    it('a FIFO is refused instead of blocking', async () => {
        const dir = folder({});
        fs.mkdirSync(dir, { recursive: true });
        const fifo = path.join(dir, 'rør.referat');
        spawnSync('mkfifo', [fifo]);
        const r = await run(['check', 'rør.referat'], dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/«rør\.referat» er verken en fil eller en mappe/);
    });

    it('an unreadable file (I/O error) is named', async () => {
        // /proc/self/mem is a regular file whose read fails with EIO, also for root.
        const r = await run(['check', '/proc/self/mem']);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^referat check: Kan ikke lese «.*proc\/self\/mem»: lesefeil \(EIO\)/);
    });

    it('a file without read permission is named', async () => {
        const dir = folder({ 'a.referat': CLEAN });
        fs.chmodSync(path.join(dir, 'a.referat'), 0o000);
        // Root reads any file: as root, the command runs as the user nobody (setpriv, util-linux).
        const asRoot = process.getuid?.() === 0;
        if (asRoot) for (const d of [tmp, dir]) fs.chmodSync(d, 0o755);
        const r = asRoot ? spawnAsNobody(['check', 'a.referat'], dir) : await run(['check', 'a.referat'], dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/Kan ikke lese «a\.referat»: mangler tilgang/);
    });

    it('help prints the usage on stdout with exit 0', async () => {
        for (const arg of ['help', '--help', '-h']) {
            const r = await run([arg]);
            expect(r.code).toBe(0);
            expect(r.stdout).toMatch(/^Bruk: referat <kommando> \[valg\]/);
        }
    });
});

describe('referat check: folders', () => {
    it('searches folders recursively, skipping dot folders and node_modules, and checks across all files', async () => {
        const a = 'Organ: Styret (STY)\nDato: 10.1.2024\n\nSak 1/24 A\nVedtak: A.\n';
        const b = 'Organ: Styret (STY)\nDato: 7.2.2024\n\nSak 1/24 B\nVedtak: B.\n\nSak 2/24 C\nSe jf. sak 9/24.\nVedtak: C.\n';
        const dir = folder({
            '2024/januar/a.referat': a,
            '2024/februar/b.referat': b,
            '2024/.git/x.referat': 'ikke et referat',
            'node_modules/pkg/y.referat': 'ikke et referat',
            '2024/notat.txt': 'ikke et referat',
        });
        const r = await run(['check', '--format', 'json', '2024'], dir);
        const json = JSON.parse(r.stdout);
        expect(json.files).toBe(2);
        expect(json.diagnostics.map((d: { file: string; line: number; code: string }) => [d.file, d.line, d.code])).toEqual([
            ['2024/februar/b.referat', 4, 'duplicate-case-number'],
            ['2024/februar/b.referat', 8, 'unresolved-case-reference'],
            ['2024/januar/a.referat', 4, 'duplicate-case-number'],
        ]);
        expect(json.diagnostics[2].message).toMatch(/finnes allerede i 2024\/februar\/b\.referat/);
        expect(r.code).toBe(1);
    });

    it('files and folders may be mixed; a file given twice is checked once', async () => {
        const dir = folder({ 'x/a.referat': CLEAN, 'b.referat': CLEAN.replace('STY', 'ANDRE') });
        const r = await run(['check', 'x', 'b.referat', 'x/a.referat', './b.referat'], dir);
        expect(r.stdout).toBe('2 filer kontrollert: 0 feil, 0 advarsler.');
        expect(r.code).toBe(0);
    });

    it('the same file in two folders of one workspace: duplicate case numbers are found', async () => {
        const dir = folder({ 'x/a.referat': CLEAN, 'y/a.referat': CLEAN });
        const r = await run(['check', 'x', 'y'], dir);
        expect(r.code).toBe(1);
        expect(r.stdout.split('\n')).toEqual([
            expect.stringMatching(/^x\/a\.referat:4:5: feil: Sak 1\/24 finnes allerede i y\/a\.referat .*\[duplicate-case-number\]$/),
            expect.stringMatching(/^y\/a\.referat:4:5: feil: .*\[duplicate-case-number\]$/),
            '2 filer kontrollert: 2 feil, 0 advarsler.',
        ]);
    });

    it('names the other file by its decoded path: æøå, spaces and nested folders', async () => {
        const dir = folder({ 'styret æøå/styremøte 1.referat': CLEAN, 'styret æøå/2024/styremøte 2.referat': CLEAN.replace('10.1.2024', '20.5.2024').replace('Godkjenning', 'Budsjett') });
        const r = await run(['check', '.'], dir);
        expect(r.stdout.split('\n')).toEqual([
            'styret æøå/2024/styremøte 2.referat:4:5: feil: Sak 1/24 finnes allerede i styret æøå/styremøte 1.referat (møtet 10.01.2024) for samme organ og år. Gi saken et nummer som passer i rekkefølgen, eller skriv hvilket møte saken er fra («(fra møtet 10.01.2024)») om den behandles på nytt. [duplicate-case-number]',
            'styret æøå/styremøte 1.referat:4:5: feil: Sak 1/24 finnes allerede i styret æøå/2024/styremøte 2.referat (møtet 20.05.2024) for samme organ og år. Gi saken et nummer som passer i rekkefølgen, eller skriv hvilket møte saken er fra («(fra møtet 20.05.2024)») om den behandles på nytt. [duplicate-case-number]',
            '2 filer kontrollert: 2 feil, 0 advarsler.',
        ]);
    });
});
