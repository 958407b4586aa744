/**
 * Drafts in the browser's storage (IndexedDB): every open document with its text, the text last
 * opened or saved, and its file handle when the browser gave one (handles can be stored, so «Lagre»
 * still writes to the same file after the tab was closed). A closed tab loses nothing.
 */

export interface Draft {
    id: string;
    name: string;
    text: string;
    /** The text as last opened from or saved to a file (to know whether there are unsaved changes). */
    savedText: string;
    /** Where «Lagre» writes (File System Access API); missing for uploads and new documents. */
    handle?: FileSystemFileHandle;
    /** Position among the open documents. */
    order: number;
}

const DATABASE = 'referat-nettleser';
/** localStorage keys of texts written while the tab closed (IndexedDB may not finish then). */
const JOURNAL = 'referat-utkast:';
const STORE = 'utkast';
const STATE = 'tilstand';

export class DraftStore {
    private constructor(private readonly db: IDBDatabase | undefined, readonly problem?: string) {}

    /** Opens the store; if the browser refuses (private window, blocked storage), drafts are not kept and `problem` says why. */
    static async open(): Promise<DraftStore> {
        if (typeof indexedDB === 'undefined') return new DraftStore(undefined, 'nettleseren har ikke IndexedDB');
        try {
            const db = await new Promise<IDBDatabase>((resolve, reject) => {
                const request = indexedDB.open(DATABASE, 1);
                request.onupgradeneeded = () => {
                    request.result.createObjectStore(STORE, { keyPath: 'id' });
                    request.result.createObjectStore(STATE);
                };
                request.onsuccess = () => resolve(request.result);
                request.onerror = () => reject(request.error);
                request.onblocked = () => reject(new Error('databasen er åpen i en annen fane med en eldre versjon'));
            });
            return new DraftStore(db);
        } catch (error) {
            return new DraftStore(undefined, error instanceof Error ? error.message : String(error));
        }
    }

    get available(): boolean {
        return this.db !== undefined;
    }

    /** The drafts, with the texts the journal kept when the tab closed. */
    async all(): Promise<Draft[]> {
        if (!this.db) return [];
        const drafts = await this.run<Draft[]>(STORE, 'readonly', (store) => store.getAll());
        for (const [id, entry] of this.journalEntries()) {
            let draft = drafts.find((d) => d.id === id);
            if (draft) draft.text = entry.text;
            else drafts.push(draft = { ...entry, id });
            await this.put(draft);
        }
        return drafts.sort((a, b) => a.order - b.order);
    }

    /**
     * Writes drafts synchronously (localStorage), for the moment the tab is hidden or closed: an
     * IndexedDB transaction started then may never finish. `all()` merges them back.
     */
    journal(drafts: Draft[]): void {
        for (const { handle: _handle, ...draft } of drafts) {
            try {
                localStorage.setItem(JOURNAL + draft.id, JSON.stringify(draft));
            } catch {
                // Storage full or blocked: IndexedDB has the draft of a moment ago.
            }
        }
    }

    private journalEntries(): Array<[string, Omit<Draft, 'id' | 'handle'>]> {
        const entries: Array<[string, Omit<Draft, 'id' | 'handle'>]> = [];
        try {
            for (const key of Object.keys(localStorage)) {
                if (!key.startsWith(JOURNAL)) continue;
                try {
                    entries.push([key.slice(JOURNAL.length), JSON.parse(localStorage.getItem(key)!)]);
                } catch { /* a damaged entry: IndexedDB has the draft */ }
            }
        } catch {
            return [];
        }
        return entries;
    }

    async put(draft: Draft): Promise<void> {
        if (!this.db) return;
        try {
            await this.run(STORE, 'readwrite', (store) => store.put(draft));
        } catch (error) {
            // A handle the browser will not store (it should): keep the text at least.
            if (draft.handle && error instanceof DOMException && error.name === 'DataCloneError') {
                await this.run(STORE, 'readwrite', (store) => store.put({ ...draft, handle: undefined }));
            } else throw error;
        }
        // Stored: the journal's copy is no longer needed, unless it holds a newer text.
        this.forgetJournal(draft.id, draft.text);
    }

    /** Removes the journal's copy of a draft (only if it holds `text`, when given). */
    private forgetJournal(id: string, text?: string): void {
        try {
            const kept = localStorage.getItem(JOURNAL + id);
            if (kept === null) return;
            if (text !== undefined && (JSON.parse(kept) as { text?: string }).text !== text) return;
            localStorage.removeItem(JOURNAL + id);
        } catch { /* nothing kept, or storage blocked */ }
    }

    async delete(id: string): Promise<void> {
        this.forgetJournal(id);
        if (!this.db) return;
        await this.run(STORE, 'readwrite', (store) => store.delete(id));
    }

    async getState<T>(key: string): Promise<T | undefined> {
        if (!this.db) return undefined;
        return this.run<T | undefined>(STATE, 'readonly', (store) => store.get(key));
    }

    async setState(key: string, value: unknown): Promise<void> {
        if (!this.db) return;
        await this.run(STATE, 'readwrite', (store) => store.put(value, key));
    }

    private run<T>(name: string, mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T> {
        return new Promise<T>((resolve, reject) => {
            const transaction = this.db!.transaction(name, mode);
            const request = action(transaction.objectStore(name));
            transaction.oncomplete = () => resolve(request.result as T);
            transaction.onerror = () => reject(transaction.error ?? request.error);
            transaction.onabort = () => reject(transaction.error ?? new Error('lagringen ble avbrutt'));
        });
    }
}
