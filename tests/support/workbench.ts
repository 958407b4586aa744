/**
 * Driving the VS Code workbench in a browser page (code-server, or the web extension host) as a
 * person does: the quick input, the command palette, quick open. Shared by the e2e and browser tests.
 */
import type { Locator, Page } from 'playwright-core';

/** The first key press can be lost while the workbench takes focus: retry until the quick input opens. */
export async function quickInput(page: Page, key: string): Promise<Locator> {
    const input = page.locator('.quick-input-widget input');
    for (let i = 0; i < 20; i++) {
        await page.keyboard.press(key);
        try {
            await input.waitFor({ state: 'visible', timeout: 1000 });
            return input;
        } catch { /* the workbench took the first key press: again */ }
    }
    throw new Error(`hurtigvalget åpnet seg ikke med ${key}`);
}

/** Runs a command from the palette (F1) by its label. */
export async function runCommand(page: Page, label: string): Promise<void> {
    const input = await quickInput(page, 'F1');
    await input.fill(`>${label}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
}

/** Opens a file by name with quick open (Ctrl+P) and waits for its tab and editor. */
export async function openFile(page: Page, name: string): Promise<void> {
    const input = await quickInput(page, 'Control+P');
    await input.fill(name);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ timeout: 30_000 });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
}
