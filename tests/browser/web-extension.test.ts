/**
 * The extension's browser entry in VS Code's web worker extension host: code-server 4.100.3 told to
 * run Referat as a web extension (`remote.extensionKind`), as vscode.dev and github.dev run it. No
 * Node language server starts; the worker server reads the workspace through the client
 * (`referat/fs/*` answered from vscode.workspace.fs), so problems of files that are not open are
 * listed too; completion, the outline, the preview and the Frister view work as on the desktop.
 * (code-server gives extensions vscode-remote: URIs, from which a worker cannot be created; the
 * extension then starts the worker from the script's text, see browser-extension.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { openFile as workbenchOpenFile, runCommand as workbenchCommand } from '../support/workbench.js';
import {
    ROOT, chromiumExecutable, ensureCodeServer, ensureVsix, languageServerPids, playwright, startCodeServer, type CodeServer,
} from '../e2e/code-server.js';

const STEP_TIMEOUT = 120_000;
const FAULTY = `Organ: Testrådet (TR)
Dato: 10.01.2024

Til stede:
- Kari Nordmann, Testinstituttet, leder

Sak 1/24 Budsjett
Vedtakssak:
Budsjettet ble drøftet.
Frist 1.3.2024: Kari Nordmann – budsjettet sendes ut.
`;

let server: CodeServer | undefined;
let browser: Browser | undefined;
let page: Page;
const consoleErrors: string[] = [];

const runCommand = (label: string) => workbenchCommand(page, label);
const openFile = (name: string) => workbenchOpenFile(page, name);

async function previewText(): Promise<string> {
    for (const frame of page.frames() as Frame[]) {
        const text = await frame.locator('#referat-preview').innerText({ timeout: 500 }).catch(() => undefined);
        if (text !== undefined) return text;
    }
    return '';
}

describe('VS Code for the Web: the extension in the web worker extension host (code-server)', () => {
    beforeAll(async () => {
        ensureCodeServer();
        const vsix = ensureVsix();
        server = await startCodeServer(vsix, { 'remote.extensionKind': { 'referat.referat': ['web'] }, 'outline.collapseItems': 'alwaysCollapse' });
        const workspace = path.join(server.runDir, 'mappe');
        fs.mkdirSync(path.join(workspace, 'eldre'), { recursive: true });
        for (const file of fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.referat'))) {
            fs.copyFileSync(path.join(ROOT, 'examples', file), path.join(workspace, file));
        }
        // In a subfolder and never opened: found through the client's file system.
        fs.writeFileSync(path.join(workspace, 'eldre', 'feil.referat'), FAULTY);
        browser = await playwright().chromium.launch({
            executablePath: await chromiumExecutable(), headless: true,
            args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        });
        page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
        // The web worker extension host reports activation failures in the browser's console.
        page.on('console', (m) => { if (m.type() === 'error' && /referat/i.test(m.text())) consoleErrors.push(m.text().slice(0, 500)); });
        await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    }, 600_000);

    afterEach(async (context) => {
        // A screenshot of a failed step: tests/artifacts/web-extension/ (git-ignored).
        if (context.task.result?.state === 'fail' && page && !page.isClosed()) {
            fs.mkdirSync(path.join(ROOT, 'tests/artifacts/web-extension'), { recursive: true });
            await page.screenshot({ path: path.join(ROOT, 'tests/artifacts/web-extension', `${context.task.name.slice(0, 40)}.png`) }).catch(() => undefined);
        }
    });

    afterAll(async () => {
        try {
            await browser?.close();
        } finally {
            await server?.stop();
        }
    });

    it('lists the problems of a file that is not open, read through the workspace file system; no Node server runs', async () => {
        await openFile('alt-i-ett.referat');
        await runCommand('View: Focus Problems');
        const missing = page.locator('.markers-panel .monaco-list-row', { hasText: 'Sak 1/24 er en vedtakssak uten vedtak' });
        await missing.first().waitFor({ timeout: 60_000 });
        expect(await page.locator('.markers-panel .monaco-list-row', { hasText: 'feil.referat' }).count()).toBeGreaterThan(0);
        expect(languageServerPids(server!)).toEqual([]);
    }, STEP_TIMEOUT);

    it('completes, shows the outline, the preview and the deadlines', async () => {
        await openFile('alt-i-ett.referat');
        await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Enter');
        await page.keyboard.type('Sak');
        await page.keyboard.press('Control+Space');
        await page.locator('.suggest-widget .monaco-list-row', { hasText: /^Sak \d+\/24/ }).first().waitFor({ timeout: 30_000 });
        await page.keyboard.press('Escape');

        // The outline's top level (the header, the attendance, then sections or cases), and every case title in the preview.
        const titles = [...fs.readFileSync(path.join(ROOT, 'examples/alt-i-ett.referat'), 'utf8').matchAll(/^Sak \d+\/\d+ (.+)$/gm)].map((m) => m[1].trim());
        await runCommand('Explorer: Focus on Outline View');
        await page.locator('.outline-pane .monaco-list-row', { hasText: 'Deltakere' }).first().waitFor({ timeout: 60_000 });
        expect((await page.locator('.outline-pane .monaco-list-row').allInnerTexts()).slice(0, 2)).toEqual(['Møtehode', 'Deltakere']);

        await runCommand('Referat: Åpne forhåndsvisning ved siden av');
        for (const title of titles) await expect.poll(() => previewText(), { timeout: 60_000 }).toContain(title);

        await runCommand('Referat: Vis frister');
        // The deadline of the file no one opened, in the «Forfalt» group (expanded).
        const deadline = page.locator('.pane-body .monaco-list-row', { hasText: 'budsjettet sendes ut' }).first();
        await deadline.waitFor({ timeout: 60_000 });
        // Label, then the description: responsible, case, meeting (a date, not «[object Object]»).
        expect(await deadline.innerText()).toBe('1. mars 2024: budsjettet sendes ut.Kari Nordmann · sak 1/24 · Testrådet 10.01.2024');
        expect(languageServerPids(server!)).toEqual([]);
        expect(consoleErrors).toEqual([]);
    }, STEP_TIMEOUT);
});
