/**
 * Live preview of Referat minutes in a webview, rendered by the language server with the shared HTML
 * generator. The first render happens at once, later ones are debounced, and a render is shown only if
 * it is the latest one asked for. The page (logic/preview.ts: strict CSP, a fresh nonce each time) is
 * set once per document; later renders are posted to it, so its scroll position survives updates.
 * Messages both ways are typed (webview/messages.ts) and carry the document's URI: a message about
 * another document, or malformed, is dropped.
 */
import * as vscode from 'vscode';
// The common client type: the Node and the browser client (extension.ts, browser-extension.ts) share these features.
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ReferatRequests, type PreviewResult } from '@referat/language/protocol';
import { isReferat, openReferatFirst } from './logic/commands.js';
import {
    cannotOpenNotice, makeNonce, NO_DOCUMENT_NOTICE, PREVIEW_TITLE, previewPage, previewTitle, renderFailedNotice,
} from './logic/preview.js';
import { isFromWebview, type FromWebview, type PreviewState, type ToWebview } from './webview/messages.js';

const DEBOUNCE_MS = 250;
/** Editor scroll events right after a click in the preview come from revealing the line: not synced back. */
const SCROLL_SYNC_PAUSE_MS = 600;

export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer {
    static readonly viewType = 'referat.preview';

    private panel?: vscode.WebviewPanel;
    private panelDisposables: vscode.Disposable[] = [];
    private readonly disposables: vscode.Disposable[] = [];
    private uri?: vscode.Uri;
    /** Sequence number of the latest render asked for; older answers are discarded. */
    private requested = 0;
    private latest?: PreviewResult;
    /** Source line shown at the top of the preview (restored after reloads). */
    private topLine = 0;
    private timer?: ReturnType<typeof setTimeout>;
    private pauseScrollSyncUntil = 0;

    constructor(private readonly context: vscode.ExtensionContext, private readonly client: LanguageClient) {
        this.disposables.push(
            vscode.workspace.onDidChangeTextDocument((e) => {
                if (this.panel && e.document.uri.toString() === this.uri?.toString() && e.contentChanges.length) this.renderSoon();
            }),
            vscode.window.onDidChangeActiveTextEditor((editor) => {
                if (this.panel && editor && isReferat(editor.document) && editor.document.uri.toString() !== this.uri?.toString()) {
                    void this.show(editor.document.uri, editor.visibleRanges[0]?.start.line ?? 0);
                }
            }),
            vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
                if (!this.panel || e.textEditor.document.uri.toString() !== this.uri?.toString()) return;
                if (Date.now() < this.pauseScrollSyncUntil || !e.visibleRanges.length) return;
                this.topLine = e.visibleRanges[0].start.line;
                this.post({ type: 'scroll', source: this.uri.toString(), line: this.topLine });
            }),
        );
    }

    /** "Referat: Åpne forhåndsvisning" (in the active column) or "… ved siden av". */
    async open(toSide: boolean): Promise<void> {
        const editor = vscode.window.activeTextEditor;
        const uri = editor && isReferat(editor.document) ? editor.document.uri : this.uri;
        if (!uri) {
            void vscode.window.showInformationMessage(openReferatFirst('forhåndsvisning'));
            return;
        }
        const column = toSide ? vscode.ViewColumn.Beside : (editor?.viewColumn ?? vscode.ViewColumn.Active);
        if (this.panel) this.panel.reveal(column, toSide);
        else this.attach(vscode.window.createWebviewPanel(PreviewManager.viewType, PREVIEW_TITLE, { viewColumn: column, preserveFocus: toSide }, this.options()));
        const top = editor && editor.document.uri.toString() === uri.toString() ? editor.visibleRanges[0]?.start.line ?? 0 : 0;
        await this.show(uri, top);
    }

    /** Restores a preview after VS Code reloads (the webview's saved state names the document). */
    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: Partial<PreviewState> | undefined): Promise<void> {
        panel.webview.options = this.options();
        this.attach(panel);
        if (typeof state?.source === 'string' && state.source) await this.show(vscode.Uri.parse(state.source), state.line ?? 0);
        else panel.webview.html = this.page(undefined, NO_DOCUMENT_NOTICE);
    }

    dispose(): void {
        this.panel?.dispose();
        for (const d of this.disposables) d.dispose();
    }

    private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
        const root = this.context.extensionUri;
        return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(root, 'media'), vscode.Uri.joinPath(root, 'out', 'webview')] };
    }

    private attach(panel: vscode.WebviewPanel): void {
        this.panel = panel;
        panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'images', 'icon.png');
        this.panelDisposables.push(
            panel.webview.onDidReceiveMessage((message: unknown) => {
                // The sender is checked: a well-formed message about the document shown, else nothing.
                if (isFromWebview(message, this.uri?.toString())) void this.onMessage(message);
            }),
            panel.onDidDispose(() => {
                this.panel = undefined;
                this.uri = undefined;
                this.latest = undefined;
                clearTimeout(this.timer);
                for (const d of this.panelDisposables.splice(0)) d.dispose();
            }),
        );
    }

    private post(message: ToWebview): void {
        void this.panel?.webview.postMessage(message);
    }

    private async show(uri: vscode.Uri, topLine: number): Promise<void> {
        this.uri = uri;
        this.latest = undefined;
        this.topLine = topLine;
        if (this.panel) this.panel.title = previewTitle(uri.path);
        try {
            // The server knows only documents open in an editor or present in the workspace folders.
            await vscode.workspace.openTextDocument(uri);
        } catch (error) {
            if (this.panel) this.panel.webview.html = this.page(undefined, cannotOpenNotice(uri.fsPath, error));
            return;
        }
        await this.render();
    }

    private renderSoon(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.render(), DEBOUNCE_MS);
    }

    private async render(): Promise<void> {
        clearTimeout(this.timer);
        const uri = this.uri;
        if (!this.panel || !uri) return;
        const ticket = ++this.requested;
        let result: PreviewResult;
        try {
            result = await this.client.sendRequest(ReferatRequests.preview, { uri: this.client.code2ProtocolConverter.asUri(uri) });
        } catch (error) {
            if (ticket !== this.requested || !this.panel) return;
            const message = renderFailedNotice(error);
            if (this.latest) this.post({ type: 'error', source: uri.toString(), message });
            else this.panel.webview.html = this.page(undefined, message);
            return;
        }
        if (ticket !== this.requested || !this.panel || uri.toString() !== this.uri?.toString()) return; // stale
        const first = !this.latest;
        this.latest = result;
        if (first) this.panel.webview.html = this.page(result);
        else this.post({ type: 'update', source: uri.toString(), html: result.html, version: result.version });
    }

    private async onMessage(message: FromWebview): Promise<void> {
        if (message.type === 'ready') {
            // The page was (re)loaded: it shows what it was created with; send the newest render and position.
            if (this.latest) this.post({ type: 'update', source: message.source, html: this.latest.html, version: this.latest.version });
            this.post({ type: 'scroll', source: message.source, line: this.topLine });
        } else if (message.type === 'scrolled') {
            this.topLine = message.line;
        } else if (message.type === 'reveal' && this.uri) {
            await this.reveal(this.uri, message.line);
        }
    }

    /** A click in the preview: move the cursor to the source line and show it. */
    private async reveal(uri: vscode.Uri, line: number): Promise<void> {
        this.pauseScrollSyncUntil = Date.now() + SCROLL_SYNC_PAUSE_MS;
        const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
        const document = visible?.document ?? await vscode.workspace.openTextDocument(uri);
        const column = visible?.viewColumn ?? (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
        const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
        const target = Math.max(0, Math.min(line, document.lineCount - 1));
        const position = new vscode.Position(target, 0);
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    }

    /** A new page (fresh nonce): for the first render of a document, or a notice when there is none. */
    private page(result: PreviewResult | undefined, notice?: string): string {
        const webview = this.panel!.webview;
        const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, ...path)).toString();
        return previewPage({
            cspSource: webview.cspSource,
            nonce: makeNonce(),
            styleUri: asset('media', 'preview.css'),
            scriptUri: asset('out', 'webview', 'preview.js'),
            state: { source: this.uri?.toString() ?? '', line: this.topLine },
            render: result,
            notice,
        });
    }
}
