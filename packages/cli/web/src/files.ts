/**
 * Local files: the File System Access API where the browser has it (Chromium: open, save to the same
 * file, open a folder), upload and download everywhere else. No file leaves the machine.
 */

/** A file read by the page: its name, text and (File System Access API) the handle to save it back. */
export interface OpenedFile { name: string; text: string; handle?: FileSystemFileHandle }

const REFERAT_TYPES = [{ description: 'Møtereferat (Referat)', accept: { 'text/plain': ['.referat'] } }];

interface FilePickerWindow {
    showOpenFilePicker?: (options: object) => Promise<FileSystemFileHandle[]>;
    showSaveFilePicker?: (options: object) => Promise<FileSystemFileHandle>;
    showDirectoryPicker?: (options?: object) => Promise<FileSystemDirectoryHandle>;
}
interface PermissionHandle {
    queryPermission?: (options: { mode: 'read' | 'readwrite' }) => Promise<PermissionState>;
    requestPermission?: (options: { mode: 'read' | 'readwrite' }) => Promise<PermissionState>;
}
const pickers = () => window as unknown as FilePickerWindow;

export const canPickFiles = () => typeof pickers().showOpenFilePicker === 'function';
export const canPickFolders = () => typeof pickers().showDirectoryPicker === 'function';
export const canSaveToFiles = () => typeof pickers().showSaveFilePicker === 'function';

/** The user closed the picker: not an error. */
export function isCancel(error: unknown): boolean {
    return error instanceof DOMException && error.name === 'AbortError';
}

/** Reads a file as UTF-8; says so when it is not (a Word document or another encoding). */
export async function readText(file: File): Promise<string> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
        throw new Error(`«${file.name}» er ikke en tekstfil i UTF-8. Lagre referatet som ren tekst (UTF-8) og åpne det igjen.`);
    }
}

/** Files chosen in the browser's picker (with handles), or undefined when the user cancelled. */
export async function pickFiles(): Promise<OpenedFile[] | undefined> {
    let handles: FileSystemFileHandle[];
    try {
        handles = await pickers().showOpenFilePicker!({ multiple: true, types: REFERAT_TYPES, excludeAcceptAllOption: false, id: 'referat' });
    } catch (error) {
        if (isCancel(error)) return undefined;
        throw error;
    }
    return Promise.all(handles.map(async (handle) => ({ name: handle.name, text: await readText(await handle.getFile()), handle })));
}

/** Every `*.referat` in a folder the user picks (and its subfolders, except hidden ones). */
export async function pickFolder(): Promise<OpenedFile[] | undefined> {
    let folder: FileSystemDirectoryHandle;
    try {
        folder = await pickers().showDirectoryPicker!({ mode: 'readwrite', id: 'referat' });
    } catch (error) {
        if (isCancel(error)) return undefined;
        throw error;
    }
    const files: OpenedFile[] = [];
    const visit = async (dir: FileSystemDirectoryHandle) => {
        for await (const entry of (dir as unknown as { values(): AsyncIterable<FileSystemHandle> }).values()) {
            if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
            if (entry.kind === 'directory') await visit(entry as FileSystemDirectoryHandle);
            else if (entry.name.toLowerCase().endsWith('.referat')) {
                const handle = entry as FileSystemFileHandle;
                files.push({ name: handle.name, text: await readText(await handle.getFile()), handle });
            }
        }
    };
    await visit(folder);
    return files.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

/** Writes `text` to the file behind `handle`, asking for permission if the browser has not given it. */
export async function writeToHandle(handle: FileSystemFileHandle, text: string): Promise<void> {
    const permissions = handle as unknown as PermissionHandle;
    if (permissions.queryPermission && (await permissions.queryPermission({ mode: 'readwrite' })) !== 'granted') {
        const answer = await permissions.requestPermission?.({ mode: 'readwrite' });
        if (answer !== 'granted') throw new Error(`nettleseren fikk ikke lov til å skrive til «${handle.name}»`);
    }
    const writable = await handle.createWritable();
    try {
        await writable.write(text);
        await writable.close();
    } catch (error) {
        // The file keeps its old content: the browser writes to a temporary file until close().
        await writable.abort().catch(() => undefined);
        throw error;
    }
}

/** Asks where to save (File System Access API); undefined when the user cancelled. */
export async function pickSaveTarget(suggestedName: string): Promise<FileSystemFileHandle | undefined> {
    try {
        return await pickers().showSaveFilePicker!({ suggestedName, types: REFERAT_TYPES, id: 'referat' });
    } catch (error) {
        if (isCancel(error)) return undefined;
        throw error;
    }
}

/** Offers `text` as a download named `name`. */
export function download(name: string, text: string, type: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
