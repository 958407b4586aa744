/**
 * Browser entry point: the Referat language server in a Web Worker (VS Code for the Web, the editor
 * page). The same module and services as the Node server (./lsp/server.ts); files come from the
 * client (./browser/client-file-system.ts) or are the documents it opens.
 */
import './polyfill.js';
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { ClientFileSystemProvider } from './browser/client-file-system.js';
import { startReferatServer } from './lsp/server.js';

export { ClientFileSystemProvider } from './browser/client-file-system.js';

/** What the server talks over: the worker's global scope (`self`) or a MessagePort. */
export type BrowserEndpoint = ConstructorParameters<typeof BrowserMessageReader>[0];

/** Starts the language server on `endpoint`, by default the global scope of the worker it runs in. */
export function startBrowserLanguageServer(endpoint: BrowserEndpoint = self as unknown as BrowserEndpoint): void {
    const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(endpoint), new BrowserMessageWriter(endpoint));
    startReferatServer({ connection, fileSystemProvider: () => new ClientFileSystemProvider(connection) });
}
