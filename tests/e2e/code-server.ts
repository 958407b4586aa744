/**
 * Real VS Code for end-to-end tests: code-server 4.100.3 (installed by setup-code-server.sh into .e2e/)
 * on 127.0.0.1 with a random port, the packaged .vsix installed, driven by playwright-core and Debian's
 * Chromium. Every process started here runs in its own process group and is killed by `stop()`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const E2E_DIR = path.join(ROOT, '.e2e');
export const EXTENSION_DIR = path.join(ROOT, 'packages/extension');
export const ARTIFACTS = path.join(ROOT, 'tests/artifacts/e2e');
const CODE_SERVER = path.join(E2E_DIR, 'node_modules/.bin/code-server');

/** Settings that keep VS Code quiet and offline. */
export const QUIET_SETTINGS = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'workbench.enableExperiments': false,
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

function log(message: string): void {
    process.stderr.write(`[e2e] ${message}\n`);
}

/** Installs code-server, playwright-core and chromium (idempotent; fast when already there). */
export function ensureCodeServer(): void {
    execFileSync('sh', [path.join(ROOT, 'tests/e2e/setup-code-server.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
}

/** The packaged extension; built with `npm run package` when missing or older than its sources. */
export function ensureVsix(): string {
    const pkg = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'package.json'), 'utf8')) as { name: string; version: string };
    const vsix = path.join(EXTENSION_DIR, `${pkg.name}-${pkg.version}.vsix`);
    const sources = [
        path.join(EXTENSION_DIR, 'src'), path.join(EXTENSION_DIR, 'media'), path.join(EXTENSION_DIR, 'package.json'),
        path.join(EXTENSION_DIR, 'language-configuration.json'),
        path.join(EXTENSION_DIR, 'esbuild.mjs'), path.join(EXTENSION_DIR, 'tsconfig.webview.json'), path.join(EXTENSION_DIR, '.vscodeignore'),
        path.join(ROOT, 'packages/language/src'), path.join(ROOT, 'syntaxes/referat.tmLanguage.json'),
    ];
    const built = fs.existsSync(vsix) ? fs.statSync(vsix).mtimeMs : 0;
    if (sources.some((s) => newestMtime(s) > built)) {
        log('pakker utvidelsen (npm run package) …');
        execFileSync('npm', ['run', 'package', '-w', 'packages/extension'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    }
    return vsix;
}

function newestMtime(file: string): number {
    if (!fs.existsSync(file)) return 0;
    const stat = fs.statSync(file);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(stat.mtimeMs, ...fs.readdirSync(file).map((f) => newestMtime(path.join(file, f))));
}

async function freePort(): Promise<number> {
    for (let attempt = 0; attempt < 20; attempt++) {
        const port = 20000 + Math.floor(Math.random() * 20000);
        const free = await new Promise<boolean>((resolve) => {
            const server = net.createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
        });
        if (free) return port;
    }
    throw new Error('fant ingen ledig port for code-server');
}

export async function chromiumExecutable(): Promise<string> {
    if (fs.existsSync(path.join(ROOT, 'tests/support/chromium.ts'))) {
        // Shared helper of the publishing tests (same lookup in one place).
        try {
            const support = '../support/chromium.js';
            return ((await import(/* @vite-ignore */ support)) as { chromiumPath(): string }).chromiumPath();
        } catch { /* its playwright-core is not installed at the root: look ourselves */ }
    }
    for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (fs.existsSync(candidate)) return candidate;
    throw new Error('fant ikke Chromium: kjør sh tests/e2e/setup-code-server.sh');
}

export interface CodeServer {
    url: string;
    runDir: string;
    extensionsDir: string;
    process: ChildProcess;
    stop(): Promise<void>;
}

/** Starts code-server with the .vsix installed and `workspace` as its folder. */
export async function startCodeServer(vsix: string, settings: Record<string, unknown> = {}): Promise<CodeServer> {
    const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-e2e-'));
    const userData = path.join(runDir, 'user-data');
    const extensionsDir = path.join(runDir, 'extensions');
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.mkdirSync(extensionsDir);
    fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
    fs.writeFileSync(path.join(runDir, 'config.yaml'), 'auth: none\n');
    const env = { ...process.env, HOME: runDir, XDG_CONFIG_HOME: path.join(runDir, 'xdg'), XDG_DATA_HOME: path.join(runDir, 'xdg') };
    const common = ['--config', path.join(runDir, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extensionsDir];
    execFileSync(CODE_SERVER, [...common, '--install-extension', vsix], { env, stdio: 'pipe' });

    const port = await freePort();
    const out = fs.openSync(path.join(runDir, 'code-server.log'), 'w');
    const child = spawn(CODE_SERVER, [...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
    { detached: true, stdio: ['ignore', out, out], env });
    const stop = async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        killGroup(child.pid!, 'SIGTERM');
        const timer = setTimeout(() => killGroup(child.pid!, 'SIGKILL'), 3000);
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        clearTimeout(timer);
        killGroup(child.pid!, 'SIGKILL'); // extension hosts and language servers of the group
    };
    process.once('exit', () => killGroup(child.pid!, 'SIGKILL'));
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
        try { if ((await fetch(`${url}/healthz`)).ok) break; } catch { /* not up yet */ }
        if (child.exitCode !== null) throw new Error(`code-server stoppet (kode ${child.exitCode}); se ${runDir}/code-server.log`);
        if (Date.now() > deadline) { await stop(); throw new Error(`code-server svarte ikke innen 60 s; se ${runDir}/code-server.log`); }
        await new Promise((r) => setTimeout(r, 150));
    }
    log(`code-server på ${url} (${runDir})`);
    return { url, runDir, extensionsDir, process: child, stop };
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
    try { process.kill(-pid, signal); } catch { /* already gone */ }
}

/** playwright-core: from the repository if a test helper installed it there, else from .e2e/. */
export function playwright(): typeof import('playwright-core') {
    for (const base of [path.join(ROOT, 'package.json'), path.join(E2E_DIR, 'package.json')]) {
        try { return createRequire(base)('playwright-core'); } catch { /* next */ }
    }
    throw new Error('fant ikke playwright-core: kjør sh tests/e2e/setup-code-server.sh');
}

/** Process ids of the language servers started from this code-server's extensions folder. */
export function languageServerPids(server: CodeServer): number[] {
    try {
        const out = execFileSync('pgrep', ['-f', `${server.extensionsDir}/.*/out/server\\.cjs`], { encoding: 'utf8' });
        return out.split('\n').filter(Boolean).map(Number);
    } catch {
        return []; // pgrep exits 1 when nothing matches
    }
}

// ---- reading what a person sees (VS Code 1.100 selectors) -------------------------------------

/** One row of a tree view as shown: its label, its description (the grey text) and its tree level. */
export interface TreeRow { label: string; description: string; level: number }

/** The visible rows of a view pane (e.g. the Explorer's "Frister"), top to bottom. */
export async function treeRows(pane: Locator): Promise<TreeRow[]> {
    return pane.locator('.monaco-list-row').evaluateAll((rows) => rows
        .map((row) => ({
            top: parseFloat((row as HTMLElement).style.top) || 0,
            label: (row.querySelector('.label-name') as HTMLElement | null)?.innerText ?? '',
            description: (row.querySelector('.label-description') as HTMLElement | null)?.innerText ?? '',
            level: Number(row.getAttribute('aria-level') ?? 0),
        }))
        .sort((a, b) => a.top - b.top)
        .map(({ label, description, level }) => ({ label, description, level })));
}

/** Hovers `target` and returns the text of the hover (tooltip) that opens, as rendered; then closes it. */
export async function hoverText(page: Page, target: Locator, selector = '.workbench-hover .hover-contents, .monaco-hover .hover-contents'): Promise<string> {
    const hover = page.locator(selector).filter({ visible: true }).first();
    for (let attempt = 0; attempt < 5; attempt++) {
        await page.mouse.move(0, 0);
        await target.hover();
        try {
            await hover.waitFor({ state: 'visible', timeout: 4000 });
            let text = await hover.innerText();
            for (let i = 0; i < 50 && /^Loading/.test(text); i++) { // an editor hover asks the language server first
                await page.waitForTimeout(100);
                text = await hover.innerText();
            }
            await page.mouse.move(0, 0);
            await page.keyboard.press('Escape');
            await hover.waitFor({ state: 'hidden', timeout: 4000 }).catch(() => undefined);
            return text.replace(/\u00a0/g, ' ');
        } catch { /* hover again */ }
    }
    throw new Error('ingen hover-tekst viste seg');
}

/** The messages of the notification toasts shown now. */
export async function notificationMessages(page: Page): Promise<string[]> {
    return page.locator('.notifications-toasts .notification-list-item-message').allInnerTexts();
}

/** The open modal dialog: its message and its buttons, as shown. */
export async function dialog(page: Page): Promise<{ message: string; buttons: string[] }> {
    const box = page.locator('.monaco-dialog-box').first();
    await box.waitFor({ state: 'visible', timeout: 20_000 });
    return {
        message: (await box.locator('.dialog-message-container').innerText()).trim(),
        buttons: (await box.locator('.dialog-buttons .monaco-button').allInnerTexts()).map((b) => b.trim()),
    };
}
