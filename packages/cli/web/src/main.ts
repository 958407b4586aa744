/**
 * Referat in the browser: Monaco with the Referat TextMate grammar, the language server in a Web
 * Worker, the live preview, open/save of local files and drafts in the browser's storage. Everything
 * runs on this machine; the page makes no network requests.
 */
import { EXPORT_TITLES, exportStep } from '@referat/language/client';
import { ReferatRequests, type BodyInfo, type ExportKind, type ExportResult, type NewMinutesResult } from '@referat/language/protocol';
import examples from 'referat-web:examples';
import { ask, tell } from './dialog.js';
import { DraftStore } from './drafts.js';
import { canPickFiles, canPickFolders, download, pickFiles, pickFolder, readText, type OpenedFile } from './files.js';
import { registerReferatLanguage } from './language.js';
import { LanguageClient } from './lsp-client.js';
import { LspFeatures, toMonacoRange } from './lsp-features.js';
import { monaco } from './monaco.js';
import { renderOutline, renderProblems, renderTabs, type Problem } from './panels.js';
import { Preview } from './preview.js';
import { Workspace, type OpenDocument } from './workspace.js';
import './styles.css';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const statusLine = $('status');
const serverStatus = $('server-status');

function status(message: string): void {
    // Cleared first, so that the same message twice is announced twice.
    statusLine.textContent = '';
    requestAnimationFrame(() => { statusLine.textContent = message; });
}

function errorText(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

async function start(): Promise<void> {
    const client = new LanguageClient();
    client.onStop((message) => {
        serverStatus.textContent = `Språktjeneren stoppet (${message}). Utkastene er lagret; last siden på nytt.`;
        serverStatus.classList.add('error');
    });
    client.onMessage(({ message }) => status(message));

    await registerReferatLanguage();
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const theme = () => (dark.matches ? 'referat-mork' : 'referat-lys');
    dark.addEventListener('change', () => monaco.editor.setTheme(theme()));

    const editorBox = $('editor');
    // The extension's settings for Referat (packages/extension/package.json, configurationDefaults).
    const editor = monaco.editor.create(editorBox, {
        model: null,
        theme: theme(),
        automaticLayout: true,
        wordWrap: 'on',
        wordBasedSuggestions: 'off',
        acceptSuggestionOnEnter: 'off',
        quickSuggestions: { other: 'on', comments: 'off', strings: 'off' },
        minimap: { enabled: false },
        fontSize: 15,
        lineNumbersMinChars: 4,
        renderLineHighlight: 'line',
        'semanticHighlighting.enabled': false,
        inlayHints: { enabled: 'on' },
        fixedOverflowWidgets: true,
        ariaLabel: 'Referat',
        placeholder: 'Skriv referatet her. Begynn med «Organ:» og «Dato:».',
    });

    await client.ready;
    const features = new LspFeatures(client);
    features.register();
    serverStatus.textContent = 'Språktjeneren kjører i nettleseren.';

    const drafts = await DraftStore.open();
    if (!drafts.available) status(`Utkast kan ikke tas vare på i denne nettleseren (${drafts.problem}). Husk å lagre filene.`);
    const workspace = new Workspace(editor, client, features, drafts, status);
    const preview = new Preview(client);

    const reveal = (line: number, column = 1) => {
        editor.revealLineInCenterIfOutsideViewport(line);
        editor.setPosition({ lineNumber: line, column });
        editor.focus();
    };
    preview.onReveal = (line) => reveal(line + 1);

    // ---- panels ----
    const closeDocument = (doc: OpenDocument) => void workspace.close(doc);
    const refreshChrome = () => {
        renderTabs(workspace, closeDocument);
        const any = workspace.documents.length > 0;
        $('welcome').hidden = any;
        editorBox.hidden = !any;
        for (const id of ['cmd-save', 'cmd-save-as', 'cmd-export-html', 'cmd-export-public', 'cmd-export-ical']) ($(id) as HTMLButtonElement).disabled = !workspace.active;
        updateProblems();
    };
    workspace.onDidChange(refreshChrome);

    let outlineTimer: ReturnType<typeof setTimeout> | undefined;
    const refreshOutline = () => {
        clearTimeout(outlineTimer);
        outlineTimer = setTimeout(async () => {
            const doc = workspace.active;
            if (!doc) { renderOutline(undefined, reveal); return; }
            try {
                const symbols = await features.documentSymbols(doc.model);
                if (doc === workspace.active) renderOutline(symbols, reveal);
            } catch { /* the document was closed meanwhile */ }
        }, 200);
    };

    let problemsTimer: ReturnType<typeof setTimeout> | undefined;
    function updateProblems(): void {
        clearTimeout(problemsTimer);
        problemsTimer = setTimeout(() => {
            const problems: Problem[] = workspace.documents.flatMap((doc) => features.diagnosticsOf(doc.model.uri.toString()).map((diagnostic) => ({ doc, diagnostic })));
            renderProblems(problems, (p) => {
                workspace.activate(p.doc);
                const range = toMonacoRange(p.diagnostic.range);
                reveal(range.startLineNumber, range.startColumn);
            });
        }, 100);
    }
    client.onDiagnostics(() => updateProblems());
    client.onDidBuild(() => {
        refreshOutline();
        preview.refreshSoon();
    });

    workspace.onDidChangeActive((doc) => {
        preview.show(doc?.model);
        refreshOutline();
    });
    workspace.onDidEdit((doc) => { if (doc === workspace.active) preview.refreshSoon(); });
    const cursorPosition = $('cursor-position');
    editor.onDidChangeCursorPosition((e) => { cursorPosition.textContent = `Linje ${e.position.lineNumber}, kolonne ${e.position.column}`; });
    workspace.onDidChangeActive((doc) => { if (!doc) cursorPosition.textContent = ''; });
    editor.onDidScrollChange(() => {
        const top = editor.getVisibleRanges()[0];
        if (top) preview.scrollToLine(top.startLineNumber - 1);
    });
    $<HTMLInputElement>('preview-public').addEventListener('change', (e) => preview.setPublicEdition((e.target as HTMLInputElement).checked));

    // ---- commands ----
    const fileInput = $<HTMLInputElement>('file-input');
    fileInput.addEventListener('change', async () => {
        const files = [...(fileInput.files ?? [])];
        fileInput.value = '';
        await openFiles(() => Promise.all(files.map(async (f): Promise<OpenedFile> => ({ name: f.name, text: await readText(f) }))));
    });
    async function openFiles(read: () => Promise<OpenedFile[] | undefined>): Promise<void> {
        try {
            const files = await read();
            if (files?.length) await workspace.openFiles(files);
            else if (files) status('Mappen inneholder ingen *.referat-filer.');
        } catch (error) {
            await tell('Kunne ikke åpne', errorText(error));
        }
    }
    const open = () => (canPickFiles() ? openFiles(pickFiles) : fileInput.click());

    const save = (saveAs: boolean) => { if (workspace.active) void workspace.save(workspace.active, saveAs); };

    async function newMinutes(): Promise<void> {
        try {
            const bodies = await client.request<BodyInfo[]>(ReferatRequests.bodies, {});
            let bodyKey: string | undefined;
            if (bodies.length > 0) {
                const select = document.createElement('select');
                select.id = 'dialog-body';
                for (const b of bodies) select.append(new Option(b.shortName ? `${b.shortName} – ${b.name}` : b.name, b.key));
                select.append(new Option('Annet organ (tomt referat)', ''));
                const label = document.createElement('label');
                label.append('Organ ', select);
                const answer = await ask('Nytt møtereferat', 'Hvilket organ gjelder møtet? Referatet får saksnumrene etter organets siste møte blant de åpne referatene.', [{ label: 'Lag referat', value: true, primary: true }], label);
                if (!answer) return;
                bodyKey = select.value || undefined;
            }
            const template = await client.request<NewMinutesResult>(ReferatRequests.newMinutesTemplate, { bodyKey, today: isoToday() });
            const doc = workspace.create(`${template.fileStem}.referat`, template.text);
            const line = doc.model.getLinesContent().findIndex((l) => l.startsWith('Dato:'));
            if (line >= 0) editor.setSelection(new monaco.Selection(line + 1, 'Dato: '.length + 1, line + 1, doc.model.getLineMaxColumn(line + 1)));
            editor.focus();
            status(`Nytt møtereferat: ${doc.name}. Kontroller datoen først.`);
        } catch (error) {
            await tell('Kunne ikke lage nytt referat', errorText(error));
        }
    }

    async function exportDocument(kind: ExportKind): Promise<void> {
        const doc = workspace.active;
        if (!doc) return;
        try {
            status(`${EXPORT_TITLES[kind]} …`);
            const result = await client.request<ExportResult>(ReferatRequests.export, { uri: doc.model.uri.toString(), kind });
            const step = exportStep(kind, result);
            if (step.step === 'stop') {
                await tell(EXPORT_TITLES[kind], step.message);
                return;
            }
            if (step.step === 'confirm' && !await ask(EXPORT_TITLES[kind], step.message, [{ label: step.confirm, value: true, primary: true }])) return;
            const name = doc.name.replace(/\.referat$/i, '') + result.extension;
            download(name, result.text, kind === 'ical' ? 'text/calendar;charset=utf-8' : 'text/html;charset=utf-8');
            status(`Eksportert til ${name} (se nedlastingsmappen til nettleseren).`);
        } catch (error) {
            await tell('Eksporten feilet', errorText(error));
        }
    }

    const exampleSelect = $<HTMLSelectElement>('cmd-example');
    for (const example of examples) exampleSelect.append(new Option(example.name, example.name));
    exampleSelect.addEventListener('change', () => {
        const example = examples.find((e) => e.name === exampleSelect.value);
        exampleSelect.value = '';
        if (example) void workspace.openFiles([example]);
    });

    $('cmd-new').addEventListener('click', () => void newMinutes());
    $('cmd-open').addEventListener('click', () => void open());
    const openFolder = $<HTMLButtonElement>('cmd-open-folder');
    openFolder.hidden = !canPickFolders();
    openFolder.addEventListener('click', () => void openFiles(pickFolder));
    $('cmd-save').addEventListener('click', () => save(false));
    $('cmd-save-as').addEventListener('click', () => save(true));
    $('cmd-export-html').addEventListener('click', () => void exportDocument('html'));
    $('cmd-export-public').addEventListener('click', () => void exportDocument('public'));
    $('cmd-export-ical').addEventListener('click', () => void exportDocument('ical'));

    // Shortcuts, also while the editor has focus (caught before Monaco and the browser see them).
    window.addEventListener('keydown', (event) => {
        const ctrl = event.ctrlKey || event.metaKey;
        const key = event.key.toLowerCase();
        let action: (() => void) | undefined;
        if (ctrl && !event.altKey && key === 's') action = () => save(event.shiftKey);
        else if (ctrl && !event.altKey && !event.shiftKey && key === 'o') action = () => void open();
        else if (event.altKey && !ctrl && !event.shiftKey && key === 'n') action = () => void newMinutes();
        if (!action) return;
        event.preventDefault();
        event.stopPropagation();
        action();
    }, { capture: true });

    // Files dropped on the page are opened.
    document.addEventListener('dragover', (event) => { if (event.dataTransfer?.types.includes('Files')) event.preventDefault(); });
    document.addEventListener('drop', (event) => {
        const files = [...(event.dataTransfer?.files ?? [])].filter((f) => f.name.toLowerCase().endsWith('.referat'));
        if (!event.dataTransfer?.files.length) return;
        event.preventDefault();
        if (files.length === 0) { status('Bare *.referat-filer kan åpnes her.'); return; }
        void openFiles(() => Promise.all(files.map(async (f): Promise<OpenedFile> => ({ name: f.name, text: await readText(f) }))));
    });

    const restored = await workspace.restore();
    if (restored > 0) status(`${restored === 1 ? 'Ett utkast' : `${restored} utkast`} fra forrige gang er åpnet igjen.`);
    refreshChrome();
    document.body.dataset.ready = 'true';
}

function isoToday(): string {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

start().catch((error) => {
    serverStatus.textContent = `Siden kunne ikke starte: ${errorText(error)}. Last siden på nytt; skjer det igjen, meld feilen.`;
    serverStatus.classList.add('error');
    console.error(error);
});
