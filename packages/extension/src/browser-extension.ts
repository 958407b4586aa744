/**
 * The extension in VS Code for the Web (vscode.dev, github.dev): the same features as on the desktop
 * (features.ts), with the language server in a Web Worker (out/server-browser.js). The worker has no
 * file system; it asks for the workspace's files (`referat/fs/*`) and this client answers from the
 * workspace file system, so cross-file checks and the «Frister» view cover the whole folder.
 * Nothing here needs Node.
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, ResponseError, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';
import { registerFeatures } from './features.js';
import { ReferatFileSystemRequests as FileSystemRequests, type FileSystemEntry, type FileSystemParams, type ReadFileResult } from '@referat/language/protocol';

/** Where Referat documents live in the browser: local folders (file), GitHub (vscode-vfs), a VS Code server, new files. */
const SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web'];
const FILE_NOT_FOUND = -32803; // LSP RequestFailed

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.referat');
    context.subscriptions.push(watcher);
    const clientOptions: LanguageClientOptions = {
        documentSelector: SCHEMES.map((scheme) => ({ language: 'referat', scheme })),
        synchronize: { fileEvents: watcher },
    };
    client = new LanguageClient('referat', 'Referat språktjener', () => startServer(context), clientOptions);
    serveWorkspaceFiles(client);
    registerFeatures(context, client);
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

/**
 * The server's worker and its message channel. The transports are made here: VS Code's web worker
 * extension host replaces `Worker`, so the client's own `instanceof Worker` check would fail.
 */
async function startServer(context: vscode.ExtensionContext): Promise<MessageTransports> {
    const worker = await startWorker(context);
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}

/** The server's worker; from its text when the browser may not load the extension's URL directly. */
async function startWorker(context: vscode.ExtensionContext): Promise<Worker> {
    const script = vscode.Uri.joinPath(context.extensionUri, 'out', 'server-browser.js');
    try {
        return new Worker(script.toString(true), { name: 'Referat språktjener' });
    } catch {
        // A VS Code served from a server (code-server) gives extensions vscode-remote: URIs, from which a
        // worker cannot be created (microsoft/vscode#168942); a blob: URL of the same script can.
        const code = new TextDecoder().decode(await vscode.workspace.fs.readFile(script));
        return new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })), { name: 'Referat språktjener' });
    }
}

/** Answers the worker's file requests from the workspace file system (local folder, GitHub repository, …). */
function serveWorkspaceFiles(languageClient: LanguageClient): void {
    const fail = (uri: string, error: unknown) => new ResponseError(FILE_NOT_FOUND, `Kan ikke lese ${uri}: ${error instanceof Error ? error.message : String(error)}`);
    languageClient.onRequest(FileSystemRequests.stat, async ({ uri }: FileSystemParams): Promise<FileSystemEntry | null> => {
        try {
            const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
            return { uri, isFile: (stat.type & vscode.FileType.File) !== 0, isDirectory: (stat.type & vscode.FileType.Directory) !== 0 };
        } catch {
            return null;
        }
    });
    languageClient.onRequest(FileSystemRequests.readFile, async ({ uri }: FileSystemParams): Promise<ReadFileResult> => {
        try {
            return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri))) };
        } catch (error) {
            throw fail(uri, error);
        }
    });
    languageClient.onRequest(FileSystemRequests.readDirectory, async ({ uri }: FileSystemParams): Promise<FileSystemEntry[]> => {
        const folder = vscode.Uri.parse(uri);
        try {
            const entries = await vscode.workspace.fs.readDirectory(folder);
            return entries.map(([name, type]) => ({
                uri: vscode.Uri.joinPath(folder, name).toString(),
                isFile: (type & vscode.FileType.File) !== 0,
                isDirectory: (type & vscode.FileType.Directory) !== 0,
            }));
        } catch (error) {
            throw fail(uri, error);
        }
    });
}
