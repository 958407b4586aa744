/**
 * Starts the Referat language server on a given connection (stdio, IPC or a browser worker).
 * Pure: the file system comes from the caller. Every handler is registered through the request
 * guard (request-guard.ts), so no message a client sends can end the server.
 */
import '../polyfill.js';
import { type DefaultSharedModuleContext, startLanguageServer } from 'langium/lsp';
import { createReferatServices } from '../referat-module.js';
import { registerCustomRequests } from './custom-requests.js';
import { createRequestGuard, type RequestGuard } from './request-guard.js';

export function startReferatServer(context: DefaultSharedModuleContext): RequestGuard {
    const guard = createRequestGuard(context.connection!);
    const { shared, Referat } = createReferatServices({ ...context, connection: guard.connection });
    guard.attach(shared);
    registerCustomRequests(guard.connection, shared, Referat);
    startLanguageServer(shared);
    return guard;
}
