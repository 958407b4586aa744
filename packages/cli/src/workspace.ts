/**
 * Loads the minutes given on the command line into one Langium workspace, so that cross-file checks
 * apply across them. Shared by every command.
 *
 * - A file named on the command line is read as Referat whatever its name or extension.
 * - `-` (or /dev/stdin) reads one meeting from standard input.
 * - Folders are searched for `*.referat` in any letter case, skipping dot folders and node_modules.
 *   Symbolic links to files are followed; links to folders are not (they are named as skipped).
 * - Bytes are decoded by `decodeText` (UTF-8, else Windows-1252 with a `not-utf8` warning, UTF-16).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { type LangiumDocument, type LangiumSharedCoreServices, URI } from 'langium';
import { createReferatCoreServices, type Meeting, type ReferatCoreServices, serveAsReferat } from '@referat/language/core';
import { referatNodeFileSystem, type ReferatNodeFileSystemProvider } from '@referat/language/node-fs';
import { UsageError } from './errors.js';

export { UsageError };

/** What the user named, found: a file (the path as found, absolute) or standard input. */
export type Source = { kind: 'file'; file: string; display: string } | { kind: 'stdin'; display: string };

/** The folder each input's pages are laid out from: a folder input itself, a file input's folder. */
export interface InputRoot { dir: string; isFolder: boolean }

export interface LoadedWorkspace {
    referat: ReferatCoreServices;
    documents: LangiumDocument[];
    /** The semantic model of each document, in the order of `documents`. */
    meetings: Meeting[];
    /** Path as given or found, relative to the working directory, per document URI. */
    displayPath: Map<string, string>;
    /** The files read from disk (absolute paths as found); standard input is not among them. */
    files: string[];
    roots: InputRoot[];
    /** Entries of folders that were skipped, each a Norwegian sentence (commands print them to stderr). */
    notes: string[];
}

/** How standard input is named in messages. */
export const STDIN_NAME = '(standard inn)';
const STDIN_ALIASES = new Set(['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);
const STDIN_URI = URI.from({ scheme: 'stdin', path: '/standard-inn.referat' });

/** How a source is named in diagnostics: relative to the working directory (as `check` always printed it). */
const asGiven = (file: string) => path.relative(process.cwd(), file) || file;

/** A path for messages: relative to the working directory when it lies inside it, else absolute. */
export function show(file: string): string {
    const relative = path.relative(process.cwd(), file);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(file);
}

/** Finds the files: explicit files as they are, folders searched for `*.referat`. */
export async function collectSources(inputs: string[]): Promise<{ sources: Source[]; roots: InputRoot[]; notes: string[] }> {
    if (inputs.length === 0) throw new UsageError('Oppgi minst én fil eller mappe, for eksempel «referat check referater/», eller «-» for standard inn.');
    const sources: Source[] = [];
    const roots: InputRoot[] = [];
    const notes: string[] = [];
    let stdin = false;
    for (const input of inputs) {
        if (STDIN_ALIASES.has(input)) {
            if (stdin) throw new UsageError(`Standard inn («-») kan bare leses én gang; oppgi det bare én gang.`);
            stdin = true;
            sources.push({ kind: 'stdin', display: STDIN_NAME });
            roots.push({ dir: process.cwd(), isFolder: false });
            continue;
        }
        let stat;
        try { stat = await fs.stat(input); } catch (e) {
            throw new UsageError(`Finner ikke «${input}»: ${describeFsError(e)}. Sjekk stien.`);
        }
        const full = path.resolve(input);
        if (stat.isDirectory()) {
            const found = await findReferatFiles(full, notes);
            if (found.length === 0) throw new UsageError(`Mappen «${input}» inneholder ingen *.referat-filer.`);
            for (const file of found) sources.push({ kind: 'file', file, display: asGiven(file) });
            roots.push({ dir: full, isFolder: true });
        } else if (stat.isFile()) {
            sources.push({ kind: 'file', file: full, display: asGiven(full) });
            roots.push({ dir: path.dirname(full), isFolder: false });
        } else {
            // A FIFO or device could block or stream forever: only regular files are read (and «-»).
            throw new UsageError(`«${input}» er verken en fil eller en mappe. Oppgi en referatfil, en mappe, eller «-» for standard inn.`);
        }
    }
    return { sources: await unique(sources), roots, notes };
}

/** One source per real file (the same file named twice, or reached through a link, counts once), sorted by path. */
async function unique(sources: Source[]): Promise<Source[]> {
    const seen = new Set<string>();
    const result: Source[] = [];
    for (const source of sources) {
        const key = source.kind === 'stdin' ? '\0stdin' : await fs.realpath(source.file).catch(() => source.file);
        if (seen.has(key)) continue;
        seen.add(key);
        result.push(source);
    }
    const name = (s: Source) => (s.kind === 'file' ? s.file : '');
    return result.sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
}

/** `*.referat` files under `dir` (any letter case), without recursion: a deep tree cannot overflow the stack. */
async function findReferatFiles(dir: string, notes: string[]): Promise<string[]> {
    const result: string[] = [];
    const pending = [dir];
    while (pending.length > 0) {
        const current = pending.pop()!;
        let entries;
        try { entries = await fs.readdir(current, { withFileTypes: true }); } catch (e) {
            throw new UsageError(`Kan ikke lese mappen «${show(current)}»: ${describeFsError(e)}.`);
        }
        for (const entry of entries) {
            const full = path.join(current, entry.name);
            const isReferat = entry.name.toLowerCase().endsWith('.referat');
            if (entry.isDirectory()) {
                if (!entry.name.startsWith('.') && entry.name !== 'node_modules') pending.push(full);
            } else if (entry.isFile()) {
                if (isReferat) result.push(full);
            } else if (entry.isSymbolicLink()) {
                const target = await fs.stat(full).catch(() => undefined);
                if (target?.isFile()) { if (isReferat) result.push(full); }
                else if (target?.isDirectory()) notes.push(`Hopper over «${show(full)}»: en symbolsk lenke til en mappe følges ikke. Oppgi mappen den peker til, om den skal være med.`);
                else if (isReferat) notes.push(`Hopper over «${show(full)}»: den symbolske lenken peker ikke til noen fil.`);
            }
        }
    }
    return result;
}

export function describeFsError(e: unknown): string {
    const code = (e as NodeJS.ErrnoException)?.code;
    switch (code) {
        case 'ENOENT': return 'filen eller mappen finnes ikke';
        case 'EACCES': case 'EPERM': return 'mangler tilgang';
        case 'EISDIR': return 'er en mappe';
        case 'ENOTDIR': return 'en del av stien er ikke en mappe';
        case 'EIO': return 'lesefeil (EIO) på disken eller enheten';
        case 'ELOOP': return 'for mange symbolske lenker i stien';
        case 'ENAMETOOLONG': return 'navnet er for langt for filsystemet';
        case 'ENOSPC': return 'disken er full';
        case 'EDQUOT': return 'diskkvoten er brukt opp';
        case 'EROFS': return 'filsystemet er skrivebeskyttet';
        case 'EEXIST': return 'finnes allerede';
        case 'ENOTEMPTY': return 'mappen er ikke tom';
        case 'EBUSY': return 'er i bruk';
        case 'EMFILE': case 'ENFILE': return 'for mange åpne filer';
        case 'EXDEV': return 'kan ikke flyttes mellom filsystemer';
        case 'EINVAL': return 'ugyldig navn eller operasjon for filsystemet';
        case 'EFBIG': return 'filen er for stor';
        default: return code ? `systemfeil ${code}` : 'ukjent feil';
    }
}

/** The services the commands parse, model and check with (the threads of html-pool.ts too). */
export interface CliServices {
    shared: LangiumSharedCoreServices;
    Referat: ReferatCoreServices;
    fileSystem: ReferatNodeFileSystemProvider;
}

export function createCliServices(): CliServices {
    // Core services only: the CLI loads no language-server code.
    const { fileSystemProvider, fileSystem } = referatNodeFileSystem();
    const { shared, Referat } = createReferatCoreServices({ fileSystemProvider });
    // Messages name other files as the command line does: relative to the working directory.
    Referat.referat.MeetingIndex.displayRoot = URI.file(process.cwd()).toString();
    return { shared, Referat, fileSystem };
}

/** Reads (and decodes) one source and parses it; not yet added to the workspace. Throws UsageError when it cannot be read. */
export async function readSource(services: CliServices, source: Source): Promise<LangiumDocument> {
    const { shared, Referat, fileSystem } = services;
    let uri: URI, text: string;
    if (source.kind === 'stdin') {
        uri = STDIN_URI;
        text = fileSystem.decode(uri, await readStdin());
    } else {
        uri = URI.file(source.file);
        // Read at once: fs/promises takes several round trips per file, many times the CPU time for small files.
        try { text = fileSystem.readFileSync(uri); } catch (e) {
            throw new UsageError(`Kan ikke lese «${source.display}»: ${describeFsError(e)}.`);
        }
    }
    // A file named on the command line is Referat whatever its name.
    serveAsReferat(shared, uri, Referat.LanguageMetaData.languageId);
    return shared.workspace.LangiumDocumentFactory.fromString(text, uri);
}

/** Reads, parses, links and validates the files. Throws UsageError for unreadable files. */
export async function loadWorkspace(
    inputs: string[], options: { validate?: boolean; found?: Awaited<ReturnType<typeof collectSources>> } = {},
): Promise<LoadedWorkspace> {
    const { sources, roots, notes } = options.found ?? await collectSources(inputs);
    const services = createCliServices();
    const { shared, Referat } = services;
    const documents: LangiumDocument[] = [];
    const displayPath = new Map<string, string>();
    const files: string[] = [];
    for (const source of sources) {
        const document = await readSource(services, source);
        if (source.kind === 'file') files.push(source.file);
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
        displayPath.set(document.uri.toString(), source.display);
    }
    await shared.workspace.DocumentBuilder.build(documents, { validation: options.validate ?? true });
    const meetings = documents.map(d => Referat.referat.MeetingIndex.get(d));
    return { referat: Referat, documents, meetings, displayPath, files, roots, notes };
}

async function readStdin(): Promise<Uint8Array> {
    if (process.stdin.isTTY) process.stderr.write(`Leser et referat fra standard inn; avslutt med Ctrl+D.\n`);
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
}

/** Whether a document was read from a file (not standard input). */
export function isFileUri(uri: string): boolean {
    return uri.startsWith('file:');
}
