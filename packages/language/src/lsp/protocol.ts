/**
 * The protocol of Referat's own LSP requests and notifications: one typed declaration per method,
 * shared by the server (custom-requests.ts) and every client (the VS Code extension imports it as
 * `@referat/language/protocol`). Its only runtime dependency is vscode-languageserver-protocol's
 * message types (browser-safe), so a client can import it without the server.
 *
 * - `referat/preview` { uri, publicEdition? } -> { uri, version, html, css }
 * - `referat/export` { uri, kind: 'html' | 'public' | 'ical' } -> { text, extension, errors, count? }
 * - `referat/deadlines` { today? } -> DeadlineEntry[] of the whole workspace
 * - `referat/bodies` {} -> the bodies with meetings in the workspace
 * - `referat/newMinutesTemplate` { bodyKey?, today? } -> { text, fileStem, folderUri?, selection }
 * - notification `referat/didBuild` (server to client) after each build, so views of the workspace refresh.
 */
import { NotificationType0, RequestType } from 'vscode-languageserver-protocol';
import type { DeadlineEntry } from '../generator/deadlines.js';

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
    /** The minutes are a draft (`Status: utkast`): the client asks before publishing them. */
    draft: boolean;
}

/** `today` as YYYY-MM-DD in the client's time zone (the server's clock when left out). */
export interface DeadlinesParams { today?: string }
/** Over the wire the entry's dates (`date`, `meetingDate`) are plain `{ year, month, day }` objects. */
export type { DeadlineEntry };

export type BodiesParams = Record<string, never>;
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
    /**
     * Where the cursor starts (0-based line, columns): on the body's name when it is empty (an empty
     * `Organ:` is an error, so the minutes cannot be published without one), else on the date.
     */
    selection: { line: number; start: number; end: number };
}

/** Every request of the protocol, by name. `ReferatRequests.preview.method` is `'referat/preview'`. */
export const ReferatRequests = {
    preview: new RequestType<PreviewParams, PreviewResult, void>('referat/preview'),
    export: new RequestType<ExportParams, ExportResult, void>('referat/export'),
    deadlines: new RequestType<DeadlinesParams, DeadlineEntry[], void>('referat/deadlines'),
    bodies: new RequestType<BodiesParams, BodyInfo[], void>('referat/bodies'),
    newMinutesTemplate: new RequestType<NewMinutesParams, NewMinutesResult, void>('referat/newMinutesTemplate'),
} as const;

/** Every notification of the protocol (all sent by the server). */
export const ReferatNotifications = {
    didBuild: new NotificationType0('referat/didBuild'),
} as const;

/**
 * Requests the server sends to the client for the workspace's files when it has no file system of
 * its own (the browser worker, ../browser/client-file-system.ts): the client answers from its
 * workspace file system (VS Code for the Web: `vscode.workspace.fs`). A client that does not answer
 * them (method not found) leaves the server with the documents it opens.
 * - `referat/fs/stat` { uri } -> { uri, isFile, isDirectory }, or null when there is nothing there
 * - `referat/fs/readFile` { uri } -> { text }
 * - `referat/fs/readDirectory` { uri } -> the entries of the folder
 */
export interface FileSystemParams { uri: string }
export interface FileSystemEntry { uri: string; isFile: boolean; isDirectory: boolean }
export interface ReadFileResult { text: string }
export const ReferatFileSystemRequests = {
    stat: new RequestType<FileSystemParams, FileSystemEntry | null, void>('referat/fs/stat'),
    readFile: new RequestType<FileSystemParams, ReadFileResult, void>('referat/fs/readFile'),
    readDirectory: new RequestType<FileSystemParams, FileSystemEntry[], void>('referat/fs/readDirectory'),
} as const;
