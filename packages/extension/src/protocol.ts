/** The language server's own requests: names and types from packages/language/src/lsp/protocol.ts. */
export {
    ReferatNotifications as Notifications, ReferatRequests as Requests,
    type BodyInfo, type DeadlineEntry, type ExportKind, type ExportResult, type NewMinutesResult, type PreviewResult,
} from '../../language/out/lsp/protocol.js';
// The worker server's requests for the workspace's files (VS Code for the Web, browser-extension.ts).
export {
    ReferatFileSystemRequests as FileSystemRequests, type FileSystemEntry, type FileSystemParams, type ReadFileResult,
} from '../../language/out/lsp/protocol.js';

export const LANGUAGE_ID = 'referat';

export function isReferat(document: { languageId: string } | undefined): boolean {
    return document?.languageId === LANGUAGE_ID;
}
