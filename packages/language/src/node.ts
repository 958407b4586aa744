// Node entry points: services with the real file system, and the language server over stdio or IPC.
import './polyfill.js';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startReferatServer } from './lsp/server.js';
import { createReferatServices } from './referat-module.js';

export function createNodeReferatServices() {
    return createReferatServices(NodeFileSystem);
}

/** Starts the language server; the transport (--stdio, --node-ipc, --socket) comes from the command line. */
export function startNodeLanguageServer(): void {
    startReferatServer({ connection: createConnection(ProposedFeatures.all), ...NodeFileSystem });
}
