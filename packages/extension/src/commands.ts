/** The extension's commands: preview, new minutes, exports, deadlines. */
import * as vscode from 'vscode';
// The common client type: the Node and the browser client (extension.ts, browser-extension.ts) share these features.
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { isoToday, type DeadlinesView } from './deadlines-view.js';
import type { PreviewManager } from './preview.js';
import { isReferat, Requests, type BodyInfo, type ExportKind, type ExportResult, type NewMinutesResult } from './protocol.js';

export function registerCommands(client: LanguageClient, preview: PreviewManager, deadlines: DeadlinesView): vscode.Disposable[] {
    const register = (id: string, run: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
            await run(...args);
        } catch (error) {
            void vscode.window.showErrorMessage(`Referat: ${error instanceof Error ? error.message : String(error)}`);
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
    ];
}

/** New minutes for the next meeting of a body of the workspace, written next to its last meeting. */
async function newMinutes(client: LanguageClient): Promise<void> {
    await client.start();
    const bodies = await client.sendRequest<BodyInfo[]>(Requests.bodies, {});
    let body: BodyInfo | undefined;
    if (bodies.length === 1) body = bodies[0];
    else if (bodies.length > 1) {
        const picked = await vscode.window.showQuickPick(
            [...bodies.map((b) => ({ label: b.shortName ?? b.name, description: b.shortName ? b.name : undefined, detail: lastMeetingText(b), body: b })),
             { label: 'Annet organ', description: 'tomt referat', body: undefined }],
            { title: 'Nytt møtereferat', placeHolder: 'Hvilket organ gjelder møtet?' });
        if (!picked) return;
        body = picked.body;
    }
    const template = await client.sendRequest<NewMinutesResult>(Requests.newMinutesTemplate, { bodyKey: body?.key, today: isoToday() });
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
    // Select the date (today): the first thing to check.
    const line = template.text.split('\n').findIndex((l) => l.startsWith('Dato:'));
    if (line >= 0) {
        const text = document.lineAt(line).text;
        editor.selection = new vscode.Selection(line, 'Dato: '.length, line, text.length);
    }
    void vscode.window.showInformationMessage(`Nytt møtereferat: ${vscode.workspace.asRelativePath(target)}`);
}

function lastMeetingText(body: BodyInfo): string {
    const count = `${body.meetings} ${body.meetings === 1 ? 'møte' : 'møter'} i arbeidsområdet`;
    return body.lastMeetingDate ? `${count}, siste ${body.lastMeetingDate}` : count;
}

/** `stem.ext`, or `stem-2.ext`, `stem-3.ext`, … if taken: an existing file is never overwritten. */
async function freeFileName(folder: vscode.Uri, stem: string, extension: string): Promise<vscode.Uri> {
    for (let n = 1; ; n++) {
        const candidate = vscode.Uri.joinPath(folder, `${stem}${n === 1 ? '' : `-${n}`}${extension}`);
        try {
            await vscode.workspace.fs.stat(candidate);
        } catch {
            return candidate;
        }
    }
}

const EXPORT_TITLES: Record<ExportKind, string> = {
    html: 'Eksporter referatet som HTML',
    public: 'Eksporter offentlig utgave (HTML)',
    ical: 'Eksporter frister og neste møte som iCalendar',
};

/** Exports the active (or given) minutes; asks where to save, and never writes over the source. */
async function exportDocument(client: LanguageClient, kind: ExportKind, argument: unknown): Promise<void> {
    const document = argument instanceof vscode.Uri
        ? await vscode.workspace.openTextDocument(argument)
        : vscode.window.activeTextEditor?.document;
    if (!document || !isReferat(document)) {
        void vscode.window.showInformationMessage('Åpne et Referat-dokument (.referat) først, og velg så eksport.');
        return;
    }
    const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `${EXPORT_TITLES[kind]} …` },
        () => client.sendRequest<ExportResult>(Requests.export, { uri: client.code2ProtocolConverter.asUri(document.uri), kind }));
    if (kind === 'ical' && result.count === 0) {
        void vscode.window.showInformationMessage('Referatet har ingen daterte frister å eksportere. En frist skrives «Frist 11.04.2024: Navn – hva».');
        return;
    }
    if (result.errors > 0) {
        const choice = await vscode.window.showWarningMessage(
            `Referatet har ${result.errors} feil (se Problemer). Eksportere likevel?`, { modal: true }, 'Eksporter');
        if (choice !== 'Eksporter') return;
    }
    const defaultUri = document.isUntitled
        ? undefined
        : document.uri.with({ path: document.uri.path.replace(/\.referat$/i, '') + result.extension });
    const filters: Record<string, string[]> = kind === 'ical' ? { iCalendar: ['ics'] } : { HTML: ['html'] };
    const target = await vscode.window.showSaveDialog({ title: EXPORT_TITLES[kind], defaultUri, filters, saveLabel: 'Eksporter' });
    if (!target) return;
    if (target.toString() === document.uri.toString()) {
        void vscode.window.showErrorMessage('Eksporten kan ikke skrives over selve referatet. Velg et annet filnavn.');
        return;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
    const open = await vscode.window.showInformationMessage(`Eksportert til ${vscode.workspace.asRelativePath(target)}`, 'Åpne');
    if (open) await vscode.commands.executeCommand('vscode.open', target);
}
