/**
 * Document updates that cannot take the server down. Langium's handler passes every changed URI to
 * the document builder, which throws for a URI no language serves (`x.md`, a plain-text buffer) and
 * leaves a broken document in the workspace; the rejection is not handled, and Node ends the
 * process. Here only URIs the server serves reach the builder (folders too: the builder looks for
 * minutes inside them), and a failed update is logged instead of ending the process.
 */
import { isOperationCancelled, type LangiumDocuments, type URI } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';

export class ReferatDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly documents: LangiumDocuments;
    private readonly shared: LangiumSharedServices;

    constructor(shared: LangiumSharedServices) {
        super(shared);
        this.shared = shared;
        this.documents = shared.workspace.LangiumDocuments;
    }

    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        const served = (uri: URI) => this.serviceRegistry.hasServices(uri);
        // A deleted folder takes its documents with it.
        const gone = deleted.filter(uri => served(uri) || this.documents.getDocuments(uri).length > 0);
        const others = changed.filter(uri => !served(uri));
        const update = (uris: URI[]) => {
            if (uris.length === 0 && gone.length === 0) return;
            this.workspaceLock.write(token => this.documentBuilder.update(uris, gone, token))
                .catch(error => this.report(error));
        };
        const ready = this.workspaceManager.ready;
        if (others.length === 0) {
            // The usual case (typing): no waiting, so the update is queued before later requests.
            ready.then(() => update(changed), error => this.report(error));
            return;
        }
        ready.then(async () => {
            const folders = await Promise.all(others.map(uri => this.isFolder(uri)));
            update(changed.filter(uri => served(uri) || folders[others.indexOf(uri)]));
        }).catch(error => this.report(error));
    }

    private async isFolder(uri: URI): Promise<boolean> {
        try {
            return (await this.shared.workspace.FileSystemProvider.stat(uri)).isDirectory;
        } catch {
            return false;
        }
    }

    private report(error: unknown): void {
        if (isOperationCancelled(error)) return;
        const text = `Oppdateringen av dokumentene mislyktes: ${(error as Error)?.stack ?? String(error)}`;
        const connection = this.shared.lsp.Connection;
        if (connection) connection.console.error(text); else console.error(text);
    }
}
