/**
 * Starts the Referat language server on a given connection (stdio, IPC or a browser worker).
 * Pure: the file system comes from the caller.
 */
import '../polyfill.js';
import { type DefaultSharedModuleContext, startLanguageServer } from 'langium/lsp';
import { createReferatServices } from '../referat-module.js';
import { registerCustomRequests } from './custom-requests.js';

export function startReferatServer(context: DefaultSharedModuleContext): void {
    const { shared, Referat } = createReferatServices(context);
    registerCustomRequests(context.connection!, shared, Referat);
    startLanguageServer(shared);
}
