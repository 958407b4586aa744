/**
 * Loads `*.referat` files and folders given on the command line into one Langium workspace, so that
 * cross-file checks apply across them. Shared by every command.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { type LangiumDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createReferatCoreServices, type Meeting, type ReferatCoreServices } from '@referat/language/core';
import { UsageError } from './errors.js';

export { UsageError };

export interface LoadedWorkspace {
    referat: ReferatCoreServices;
    documents: LangiumDocument[];
    /** The semantic model of each document, in the order of `documents`. */
    meetings: Meeting[];
    /** Path as given or found, relative to the working directory, per document URI. */
    displayPath: Map<string, string>;
}

/** Finds the files: folders are searched recursively for `*.referat` (skipping node_modules and dot folders). */
export async function collectFiles(inputs: string[]): Promise<string[]> {
    if (inputs.length === 0) throw new UsageError('Oppgi minst én fil eller mappe, for eksempel «referat check referater/».');
    const files: string[] = [];
    for (const input of inputs) {
        let stat;
        try { stat = await fs.stat(input); } catch (e) {
            throw new UsageError(`Finner ikke «${input}»: ${describeFsError(e)}. Sjekk stien.`);
        }
        if (stat.isDirectory()) {
            const found = await findReferatFiles(input);
            if (found.length === 0) throw new UsageError(`Mappen «${input}» inneholder ingen *.referat-filer.`);
            files.push(...found);
        } else if (stat.isFile()) files.push(input);
        // A FIFO or device would block or stream forever: only regular files are read.
        else throw new UsageError(`«${input}» er verken en fil eller en mappe. Oppgi en *.referat-fil eller en mappe.`);
    }
    return [...new Set(files.map(f => path.resolve(f)))].sort();
}

async function findReferatFiles(dir: string): Promise<string[]> {
    const result: string[] = [];
    let entries;
    try { entries = await fs.readdir(dir, { withFileTypes: true }); } catch (e) {
        throw new UsageError(`Kan ikke lese mappen «${dir}»: ${describeFsError(e)}.`);
    }
    for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') result.push(...await findReferatFiles(full));
        else if (entry.isFile() && entry.name.endsWith('.referat')) result.push(full);
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
        default: return (e as Error)?.message ?? String(e);
    }
}

/** Reads, parses, links and validates the files. Throws UsageError for unreadable files. */
export async function loadWorkspace(inputs: string[], options: { validate?: boolean } = {}): Promise<LoadedWorkspace> {
    const files = await collectFiles(inputs);
    // Core services only: the CLI loads no language-server code.
    const { shared, Referat } = createReferatCoreServices(NodeFileSystem);
    const documents: LangiumDocument[] = [];
    const displayPath = new Map<string, string>();
    for (const file of files) {
        let text: string;
        try { text = await fs.readFile(file, 'utf8'); } catch (e) {
            throw new UsageError(`Kan ikke lese «${path.relative(process.cwd(), file) || file}»: ${describeFsError(e)}.`);
        }
        const uri = URI.file(file);
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
        displayPath.set(uri.toString(), path.relative(process.cwd(), file) || file);
    }
    // Messages name other files as the command line does: relative to the working directory.
    Referat.referat.MeetingIndex.displayRoot = URI.file(process.cwd()).toString();
    await shared.workspace.DocumentBuilder.build(documents, { validation: options.validate ?? true });
    const meetings = documents.map(d => Referat.referat.MeetingIndex.get(d));
    return { referat: Referat, documents, meetings, displayPath };
}
