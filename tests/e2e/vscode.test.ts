/**
 * The packaged extension in real VS Code (code-server 4.100.3 + Debian's Chromium, see code-server.ts):
 * diagnostics, Problems, Outline, completion, the live preview with both ways of scroll sync, the
 * Frister view, and a language server that is restarted after it dies.
 * Screenshots of every step: tests/artifacts/e2e/ (git-ignored).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import {
    ARTIFACTS, ROOT, chromiumExecutable, ensureCodeServer, ensureVsix, languageServerPids, playwright, startCodeServer,
    type CodeServer,
} from './code-server.js';

const STEP_TIMEOUT = 120_000;
const EXAMPLE = 'alt-i-ett.referat';

/** Minutes with a duplicate case number (line 17) and a decision case without a decision (line 12). */
const FAULTY = `Organ: Testrådet (TR)
Dato: 10.01.2024

Til stede:
- Kari Nordmann, Testinstituttet, leder
- Ola Åsheim, Testinstituttet, medlem

Sak 1/24 Godkjenning av innkalling
Vedtakssak:
Vedtak: Innkallingen godkjennes.

Sak 2/24 Budsjett for 2024
Vedtakssak:
Innledning ved Kari Nordmann
Budsjettet ble drøftet.

Sak 2/24 Eventuelt
`;

let server: CodeServer | undefined;
let browser: Browser | undefined;
let page: Page;
let workspace: string;
let step = 0;

async function shot(name: string): Promise<void> {
    step++;
    await page.screenshot({ path: path.join(ARTIFACTS, `${String(step).padStart(2, '0')}-${name}.png`) });
}

/** The first key press can be lost while the workbench takes focus: retry until the quick input opens. */
async function quickInput(key: string) {
    const input = page.locator('.quick-input-widget input');
    for (let i = 0; i < 20; i++) {
        await page.keyboard.press(key);
        try {
            await input.waitFor({ state: 'visible', timeout: 1000 });
            return input;
        } catch { /* press again */ }
    }
    throw new Error(`hurtigvalget åpnet seg ikke med ${key}`);
}

async function runCommand(label: string): Promise<void> {
    const input = await quickInput('F1');
    await input.fill(`>${label}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
}

async function openFile(name: string): Promise<void> {
    const input = await quickInput('Control+P');
    await input.fill(name);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ timeout: 30_000 });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
}

async function goToLine(line: number): Promise<void> {
    const input = await quickInput('Control+G');
    await input.fill(`:${line}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => cursorLine(), { timeout: 10_000 }).toBe(line);
}

/** 1-based cursor line from the status bar ("Ln 12, Col 5"). */
async function cursorLine(): Promise<number | undefined> {
    const text = await page.locator('[id="status.editor.selection"]').innerText().catch(() => '');
    const m = /Ln (\d+)/.exec(text);
    return m ? Number(m[1]) : undefined;
}

/** Text of the visible lines of the first editor, in visual order (Monaco reuses line elements out of order). */
async function editorText(): Promise<string> {
    const lines = page.locator('.editor-instance .monaco-editor .view-lines').first();
    const text = await lines.evaluate((element) => [...element.querySelectorAll<HTMLElement>('.view-line')]
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((line) => line.textContent ?? '').join('\n'));
    return text.replace(/\u00a0/g, ' ');
}

function problemRows() {
    return page.locator('.markers-panel .monaco-list-row');
}

async function showProblems(): Promise<void> {
    await runCommand('View: Focus Problems');
    await page.locator('.markers-panel').waitFor({ timeout: 15_000 });
}

/** The webview frame of the Referat preview. */
async function previewFrame(): Promise<Frame> {
    for (let i = 0; i < 240; i++) {
        for (const frame of page.frames()) {
            if (await frame.locator('#referat-preview').count().catch(() => 0)) return frame;
        }
        await page.waitForTimeout(250);
    }
    throw new Error('fant ikke forhåndsvisningen');
}

/** Text of the preview, looked up afresh (VS Code swaps the webview's frame when its page is replaced). */
async function previewText(): Promise<string> {
    for (const frame of page.frames()) {
        const text = await frame.locator('#referat-preview').innerText({ timeout: 500 }).catch(() => undefined);
        if (text !== undefined) return text;
    }
    return '';
}

async function focusEditor(name: string): Promise<void> {
    await page.locator('.tabs-container .tab', { hasText: name }).first().click();
    await page.locator('.editor-instance .monaco-editor.focused').first().waitFor({ timeout: 10_000 }).catch(async () => {
        await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    });
}

describe('VS Code-utvidelsen i ekte VS Code (code-server)', () => {
    beforeAll(async () => {
        ensureCodeServer();
        const vsix = ensureVsix();
        expect(fs.statSync(vsix).size).toBeLessThan(2 * 1024 * 1024);
        fs.rmSync(ARTIFACTS, { recursive: true, force: true });
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        server = await startCodeServer(vsix, { 'outline.collapseItems': 'alwaysCollapse' });
        workspace = path.join(server.runDir, 'arbeidsområde');
        fs.mkdirSync(workspace);
        for (const file of fs.readdirSync(path.join(ROOT, 'examples'))) {
            if (file.endsWith('.referat')) fs.copyFileSync(path.join(ROOT, 'examples', file), path.join(workspace, file));
        }
        fs.writeFileSync(path.join(workspace, 'feil.referat'), FAULTY);

        browser = await playwright().chromium.launch({
            executablePath: await chromiumExecutable(),
            headless: true,
            args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
                '--disable-component-update', '--disable-sync'],
        });
        page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
        await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    }, 600_000); // first run: installs code-server and Chromium (about 1–2 minutes here)

    afterEach(async (context) => {
        if (context.task.result?.state === 'fail' && page && !page.isClosed()) await shot('feilet').catch(() => undefined);
    });

    afterAll(async () => {
        try {
            if (page && !page.isClosed()) await shot('slutt').catch(() => undefined);
            await browser?.close();
        } finally {
            await server?.stop();
        }
    });

    it('åpner et eksempel uten problemer, og viser sakene i disposisjonen', async () => {
        await openFile(EXAMPLE);
        await runCommand('Explorer: Focus on Outline View');
        const outline = page.locator('.outline-pane .monaco-list-row');
        await outline.filter({ hasText: 'Utleiepriser for 2025' }).first().waitFor({ timeout: 60_000 });
        expect((await outline.allInnerTexts()).join('\n')).toContain('Godkjenning av innkalling og saksliste');
        await shot('disposisjon');

        // The server has validated the workspace once feil.referat has problems; the example has none.
        await showProblems();
        await problemRows().filter({ hasText: 'feil.referat' }).first().waitFor({ timeout: 60_000 });
        expect(await problemRows().filter({ hasText: EXAMPLE }).count()).toBe(0);
        await focusEditor(EXAMPLE);
        expect(await page.locator('.editor-instance .monaco-editor .squiggly-error, .editor-instance .monaco-editor .squiggly-warning').count()).toBe(0);
        await shot('eksempel-uten-problemer');
    }, STEP_TIMEOUT);

    it('viser dobbelt saksnummer og manglende vedtak i Problemer, på riktige linjer', async () => {
        await openFile('feil.referat');
        await page.locator('.editor-instance .monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
        await showProblems();
        const duplicate = problemRows().filter({ hasText: 'Saksnummeret 2/24 er brukt før' });
        const missing = problemRows().filter({ hasText: 'vedtakssak uten vedtak' });
        await duplicate.first().waitFor({ timeout: 30_000 });
        await missing.first().waitFor({ timeout: 30_000 });
        expect(await duplicate.first().innerText()).toMatch(/\[Ln 17, Col \d+\]/);
        expect(await missing.first().innerText()).toMatch(/\[Ln 12, Col \d+\]/);
        await shot('problemer');
    }, STEP_TIMEOUT);

    it('foreslår navn på personer i en sak', async () => {
        await focusEditor('feil.referat');
        await goToLine(15);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('Ansvarlig: Ol');
        await page.keyboard.press('Control+Space');
        const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'Ola Åsheim' });
        await suggestion.first().waitFor({ timeout: 30_000 });
        await shot('fullforing');
        await page.keyboard.press('Tab'); // Enter is a line break in prose (acceptSuggestionOnEnter: off)
        await expect.poll(() => editorText(), { timeout: 10_000 }).toContain('Ansvarlig: Ola Åsheim');
    }, STEP_TIMEOUT);

    it('forhåndsviser referatet, oppdaterer mens man skriver, og et klikk flytter markøren', async () => {
        await openFile(EXAMPLE);
        await focusEditor(EXAMPLE);
        await runCommand('Referat: Åpne forhåndsvisning ved siden av');
        const frame = await previewFrame();
        const preview = frame.locator('#referat-preview');
        await expect.poll(() => preview.innerText(), { timeout: 30_000 }).toContain('Godkjenning av innkalling og saksliste');
        expect(await preview.innerText()).toContain('Utleiepriser for 2025');
        const csp = await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
        expect(csp).toMatch(/default-src 'none'.*script-src 'nonce-[A-Za-z0-9]{16,}'/);
        await shot('forhandsvisning');

        await focusEditor(EXAMPLE);
        const titleLine = fs.readFileSync(path.join(workspace, EXAMPLE), 'utf8').split('\n')
            .findIndex((l) => l.startsWith('Sak 17/24 Godkjenning av innkalling og saksliste')) + 1;
        await goToLine(titleLine);
        await page.keyboard.press('End');
        await page.keyboard.type(' (endret i testen)');
        await expect.poll(() => preview.innerText(), { timeout: 30_000 }).toContain('saksliste (endret i testen)');
        await shot('forhandsvisning-oppdatert');

        const caseLine = fs.readFileSync(path.join(workspace, EXAMPLE), 'utf8').split('\n')
            .findIndex((l) => l.startsWith('Sak 20/24 Utleiepriser')) + 1;
        await goToLine(1);
        await frame.locator('#referat-preview [data-line]', { hasText: 'Utleiepriser for 2025' }).last().click();
        await expect.poll(() => cursorLine(), { timeout: 15_000 }).toBe(caseLine);
        await shot('klikk-i-forhandsvisning');
    }, STEP_TIMEOUT);

    it('fortsetter nummererte lister og punktlister når man trykker Enter', async () => {
        await openFile('feil.referat');
        await focusEditor('feil.referat');
        await goToLine(10);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        // Line by line with a short pause before Enter, as people type: VS Code applies the Enter rules
        // to the line as tokenised, and tokenising runs in the background.
        const typeLine = async (text: string) => {
            await page.keyboard.type(text);
            await page.waitForTimeout(400);
            await page.keyboard.press('Enter');
        };
        await typeLine('Til orientering:');
        await typeLine('1. Første punkt');
        await typeLine('Andre punkt');
        await expect.poll(() => editorText(), { timeout: 10_000 }).toMatch(/\n1\. Første punkt\n2\. Andre punkt\n3\. \n/);
        for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
        await typeLine('- Punkt');
        await page.keyboard.type('Neste');
        await expect.poll(() => editorText(), { timeout: 10_000 }).toMatch(/\n2\. Andre punkt\n- Punkt\n- Neste\n/);
        await shot('lister');
    }, STEP_TIMEOUT);

    it('viser fristene i arbeidsområdet i Frister-visningen', async () => {
        // Room for the view: the Outline and the folder list are collapsed first.
        for (const title of ['Outline', 'arbeidsområde']) {
            const header = page.locator('.pane-header[aria-expanded="true"]', { hasText: title });
            if (await header.count()) await header.first().click();
        }
        await runCommand('Referat: Vis frister');
        const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Frister' }) });
        await pane.locator('.monaco-list-row', { hasText: 'tre anbud legges fram' }).first().waitFor({ timeout: 30_000 });
        const text = await pane.locator('.monaco-list-row').allInnerTexts();
        expect(text.join('\n')).toContain('Bjørn Kvåle');
        await shot('frister');
    }, STEP_TIMEOUT);

    it('eksporterer HTML og lager et nytt møtereferat nummerert etter organets siste møte', async () => {
        await openFile(EXAMPLE);
        await focusEditor(EXAMPLE);
        await runCommand('Referat: Eksporter HTML');
        // code-server's save dialog is a quick input with the suggested path filled in.
        const input = page.locator('.quick-input-widget input');
        await expect.poll(() => input.inputValue(), { timeout: 20_000 }).toMatch(/alt-i-ett\.html$/);
        await shot('eksport-lagre-som');
        await page.keyboard.press('Enter');
        const exported = path.join(workspace, 'alt-i-ett.html');
        await expect.poll(() => fs.existsSync(exported), { timeout: 20_000 }).toBe(true);
        const html = fs.readFileSync(exported, 'utf8');
        expect(html).toMatch(/^<!doctype html>/i);
        expect(html).toContain('Utleiepriser for 2025');

        await runCommand('Referat: Nytt møtereferat');
        const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'BKH' }).first();
        await pick.waitFor({ timeout: 20_000 });
        await shot('nytt-referat-velg-organ');
        await pick.click();
        const created = () => fs.readdirSync(workspace).find((f) => /^bkh-\d{4}-\d{2}-\d{2}\.referat$/.test(f));
        await expect.poll(created, { timeout: 20_000 }).toBeTruthy();
        const text = fs.readFileSync(path.join(workspace, created()!), 'utf8');
        expect(text).toContain('Organ: Styret i Bygdøy kulturhus (BKH)');
        expect(text).toMatch(/^Sak \S+ Godkjenning av referat fra møte 14\. mai 2024 \(03\/2024\)$/m);
        expect(text).toMatch(/^Sak \S+ Eventuelt$/m);
        await page.locator('.tabs-container .tab.active', { hasText: created()! }).first().waitFor({ timeout: 20_000 });
        await shot('nytt-referat');
    }, STEP_TIMEOUT);

    it('starter språktjeneren på nytt når den dør, og diagnostikken kommer tilbake', async () => {
        const before = languageServerPids(server!);
        expect(before).toHaveLength(1);
        process.kill(before[0], 'SIGKILL');
        await expect.poll(() => languageServerPids(server!).filter((pid) => !before.includes(pid)).length, { timeout: 60_000, interval: 500 })
            .toBe(1);

        await openFile('feil.referat');
        await focusEditor('feil.referat');
        await page.keyboard.press('Control+End');
        await page.keyboard.type('\nSak 1/24 Ekstra sak\nOrienteringssak:\n');
        await showProblems();
        await problemRows().filter({ hasText: 'Saksnummeret 1/24 er brukt før' }).first().waitFor({ timeout: 60_000 });
        await problemRows().filter({ hasText: 'Saksnummeret 2/24 er brukt før' }).first().waitFor({ timeout: 30_000 });
        await shot('sprakttjener-startet-pa-nytt');
    }, STEP_TIMEOUT);

    it('gjenoppretter forhåndsvisningen etter at VS Code lastes på nytt', async () => {
        await page.reload();
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await previewFrame();
        // It shows the document it showed before (or the restored active editor's): the one in its title.
        const tab = page.locator('.tabs-container .tab', { hasText: 'Forhåndsvisning: ' }).first();
        const showsTitledDocument = async () => {
            const name = /Forhåndsvisning: (\S+\.referat)/.exec(await tab.innerText().catch(() => ''))?.[1];
            if (!name) return false;
            const organ = /^Organ: (.*?)(?: \(|$)/m.exec(fs.readFileSync(path.join(workspace, name), 'utf8'))![1];
            return (await previewText()).includes(organ);
        };
        await expect.poll(showsTitledDocument, { timeout: 60_000 }).toBe(true);
        await shot('forhandsvisning-gjenopprettet');
    }, STEP_TIMEOUT);
});
