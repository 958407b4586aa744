/**
 * The editor page end to end, in Debian's Chromium with Playwright, served by `referat web` as a
 * user starts it. A person opens an example, types a case, accepts the completion, sees the
 * diagnostic, applies the quick fix, sees the preview follow and saves; the tests read what is on
 * the screen (completion list, problems, hover, quick fix menu, preview, status line) and the file
 * that was written. Also: several files at once (cross-file checks), the upload/download fallback,
 * exports, drafts surviving a closed tab, the page from file:// (no server), and axe-core.
 *
 * The native file pickers cannot be clicked headless: the File System Access test gives the page's
 * own open/save code real file handles from the browser's origin-private file system instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { previewCsp } from '../../packages/language/src/generator/preview-policy.js';
import { checkProblems, ensureWebPage, EXAMPLES, FIXTURES, renderedHeading, ROOT } from './support.js';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;
const NSG = 'nsg-2023-11-22.referat';
const NSG_TEXT = fs.readFileSync(path.join(EXAMPLES, NSG), 'utf8');
/** Guards against a hanging page; not a speed assertion. */
const WAIT = 15_000;

let server: ChildProcess;
let url: string;
let serverExit: Promise<number | null>;
let browser: Browser;

beforeAll(async () => {
    await ensureWebPage();
    server = spawn(process.execPath, [path.join(ROOT, 'packages/cli/bin/referat.js'), 'web', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    serverExit = new Promise((resolve) => server.once('exit', (code) => resolve(code)));
    url = await new Promise<string>((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`referat web skrev ingen adresse: ${output}`)), 60_000);
        server.stdout!.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            const match = /Referat i nettleseren: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
            if (match) { clearTimeout(timer); resolve(match[1]); }
        });
        server.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    });
    browser = await launchChromium();
}, 180_000);

afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
        server.kill('SIGTERM');
        // `referat web` stops cleanly on SIGTERM (as on Ctrl-C) with exit code 0.
        expect(await serverExit).toBe(0);
    }
});

/** A new page of the editor; `withoutFileSystemAccess` removes the File System Access API (other browsers). */
async function openEditor(context: BrowserContext, options: { withoutFileSystemAccess?: boolean; address?: string; beforeLoad?: (page: Page) => Promise<void> } = {}): Promise<Page> {
    const page = await context.newPage();
    await options.beforeLoad?.(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.stack ?? e.message));
    (page as Page & { errors: string[] }).errors = errors;
    if (options.withoutFileSystemAccess) {
        await page.addInitScript(() => {
            for (const name of ['showOpenFilePicker', 'showSaveFilePicker', 'showDirectoryPicker']) delete (window as unknown as Record<string, unknown>)[name];
        });
    }
    await page.goto(options.address ?? url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: WAIT });
    return page;
}

const pageErrors = (page: Page) => (page as Page & { errors: string[] }).errors;
const problems = (page: Page) => page.locator('#problems').innerText();
const preview = (page: Page) => page.frameLocator('#preview').locator('#referat-preview');
/** The preview's heading as text (the kicker above the title is upper-cased by CSS only). */
const previewHeading = async (page: Page) => ((await preview(page).locator('h1').textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** The text the page wrote to a file of the origin-private file system. */
function readPrivateFile(page: Page, name: string): Promise<string> {
    return page.evaluate(async (name) => (await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile()).text(), name);
}

async function runAxe(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: axeSource });
    return page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
    });
}

// Each step waits up to WAIT; a test of several steps gets time for them on a busy machine.
describe('the editor page (referat web)', { timeout: 120_000 }, () => {
    it('open an example, type a case, accept a completion, see the diagnostic, apply the quick fix, see the preview, save', async () => {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        try {
            // The picker is the browser's own window; the handle it would return is a real one.
            const page = await openEditor(context, {
                beforeLoad: (p) => p.addInitScript((name) => {
                    (window as unknown as { showOpenFilePicker: () => Promise<FileSystemFileHandle[]> }).showOpenFilePicker = async () => [await (await navigator.storage.getDirectory()).getFileHandle(name)];
                }, NSG),
            });
            expect(await page.locator('#server-status').innerText()).toBe('Språktjeneren kjører i nettleseren.');
            await page.evaluate(async ({ name, text }) => {
                const handle = await (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
                const writable = await handle.createWritable();
                await writable.write(text);
                await writable.close();
            }, { name: NSG, text: NSG_TEXT });

            // Open.
            await page.getByRole('button', { name: 'Åpne …' }).click();
            await expect.poll(() => page.locator('.tab[aria-current="true"]').innerText(), { timeout: WAIT }).toBe(NSG);
            await expect.poll(() => previewHeading(page), { timeout: WAIT }).toBe(await renderedHeading(NSG, NSG_TEXT));
            expect(await previewHeading(page)).toContain('Nasjonal samarbeidsgruppe for helseforskning i spesialisthelsetjenesten (NSG)');
            await expect.poll(() => page.locator('#outline > ul > li > button.go').allInnerTexts(), { timeout: WAIT })
                .toEqual(['Møtehode', 'Deltakere', ...[...NSG_TEXT.matchAll(/^Sak (\S+) (.+)$/gm)].map((m) => expect.stringContaining(`Sak ${m[1]} ${m[2].trim()}`))]);
            expect(await problems(page)).toBe('Ingen problemer.');

            // Type a case at the end, as a person would: the completion offers the next free number.
            await page.locator('.monaco-editor .view-lines').click();
            await page.keyboard.press('Control+End');
            await page.keyboard.press('Enter');
            await page.keyboard.press('Enter');
            await page.keyboard.type('Sak 22', { delay: 40 });
            const suggestion = page.locator('.suggest-widget .monaco-list-row');
            await expect.poll(() => suggestion.first().getAttribute('aria-label'), { timeout: WAIT }).toContain('Sak 22/23');
            await page.keyboard.press('Tab'); // accepts the suggestion: «Sak 22/23 Tittel», the title selected
            await page.keyboard.type('Budsjett for 2024', { delay: 20 });
            await page.keyboard.press('Tab'); // next field of the snippet: the case type, offered as choices
            await expect.poll(() => page.locator('.suggest-widget .monaco-list-row').allInnerTexts(), { timeout: WAIT })
                .toEqual(['Vedtakssak', 'Orienteringssak', 'Diskusjonssak', 'Beslutningssak', 'Drøftingssak', 'Referatsak']);
            await page.keyboard.press('Tab'); // «Vedtakssak», then on to the text after the colon
            await page.keyboard.type('Forslag til budsjett legges fram.', { delay: 10 });
            await page.keyboard.press('Escape');

            // The diagnostic appears: in «Problemer» exactly as `referat check` words it, as a squiggle, and in the hover.
            const typed = `${NSG_TEXT}\n\nSak 22/23 Budsjett for 2024\nVedtakssak: Forslag til budsjett legges fram.\n\n`;
            const afterTyping = checkProblems({ [NSG]: typed });
            // The text ends with a newline: Ctrl+End is on the line after it, and two Enters later comes the case.
            const lineOfCase = NSG_TEXT.split('\n').length + 2;
            expect(afterTyping.lines).toEqual([expect.stringMatching(new RegExp(`^${NSG}:${lineOfCase}:5 feil: Sak 22/23 er en vedtakssak uten vedtak\\. .*\\[missing-decision\\]$`))]);
            await expect.poll(() => problems(page), { timeout: WAIT }).toBe(afterTyping.lines.join('\n'));
            expect(await page.locator('#problems-count').innerText()).toBe(afterTyping.count);
            // The mouse over the squiggle (the text layer above it takes the pointer events, as for a person).
            const squiggle = (await page.locator('.monaco-editor .squiggly-error').first().boundingBox())!;
            await page.mouse.move(squiggle.x + squiggle.width / 2, squiggle.y + squiggle.height / 2);
            await expect.poll(() => page.locator('.monaco-hover:visible').first().innerText().catch(() => ''), { timeout: WAIT })
                .toContain(afterTyping.lines[0].replace(/^\S+ feil: /, '').replace(/ \[missing-decision\]$/, ''));
            // Monaco's own texts in the hover are Norwegian too (packages/cli/web/monaco-nb.json).
            expect(await page.locator('.monaco-hover:visible').first().innerText()).toContain('Vis problemet');
            await page.mouse.move(10, 10);

            // The preview follows.
            await expect.poll(() => preview(page).innerText(), { timeout: WAIT }).toContain('Sak 22/23 Budsjett for 2024');

            // Quick fix: go to the problem from the list, Ctrl+. and Enter.
            await page.locator('#problems button.problem').click();
            await page.keyboard.press('Control+.');
            const fixes = page.locator('.action-widget .monaco-list-row.action');
            await expect.poll(() => fixes.allInnerTexts(), { timeout: WAIT }).toEqual(['Legg til «Vedtak: (skriv vedtaket her)»']);
            expect(await page.locator('.action-widget .monaco-list-row.group-header').allInnerTexts()).toEqual(['Rettelse']);
            await page.keyboard.press('Enter');
            // The fix wrote «Vedtak:» with a placeholder, which is not a decision yet: the problem says so.
            const afterFix = checkProblems({ [NSG]: `${typed.slice(0, -2)}\n\nVedtak: (skriv vedtaket her)\n\n` });
            expect(afterFix.lines).toEqual([expect.stringMatching(new RegExp(`^${NSG}:${lineOfCase + 3}:1 feil: .*plassholder.*\\[missing-decision\\]$`))]);
            await expect.poll(() => problems(page), { timeout: WAIT }).toBe(afterFix.lines.join('\n'));
            await expect.poll(() => preview(page).locator('.vedtak').last().innerText(), { timeout: WAIT }).toContain('(skriv vedtaket her)');
            // Write the decision over the placeholder.
            await page.locator('#problems button.problem').click();
            await page.keyboard.press('End');
            await page.keyboard.press('Shift+Home');
            await page.keyboard.type('Vedtak: Budsjettet for 2024 vedtas.', { delay: 10 });
            await expect.poll(() => problems(page), { timeout: WAIT }).toBe('Ingen problemer.');
            await expect.poll(() => preview(page).locator('.vedtak').last().innerText(), { timeout: WAIT }).toContain('Budsjettet for 2024 vedtas.');

            // Unsaved: marked on the tab; Ctrl+S writes the file.
            // The dot is what one sees; «(ikke lagret)» is read out by screen readers.
            expect(await page.locator('.tab[aria-current="true"]').innerText()).toBe(`${NSG} ●\n(ikke lagret)`);
            await page.keyboard.press('Control+s');
            await expect.poll(() => page.locator('#status').innerText(), { timeout: WAIT }).toBe(`Lagret ${NSG}.`);
            expect(await readPrivateFile(page, NSG)).toBe(`${NSG_TEXT}\n\nSak 22/23 Budsjett for 2024\nVedtakssak: Forslag til budsjett legges fram.\n\nVedtak: Budsjettet for 2024 vedtas.\n\n`);
            expect(await page.locator('.tab[aria-current="true"]').innerText()).toBe(NSG);
            expect(pageErrors(page)).toEqual([]);
        } finally {
            await context.close();
        }
    }, 120_000);

    it('several files at once: cross-file checks, upload and download where the File System Access API is missing, exports', async () => {
        const context = await browser.newContext({ acceptDownloads: true });
        try {
            const page = await openEditor(context, { withoutFileSystemAccess: true });
            expect(await page.locator('#cmd-open-folder').isHidden()).toBe(true);
            const chooser = page.waitForEvent('filechooser');
            await page.keyboard.press('Control+o');
            await (await chooser).setFiles([path.join(FIXTURES, 'styret-2024-05-02.referat'), path.join(FIXTURES, 'styret-2024-06-10.referat')]);
            await expect.poll(() => page.locator('.tab').allInnerTexts(), { timeout: WAIT }).toEqual(['styret-2024-05-02.referat', 'styret-2024-06-10.referat']);
            // Every problem of both files as `referat check` finds them, the duplicate case number across the two among them.
            const both = checkProblems(Object.fromEntries(['styret-2024-05-02.referat', 'styret-2024-06-10.referat'].map((f) => [f, fs.readFileSync(path.join(FIXTURES, f), 'utf8')])));
            expect(both.lines.filter((l) => l.endsWith('[duplicate-case-number]')).map((l) => l.split(' ')[0])).toEqual(['styret-2024-05-02.referat:16:5', 'styret-2024-06-10.referat:8:5']);
            await expect.poll(() => problems(page), { timeout: WAIT }).toBe(both.lines.join('\n'));
            expect(await page.locator('#problems-count').innerText()).toBe(both.count);

            // Closing a file takes it out of the checks: no duplicate any more, but the reference to its case is now unresolved.
            await page.getByRole('button', { name: 'Lukk styret-2024-05-02.referat' }).click();
            const alone = checkProblems({ 'styret-2024-06-10.referat': fs.readFileSync(path.join(FIXTURES, 'styret-2024-06-10.referat'), 'utf8') });
            expect(alone.lines.map((l) => l.replace(/ .*\[/, ' ['))).toEqual(['styret-2024-06-10.referat:14:4 [parsing-error]', 'styret-2024-06-10.referat:10:37 [unresolved-case-reference]']);
            await expect.poll(() => problems(page), { timeout: WAIT }).toBe(alone.lines.join('\n'));

            // Save without a file handle: a download with the text.
            const saved = page.waitForEvent('download');
            await page.getByRole('button', { name: 'Lagre', exact: true }).click();
            const download = await saved;
            expect(download.suggestedFilename()).toBe('styret-2024-06-10.referat');
            expect(fs.readFileSync(await download.path(), 'utf8')).toBe(fs.readFileSync(path.join(FIXTURES, 'styret-2024-06-10.referat'), 'utf8'));
            expect(await page.locator('#status').innerText()).toBe('styret-2024-06-10.referat er lastet ned (se nedlastingsmappen til nettleseren).');

            // Export: the minutes have an error, so the page asks first.
            await page.getByRole('button', { name: 'Eksporter HTML' }).click();
            const dialog = page.getByRole('dialog');
            await expect.poll(() => dialog.innerText(), { timeout: WAIT }).toContain('Referatet har 1 feil (se Problemer). Eksportere likevel?');
            const exported = page.waitForEvent('download');
            await dialog.getByRole('button', { name: 'Eksporter' }).click();
            const html = await exported;
            expect(html.suggestedFilename()).toBe('styret-2024-06-10.html');
            const text = fs.readFileSync(await html.path(), 'utf8');
            expect(text.startsWith('<!DOCTYPE html>')).toBe(true);
            expect(text).toContain('Styret i Testlaget');

            await page.getByRole('button', { name: 'Eksporter offentlig utgave' }).click();
            const exportedPublic = page.waitForEvent('download');
            await page.getByRole('dialog').getByRole('button', { name: 'Eksporter' }).click();
            expect((await exportedPublic).suggestedFilename()).toBe('styret-2024-06-10.offentlig.html');
            expect(pageErrors(page)).toEqual([]);
        } finally {
            await context.close();
        }
    });

    it('«Åpne mappe …» opens every *.referat of a folder and its subfolders (File System Access API)', async () => {
        const context = await browser.newContext();
        try {
            const page = await openEditor(context, {
                beforeLoad: (p) => p.addInitScript(() => {
                    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
                        (await navigator.storage.getDirectory()).getDirectoryHandle('styret');
                }),
            });
            const files = Object.fromEntries(['styret-2024-05-02.referat', 'styret-2024-06-10.referat'].map((f) => [f, fs.readFileSync(path.join(FIXTURES, f), 'utf8')]));
            await page.evaluate(async (files) => {
                const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('styret', { create: true });
                const sub = await root.getDirectoryHandle('2024', { create: true });
                const put = async (dir: FileSystemDirectoryHandle, name: string, text: string) => {
                    const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
                    await writable.write(text);
                    await writable.close();
                };
                await put(root, 'styret-2024-05-02.referat', files['styret-2024-05-02.referat']);
                await put(sub, 'styret-2024-06-10.referat', files['styret-2024-06-10.referat']);
                await put(root, 'notater.txt', 'ikke et referat');
            }, files);
            await page.getByRole('button', { name: 'Åpne mappe …' }).click();
            await expect.poll(() => page.locator('.tab').allInnerTexts(), { timeout: WAIT }).toEqual(['styret-2024-05-02.referat', 'styret-2024-06-10.referat']);
            expect(await page.locator('#status').innerText()).toBe('2 referater åpnet.');
            await expect.poll(() => page.locator('#problems-count').innerText(), { timeout: WAIT }).toBe(checkProblems(files).count);
            expect(pageErrors(page)).toEqual([]);
        } finally {
            await context.close();
        }
    });

    it('the preview: the webview\'s Content-Security-Policy, no script of the minutes runs, a click shows the source line', async () => {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'referat-xss-')), 'farlig.referat');
        fs.writeFileSync(file, [
            'Organ: Testlaget <img src=x onerror="parent.__xss=1">',
            'Dato: 14. mai 2024',
            '',
            'Sak 1/24 Tittel <script>parent.__xss=2</script>',
            'Orienteringssak:',
            'Tekst <svg onload=parent.__xss=3> og https://example.com/"onmouseover="parent.__xss=4" <a href="javascript:parent.__xss=5">lenke</a>',
            '',
            'Vedtak: Saken tas til orientering.',
            '',
        ].join('\n'));
        try {
            const page = await openEditor(context, { withoutFileSystemAccess: true });
            const chooser = page.waitForEvent('filechooser');
            await page.getByRole('button', { name: 'Åpne …' }).click();
            await (await chooser).setFiles(file);
            const frame = page.frameLocator('#preview');
            await expect.poll(() => frame.locator('h2, h3').filter({ hasText: 'Sak 1/24' }).count(), { timeout: WAIT }).toBe(1);
            const csp = (await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'))!;
            const nonce = /'nonce-([A-Za-z0-9_-]+)'/.exec(csp)![1];
            expect(csp).toBe(previewCsp("'self'", nonce));
            expect(await frame.locator('script, img, svg, iframe').count()).toBe(0);
            await frame.locator('a').filter({ hasText: 'example.com' }).hover();
            expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
            expect(await frame.locator('body').evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
            // A click on the case heading puts the cursor on its line in the editor.
            await frame.locator('h2, h3').filter({ hasText: 'Sak 1/24' }).click();
            await expect.poll(() => page.locator('#cursor-position').innerText(), { timeout: WAIT }).toBe('Linje 4, kolonne 1');
            expect(pageErrors(page)).toEqual([]);
        } finally {
            await context.close();
            fs.rmSync(path.dirname(file), { recursive: true, force: true });
        }
    });

    it('keeps drafts in the browser: a closed tab loses nothing', async () => {
        const context = await browser.newContext();
        try {
            const first = await openEditor(context);
            await first.selectOption('#cmd-example', 'alt-i-ett.referat');
            await expect.poll(() => first.locator('.tab[aria-current="true"]').innerText(), { timeout: WAIT }).toBe('alt-i-ett.referat');
            await first.locator('.monaco-editor .view-lines').click();
            await first.keyboard.press('Control+Home');
            await first.keyboard.type('// Utkast skrevet i nettleseren\n', { delay: 10 });
            await expect.poll(() => first.locator('.tab[aria-current="true"]').innerText()).toContain('(ikke lagret)');
            await first.close({ runBeforeUnload: true });

            const second = await openEditor(context);
            await expect.poll(() => second.locator('#status').innerText(), { timeout: WAIT }).toBe('Ett utkast fra forrige gang er åpnet igjen.');
            expect(await second.locator('.tab[aria-current="true"]').innerText()).toBe('alt-i-ett.referat ●\n(ikke lagret)');
            // Monaco shows spaces as non-breaking spaces.
            await expect.poll(async () => (await second.locator('.monaco-editor .view-line').first().innerText()).replace(/\u00a0/g, ' '), { timeout: WAIT }).toBe('// Utkast skrevet i nettleseren');

            // Closing asks, in Norwegian, before the draft is thrown away.
            await second.getByRole('button', { name: 'Lukk alt-i-ett.referat' }).click();
            const dialog = second.getByRole('dialog');
            expect(await dialog.getByRole('heading').innerText()).toBe('Lukke uten å lagre?');
            await dialog.getByRole('button', { name: 'Lukk uten å lagre' }).click();
            await expect.poll(() => second.locator('.tab').count()).toBe(0);
            expect(await second.locator('#welcome').isVisible()).toBe(true);
        } finally {
            await context.close();
        }
    });

    it('works from the folder on disk (file://), without any server', async () => {
        const context = await browser.newContext();
        try {
            const page = await openEditor(context, { address: pathToFileURL(path.join(await ensureWebPage(), 'index.html')).href });
            expect(await page.locator('#server-status').innerText()).toBe('Språktjeneren kjører i nettleseren.');
            await page.selectOption('#cmd-example', 'alt-i-ett.referat');
            const example = fs.readFileSync(path.join(EXAMPLES, 'alt-i-ett.referat'), 'utf8');
            await expect.poll(() => previewHeading(page), { timeout: WAIT }).toBe(await renderedHeading('alt-i-ett.referat', example));
            expect(await previewHeading(page)).toContain('Styret i Bygdøy kulturhus (BKH)');
            await expect.poll(() => page.locator('#outline > ul > li > button.go').count(), { timeout: WAIT }).toBeGreaterThan(3);
            // TextMate colouring: the case keyword has its own token class.
            await expect.poll(() => page.locator('.monaco-editor .view-line span[class^="mtk"]').count(), { timeout: WAIT }).toBeGreaterThan(10);
            expect(pageErrors(page)).toEqual([]);
        } finally {
            await context.close();
        }
    });

    it('is keyboard accessible: shortcuts, the outline, and Ctrl+M to leave the editor with Tab', async () => {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        try {
            const page = await openEditor(context);
            // The first Tab reaches the skip link, then the toolbar.
            await page.keyboard.press('Tab');
            expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til redigeringen');
            await page.keyboard.press('Tab');
            expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nytt');
            // Alt+N: a new minutes for the body of the open meetings (none open: a blank one).
            await page.keyboard.press('Alt+n');
            await expect.poll(() => page.locator('.tab[aria-current="true"]').innerText(), { timeout: WAIT }).toMatch(/^referat-\d{4}-\d{2}-\d{2}\.referat/);
            await expect.poll(() => page.locator('#status').innerText()).toMatch(/^Nytt møtereferat: referat-\d{4}-\d{2}-\d{2}\.referat\. Kontroller datoen først\.$/);
            // The editor has focus with the date selected; Ctrl+M lets Tab move on to the preview options.
            await page.keyboard.press('Control+m');
            await page.keyboard.press('Tab');
            expect(await page.evaluate(() => document.activeElement?.id)).toBe('preview-public');
            // The outline's groups unfold from the keyboard.
            const toggle = page.locator('#outline button.toggle').first();
            await toggle.focus();
            await page.keyboard.press('Enter');
            expect(await toggle.getAttribute('aria-expanded')).toBe('true');
            expect(pageErrors(page)).toEqual([]);
        } finally {
            await context.close();
        }
    });

    for (const colorScheme of ['light', 'dark'] as const) {
        it(`has no axe-core violations with an example open (${colorScheme})`, async () => {
            // bypassCSP lets the test add axe-core's script to the page (its policy allows no inline script).
            const context = await browser.newContext({ colorScheme, viewport: { width: 1400, height: 900 }, bypassCSP: true });
            try {
                const page = await openEditor(context);
                expect(await runAxe(page)).toEqual([]);
                await page.selectOption('#cmd-example', NSG);
                await expect.poll(() => preview(page).locator('h1').count(), { timeout: WAIT }).toBe(1);
                await expect.poll(() => page.locator('#outline button').count(), { timeout: WAIT }).toBeGreaterThan(3);
                expect(await runAxe(page)).toEqual([]);
            } finally {
                await context.close();
            }
        });
    }
});
