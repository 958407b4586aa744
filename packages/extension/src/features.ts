/**
 * What the extension adds on top of the language client, the same on the desktop (extension.ts,
 * a Node server) and in VS Code for the Web (browser-extension.ts, a server in a Web Worker): the
 * live preview, the «Frister» view and the commands.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ReferatNotifications } from '@referat/language/protocol';
import { registerCommands } from './commands.js';
import { DeadlinesView } from './deadlines-view.js';
import { PreviewManager } from './preview.js';

export function registerFeatures(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
    void vscode.commands.executeCommand('setContext', 'referat.active', true);
    const preview = new PreviewManager(context, client);
    const deadlines = new DeadlinesView(client);
    context.subscriptions.push(
        preview,
        deadlines,
        vscode.window.registerTreeDataProvider('referat.deadlines', deadlines),
        vscode.window.registerWebviewPanelSerializer(PreviewManager.viewType, preview),
        client.onNotification(ReferatNotifications.didBuild, () => deadlines.refreshSoon()),
        ...registerCommands(client, preview, deadlines),
    );
}
