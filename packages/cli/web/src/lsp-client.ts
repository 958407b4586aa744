/**
 * The page's LSP client: the Referat language server runs in a Web Worker (the code is embedded by
 * the build and started from a blob: URL, so the page also works from file://), and this module
 * speaks JSON-RPC to it with vscode-languageserver-protocol. It keeps the open Monaco models in sync
 * (didOpen, incremental didChange, didClose) and answers the server's own requests.
 */
import {
    BrowserMessageReader, BrowserMessageWriter, createProtocolConnection, DidChangeTextDocumentNotification,
    DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, FileChangeType,
    InitializeRequest, InitializedNotification, LogMessageNotification, PublishDiagnosticsNotification, ShowMessageNotification,
    type CancellationToken, type ClientCapabilities, type Diagnostic, type ProtocolConnection, type ServerCapabilities,
} from 'vscode-languageserver-protocol/browser';
import { ReferatNotifications } from '@referat/language/protocol';
import { serverWorker } from 'referat-web:workers';
import type { monaco } from './monaco.js';

const CAPABILITIES: ClientCapabilities = {
    general: { markdown: { parser: 'marked' }, positionEncodings: ['utf-16'] },
    textDocument: {
        synchronization: { dynamicRegistration: false, didSave: false, willSave: false, willSaveWaitUntil: false },
        completion: {
            contextSupport: true,
            completionItem: {
                snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], insertReplaceSupport: true,
                labelDetailsSupport: true, deprecatedSupport: true, preselectSupport: true,
            },
        },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
        codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'refactor.extract', 'refactor.inline', 'refactor.rewrite', 'source'] } },
            isPreferredSupport: true, dataSupport: true,
        },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        formatting: {},
        definition: { linkSupport: true },
        references: {},
        documentHighlight: {},
        rename: { prepareSupport: true },
        foldingRange: { lineFoldingOnly: true },
        inlayHint: {},
    },
    workspace: {
        applyEdit: true,
        workspaceEdit: { documentChanges: true },
        configuration: true,
        didChangeWatchedFiles: { dynamicRegistration: false },
        workspaceFolders: false,
    },
    window: { workDoneProgress: false, showMessage: {} },
};

type Listener<T> = (value: T) => void;

export class LanguageClient {
    private readonly connection: ProtocolConnection;
    private readonly worker: Worker;
    private readonly synced = new Map<string, monaco.IDisposable>();
    private readonly diagnosticsListeners: Array<Listener<{ uri: string; diagnostics: Diagnostic[] }>> = [];
    private readonly buildListeners: Array<Listener<void>> = [];
    private readonly messageListeners: Array<Listener<{ type: number; message: string }>> = [];
    private readonly stopListeners: Array<Listener<string>> = [];
    capabilities: ServerCapabilities = {};
    /** Resolves when the server has answered `initialize`. */
    readonly ready: Promise<void>;

    constructor() {
        const url = URL.createObjectURL(new Blob([serverWorker], { type: 'text/javascript' }));
        this.worker = new Worker(url, { name: 'referat-språktjener' });
        this.worker.addEventListener('error', (event) => {
            this.stopListeners.forEach((l) => l(event.message || 'ukjent feil'));
        });
        this.connection = createProtocolConnection(new BrowserMessageReader(this.worker), new BrowserMessageWriter(this.worker));
        this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
            this.diagnosticsListeners.forEach((l) => l({ uri: params.uri, diagnostics: params.diagnostics }));
        });
        this.connection.onNotification(ReferatNotifications.didBuild, () => this.buildListeners.forEach((l) => l()));
        this.connection.onNotification(ShowMessageNotification.type, (params) => this.messageListeners.forEach((l) => l(params)));
        this.connection.onNotification(LogMessageNotification.type, (params) => {
            if (params.type === 1) console.error(`Referat språktjener: ${params.message}`);
        });
        // The server's requests to the client. The page has no workspace folders: no configuration,
        // no file system (the server then works on the open documents, see ClientFileSystemProvider).
        this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('client/unregisterCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.onRequest('window/showMessageRequest', (params: { type: number; message: string }) => {
            this.messageListeners.forEach((l) => l(params));
            return null;
        });
        this.connection.listen();
        this.ready = this.initialize();
    }

    private async initialize(): Promise<void> {
        const result = await this.connection.sendRequest(InitializeRequest.type, {
            processId: null, rootUri: null, workspaceFolders: null, capabilities: CAPABILITIES,
            clientInfo: { name: 'Referat i nettleseren' }, locale: 'nb',
        });
        this.capabilities = result.capabilities;
        await this.connection.sendNotification(InitializedNotification.type, {});
    }

    /** A request by name, or one of Referat's typed requests (@referat/language/protocol). */
    request<R>(method: string | { method: string }, params: unknown, token?: CancellationToken): Promise<R> {
        const name = typeof method === 'string' ? method : method.method;
        // An `undefined` third argument would count as a second positional parameter.
        return token ? this.connection.sendRequest<R>(name, params, token) : this.connection.sendRequest<R>(name, params);
    }

    onDiagnostics(listener: Listener<{ uri: string; diagnostics: Diagnostic[] }>): void { this.diagnosticsListeners.push(listener); }
    /** After every build of the workspace (`referat/didBuild`). */
    onDidBuild(listener: Listener<void>): void { this.buildListeners.push(listener); }
    onMessage(listener: Listener<{ type: number; message: string }>): void { this.messageListeners.push(listener); }
    /** The worker died (an error it did not catch). */
    onStop(listener: Listener<string>): void { this.stopListeners.push(listener); }

    /** Opens `model` in the server and keeps it in sync until `close`. */
    open(model: monaco.editor.ITextModel): void {
        const uri = model.uri.toString();
        if (this.synced.has(uri)) return;
        void this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: model.getLanguageId(), version: model.getVersionId(), text: model.getValue() },
        });
        const subscription = model.onDidChangeContent((event) => {
            void this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri, version: model.getVersionId() },
                // Monaco lists the changes of one edit from the end of the text to the start, so each
                // range is still valid after the ones before it are applied, as LSP requires.
                contentChanges: event.changes.map((c) => ({
                    range: { start: { line: c.range.startLineNumber - 1, character: c.range.startColumn - 1 }, end: { line: c.range.endLineNumber - 1, character: c.range.endColumn - 1 } },
                    rangeLength: c.rangeLength,
                    text: c.text,
                })),
            });
        });
        this.synced.set(uri, subscription);
    }

    /**
     * Closes the document and takes it out of the server's workspace (a closed file no longer
     * counts in cross-file checks: the page has no folder the server could read it from).
     */
    close(model: monaco.editor.ITextModel): void {
        const uri = model.uri.toString();
        const subscription = this.synced.get(uri);
        if (!subscription) return;
        subscription.dispose();
        this.synced.delete(uri);
        void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        void this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Deleted }] });
    }
}
