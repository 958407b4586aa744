/**
 * The Referat extension: starts the bundled language server (diagnostics, completion, outline, …) and
 * adds the live preview, the deadlines view ("Frister") and the commands.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerFeatures } from './features.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.referat');
    context.subscriptions.push(watcher);
    client = startClient(context, watcher);
    registerFeatures(context, client);
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

function startClient(context: vscode.ExtensionContext, watcher: vscode.FileSystemWatcher): LanguageClient {
    const module = context.asAbsolutePath('out/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'referat', scheme: 'file' }, { language: 'referat', scheme: 'untitled' }],
        synchronize: { fileEvents: watcher },
        // The default error handler restarts a crashed server (up to 4 times in 3 minutes).
    };
    return new LanguageClient('referat', 'Referat språktjener', serverOptions, clientOptions);
}
