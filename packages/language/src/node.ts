// Node entry points: services with the real file system, and the language server over stdio or IPC.
import './polyfill.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startReferatServer } from './lsp/server.js';
import { createReferatServices } from './referat-module.js';
import { referatNodeFileSystem } from './workspace/node-file-system.js';

export { ReferatNodeFileSystemProvider, referatNodeFileSystem } from './workspace/node-file-system.js';

/** The language services on the real file system (files decoded as workspace/node-file-system.ts says). */
export function createNodeReferatServices() {
    const { fileSystemProvider, fileSystem } = referatNodeFileSystem();
    return { ...createReferatServices({ fileSystemProvider }), fileSystem };
}

/** Starts the language server; the transport (--stdio, --node-ipc, --socket) comes from the command line. */
export function startNodeLanguageServer(): void {
    const { fileSystemProvider } = referatNodeFileSystem();
    startReferatServer({ connection: createConnection(ProposedFeatures.all), fileSystemProvider });
}
