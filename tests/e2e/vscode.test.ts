/**
 * The packaged extension in real VS Code (code-server 4.100.3 + Debian's Chromium, see code-server.ts):
 * diagnostics, Problems, Outline, completion, hover, the live preview (its CSP nonce, its messages,
 * narrow panes, scroll sync both ways), lists on Enter, the Frister view, exports and their
 * notifications, new minutes, and a language server that is restarted after it dies. Each step reads
 * what a person sees (row text, descriptions, tooltips, hovers, dialogs, notifications) and compares
 * it exactly. Screenshots of every step: tests/artifacts/e2e/ (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { openFile as workbenchOpenFile, quickInput as workbenchQuickInput, runCommand as workbenchCommand } from '../support/workbench.js';
import {
    ARTIFACTS, ROOT, chromiumExecutable, dialog, ensureCodeServer, ensureVsix, hoverText, languageServerPids, notificationMessages,
    playwright, startCodeServer, treeRows, type CodeServer,
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

// ---- deadlines relative to today, so the Frister view's text is known in advance ---------------

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const TODAY = new Date();
const day = (offset: number) => new Date(TODAY.getFullYear(), TODAY.getMonth(), TODAY.getDate() + offset);
const pad = (n: number) => String(n).padStart(2, '0');
const short = (d: Date) => `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;
const long = (d: Date) => `${d.getDate()}. ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
/** Whole days from today to `d` (local calendar days). */
const daysFromToday = (d: Date) => Math.round(
    (Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(TODAY.getFullYear(), TODAY.getMonth(), TODAY.getDate())) / 86_400_000,
);

const MEETING = day(-20);
const CASE = `1/${String(MEETING.getFullYear()).slice(2)}`;
const DEADLINES_FILE = 'frister.referat';
const DEADLINES = `Organ: Fristrådet (FR)
Dato: ${short(MEETING)}

Til stede:
- Kari Nordmann, Fristinstituttet, leder
- Ola Åsheim, Fristinstituttet, medlem

Sak ${CASE} Oppfølging av tiltak
Orienteringssak:
Frist ${short(day(-3))}: Kari Nordmann – sende brevet til departementet.
Frist ${short(day(5))}: Ola Åsheim – lage et budsjett.
Frist ${short(day(40))}: Kari Nordmann og Ola Åsheim – evaluere tiltaket.
Frist ${short(day(-1))}: Ola Åsheim – bestille møterom. (utført)
`;

/** A document to type lists into: lines 1–6, then the rest. */
const LISTS_FILE = 'lister.referat';
const LISTS_HEAD = 'Organ: Listerådet (LR)\nDato: onsdag 10. januar 2024\n\nSak 1/24 Orientering om arbeidet\nOrienteringssak:\nInnledning om arbeidet.\n';
const LISTS_TAIL = '\nSak 2/24 Eventuelt\n';

/** A document to complete in (lines 1–9). */
const COMPLETION_FILE = 'fullforing.referat';
const COMPLETION = `Organ: Fullføringsrådet (FF)
Dato: 10.01.2024

Til stede:
- Kari Nordmann, Testinstituttet, leder

Sak 1/24 Budsjett
Orienteringssak:
Budsjettet ble lagt fram.
`;

/** A document with a duplicate case number (line 15) and a decision case without a decision (line 11), for the quick fixes. */
const FIXES_FILE = 'hurtigretting.referat';
const FIXES = `Organ: Retterådet (RR)
Dato: 10.01.2024

Til stede:
- Kari Nordmann, Testinstituttet, leder

Sak 1/24 Godkjenning av innkalling
Vedtakssak:
Vedtak: Innkallingen godkjennes.

Sak 2/24 Budsjett
Vedtakssak:
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

const quickInput = (key: string) => workbenchQuickInput(page, key);
const runCommand = (label: string) => workbenchCommand(page, label);
const openFile = (name: string) => workbenchOpenFile(page, name);

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

/** The active editor (the one with the focused tab's text). */
function activeEditor() {
    return page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
}

/** Text of the visible lines of the active editor, in visual order (Monaco reuses line elements out of order). */
async function editorText(): Promise<string> {
    const lines = activeEditor().locator('.view-lines').first();
    const text = await lines.evaluate((element) => [...element.querySelectorAll<HTMLElement>('.view-line')]
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((line) => line.textContent ?? '').join('\n'));
    return text.replace(/\u00a0/g, ' ');
}

/** The rows of the open suggest widget, in order: label and whether it is the selected one. */
async function suggestions(): Promise<Array<{ label: string; selected: boolean }>> {
    const widget = page.locator('.editor-widget.suggest-widget.visible');
    await widget.locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300); // the list is filled in one go, then laid out
    return widget.locator('.monaco-list-row').evaluateAll((rows) => rows
        .map((row) => ({
            top: parseFloat((row as HTMLElement).style.top) || 0,
            label: (row.querySelector('.label-name') as HTMLElement | null)?.innerText ?? '',
            selected: row.classList.contains('focused'),
        }))
        .sort((a, b) => a.top - b.top)
        .map(({ label, selected }) => ({ label, selected })));
}

const suggestWidgetVisible = () => page.locator('.editor-widget.suggest-widget.visible').count();

/**
 * Types `text` ending in a trigger character (a space) and waits for the suggestions it opens; asks
 * for them with Ctrl+Space when the trigger came before the language server was ready.
 */
async function typeUntilSuggested(text: string): Promise<void> {
    await page.keyboard.type(text);
    const rows = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
    if (!await rows.first().waitFor({ timeout: 5000 }).then(() => true, () => false)) await page.keyboard.press('Control+Space');
}

/**
 * The quick fixes VS Code lists for the cursor (Ctrl+.), as shown. On a busy machine the first Ctrl+.
 * can come before the editor has the diagnostics of the line (it then shows none): asked again.
 */
async function quickFixes(): Promise<string[]> {
    const rows = page.locator('.action-widget .monaco-list-row.action');
    for (let attempt = 1; ; attempt++) {
        await page.keyboard.press('Control+.');
        const shown = await rows.first().waitFor({ timeout: 10_000 }).then(() => true, () => false);
        if (shown) return (await rows.allInnerTexts()).map((t) => t.trim());
        if (attempt === 4) throw new Error('Ctrl+. viste ingen hurtigrettinger etter fire forsøk');
        await page.keyboard.press('Escape');
        await page.waitForTimeout(1000);
    }
}

/**
 * Saves the active document and expects its text on disk: what the author typed, without the inlay
 * hints (weekdays, days left) that the editor shows between the characters.
 */
async function expectSaved(file: string, expected: string): Promise<void> {
    await page.keyboard.press('Control+S');
    await expect.poll(() => fs.readFileSync(path.join(workspace, file), 'utf8'), { timeout: 15_000 }).toBe(expected);
}

function problemRows() {
    return page.locator('.markers-panel .monaco-list-row');
}

async function showProblems(): Promise<void> {
    await runCommand('View: Focus Problems');
    await page.locator('.markers-panel').waitFor({ timeout: 15_000 });
}

/** The webview frame of the Referat preview, looked up afresh (VS Code swaps the frame when its page is replaced). */
async function previewFrame(): Promise<Frame> {
    for (let i = 0; i < 240; i++) {
        for (const frame of page.frames()) {
            if (await frame.locator('#referat-preview').count().catch(() => 0)) return frame;
        }
        await page.waitForTimeout(250);
    }
    throw new Error('fant ikke forhåndsvisningen');
}

/** Text of the preview, looked up afresh. */
async function previewText(): Promise<string> {
    for (const frame of page.frames()) {
        const text = await frame.locator('#referat-preview').innerText({ timeout: 500 }).catch(() => undefined);
        if (text !== undefined) return text;
    }
    return '';
}

/** The nonces the preview's page was made with: in its CSP, on its scripts (nonce and file) and on its style. */
async function previewNonces(frame: Frame): Promise<{ csp: string | undefined; script: string[]; style: string[]; document: string }> {
    return frame.evaluate(() => {
        const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
        return {
            csp: /script-src 'nonce-([^']+)'/.exec(csp)?.[1],
            // VS Code adds its own script (the webview API) to the document: every other one is the page's.
            script: [...document.querySelectorAll('script')].filter((s) => s.id !== '_vscodeApiScript')
                .map((s) => `${s.nonce} ${s.getAttribute('src')?.replace(/^.*\/extensions\/[^/]+\//, '') ?? '(inline)'}`),
            style: [...document.querySelectorAll('style')].filter((s) => s.id !== '_defaultStyles').map((s) => s.nonce),
            document: JSON.parse(document.body.dataset.state ?? '{}').source as string,
        };
    });
}

async function focusEditor(name: string): Promise<void> {
    await page.locator('.tabs-container .tab', { hasText: name }).first().click();
    await page.locator('.editor-instance .monaco-editor.focused').first().waitFor({ timeout: 10_000 }).catch(async () => {
        await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    });
}

/** The Explorer's panes other than `keep` are collapsed, for room. */
async function collapsePanes(...titles: string[]): Promise<void> {
    for (const title of titles) {
        const header = page.locator('.pane-header[aria-expanded="true"]', { hasText: title });
        if (await header.count()) await header.first().click();
    }
}

describe('VS Code-utvidelsen i ekte VS Code (code-server)', () => {
    beforeAll(async () => {
        ensureCodeServer();
        const vsix = ensureVsix();
        // Small, and only what runs: no sources, maps or dependencies in the package.
        expect(fs.statSync(vsix).size).toBeLessThan(1024 * 1024);
        const files = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n').filter((f) => f.startsWith('extension/')).sort();
        expect(files).toEqual([
            'extension/LICENSE.txt', 'extension/images/file-icon.svg', 'extension/images/icon.png',
            'extension/media/preview.css', 'extension/out/extension.cjs', 'extension/out/language-configuration.json',
            'extension/out/referat.tmLanguage.json', 'extension/out/server.cjs', 'extension/out/webview/preview.js',
            // VS Code for the Web: the browser entry and the server as a Web Worker.
            'extension/out/browser-extension.js', 'extension/out/server-browser.js',
            'extension/package.json', 'extension/readme.md',
        ].sort());
        fs.rmSync(ARTIFACTS, { recursive: true, force: true });
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        server = await startCodeServer(vsix, { 'outline.collapseItems': 'alwaysCollapse' });
        workspace = path.join(server.runDir, 'arbeidsområde');
        fs.mkdirSync(workspace);
        for (const file of fs.readdirSync(path.join(ROOT, 'examples'))) {
            if (file.endsWith('.referat')) fs.copyFileSync(path.join(ROOT, 'examples', file), path.join(workspace, file));
        }
        fs.writeFileSync(path.join(workspace, 'feil.referat'), FAULTY);
        fs.writeFileSync(path.join(workspace, DEADLINES_FILE), DEADLINES);
        fs.writeFileSync(path.join(workspace, LISTS_FILE), LISTS_HEAD + LISTS_TAIL);
        fs.writeFileSync(path.join(workspace, COMPLETION_FILE), COMPLETION);
        fs.writeFileSync(path.join(workspace, FIXES_FILE), FIXES);
        // Not Referat: VS Code's usual boxes around ambiguous characters stay on here.
        fs.writeFileSync(path.join(workspace, 'kontroll.js'), 'const tid = "10.00–15.00";\n');

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
        const outline = page.locator('.outline-pane');
        // The example's sections («# Saker til behandling») hold its cases.
        const section = outline.locator('.monaco-list-row', { hasText: 'Saker til behandling' }).first();
        await section.waitFor({ timeout: 60_000 });
        expect((await treeRows(outline)).filter((r) => r.level === 1).slice(0, 5).map((r) => r.label)).toEqual([
            'Møtehode', 'Deltakere', 'Saker til behandling', 'Saker om sommeren', 'Underskrifter',
        ]);
        await section.locator('.monaco-tl-twistie').click();
        await outline.locator('.monaco-list-row', { hasText: 'Sak 17/24 Godkjenning av innkalling og saksliste' }).first().waitFor({ timeout: 30_000 });
        expect((await treeRows(outline)).slice(0, 6).map((r) => r.label)).toEqual([
            'Møtehode', 'Deltakere', 'Saker til behandling', 'Sak 17/24 Godkjenning av innkalling og saksliste',
            'Sak 18/24 Godkjenning av protokoll fra styremøte 9. april 2024', 'Sak 19/24 Økonomi og vedlikehold',
        ]);
        await shot('disposisjon');

        // The server has validated the workspace once feil.referat has problems; the example has none.
        await showProblems();
        await problemRows().filter({ hasText: 'feil.referat' }).first().waitFor({ timeout: 60_000 });
        expect(await problemRows().filter({ hasText: EXAMPLE }).count()).toBe(0);
        await focusEditor(EXAMPLE);
        expect(await page.locator('.editor-instance .monaco-editor .squiggly-error, .editor-instance .monaco-editor .squiggly-warning').count()).toBe(0);
        await shot('eksempel-uten-problemer');
    }, STEP_TIMEOUT);

    it('viser en tankestrek (–) i norsk tekst uten boks rundt, mens andre språk beholder VS Codes boks', async () => {
        await openFile('kontroll.js');
        await activeEditor().locator('.unicode-highlight').first().waitFor({ timeout: 20_000 });
        await openFile(EXAMPLE);
        await focusEditor(EXAMPLE);
        await expect.poll(() => editorText(), { timeout: 10_000 }).toContain('Tid: kl. 10.00–15.00');
        await page.waitForTimeout(1000); // decorations are computed after the text is shown
        expect(await activeEditor().locator('.unicode-highlight').count()).toBe(0);
        await shot('tankestrek-uten-boks');
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

    it('viser hvem en person er når musen holdes over navnet', async () => {
        await openFile('feil.referat');
        await focusEditor('feil.referat');
        const name = activeEditor().locator('.view-line span', { hasText: 'Kari Nordmann' }).last();
        expect(await hoverText(page, name, '.monaco-editor .monaco-hover .hover-contents')).toBe('Kari Nordmann — Testinstituttet · leder\n\nTil stede');
        await shot('hover-person');
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
        await expect.poll(() => editorText(), { timeout: 10_000 }).toMatch(/\nBudsjettet ble drøftet\.\nAnsvarlig: Ola Åsheim\n/);
    }, STEP_TIMEOUT);

    it('forhåndsviser referatet med streng CSP, oppdaterer mens man skriver, og et klikk flytter markøren', async () => {
        await openFile(EXAMPLE);
        await focusEditor(EXAMPLE);
        await runCommand('Referat: Åpne forhåndsvisning ved siden av');
        const frame = await previewFrame();
        const preview = frame.locator('#referat-preview');
        await expect.poll(() => preview.locator('h1').first().innerText(), { timeout: 30_000 }).toBe('MØTEPROTOKOLL\nStyret i Bygdøy kulturhus (BKH)');
        // A case under a section («# Saker til behandling», h2) is headed one level below it.
        expect(await preview.locator('h3', { hasText: 'Utleiepriser' }).first().innerText()).toBe('Sak 20/24 Utleiepriser for 2025');
        expect(await page.locator('.tabs-container .tab', { hasText: 'Forhåndsvisning: ' }).first().innerText()).toBe('Forhåndsvisning: alt-i-ett.referat');

        // The page's nonce is the one its script and style carry; the CSP allows nothing else.
        const csp = await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
        const nonces = await previewNonces(frame);
        expect(nonces.csp).toMatch(/^[A-Za-z0-9_-]{24}$/);
        const source = "'self' https://*.vscode-cdn.net"; // the webview's cspSource in code-server 4.100
        expect(csp).toBe(`default-src 'none'; img-src ${source} data:; style-src ${source} 'nonce-${nonces.csp}'; font-src ${source}; script-src 'nonce-${nonces.csp}'`);
        expect(nonces.script).toEqual([`${nonces.csp} out/webview/preview.js`]);
        expect(nonces.style).toEqual([nonces.csp]);
        expect(nonces.document).toMatch(/\/alt-i-ett\.referat$/);
        await shot('forhandsvisning');

        // A message the page posts to itself (anything but VS Code's) is not a render.
        await frame.evaluate((source) => window.postMessage({ type: 'update', source, html: '<p>forfalsket</p>', version: 999 }, '*'), nonces.document);
        await page.waitForTimeout(700);
        expect(await previewText()).not.toContain('forfalsket');

        await focusEditor(EXAMPLE);
        const titleLine = fs.readFileSync(path.join(workspace, EXAMPLE), 'utf8').split('\n')
            .findIndex((l) => l.startsWith('Sak 17/24 Godkjenning av innkalling og saksliste')) + 1;
        await goToLine(titleLine);
        await page.keyboard.press('End');
        await page.keyboard.type(' (endret i testen)');
        const heading = () => frame.locator('#referat-preview h3', { hasText: 'Sak 17/24' }).first().innerText().catch(() => '');
        await expect.poll(heading, { timeout: 30_000 }).toBe('Sak 17/24 Godkjenning av innkalling og saksliste (endret i testen)');
        await shot('forhandsvisning-oppdatert');

        const caseLine = fs.readFileSync(path.join(workspace, EXAMPLE), 'utf8').split('\n')
            .findIndex((l) => l.startsWith('Sak 20/24 Utleiepriser')) + 1;
        await goToLine(1);
        await frame.locator('#referat-preview [data-line]', { hasText: 'Utleiepriser for 2025' }).last().click();
        await expect.poll(() => cursorLine(), { timeout: 15_000 }).toBe(caseLine);
        await shot('klikk-i-forhandsvisning');
    }, STEP_TIMEOUT);

    it('får plass til deltakertabellene i en smal forhåndsvisning, uten at noe skjæres av', async () => {
        // The sidebar stays open; the window is made narrow, so the preview pane is about 300 px wide.
        try {
            for (const width of [1100, 900]) {
                await page.setViewportSize({ width, height: 950 });
                await page.waitForTimeout(800);
                const frame = await previewFrame();
                const fit = await frame.evaluate(() => {
                    const main = document.querySelector('main')!.getBoundingClientRect();
                    const tables = [...document.querySelectorAll('table')];
                    return {
                        viewport: document.documentElement.clientWidth,
                        page: document.documentElement.scrollWidth,
                        tables: tables.length,
                        outside: tables.filter((t) => t.getBoundingClientRect().right > main.right + 0.5 || t.scrollWidth > t.clientWidth + 0.5).length,
                        lastColumns: tables.map((t) => t.querySelector('thead th:last-child')!.getBoundingClientRect().right <= document.documentElement.clientWidth),
                    };
                });
                expect(fit.viewport).toBeLessThan(450);
                expect(fit.tables).toBeGreaterThan(0);
                expect(fit).toEqual({ ...fit, page: fit.viewport, outside: 0, lastColumns: fit.lastColumns.map(() => true) });
                await shot(`forhandsvisning-${width}px`);
            }
        } finally {
            await page.setViewportSize({ width: 1500, height: 950 });
            await page.waitForTimeout(500);
        }
    }, STEP_TIMEOUT);

    it('lager en ny side med ny nonce når forhåndsvisningen følger et annet dokument', async () => {
        const before = await previewNonces(await previewFrame());
        await openFile('feil.referat');
        await expect.poll(async () => (await previewNonces(await previewFrame()).catch(() => before)).document, { timeout: 30_000 }).toMatch(/\/feil\.referat$/);
        const frame = await previewFrame();
        await expect.poll(() => frame.locator('#referat-preview h1').first().innerText(), { timeout: 30_000 }).toBe('MØTEREFERAT\nTestrådet (TR)');
        const after = await previewNonces(frame);
        expect(after.csp).toMatch(/^[A-Za-z0-9_-]{24}$/);
        expect(after.csp).not.toBe(before.csp);
        expect(after.script).toEqual([`${after.csp} out/webview/preview.js`]);
        expect(after.style).toEqual([after.csp]);
        await shot('forhandsvisning-nytt-dokument');
    }, STEP_TIMEOUT);

    it('fortsetter nummererte lister og punktlister når man trykker Enter, og avslutter dem på et tomt punkt', async () => {
        await openFile(LISTS_FILE);
        await focusEditor(LISTS_FILE);
        await goToLine(6);
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
        await expect.poll(() => editorText(), { timeout: 10_000 }).toBe(`${LISTS_HEAD}Til orientering:\n1. Første punkt\n2. Andre punkt\n3. \n${LISTS_TAIL}`);
        await page.waitForTimeout(400);
        await page.keyboard.press('Enter'); // on the empty "3. ": the list ends, the line is left blank
        await expect.poll(() => editorText(), { timeout: 10_000 }).toBe(`${LISTS_HEAD}Til orientering:\n1. Første punkt\n2. Andre punkt\n\n${LISTS_TAIL}`);
        await typeLine('Etter listen.');
        await typeLine('- Punkt');
        await typeLine('Neste');
        await expect.poll(() => editorText(), { timeout: 10_000 }).toBe(
            `${LISTS_HEAD}Til orientering:\n1. Første punkt\n2. Andre punkt\nEtter listen.\n- Punkt\n- Neste\n- \n${LISTS_TAIL}`);
        await page.waitForTimeout(400);
        await page.keyboard.press('Enter'); // on the empty "- ": no stray bullet is left
        await expect.poll(() => editorText(), { timeout: 10_000 }).toBe(
            `${LISTS_HEAD}Til orientering:\n1. Første punkt\n2. Andre punkt\nEtter listen.\n- Punkt\n- Neste\n\n${LISTS_TAIL}`);
        await page.keyboard.type('Slutt.');
        await expect.poll(() => editorText(), { timeout: 10_000 }).toBe(
            `${LISTS_HEAD}Til orientering:\n1. Første punkt\n2. Andre punkt\nEtter listen.\n- Punkt\n- Neste\nSlutt.\n${LISTS_TAIL}`);
        await shot('lister');
    }, STEP_TIMEOUT);

    it('viser fristene i Frister-visningen med dato, ansvarlig, sak og møte, og forklarer hver frist i verktøytipset', async () => {
        await collapsePanes('Outline', 'arbeidsområde', 'Timeline');
        await runCommand('Referat: Vis frister');
        const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Frister' }) });
        const rowNamed = (label: string) => pane.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: label }) }).first();
        await rowNamed('sende brevet til departementet.').waitFor({ timeout: 30_000 });
        await shot('frister');
        const rows = await treeRows(pane);
        const groups = rows.filter((r) => r.level === 1);
        // «Uten gyldig dato»: the English example's action due «by the 12.x release».
        expect(groups.map((g) => g.label)).toEqual(['Forfalt', 'Innen 14 dager', 'Senere', 'Uten gyldig dato', 'Utført']);
        // Each group's count is the number of its rows (the undated and done groups start collapsed).
        const children = (label: string) => {
            const start = rows.findIndex((r) => r.level === 1 && r.label === label);
            const end = rows.findIndex((r, i) => i > start && r.level === 1);
            return rows.slice(start + 1, end < 0 ? rows.length : end);
        };
        const collapsed = ['Uten gyldig dato', 'Utført'];
        for (const group of groups.filter((g) => !collapsed.includes(g.label))) expect(group.description).toBe(String(children(group.label).length));
        for (const label of collapsed) {
            expect(groups.find((g) => g.label === label)!.description).toBe('1');
            expect(children(label)).toEqual([]);
        }

        const meeting = `Fristrådet ${short(MEETING)}`;
        expect(children('Innen 14 dager')).toEqual([
            { label: `${long(day(5))}: lage et budsjett.`, description: `Ola Åsheim · sak ${CASE} · ${meeting}`, level: 2 },
        ]);
        expect(children('Senere')).toEqual([
            { label: `${long(day(40))}: evaluere tiltaket.`, description: `Kari Nordmann og Ola Åsheim · sak ${CASE} · ${meeting}`, level: 2 },
        ]);
        const overdue = children('Forfalt');
        expect(overdue.at(-1)).toEqual(
            { label: `${long(day(-3))}: sende brevet til departementet.`, description: `Kari Nordmann · sak ${CASE} · ${meeting}`, level: 2 });
        expect(overdue).toContainEqual(
            { label: '15. august 2024: tre anbud legges fram for styret.', description: 'Bjørn Kvåle · sak 19.2 · Styret i Bygdøy kulturhus 14.05.2024', level: 2 });
        for (const row of rows) expect(`${row.label} ${row.description}`).not.toMatch(/\[object |undefined/);

        const tooltip = (label: string) => hoverText(page, rowNamed(label).locator('.label-name'));
        const inFrister = `Møte: Fristrådet, ${long(MEETING)}`;
        expect(await tooltip('sende brevet til departementet.')).toBe([
            'sende brevet til departementet.', `Frist: ${long(day(-3))} (forfalt for 3 dager siden)`, 'Ansvarlig: Kari Nordmann',
            `Sak ${CASE} Oppfølging av tiltak`, inFrister,
        ].join('\n'));
        expect(await tooltip('lage et budsjett.')).toBe([
            'lage et budsjett.', `Frist: ${long(day(5))} (om 5 dager)`, 'Ansvarlig: Ola Åsheim', `Sak ${CASE} Oppfølging av tiltak`, inFrister,
        ].join('\n'));
        expect(await tooltip('evaluere tiltaket.')).toBe([
            'evaluere tiltaket.', `Frist: ${long(day(40))} (om 40 dager)`, 'Ansvarlig: Kari Nordmann og Ola Åsheim', `Sak ${CASE} Oppfølging av tiltak`, inFrister,
        ].join('\n'));
        const anbudDays = -daysFromToday(new Date(2024, 7, 15));
        expect(await tooltip('tre anbud legges fram for styret.')).toBe([
            'tre anbud legges fram for styret.', `Frist: 15. august 2024 (forfalt for ${anbudDays} dager siden)`, 'Ansvarlig: Bjørn Kvåle',
            'Sak 19.2 Reparasjon av taket over storsalen', 'Møte: Styret i Bygdøy kulturhus, 14. mai 2024',
        ].join('\n'));
        await shot('frister-verktoytips');

        // The done group, opened: its deadline, marked as done.
        await pane.locator('.monaco-list-row', { hasText: 'Utført' }).first().click();
        await rowNamed('bestille møterom.').waitFor({ timeout: 10_000 });
        expect(await tooltip('bestille møterom.')).toBe([
            'bestille møterom.', `Frist: ${long(day(-1))} (utført)`, 'Ansvarlig: Ola Åsheim', `Sak ${CASE} Oppfølging av tiltak`, inFrister,
        ].join('\n'));

        // A click on a deadline opens its line.
        await rowNamed('lage et budsjett.').click();
        await page.locator('.tabs-container .tab.active', { hasText: DEADLINES_FILE }).first().waitFor({ timeout: 20_000 });
        await expect.poll(() => cursorLine(), { timeout: 10_000 }).toBe(DEADLINES.split('\n').findIndex((l) => l.includes('lage et budsjett')) + 1);
    }, STEP_TIMEOUT);

    it('foreslår det som trengs der markøren står, og ingen snutter der de ikke hører hjemme', async () => {
        await openFile(COMPLETION_FILE);
        await focusEditor(COMPLETION_FILE);
        // After «Frist »: the meeting date first and selected; the author's «:» accepts it and stands once.
        await goToLine(9);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await typeUntilSuggested('Frist ');
        expect(await suggestions()).toEqual([
            { label: '10.01.2024', selected: true }, { label: '24.01.2024', selected: false }, { label: '07.02.2024', selected: false },
            { label: short(new Date()), selected: false }, // the server's today, also after midnight
        ]);
        await shot('fullforing-frist');
        await page.keyboard.type(':');
        await page.keyboard.press('Escape');
        await expectSaved(COMPLETION_FILE, COMPLETION + 'Frist 10.01.2024:\n');

        // A new case from the server's snippet: «Eventuelt» typed as its title stays a title.
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('Sak');
        await page.keyboard.press('Control+Space');
        expect((await suggestions()).map((r) => r.label)).toEqual(['Sak 2/24', 'Sak 1.1', 'Sak:']);
        await page.locator('.editor-widget.suggest-widget.visible .monaco-list-row', { hasText: 'Sak 2/24' }).first().click();
        await page.keyboard.type('Eventuelt');
        await page.waitForTimeout(1500);
        expect(await suggestWidgetVisible()).toBe(0);
        await shot('fullforing-tittel-eventuelt');
        await page.keyboard.press('Tab'); // to the case type: its choices are offered
        expect((await suggestions()).map((r) => r.label)).toEqual(['Vedtakssak', 'Orienteringssak', 'Diskusjonssak', 'Beslutningssak', 'Drøftingssak', 'Referatsak']);
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
        await expectSaved(COMPLETION_FILE, COMPLETION + 'Frist 10.01.2024:\nSak 2/24 Eventuelt\nVedtakssak: \n\n\n');

        // After «Møteleder: » only the people present, nothing snippet-like.
        await goToLine(2);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await typeUntilSuggested('Møteleder: ');
        expect(await suggestions()).toEqual([{ label: 'Kari Nordmann', selected: true }]);
        await shot('fullforing-moteleder');
        await page.keyboard.press('Escape');
        fs.writeFileSync(path.join(workspace, COMPLETION_FILE), COMPLETION); // as it was, for the steps after this one
    }, STEP_TIMEOUT);

    it('retter et dobbelt saksnummer til det som passer i rekkefølgen, og markerer plassholderen i et nytt vedtak', async () => {
        await openFile(FIXES_FILE);
        await focusEditor(FIXES_FILE);
        await page.locator('.editor-instance .monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
        await goToLine(15);
        await page.keyboard.press('Home');
        for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
        expect(await quickFixes()).toEqual(['Gi saken nummer 3/24, som passer i rekkefølgen', 'Nummerer alle saker på nytt']);
        await shot('hurtigretting-saksnummer');
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await editorText()).split('\n')[14], { timeout: 10_000 }).toBe('Sak 3/24 Eventuelt');
        await expectSaved(FIXES_FILE, FIXES.replace('Sak 2/24 Eventuelt', 'Sak 3/24 Eventuelt'));

        // «Legg til vedtak»: the placeholder is selected, so what the author types replaces it.
        await goToLine(11);
        await page.keyboard.press('Home');
        for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
        expect(await quickFixes()).toEqual(['Legg til «Vedtak: (skriv vedtaket her)»']);
        await page.keyboard.press('Enter');
        await page.waitForTimeout(500);
        await page.keyboard.type('Budsjettet vedtas.');
        await expect.poll(async () => (await editorText()).split('\n')[14], { timeout: 10_000 }).toBe('Vedtak: Budsjettet vedtas.');
        await shot('hurtigretting-vedtak');
        await expectSaved(FIXES_FILE, FIXES
            .replace('Budsjettet ble drøftet.\n', 'Budsjettet ble drøftet.\n\nVedtak: Budsjettet vedtas.\n')
            .replace('Sak 2/24 Eventuelt', 'Sak 3/24 Eventuelt'));
        fs.writeFileSync(path.join(workspace, FIXES_FILE), FIXES);
    }, STEP_TIMEOUT);

    it('spør før eksport av et referat med feil, og eksporterer når man bekrefter', async () => {
        await openFile('feil.referat');
        await focusEditor('feil.referat');
        await runCommand('Referat: Eksporter HTML');
        expect(await dialog(page)).toEqual({ message: 'Referatet har 2 feil (se Problemer). Eksportere likevel?', buttons: ['Cancel', 'Eksporter'] });
        await shot('eksport-med-feil');
        await page.locator('.monaco-dialog-box .dialog-buttons .monaco-button', { hasText: 'Cancel' }).click();
        await page.locator('.monaco-dialog-box').waitFor({ state: 'hidden', timeout: 10_000 });
        await page.waitForTimeout(500);
        expect(await page.locator('.quick-input-widget').isVisible()).toBe(false); // no save dialog after "Cancel"
        expect(fs.existsSync(path.join(workspace, 'feil.html'))).toBe(false);

        await runCommand('Referat: Eksporter HTML');
        await dialog(page);
        await page.locator('.monaco-dialog-box .dialog-buttons .monaco-button', { hasText: 'Eksporter' }).click();
        // code-server's save dialog is a quick input with the suggested path filled in.
        const input = page.locator('.quick-input-widget input');
        await expect.poll(() => input.inputValue(), { timeout: 20_000 }).toMatch(/\/feil\.html$/);
        await page.keyboard.press('Enter');
        await expect.poll(() => fs.existsSync(path.join(workspace, 'feil.html')), { timeout: 20_000 }).toBe(true);
        await expect.poll(() => notificationMessages(page), { timeout: 20_000 }).toContain('Eksportert til feil.html');
        await shot('eksport-med-feil-bekreftet');
    }, STEP_TIMEOUT);

    it('eksporterer HTML og lager et nytt møtereferat nummerert etter organets siste møte', async () => {
        await openFile(EXAMPLE);
        await focusEditor(EXAMPLE);
        await runCommand('Referat: Eksporter HTML');
        const input = page.locator('.quick-input-widget input');
        await expect.poll(() => input.inputValue(), { timeout: 20_000 }).toMatch(/\/alt-i-ett\.html$/);
        expect(await page.locator('.monaco-dialog-box').count()).toBe(0); // no errors: no question
        await shot('eksport-lagre-som');
        await page.keyboard.press('Enter');
        const exported = path.join(workspace, 'alt-i-ett.html');
        await expect.poll(() => fs.existsSync(exported), { timeout: 20_000 }).toBe(true);
        const html = fs.readFileSync(exported, 'utf8');
        expect(html).toMatch(/^<!doctype html>/i);
        expect(html).toContain('Utleiepriser for 2025');
        await expect.poll(() => notificationMessages(page), { timeout: 20_000 }).toContain('Eksportert til alt-i-ett.html');

        await runCommand('Referat: Nytt møtereferat');
        const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'BKH' }).first();
        await pick.waitFor({ timeout: 20_000 });
        await shot('nytt-referat-velg-organ');
        expect([
            await pick.locator('.label-name').first().innerText(),
            await pick.locator('.label-description').first().innerText(),
            (await pick.innerText()).split('\n')[1],
        ]).toEqual(['BKH', 'Styret i Bygdøy kulturhus', '1 møte i arbeidsområdet, siste 14. mai 2024']);
        await pick.click();
        const created = () => fs.readdirSync(workspace).find((f) => /^bkh-\d{4}-\d{2}-\d{2}\.referat$/.test(f));
        await expect.poll(created, { timeout: 20_000 }).toBeTruthy();
        const text = fs.readFileSync(path.join(workspace, created()!), 'utf8');
        expect(text.split('\n')[0]).toBe('Organ: Styret i Bygdøy kulturhus (BKH)');
        expect(text).toMatch(/^Sak \S+ Godkjenning av referat fra møte 14\. mai 2024 \(03\/2024\)$/m);
        expect(text).toMatch(/^Sak \S+ Eventuelt$/m);
        // The members carried over as present; the guests, the substitute and last time's notes are not.
        expect(text).toContain('\nTil stede:\n- Ingrid Åsheim, Oslo kommune, leder\n');
        expect(text).toContain('\n- Eirik Sæther, Bygdøy vel, fast medlem\n- Nora Kielland, Oslo kommune, fast medlem\n\nForfall:\n\n');
        expect(text).not.toMatch(/Camilla Fjeld|Per-Åge Lund|Liv Torsen|Håkon Bræin|Teams|fra sak/);
        expect(text).toMatch(/\nSak \S+ Eventuelt\n\nNeste møte: \n$/);
        await page.locator('.tabs-container .tab.active', { hasText: created()! }).first().waitFor({ timeout: 20_000 });
        await expect.poll(() => notificationMessages(page), { timeout: 20_000 }).toContain(`Nytt møtereferat: ${created()}`);
        await shot('nytt-referat');
    }, STEP_TIMEOUT);

    it('lager et tomt referat for et annet organ med markøren på «Organ:», som er en feil til organet er skrevet', async () => {
        await runCommand('Referat: Nytt møtereferat');
        // «Annet organ» is last, below the bodies of the workspace: typed into the filter, as a person finds it.
        await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 20_000 });
        await page.keyboard.type('Annet organ');
        const other = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Annet organ' }).first();
        await other.waitFor({ timeout: 20_000 });
        await other.click();
        const created = () => fs.readdirSync(workspace).find((f) => /^referat-\d{4}-\d{2}-\d{2}\.referat$/.test(f));
        await expect.poll(created, { timeout: 20_000 }).toBeTruthy();
        await page.locator('.tabs-container .tab.active', { hasText: created()! }).first().waitFor({ timeout: 20_000 });
        await expect.poll(() => page.locator('[id="status.editor.selection"]').innerText(), { timeout: 10_000 }).toBe('Ln 1, Col 8');
        // The empty «Organ:» is an error: nothing is published from these minutes until the body is named.
        await showProblems();
        const empty = problemRows().filter({ hasText: '«Organ:» er tomt. Skriv organets navn, for eksempel «Organ: Kommunestyret i Ås (KST)».' });
        await empty.first().waitFor({ timeout: 30_000 });
        expect(await empty.first().innerText()).toMatch(/\[Ln 1, Col \d+\]/);
        await focusEditor(created()!);
        await page.keyboard.type('Testorganet (TO)');
        await expect.poll(async () => (await editorText()).split('\n')[0], { timeout: 10_000 }).toBe('Organ: Testorganet (TO)');
        await shot('nytt-referat-annet-organ');
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
