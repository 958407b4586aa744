/**
 * The CLI package installed the way a user installs it: `npm pack` in packages/cli (as
 * `npm run package` does), then `npm install -g --prefix <tmp> <tarball>` offline with an empty npm
 * cache, so the tarball must need nothing from a registry nor from this repository. Then `referat`
 * and `referat-language-server` run from that prefix, with a PATH that holds only Node and the
 * system's folders: `referat check` on the examples, the other commands, the code cache, and the
 * server over stdio (initialize, didOpen, diagnostics).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from '../../packages/bench/src/lsp-client.mjs';
import { main } from '../../packages/cli/src/main.js';
import { ensureBuilt, root } from '../support/built.js';

let tmp: string;
let prefix: string;
let packed: { filename: string; files: Array<{ path: string }> };

/** The environment of a machine with Node alone: no npm_* variables, no repository on the PATH. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('npm_') && key !== 'NODE_OPTIONS' && !key.startsWith('NODE_COMPILE') && key !== 'NODE_DISABLE_COMPILE_CACHE') env[key] = value;
    return { ...env, PATH: [path.dirname(process.execPath), '/usr/bin', '/bin'].join(path.delimiter), HOME: path.join(tmp, 'home'), ...extra };
}

const bin = (name: string) => path.join(prefix, 'bin', name);

function run(name: string, args: string[], { cwd = root, env = {} as Record<string, string> } = {}) {
    const r = spawnSync(bin(name), args, { cwd, env: userEnv({ NODE_COMPILE_CACHE: path.join(tmp, 'compile-cache'), ...env }), encoding: 'utf8', timeout: 60_000 });
    if (r.error) throw r.error;
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `main()` in-process, in `cwd`: what the installed command must print. */
async function expected(args: string[], cwd = root) {
    const out: string[] = [], err: string[] = [];
    const before = process.cwd();
    process.chdir(cwd);
    try {
        const code = await main(args, line => out.push(line), line => err.push(line));
        return { code, stdout: out.map(l => `${l}\n`).join(''), stderr: err.map(l => `${l}\n`).join('') };
    } finally {
        process.chdir(before);
    }
}

beforeAll(() => {
    ensureBuilt();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-install-'));
    prefix = path.join(tmp, 'prefix');
    fs.mkdirSync(path.join(tmp, 'home'));
    const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, env: userEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    // npm pack runs the package's prepack script (bundle.mjs), which prints a line before the JSON.
    const packOutput = npm(['pack', '--json', '--pack-destination', tmp], path.join(root, 'packages/cli'));
    packed = JSON.parse(packOutput.slice(packOutput.indexOf('\n[') + 1))[0];
    npm(['install', '--global', '--prefix', prefix, path.join(tmp, packed.filename), '--offline', '--no-audit', '--no-fund', '--cache', path.join(tmp, 'npm-cache')], tmp);
}, 300_000);
afterAll(() => { if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

describe('the packed CLI', () => {
    it('holds the bins, the two bundles, the licences and a README, and no dependency', () => {
        expect(packed.files.map(f => f.path).sort()).toEqual([
            'LICENSE', 'README.md', 'bin/package.json', 'bin/referat-language-server.js', 'bin/referat.js', 'bin/run-bundle.cjs',
            'out/THIRD-PARTY-LICENSES.txt', 'out/language-server.cjs', 'out/referat.cjs', 'package.json',
        ]);
        const installed = path.join(prefix, 'lib/node_modules/@referat/cli');
        const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
        expect(manifest.name).toBe('@referat/cli');
        expect(manifest.bin).toEqual({ referat: './bin/referat.js', 'referat-language-server': './bin/referat-language-server.js' });
        for (const key of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) expect(manifest[key], key).toBeUndefined();
        expect(fs.existsSync(path.join(installed, 'node_modules'))).toBe(false);
        // The bundles need only Node's own modules.
        for (const bundle of ['out/referat.cjs', 'out/language-server.cjs']) {
            const required = [...fs.readFileSync(path.join(installed, bundle), 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map(m => m[1]);
            expect(required.length, bundle).toBeGreaterThan(0);
            expect(required.filter(r => !r.startsWith('node:') && !builtinModules.includes(r)), bundle).toEqual([]);
        }
    });
});

describe('referat, installed with npm install -g', () => {
    it('checks the examples as the repository build does', async () => {
        const got = run('referat', ['check', 'examples']);
        expect(got).toEqual(await expected(['check', 'examples']));
        expect(got.stdout).toBe('3 filer kontrollert: 0 feil, 0 advarsler.\n');
        expect(got.code).toBe(0);
    });

    it('reports errors with file, line and column and exits 1', async () => {
        const dir = fs.mkdtempSync(path.join(tmp, 'broken-'));
        fs.writeFileSync(path.join(dir, 'a.referat'), 'Organ: Styret (STY)\nDato: 10.1.2024\n\nSak 1/24 A\nVedtak: A.\nFrist 31.02.2024: Styret – notat\n\nSak 2/24 B\nProsa.\n');
        const got = run('referat', ['check', 'a.referat'], { cwd: dir });
        expect(got).toEqual(await expected(['check', 'a.referat'], dir));
        expect(got.stdout.split('\n')[0]).toBe('a.referat:6:7: feil: Datoen 31.02.2024 finnes ikke: februar 2024 har 29 dager. [invalid-date]');
        expect(got.code).toBe(1);
    });

    it('publishes HTML, writes an iCalendar file and prints JSON', async () => {
        const out = path.join(tmp, 'site');
        const html = run('referat', ['html', 'examples', '-o', out]);
        expect(html.code, html.stderr).toBe(0);
        expect(fs.readdirSync(out).sort()).toEqual(expect.arrayContaining(['index.html', 'frister.html', 'alt-i-ett.html']));
        expect(fs.readFileSync(path.join(out, 'alt-i-ett.html'), 'utf8')).toContain('<meta name="generator" content="referat">');
        const ics = path.join(tmp, 'frister.ics');
        const frister = run('referat', ['frister', 'examples', '--ics', ics]);
        expect(frister.code, frister.stderr).toBe(0);
        // The iCalendar library is loaded for --ics only: the same calendar as in-process, but for the time stamps.
        const reference = path.join(tmp, 'frister-reference.ics');
        expect((await expected(['frister', 'examples', '--ics', reference])).code).toBe(0);
        const withoutStamps = (file: string) => fs.readFileSync(file, 'utf8').replace(/^DTSTAMP:.*\r\n/gm, '');
        expect(withoutStamps(ics)).toBe(withoutStamps(reference));
        expect(withoutStamps(ics)).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT[\s\S]*END:VCALENDAR$/);
        const json = run('referat', ['json', 'examples/nsg-2023-11-22.referat']);
        expect(json).toEqual(await expected(['json', 'examples/nsg-2023-11-22.referat']));
        expect(JSON.parse(json.stdout).schemaVersion).toBe(2);
        expect(run('referat', ['help']).code).toBe(0);
    });
});

describe('the code cache of the installed commands', () => {
    const cacheFiles = (dir: string) => fs.existsSync(dir) ? fs.readdirSync(path.join(dir, 'referat')).filter(f => f.endsWith('.bin')) : [];

    it('is written on the first run of a subcommand and used by the next, with the same output', () => {
        const dir = path.join(tmp, 'cache-a');
        const first = run('referat', ['check', 'examples'], { env: { NODE_COMPILE_CACHE: dir } });
        const files = cacheFiles(dir);
        expect(files).toHaveLength(1);
        expect(files[0]).toMatch(new RegExp(`^referat-check-[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.bin$`));
        const written = fs.statSync(path.join(dir, 'referat', files[0]));
        expect(written.size).toBeGreaterThan(100_000);
        const second = run('referat', ['check', 'examples'], { env: { NODE_COMPILE_CACHE: dir } });
        expect(second).toEqual(first);
        expect(fs.statSync(path.join(dir, 'referat', files[0])).mtimeMs).toBe(written.mtimeMs); // accepted, not rewritten
        run('referat', ['html', 'examples', '-o', path.join(tmp, 'site-cache')], { env: { NODE_COMPILE_CACHE: dir } });
        expect(cacheFiles(dir).map(f => f.split('-')[1]).sort()).toEqual(['check', 'html']);
    });

    it('is replaced when V8 rejects it, and the command runs the same', () => {
        const dir = path.join(tmp, 'cache-b');
        const first = run('referat', ['check', 'examples'], { env: { NODE_COMPILE_CACHE: dir } });
        const [file] = cacheFiles(dir).map(f => path.join(dir, 'referat', f));
        fs.writeFileSync(file, 'not a V8 code cache');
        expect(run('referat', ['check', 'examples'], { env: { NODE_COMPILE_CACHE: dir } })).toEqual(first);
        expect(fs.statSync(file).size).toBeGreaterThan(100_000);
    });

    it('is neither read nor written with NODE_DISABLE_COMPILE_CACHE=1, or where it cannot be written', async () => {
        const dir = path.join(tmp, 'cache-c');
        const off = run('referat', ['check', 'examples'], { env: { NODE_COMPILE_CACHE: dir, NODE_DISABLE_COMPILE_CACHE: '1' } });
        expect(off).toEqual(await expected(['check', 'examples']));
        expect(fs.existsSync(dir)).toBe(false);
        const file = path.join(tmp, 'a-file');
        fs.writeFileSync(file, '');
        expect(run('referat', ['check', 'examples'], { env: { NODE_COMPILE_CACHE: file } })).toEqual(off); // a file where the folder should be
    });
});

describe('referat-language-server, installed with npm install -g', () => {
    it('answers initialize and publishes the diagnostics of an opened document over stdio', async () => {
        const workspace = fs.mkdtempSync(path.join(tmp, 'lsp-'));
        const text = 'Organ: Styret (STY)\nDato: 10.1.2024\n\nSak 1/24 A\nVedtak: A.\nFrist 31.02.2024: Styret – notat\n\nSak 2/24 B\nProsa.\n';
        const file = path.join(workspace, 'a.referat');
        fs.writeFileSync(file, text);
        const uri = pathToFileURL(file).href;
        const client = new LspClient(bin('referat-language-server'), { cwd: workspace, executable: true, env: userEnv({ NODE_COMPILE_CACHE: path.join(tmp, 'compile-cache') }) });
        try {
            const diagnostics = client.nextDiagnostics(uri, 30_000);
            const { result } = await client.initialize(workspace);
            expect(result.capabilities.completionProvider).toBeDefined();
            expect(result.capabilities.hoverProvider).toBeTruthy();
            client.open(uri, text);
            const published = await diagnostics;
            const lines = published.diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity === 1 ? 'feil' : 'advarsel'}: ${d.message} [${(d.data as { code?: string })?.code ?? d.code}]`);
            // The same findings, at the same places, as the installed `referat check` reports.
            const cli = run('referat', ['check', 'a.referat'], { cwd: workspace });
            expect(lines.sort()).toEqual(cli.stdout.trim().split('\n').slice(0, -1).map(l => l.replace(/^a\.referat:/, '')).sort());
            expect(lines).toContain('6:7: feil: Datoen 31.02.2024 finnes ikke: februar 2024 har 29 dager. [invalid-date]');
        } finally {
            await client.close();
        }
        expect(client.stderr).toBe('');
    });
});
