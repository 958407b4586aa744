/**
 * The Node file system of the CLI and of the language server (which reads the workspace's files
 * that are not open in the editor from disk): files are decoded by `decodeText` (UTF-8,
 * Windows-1252, UTF-16), and each decoding is remembered for the `not-utf8` check. Symbolic links to
 * files count as files in folder listings; links to folders are not followed (a link cycle would
 * never end). Node only (`fs`), and no language-server code: the CLI loads it (`@referat/language/node-fs`).
 */
import fs from 'node:fs';
import type { FileSystemNode, URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { decodeText, SourceDecodingRecord, type SourceDecodings } from '../text/decode.js';

export class ReferatNodeFileSystemProvider extends NodeFileSystemProvider implements SourceDecodings {
    private readonly decodings = new SourceDecodingRecord();

    override async readFile(uri: URI): Promise<string> {
        return this.decode(uri, await fs.promises.readFile(uri.fsPath));
    }

    override readFileSync(uri: URI): string {
        return this.decode(uri, fs.readFileSync(uri.fsPath));
    }

    /** Decodes bytes read elsewhere (standard input) as the file `uri`, and remembers how. */
    decode(uri: URI, bytes: Uint8Array): string {
        return this.decodings.record(uri.toString(), decodeText(bytes));
    }

    sourceDecoding(uri: string, text: string) {
        return this.decodings.sourceDecoding(uri, text);
    }

    override async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = await super.readDirectory(uri);
        return Promise.all(entries.map(async entry => {
            if (!(entry as { dirent?: fs.Dirent }).dirent?.isSymbolicLink()) return entry;
            const isFile = await fs.promises.stat(entry.uri.fsPath).then(s => s.isFile(), () => false);
            return { ...entry, isFile, isDirectory: false };
        }));
    }
}

/** A context for `createReferatCoreServices` / `createReferatServices` with this file system. */
export function referatNodeFileSystem(): { fileSystemProvider: () => ReferatNodeFileSystemProvider; fileSystem: ReferatNodeFileSystemProvider } {
    const fileSystem = new ReferatNodeFileSystemProvider();
    return { fileSystemProvider: () => fileSystem, fileSystem };
}
