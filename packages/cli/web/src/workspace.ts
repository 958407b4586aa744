/**
 * The open documents of the page: one Monaco model each, all open in the language server at once
 * (so cross-file checks see them all), kept as drafts in the browser's storage, and saved back to
 * their files.
 */
import { DraftStore, type Draft } from './drafts.js';
import { canSaveToFiles, download, pickSaveTarget, writeToHandle, type OpenedFile } from './files.js';
import { LANGUAGE_ID } from './language.js';
import type { LanguageClient } from './lsp-client.js';
import type { LspFeatures } from './lsp-features.js';
import { monaco } from './monaco.js';
import { ask } from './dialog.js';

const DRAFT_DELAY_MS = 300;
const ACTIVE_KEY = 'aktiv';

export interface OpenDocument {
    readonly id: string;
    name: string;
    model: monaco.editor.ITextModel;
    handle?: FileSystemFileHandle;
    savedText: string;
    viewState?: monaco.editor.ICodeEditorViewState | null;
}

export class Workspace {
    readonly documents: OpenDocument[] = [];
    active?: OpenDocument;
    private readonly draftTimers = new Map<string, ReturnType<typeof setTimeout>>();
    /** The text of each document as IndexedDB last confirmed it stored. */
    private readonly stored = new Map<string, string>();
    private readonly changeListeners: Array<() => void> = [];
    private readonly activeListeners: Array<(doc: OpenDocument | undefined) => void> = [];
    private readonly editListeners: Array<(doc: OpenDocument) => void> = [];

    constructor(
        private readonly editor: monaco.editor.IStandaloneCodeEditor,
        private readonly client: LanguageClient,
        private readonly features: LspFeatures,
        private readonly drafts: DraftStore,
        private readonly status: (message: string) => void,
    ) {
        // Pending drafts when the tab is hidden or closed: written at once (synchronously), then to IndexedDB.
        const flush = () => {
            const pending = this.documents.filter((doc) => !doc.model.isDisposed() && this.stored.get(doc.id) !== doc.model.getValue());
            this.drafts.journal(pending.map((doc) => this.draftOf(doc)));
            for (const doc of pending) void this.saveDraft(doc);
        };
        window.addEventListener('pagehide', flush);
        document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });
    }

    /** The list of documents, their names or their unsaved state changed. */
    onDidChange(listener: () => void): void { this.changeListeners.push(listener); }
    onDidChangeActive(listener: (doc: OpenDocument | undefined) => void): void { this.activeListeners.push(listener); }
    /** The text of a document changed. */
    onDidEdit(listener: (doc: OpenDocument) => void): void { this.editListeners.push(listener); }

    isDirty(doc: OpenDocument): boolean {
        return doc.model.getValue() !== doc.savedText;
    }

    byUri(uri: string): OpenDocument | undefined {
        return this.documents.find((d) => d.model.uri.toString() === uri);
    }

    /** Opens the drafts of the last visit; returns how many. */
    async restore(): Promise<number> {
        const drafts = await this.drafts.all();
        for (const draft of drafts) {
            this.add(draft.id, draft.name, draft.text, draft.savedText, draft.handle);
            this.stored.set(draft.id, draft.text);
        }
        const activeId = await this.drafts.getState<string>(ACTIVE_KEY);
        const active = this.documents.find((d) => d.id === activeId) ?? this.documents[0];
        if (active) this.activate(active);
        return drafts.length;
    }

    /** Opens files; a file that is already open (same file handle) is shown instead of opened twice. */
    async openFiles(files: OpenedFile[]): Promise<void> {
        let last: OpenDocument | undefined;
        for (const file of files) {
            const existing = await this.findOpen(file);
            if (existing) {
                last = existing;
                continue;
            }
            last = this.add(crypto.randomUUID(), file.name, file.text, file.text, file.handle);
            void this.saveDraft(last);
        }
        if (last) this.activate(last);
        if (files.length > 1) this.status(`${files.length} referater åpnet.`);
        else if (last) this.status(`Åpnet ${last.name}.`);
    }

    /** A new document (not saved anywhere yet). */
    create(name: string, text: string): OpenDocument {
        const doc = this.add(crypto.randomUUID(), name, text, '', undefined);
        void this.saveDraft(doc);
        this.activate(doc);
        return doc;
    }

    activate(doc: OpenDocument | undefined): void {
        if (this.active && this.active !== doc && !this.active.model.isDisposed()) this.active.viewState = this.editor.saveViewState();
        this.active = doc;
        if (doc) {
            this.editor.setModel(doc.model);
            if (doc.viewState) this.editor.restoreViewState(doc.viewState);
            this.editor.updateOptions({ ariaLabel: `Referat: ${doc.name}` });
            void this.drafts.setState(ACTIVE_KEY, doc.id);
        } else {
            this.editor.setModel(null);
        }
        this.activeListeners.forEach((l) => l(doc));
        this.changed();
    }

    /** Closes a document; asks first if it has unsaved changes. Returns false if the user kept it open. */
    async close(doc: OpenDocument): Promise<boolean> {
        if (this.isDirty(doc)) {
            const answer = await ask('Lukke uten å lagre?', `«${doc.name}» har endringer som ikke er lagret. Lukker du, slettes også utkastet i nettleseren.`, [
                { label: 'Lagre og lukk', value: 'save' as const, primary: true },
                { label: 'Lukk uten å lagre', value: 'discard' as const },
            ]);
            if (!answer) return false;
            if (answer === 'save' && !(await this.save(doc))) return false;
        }
        const index = this.documents.indexOf(doc);
        this.documents.splice(index, 1);
        clearTimeout(this.draftTimers.get(doc.id));
        this.client.close(doc.model);
        this.features.forget(doc.model.uri.toString());
        doc.model.dispose();
        this.stored.delete(doc.id);
        await this.drafts.delete(doc.id);
        if (this.active === doc) this.activate(this.documents[Math.min(index, this.documents.length - 1)]);
        else this.changed();
        this.status(`Lukket ${doc.name}.`);
        return true;
    }

    /**
     * Saves to the document's file; without one (an upload, a new document, a browser without the
     * File System Access API) as «Lagre som». Returns false when nothing was saved.
     */
    async save(doc: OpenDocument, saveAs = false): Promise<boolean> {
        const text = doc.model.getValue();
        try {
            if (doc.handle && !saveAs) {
                await writeToHandle(doc.handle, text);
                this.saved(doc, text, `Lagret ${doc.name}.`);
                return true;
            }
            if (canSaveToFiles()) {
                const handle = await pickSaveTarget(doc.name);
                if (!handle) return false;
                await writeToHandle(handle, text);
                doc.handle = handle;
                if (handle.name !== doc.name) this.rename(doc, handle.name);
                this.saved(doc, text, `Lagret ${doc.name}.`);
                return true;
            }
            download(doc.name, text, 'text/plain;charset=utf-8');
            this.saved(doc, text, `${doc.name} er lastet ned (se nedlastingsmappen til nettleseren).`);
            return true;
        } catch (error) {
            const again = await ask('Kunne ikke lagre', `«${doc.name}» ble ikke lagret: ${error instanceof Error ? error.message : String(error)}. Teksten er tatt vare på som utkast i nettleseren; prøv «Lagre som …».`, [
                { label: 'Lagre som …', value: true, primary: true },
            ]);
            return again ? this.save(doc, true) : false;
        }
    }

    private saved(doc: OpenDocument, text: string, message: string): void {
        doc.savedText = text;
        void this.saveDraft(doc);
        this.changed();
        this.status(message);
    }

    /** A new name (saved under another name): a new URI in the server, same text and position. */
    private rename(doc: OpenDocument, name: string): void {
        const old = doc.model;
        const viewState = this.active === doc ? this.editor.saveViewState() : doc.viewState;
        this.client.close(old);
        this.features.forget(old.uri.toString());
        doc.name = name;
        doc.model = this.createModel(doc, old.getValue());
        if (this.active === doc) {
            this.editor.setModel(doc.model);
            if (viewState) this.editor.restoreViewState(viewState);
            this.editor.updateOptions({ ariaLabel: `Referat: ${doc.name}` });
        }
        old.dispose();
        this.activeListeners.forEach((l) => l(this.active));
    }

    private add(id: string, name: string, text: string, savedText: string, handle: FileSystemFileHandle | undefined): OpenDocument {
        const doc = { id, name, savedText, handle } as OpenDocument;
        doc.model = this.createModel(doc, text);
        this.documents.push(doc);
        this.changed();
        return doc;
    }

    private createModel(doc: OpenDocument, text: string): monaco.editor.ITextModel {
        // The id keeps two files of the same name apart; the server names files by their last segment.
        const uri = monaco.Uri.from({ scheme: 'file', path: `/nettleser/${doc.id}/${doc.name}` });
        const model = monaco.editor.createModel(text, LANGUAGE_ID, uri);
        let wasDirty = this.isDirtyText(doc, text);
        model.onDidChangeContent(() => {
            this.scheduleDraft(doc);
            this.editListeners.forEach((l) => l(doc));
            const dirty = this.isDirty(doc);
            if (dirty !== wasDirty) {
                wasDirty = dirty;
                this.changed();
            }
        });
        this.client.open(model);
        return model;
    }

    private isDirtyText(doc: OpenDocument, text: string): boolean {
        return text !== doc.savedText;
    }

    private async findOpen(file: OpenedFile): Promise<OpenDocument | undefined> {
        for (const doc of this.documents) {
            if (file.handle && doc.handle && (await doc.handle.isSameEntry(file.handle))) return doc;
            if (!file.handle && !doc.handle && doc.name === file.name && doc.savedText === file.text) return doc;
        }
        return undefined;
    }

    private scheduleDraft(doc: OpenDocument): void {
        clearTimeout(this.draftTimers.get(doc.id));
        this.draftTimers.set(doc.id, setTimeout(() => void this.saveDraft(doc), DRAFT_DELAY_MS));
    }

    private async saveDraft(doc: OpenDocument): Promise<void> {
        clearTimeout(this.draftTimers.get(doc.id));
        this.draftTimers.delete(doc.id);
        if (doc.model.isDisposed()) return;
        try {
            const draft = this.draftOf(doc);
            await this.drafts.put(draft);
            this.stored.set(doc.id, draft.text);
        } catch (error) {
            this.status(`Utkastet av ${doc.name} kunne ikke lagres i nettleseren: ${error instanceof Error ? error.message : String(error)}. Lagre filen for ikke å miste endringer.`);
        }
    }

    private draftOf(doc: OpenDocument): Draft {
        return { id: doc.id, name: doc.name, text: doc.model.getValue(), savedText: doc.savedText, handle: doc.handle, order: this.documents.indexOf(doc) };
    }

    private changed(): void {
        this.changeListeners.forEach((l) => l());
    }
}
