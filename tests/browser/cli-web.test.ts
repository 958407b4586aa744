/**
 * `referat web`: serves the built page on 127.0.0.1 (only the page's files; everything else 404),
 * writes the static folder with --ut (never over other files), and says what is wrong with bad
 * options or a port in use, with exit code 2.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebPage, ROOT } from './support.js';

const BIN = path.join(ROOT, 'packages/cli/bin/referat.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-web-'));

beforeAll(async () => { await ensureWebPage(); }, 180_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Starts `referat web` with `args`; resolves with its address once it prints it. */
function startServer(args: string[]): Promise<{ url: string; stop: () => Promise<number | null> }> {
    const child = spawn(process.execPath, [BIN, 'web', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return new Promise((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            const match = /Referat i nettleseren: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
            if (match) resolve({ url: match[1], stop: () => { child.kill('SIGINT'); return exited; } });
        });
        child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
        void exited.then((code) => reject(new Error(`referat web avsluttet (${code}): ${output}`)));
    });
}

describe('referat web', () => {
    it('serves the page and its files, nothing else, and stops with exit code 0 on Ctrl-C', async () => {
        const server = await startServer(['--port', '0']);
        try {
            const index = await fetch(server.url);
            expect(index.status).toBe(200);
            expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
            expect(index.headers.get('content-security-policy')).toContain("default-src 'none'");
            const html = await index.text();
            expect(html).toContain('<title>Referat i nettleseren</title>');
            const script = (/<script src="([^"]+)"/.exec(html))![1];
            const js = await fetch(new URL(script, server.url));
            expect(js.status).toBe(200);
            expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
            for (const other of ['package.json', '../package.json', '%2e%2e/%2e%2e/package.json', 'src/main.ts', 'finnes-ikke.html']) {
                const response = await fetch(`${server.url}${other}`);
                expect(response.status, other).toBe(404);
                expect(await response.text(), other).toMatch(/^Finnes ikke: \/.*\. Redigeringssiden er på \/\.$/);
            }
            expect((await fetch(server.url, { method: 'POST', body: 'x' })).status).toBe(405);
        } finally {
            expect(await server.stop()).toBe(0);
        }
    });

    it('says when the port is taken, and which option to use', async () => {
        const blocker = net.createServer();
        await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
        const port = (blocker.address() as net.AddressInfo).port;
        try {
            const result = run('web', '--port', String(port));
            expect(result.status).toBe(2);
            expect(result.stderr.trim()).toBe(`referat web: porten ${port} på 127.0.0.1 er i bruk. Velg en annen med «--port», for eksempel «--port ${port + 1}».`);
        } finally {
            blocker.close();
        }
    });

    it('rejects a bad port and stray arguments with exit code 2', () => {
        const bad = run('web', '--port', '99999');
        expect(bad.status).toBe(2);
        expect(bad.stderr.trim()).toBe('referat web: Ugyldig port «99999». Oppgi et tall fra 1 til 65535 (0 velger en ledig port), for eksempel «--port 8321».');
        const stray = run('web', 'møte.referat');
        expect(stray.status).toBe(2);
        expect(stray.stderr.trim()).toBe('referat web: «referat web» tar ingen filer («møte.referat»). Åpne filene i nettleseren med «Åpne …».');
        expect(run('help').stdout).toContain('web [--port N] [--ut <mappe>]');
    });

    it('--ut writes the static folder, again over an earlier copy, never over other files', () => {
        const target = path.join(tmp, 'side');
        const first = run('web', '--ut', target);
        expect(first.status, first.stderr).toBe(0);
        expect(first.stdout).toBe(`Redigeringssiden er skrevet til ${target}${path.sep}\nÅpne ${path.join(target, 'index.html')} i nettleseren, eller legg mappen på en statisk webtjener. Den virker uten nett.\n`);
        expect(fs.readdirSync(target).sort()).toEqual(['THIRD-PARTY-LICENSES.txt', 'build-info.json', 'index.html', 'referat-web.css', 'referat-web.js']);
        expect(fs.readFileSync(path.join(target, 'referat-web.js')).equals(fs.readFileSync(path.join(ROOT, 'packages/cli/out/web/referat-web.js')))).toBe(true);
        expect(run('web', '--ut', target).status).toBe(0);

        const foreign = path.join(tmp, 'annet');
        fs.mkdirSync(foreign);
        fs.writeFileSync(path.join(foreign, 'index.html'), 'mitt eget');
        const refused = run('web', '--ut', foreign);
        expect(refused.status).toBe(2);
        expect(refused.stderr.trim()).toBe(`referat web: Mappen «${foreign}» inneholder andre filer (index.html). Velg en ny eller tom mappe; referat skriver ikke over dem.`);
        expect(fs.readFileSync(path.join(foreign, 'index.html'), 'utf8')).toBe('mitt eget');
    });
});
