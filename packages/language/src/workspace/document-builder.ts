/**
 * Relinks and revalidates the other meetings of the same body when one file changes, so that
 * cross-file diagnostics (a case number used in two meetings, a reference to a case in another
 * meeting) update live. Names and case references are not Langium references, so Langium's own
 * dependency tracking does not see these links: the body (`Organ:`) decides.
 */
import { Cancellation, DefaultDocumentBuilder, type DocumentState, type LangiumDocument, type LangiumSharedCoreServices, type URI } from 'langium';
import { bodyKeyOfText, crossFileKeyOfText } from './meeting-index.js';

export class ReferatDocumentBuilder extends DefaultDocumentBuilder {
    private affectedBodies = new Set<string>();

    constructor(private readonly shared: LangiumSharedCoreServices) {
        super(shared);
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const bodies = new Set<string>();
        // A meeting without `Organ:` is compared with no other meeting: nothing to relink for it.
        const add = (key: string | undefined) => { if (key) bodies.add(key); };
        for (const uri of [...changed, ...deleted]) {
            if (!uri.path.endsWith('.referat')) continue;
            const existing = this.langiumDocuments.getDocument(uri);
            const before = existing && parsedText(existing);
            const after = changed.includes(uri) ? await this.currentText(uri) : undefined;
            // Typing prose leaves the lines other meetings depend on as they were: do not re-check
            // the whole body on every keystroke.
            if (before !== undefined && after !== undefined && crossFileKeyOfText(before) === crossFileKeyOfText(after)) continue;
            if (before !== undefined) add(bodyKeyOfText(before));
            if (after !== undefined) add(bodyKeyOfText(after));
        }
        this.affectedBodies = bodies;
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.affectedBodies = new Set();
        }
    }

    /**
     * Tells every listener that the document reached `state`, also when the build is being
     * cancelled: Langium skips the remaining listeners then, although the document keeps the state,
     * so a request waiting for it (hover, outline …) would wait forever.
     */
    protected override notifyDocumentPhase(document: LangiumDocument, state: DocumentState, _cancelToken: Cancellation.CancellationToken): Promise<void> {
        return super.notifyDocumentPhase(document, state, Cancellation.CancellationToken.None);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) return true;
        if (this.affectedBodies.size === 0 || !document.uri.path.endsWith('.referat')) return false;
        const key = bodyKeyOfText(parsedText(document));
        return key !== undefined && this.affectedBodies.has(key);
    }

    /** The new text of a changed document: the editor's copy, else the file. */
    private async currentText(uri: URI): Promise<string> {
        const open = this.textDocuments?.get(uri.toString());
        if (open) return open.getText();
        try {
            return await this.shared.workspace.FileSystemProvider.readFile(uri);
        } catch {
            return '';
        }
    }
}

/** The text a document was last parsed from (its text document may already hold the new text). */
function parsedText(document: LangiumDocument): string {
    return document.parseResult?.value?.$cstNode?.root.fullText ?? document.textDocument.getText();
}
