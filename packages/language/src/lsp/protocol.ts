/**
 * The protocol of Referat's own LSP requests: names and message types, no runtime dependencies, so
 * that clients (the VS Code extension) can import it without the server.
 */
import type { DeadlineEntry } from '../generator/deadlines.js';

export const ReferatRequests = {
    preview: 'referat/preview',
    export: 'referat/export',
    deadlines: 'referat/deadlines',
    bodies: 'referat/bodies',
    newMinutesTemplate: 'referat/newMinutesTemplate',
} as const;
export const ReferatNotifications = { didBuild: 'referat/didBuild' } as const;

export interface PreviewParams { uri: string; publicEdition?: boolean }
export interface PreviewResult {
    uri: string;
    /** Version of the text the preview was rendered from (the client discards stale renders). */
    version: number;
    /** A `<main>` fragment whose elements carry `data-line` (0-based source line). */
    html: string;
    css: string;
}

export type ExportKind = 'html' | 'public' | 'ical';
export interface ExportParams { uri: string; kind: ExportKind }
export interface ExportResult {
    text: string;
    /** File extension for the output, with the dot. */
    extension: string;
    /** Number of errors in the document (the client asks before exporting minutes with errors). */
    errors: number;
    /** iCalendar: how many deadlines became events (undated ones are left out). */
    count?: number;
}

export interface DeadlinesParams { today?: string }
export type { DeadlineEntry };

export interface BodyInfo {
    key: string;
    name: string;
    shortName?: string;
    /** Date (ISO) and URI of the body's last meeting in the workspace. */
    lastMeetingDate?: string;
    lastMeetingUri: string;
    meetings: number;
}

export interface NewMinutesParams { bodyKey?: string; today?: string }
export interface NewMinutesResult {
    text: string;
    /** Suggested file name without extension: "nsg-2024-02-21". */
    fileStem: string;
    /** Folder of the body's last meeting, where the new file belongs. */
    folderUri?: string;
}

/**
 * Requests the server sends to the client for the workspace's files when it has no file system of
 * its own (the browser worker): the client answers from its workspace file system (VS Code for the
 * Web: `vscode.workspace.fs`). A client that does not answer them leaves the server with the
 * documents it opens.
 */
export const ReferatFileSystemRequests = {
    stat: 'referat/fs/stat',
    readFile: 'referat/fs/readFile',
    readDirectory: 'referat/fs/readDirectory',
} as const;
export interface FileSystemParams { uri: string }
export interface FileSystemEntry { uri: string; isFile: boolean; isDirectory: boolean }
export interface ReadFileResult { text: string }
