/**
 * Referat's own LSP requests, beyond the protocol (used by the VS Code extension; any client may use them).
 * Owned by the extension work: deadlines view and preview.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { ReferatServices } from '../referat-module.js';

export function registerCustomRequests(_connection: Connection, _shared: LangiumSharedServices, _referat: ReferatServices): void {
    // Requests are registered here as the features that need them arrive.
}
