/**
 * Document updates that cannot take the server down or stall it.
 *
 * - Langium's handler passes every changed URI to the document builder, which throws for a URI no
 *   language serves (`x.md`, a plain-text buffer) and leaves a broken document in the workspace;
 *   the rejection is not handled, and Node ends the process. Here only URIs the server serves reach
 *   the builder (folders too: the builder looks for minutes inside them).
 * - A changed document that is neither open in the editor nor on disk (an unsaved new file that was
 *   closed, a file deleted without a delete event) is removed instead: rebuilding it would read a
 *   file that is not there, fail every later build of the workspace, and leave requests waiting for
 *   documents that never get built.
 * - Closing a document makes the workspace read the file from disk again (the editor's unsaved
 *   text is gone with it), or drop it when there is no file.
 * - A failed update is logged instead of ending the process.
 */
import { isOperationCancelled, type LangiumDocuments, type TextDocument, URI } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';

export class ReferatDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly documents: LangiumDocuments;
    private readonly shared: LangiumSharedServices;

    constructor(shared: LangiumSharedServices) {
        super(shared);
        this.shared = shared;
        this.documents = shared.workspace.LangiumDocuments;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        this.fireDocumentUpdate([URI.parse(event.document.uri)], []);
    }

    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        const served = (uri: URI) => this.serviceRegistry.hasServices(uri);
        const open = (uri: URI) => this.shared.workspace.TextDocuments.get(uri.toString()) !== undefined;
        // A deleted folder takes its documents with it.
        const gone = deleted.filter(uri => served(uri) || this.documents.getDocuments(uri).length > 0);
        const update = (uris: URI[], removed: URI[]) => {
            if (uris.length === 0 && removed.length === 0) return;
            this.workspaceLock.write(token => this.documentBuilder.update(uris, removed, token))
                .catch(error => this.report(error));
        };
        const ready = this.workspaceManager.ready;
        if (changed.every(uri => served(uri) && open(uri))) {
            // The usual case (typing): no waiting, so the update is queued before later requests.
            ready.then(() => update(changed, gone), error => this.report(error));
            return;
        }
        ready.then(async () => {
            const kinds = await Promise.all(changed.map(uri => (served(uri) && open(uri) ? 'open' : this.kindOnDisk(uri))));
            const keep = changed.filter((uri, i) => kinds[i] === 'open' || kinds[i] === 'folder' || (kinds[i] === 'file' && served(uri)));
            // Not open and not on disk: drop it from the workspace, if it is there.
            const vanished = changed.filter((uri, i) => kinds[i] === 'missing' && this.documents.hasDocument(uri));
            update(keep, [...gone, ...vanished]);
        }).catch(error => this.report(error));
    }

    private async kindOnDisk(uri: URI): Promise<'file' | 'folder' | 'missing'> {
        if (uri.scheme !== 'file') return 'missing'; // untitled: and other schemes exist only in the editor
        try {
            const stat = await this.shared.workspace.FileSystemProvider.stat(uri);
            return stat.isDirectory ? 'folder' : 'file';
        } catch {
            return 'missing';
        }
    }

    private report(error: unknown): void {
        if (isOperationCancelled(error)) return;
        const text = `Oppdateringen av dokumentene mislyktes: ${(error as Error)?.stack ?? String(error)}`;
        const connection = this.shared.lsp.Connection;
        if (connection) connection.console.error(text); else console.error(text);
    }
}
