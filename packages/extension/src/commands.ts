/**
 * The extension's commands: preview, new minutes, exports, deadlines, and Enter in lists. What they
 * say and decide is in logic/commands.ts and logic/lists.ts; this file asks VS Code to do it.
 */
import * as vscode from 'vscode';
// The common client type: the Node and the browser client (extension.ts, browser-extension.ts) share these features.
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ReferatRequests, type BodyInfo, type ExportKind } from '@referat/language/protocol';
import {
    bodyChoices, commandErrorMessage, EXPORT_BUTTON, EXPORT_OVER_SOURCE, EXPORT_TITLES, exportedMessage, exportFilters,
    exportProgressTitle, exportStep, exportTargetPath, isReferat, NEW_MINUTES_PLACEHOLDER, NEW_MINUTES_TITLE, newMinutesMessage,
    numberedFileName, OPEN_EXPORT, openReferatFirst,
} from './logic/commands.js';
import { isoToday } from './logic/deadlines.js';
import { enterAction } from './logic/lists.js';
import type { DeadlinesView } from './deadlines-view.js';
import type { PreviewManager } from './preview.js';

export function registerCommands(client: LanguageClient, preview: PreviewManager, deadlines: DeadlinesView): vscode.Disposable[] {
    const register = (id: string, run: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
            await run(...args);
        } catch (error) {
            void vscode.window.showErrorMessage(commandErrorMessage(error));
        }
    });
    return [
        register('referat.openPreview', () => preview.open(false)),
        register('referat.openPreviewToSide', () => preview.open(true)),
        register('referat.newMinutes', () => newMinutes(client)),
        register('referat.exportHtml', (uri) => exportDocument(client, 'html', uri)),
        register('referat.exportPublicHtml', (uri) => exportDocument(client, 'public', uri)),
        register('referat.exportICalendar', (uri) => exportDocument(client, 'ical', uri)),
        register('referat.showDeadlines', async () => {
            deadlines.refresh();
            await vscode.commands.executeCommand('referat.deadlines.focus');
        }),
        register('referat.refreshDeadlines', () => deadlines.refresh()),
        vscode.commands.registerTextEditorCommand('referat.onEnterKey', onEnterKey),
        ...trackEmptyListItem(),
    ];
}

/** Context key: the cursor of the active Referat editor is on an empty list item ("- ", "3. "). */
const EMPTY_LIST_ITEM = 'referat.onEmptyListItem';

function atEmptyListItem(editor: vscode.TextEditor | undefined): boolean {
    if (!editor || !isReferat(editor.document) || editor.selections.length !== 1 || !editor.selection.isEmpty) return false;
    const { active } = editor.selection;
    return enterAction(editor.document.lineAt(active.line).text, active.character) === 'end-list';
}

/**
 * Keeps EMPTY_LIST_ITEM up to date. Enter is bound to referat.onEnterKey only while it is set, so
 * every other Enter stays VS Code's own (instant, with the list continuation of the Enter rules).
 */
function trackEmptyListItem(): vscode.Disposable[] {
    let current = false;
    const update = (editor: vscode.TextEditor | undefined) => {
        const value = atEmptyListItem(editor);
        if (value === current) return;
        current = value;
        void vscode.commands.executeCommand('setContext', EMPTY_LIST_ITEM, value);
    };
    return [
        vscode.window.onDidChangeTextEditorSelection((e) => update(e.textEditor)),
        vscode.window.onDidChangeActiveTextEditor(update),
    ];
}

/**
 * Enter on an empty list item (bound in package.json while EMPTY_LIST_ITEM is set): ends the list,
 * leaving the line blank. Should the key arrive after the line changed, it is a plain line break.
 */
function onEnterKey(editor: vscode.TextEditor, edit: vscode.TextEditorEdit): void {
    if (atEmptyListItem(editor)) {
        edit.delete(editor.document.lineAt(editor.selection.active.line).range);
        return;
    }
    void vscode.commands.executeCommand('type', { source: 'keyboard', text: '\n' });
}

/** New minutes for the next meeting of a body of the workspace, written next to its last meeting. */
async function newMinutes(client: LanguageClient): Promise<void> {
    await client.start();
    const bodies = await client.sendRequest(ReferatRequests.bodies, {});
    let body: BodyInfo | undefined;
    if (bodies.length === 1) body = bodies[0];
    else if (bodies.length > 1) {
        const picked = await vscode.window.showQuickPick(bodyChoices(bodies), { title: NEW_MINUTES_TITLE, placeHolder: NEW_MINUTES_PLACEHOLDER });
        if (!picked) return;
        body = picked.body;
    }
    const template = await client.sendRequest(ReferatRequests.newMinutesTemplate, { bodyKey: body?.key, today: isoToday() });
    const folder = template.folderUri ? vscode.Uri.parse(template.folderUri) : vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) {
        const document = await vscode.workspace.openTextDocument({ language: 'referat', content: template.text });
        await vscode.window.showTextDocument(document);
        return;
    }
    const target = await freeFileName(folder, template.fileStem, '.referat');
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(template.text));
    const document = await vscode.workspace.openTextDocument(target);
    const editor = await vscode.window.showTextDocument(document);
    // The server says where to start: the date, or the body's name when it is empty (an error until written).
    const { line, start, end } = template.selection;
    editor.selection = new vscode.Selection(line, start, line, end);
    void vscode.window.showInformationMessage(newMinutesMessage(vscode.workspace.asRelativePath(target)));
}

/** The first free `stem.ext`, `stem-2.ext`, … in the folder: an existing file is never overwritten. */
async function freeFileName(folder: vscode.Uri, stem: string, extension: string): Promise<vscode.Uri> {
    for (let n = 1; ; n++) {
        const candidate = vscode.Uri.joinPath(folder, numberedFileName(stem, n, extension));
        try {
            await vscode.workspace.fs.stat(candidate);
        } catch {
            return candidate;
        }
    }
}

/** Exports the active (or given) minutes; asks before exporting minutes with errors, asks where to save, never writes over the source. */
async function exportDocument(client: LanguageClient, kind: ExportKind, argument: unknown): Promise<void> {
    const document = argument instanceof vscode.Uri
        ? await vscode.workspace.openTextDocument(argument)
        : vscode.window.activeTextEditor?.document;
    if (!document || !isReferat(document)) {
        void vscode.window.showInformationMessage(openReferatFirst('eksport'));
        return;
    }
    const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: exportProgressTitle(kind) },
        () => client.sendRequest(ReferatRequests.export, { uri: client.code2ProtocolConverter.asUri(document.uri), kind }));
    const step = exportStep(kind, result);
    if (step.step === 'stop') {
        void vscode.window.showInformationMessage(step.message);
        return;
    }
    if (step.step === 'confirm') {
        const choice = await vscode.window.showWarningMessage(step.message, { modal: true }, step.confirm);
        if (choice !== step.confirm) return;
    }
    const defaultUri = document.isUntitled ? undefined : document.uri.with({ path: exportTargetPath(document.uri.path, result.extension) });
    const target = await vscode.window.showSaveDialog({ title: EXPORT_TITLES[kind], defaultUri, filters: exportFilters(kind), saveLabel: EXPORT_BUTTON });
    if (!target) return;
    if (target.toString() === document.uri.toString()) {
        void vscode.window.showErrorMessage(EXPORT_OVER_SOURCE);
        return;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
    const open = await vscode.window.showInformationMessage(exportedMessage(vscode.workspace.asRelativePath(target)), OPEN_EXPORT);
    if (open) await vscode.commands.executeCommand('vscode.open', target);
}
