/**
 * A file system for a language server without one (a browser worker): every read is a request to the
 * client (`referat/fs/*`, see ../lsp/protocol.ts), which answers from its workspace. With it the
 * workspace features work as on the desktop: Langium's workspace manager reads the workspace folders
 * the client names in `initialize`, and re-reads files the client reports as changed.
 *
 * A client that does not implement the requests (an editor page that opens the files itself) gets
 * the behaviour of Langium's EmptyFileSystem: no files, only the open documents.
 */
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import { ErrorCodes, ResponseError, type Connection, type RequestType } from 'vscode-languageserver';
import { type FileSystemParams, ReferatFileSystemRequests } from '../lsp/protocol.js';

export class ClientFileSystemProvider implements FileSystemProvider {
    /** Set once the client has answered "method not found": it serves no files. */
    private unsupported = false;

    constructor(private readonly connection: Connection) {}

    async stat(uri: URI): Promise<FileSystemNode> {
        const entry = await this.request(ReferatFileSystemRequests.stat, uri);
        if (!entry) throw new Error(`Ingen fil: ${uri.toString()}`);
        return toNode(entry);
    }

    async exists(uri: URI): Promise<boolean> {
        try {
            await this.stat(uri);
            return true;
        } catch {
            return false;
        }
    }

    async readFile(uri: URI): Promise<string> {
        const result = await this.request(ReferatFileSystemRequests.readFile, uri);
        if (!result) throw new Error(`Kan ikke lese ${uri.toString()}: klienten gir ikke tilgang til filer.`);
        return result.text;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = await this.request(ReferatFileSystemRequests.readDirectory, uri);
        return (entries ?? []).map(toNode);
    }

    // A worker cannot wait for the client synchronously; Langium's workspace uses the async methods only.
    statSync(uri: URI): FileSystemNode { throw syncError(uri); }
    existsSync(): boolean { return false; }
    readBinarySync(uri: URI): Uint8Array { throw syncError(uri); }
    readFileSync(uri: URI): string { throw syncError(uri); }
    readDirectorySync(): FileSystemNode[] { return []; }

    /** The client's answer, or undefined when the client does not serve files. */
    private async request<R>(type: RequestType<FileSystemParams, R, void>, uri: URI): Promise<R | undefined> {
        if (this.unsupported) return undefined;
        try {
            return await this.connection.sendRequest(type, { uri: uri.toString() });
        } catch (error) {
            if (error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound) {
                this.unsupported = true;
                return undefined;
            }
            throw error;
        }
    }
}

function toNode(entry: { uri: string; isFile: boolean; isDirectory: boolean }): FileSystemNode {
    return { uri: URI.parse(entry.uri), isFile: entry.isFile, isDirectory: entry.isDirectory };
}

function syncError(uri: URI): Error {
    return new Error(`Synkron lesing av ${uri.toString()} er ikke mulig i nettleseren.`);
}
