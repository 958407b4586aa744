/**
 * The language server's features in Monaco: each Monaco provider asks the server (LSP) and converts
 * the answer. Diagnostics become markers; the original LSP diagnostics are kept, so quick fixes get
 * them back with their `data` (the server keys its fixes on `data.code`).
 */
import type * as lsp from 'vscode-languageserver-protocol/browser';
import { LANGUAGE_ID } from './language.js';
import type { LanguageClient } from './lsp-client.js';
import { monaco } from './monaco.js';

type Model = monaco.editor.ITextModel;

const toLspPosition = (p: monaco.IPosition): lsp.Position => ({ line: p.lineNumber - 1, character: p.column - 1 });
const toLspRange = (r: monaco.IRange): lsp.Range => ({
    start: { line: r.startLineNumber - 1, character: r.startColumn - 1 },
    end: { line: r.endLineNumber - 1, character: r.endColumn - 1 },
});
export const toMonacoRange = (r: lsp.Range): monaco.IRange => ({
    startLineNumber: r.start.line + 1, startColumn: r.start.character + 1, endLineNumber: r.end.line + 1, endColumn: r.end.character + 1,
});
const textDocument = (model: Model): lsp.TextDocumentIdentifier => ({ uri: model.uri.toString() });

/** An answer that should be a list: null means none; anything else is a protocol error, reported and ignored. */
function list<T>(method: string, value: T[] | null | undefined): T[] {
    if (value === null || value === undefined) return [];
    if (Array.isArray(value)) return value;
    console.warn(`Referat: uventet svar på ${method} (ikke en liste):`, value);
    return [];
}

/** A cancelled Monaco request cancels the LSP request (vscode-jsonrpc sends $/cancelRequest). */
function lspToken(token: monaco.CancellationToken): lsp.CancellationToken {
    return { get isCancellationRequested() { return token.isCancellationRequested; }, onCancellationRequested: (listener: () => void) => token.onCancellationRequested(listener) } as lsp.CancellationToken;
}

/** LSP's answers for a request that was cancelled or overtaken by an edit: RequestCancelled, ContentModified, ServerCancelled. */
const CANCELLED = new Set([-32800, -32801, -32802]);

/**
 * Asks the server on behalf of a Monaco provider. A request Monaco cancelled (the user typed on)
 * gets no answer rather than an error: Monaco knows only its own cancellation errors and would
 * report the server's as unexpected.
 */
async function ask<R>(client: LanguageClient, method: string, params: unknown, token: monaco.CancellationToken | undefined): Promise<R | null> {
    try {
        return await client.request<R>(method, params, token ? lspToken(token) : undefined);
    } catch (error) {
        if (token?.isCancellationRequested || CANCELLED.has((error as { code?: number }).code ?? 0)) return null;
        throw error;
    }
}

function markdown(content: string | lsp.MarkupContent | lsp.MarkedString | undefined): monaco.IMarkdownString | undefined {
    if (content === undefined) return undefined;
    if (typeof content === 'string') return { value: content };
    if ('kind' in content) return content.kind === 'markdown' ? { value: content.value } : { value: escapeMarkdown(content.value) };
    return { value: `\`\`\`${content.language}\n${content.value}\n\`\`\`` };
}

function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}

// LSP numbers its kinds from 1 in the same order as Monaco's names.
const COMPLETION_KINDS = ['Text', 'Method', 'Function', 'Constructor', 'Field', 'Variable', 'Class', 'Interface', 'Module', 'Property', 'Unit', 'Value', 'Enum', 'Keyword', 'Snippet', 'Color', 'File', 'Reference', 'Folder', 'EnumMember', 'Constant', 'Struct', 'Event', 'Operator', 'TypeParameter'] as const;
function completionKind(kind: lsp.CompletionItemKind | undefined): monaco.languages.CompletionItemKind {
    const name = kind ? COMPLETION_KINDS[kind - 1] : undefined;
    return name ? monaco.languages.CompletionItemKind[name] : monaco.languages.CompletionItemKind.Text;
}

const MARKER_SEVERITY: Record<number, monaco.MarkerSeverity> = {
    1: monaco.MarkerSeverity.Error, 2: monaco.MarkerSeverity.Warning, 3: monaco.MarkerSeverity.Info, 4: monaco.MarkerSeverity.Hint,
};

/** The diagnostic's stable code (`missing-decision`), as the CLI prints it. */
export function diagnosticCode(d: lsp.Diagnostic): string | undefined {
    const code = (d.data as { code?: unknown } | undefined)?.code ?? d.code;
    return code === undefined ? undefined : String(code);
}

/** The diagnostic's message as plain text (LSP 3.18 also allows Markdown). */
export function messageText(d: lsp.Diagnostic): string {
    return typeof d.message === 'string' ? d.message : d.message.value;
}

function markerKey(range: monaco.IRange, message: string): string {
    return `${range.startLineNumber}:${range.startColumn}-${range.endLineNumber}:${range.endColumn} ${message}`;
}

export function workspaceEdit(edit: lsp.WorkspaceEdit | null | undefined): monaco.languages.WorkspaceEdit {
    const edits: monaco.languages.IWorkspaceTextEdit[] = [];
    const add = (uri: string, textEdits: Array<lsp.TextEdit | lsp.AnnotatedTextEdit | lsp.SnippetTextEdit>, version?: number | null) => {
        for (const e of textEdits) {
            const text = 'newText' in e ? e.newText : e.snippet.value;
            const insertAsSnippet = !('newText' in e);
            edits.push({ resource: monaco.Uri.parse(uri), textEdit: { range: toMonacoRange(e.range), text, insertAsSnippet }, versionId: version ?? undefined });
        }
    };
    for (const [uri, textEdits] of Object.entries(edit?.changes ?? {})) add(uri, textEdits);
    for (const change of edit?.documentChanges ?? []) {
        if ('textDocument' in change) add(change.textDocument.uri, change.edits, change.textDocument.version);
    }
    return { edits };
}

/** Every Monaco provider Referat's server offers, and the markers of its diagnostics. */
export class LspFeatures {
    /** The server's diagnostics per document, by marker range and message (for quick fixes). */
    private readonly diagnostics = new Map<string, Map<string, lsp.Diagnostic>>();
    private readonly inlayHintsChanged = new monaco.Emitter<void>();

    constructor(private readonly client: LanguageClient) {
        client.onDiagnostics(({ uri, diagnostics }) => this.setDiagnostics(uri, diagnostics));
        client.onDidBuild(() => this.inlayHintsChanged.fire());
    }

    /** The server's diagnostics of a document, as last published. */
    diagnosticsOf(uri: string): lsp.Diagnostic[] {
        return [...(this.diagnostics.get(uri)?.values() ?? [])];
    }

    private setDiagnostics(uri: string, diagnostics: lsp.Diagnostic[]): void {
        const model = monaco.editor.getModel(monaco.Uri.parse(uri));
        const byKey = new Map<string, lsp.Diagnostic>();
        const markers: monaco.editor.IMarkerData[] = diagnostics.map((d) => {
            const range = toMonacoRange(d.range);
            byKey.set(markerKey(range, messageText(d)), d);
            return {
                ...range,
                message: messageText(d),
                severity: MARKER_SEVERITY[d.severity ?? 1],
                code: diagnosticCode(d),
                source: d.source,
                tags: d.tags?.map((t) => (t === 1 ? monaco.MarkerTag.Unnecessary : monaco.MarkerTag.Deprecated)),
                relatedInformation: d.relatedInformation?.map((r) => ({ resource: monaco.Uri.parse(r.location.uri), message: r.message, ...toMonacoRange(r.location.range) })),
            };
        });
        this.diagnostics.set(uri, byKey);
        if (model) monaco.editor.setModelMarkers(model, 'referat', markers);
    }

    forget(uri: string): void {
        this.diagnostics.delete(uri);
    }

    register(): void {
        const client = this.client;
        const caps = client.capabilities;
        const id = LANGUAGE_ID;

        if (caps.completionProvider) {
            monaco.languages.registerCompletionItemProvider(id, {
                triggerCharacters: caps.completionProvider.triggerCharacters,
                async provideCompletionItems(model, position, context, token) {
                    const result = await ask<lsp.CompletionList | lsp.CompletionItem[] | null>(client, 'textDocument/completion', {
                        textDocument: textDocument(model), position: toLspPosition(position),
                        context: { triggerKind: context.triggerKind + 1, triggerCharacter: context.triggerCharacter },
                    }, token);
                    if (!result) return { suggestions: [] };
                    const items = list('textDocument/completion', Array.isArray(result) ? result : result.items);
                    const word = model.getWordUntilPosition(position);
                    const wordRange = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: position.column };
                    return {
                        incomplete: !Array.isArray(result) && result.isIncomplete,
                        suggestions: items.map((item): monaco.languages.CompletionItem => {
                            const edit = item.textEdit;
                            const range = !edit ? wordRange : 'range' in edit ? toMonacoRange(edit.range) : { insert: toMonacoRange(edit.insert), replace: toMonacoRange(edit.replace) };
                            return {
                                label: item.labelDetails ? { label: item.label, detail: item.labelDetails.detail, description: item.labelDetails.description } : item.label,
                                kind: completionKind(item.kind),
                                detail: item.detail,
                                documentation: markdown(item.documentation),
                                insertText: edit?.newText ?? item.insertText ?? item.label,
                                insertTextRules: item.insertTextFormat === 2 ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
                                range,
                                sortText: item.sortText,
                                filterText: item.filterText,
                                preselect: item.preselect,
                                additionalTextEdits: item.additionalTextEdits?.map((e) => ({ range: toMonacoRange(e.range), text: e.newText })),
                                command: item.command ? { id: item.command.command, title: item.command.title, arguments: item.command.arguments } : undefined,
                            };
                        }),
                    };
                },
            });
        }

        if (caps.hoverProvider) {
            monaco.languages.registerHoverProvider(id, {
                async provideHover(model, position, token) {
                    const hover = await ask<lsp.Hover | null>(client, 'textDocument/hover', { textDocument: textDocument(model), position: toLspPosition(position) }, token);
                    if (!hover) return null;
                    const contents = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
                    return { contents: contents.map(markdown).filter((c): c is monaco.IMarkdownString => !!c), range: hover.range ? toMonacoRange(hover.range) : undefined };
                },
            });
        }

        if (caps.codeActionProvider) {
            const features = this;
            monaco.languages.registerCodeActionProvider(id, {
                async provideCodeActions(model, range, context, token) {
                    const known = features.diagnostics.get(model.uri.toString());
                    const diagnostics = context.markers
                        .map((m) => known?.get(markerKey(m, m.message)))
                        .filter((d): d is lsp.Diagnostic => !!d);
                    const result = await ask<Array<lsp.Command | lsp.CodeAction> | null>(client, 'textDocument/codeAction', {
                        textDocument: textDocument(model), range: toLspRange(range),
                        context: { diagnostics, only: context.only ? [context.only] : undefined, triggerKind: context.trigger },
                    }, token);
                    const actions = list('textDocument/codeAction', result).map((a): monaco.languages.CodeAction => {
                        if (typeof a.command === 'string') {
                            const command = a as lsp.Command;
                            return { title: command.title, command: { id: command.command, title: command.title, arguments: command.arguments } };
                        }
                        const action = a as lsp.CodeAction;
                        return {
                            title: action.title,
                            kind: action.kind,
                            isPreferred: action.isPreferred,
                            diagnostics: context.markers.filter((m) => action.diagnostics?.some((d) => markerKey(toMonacoRange(d.range), messageText(d)) === markerKey(m, m.message))),
                            edit: action.edit ? workspaceEdit(action.edit) : undefined,
                            disabled: action.disabled?.reason,
                        };
                    });
                    return { actions, dispose() {} };
                },
            });
        }

        if (caps.documentSymbolProvider) {
            monaco.languages.registerDocumentSymbolProvider(id, {
                displayName: 'Referat',
                provideDocumentSymbols: async (model, token) => this.documentSymbols(model, token),
            });
        }

        if (caps.documentFormattingProvider) {
            monaco.languages.registerDocumentFormattingEditProvider(id, {
                displayName: 'Referat',
                async provideDocumentFormattingEdits(model, options, token) {
                    const edits = await ask<lsp.TextEdit[] | null>(client, 'textDocument/formatting', {
                        textDocument: textDocument(model), options: { tabSize: options.tabSize, insertSpaces: options.insertSpaces },
                    }, token);
                    return list('textDocument/formatting', edits).map((e) => ({ range: toMonacoRange(e.range), text: e.newText }));
                },
            });
        }

        if (caps.definitionProvider) {
            monaco.languages.registerDefinitionProvider(id, {
                async provideDefinition(model, position, token) {
                    const result = await ask<lsp.Location | lsp.Location[] | lsp.LocationLink[] | null>(client, 'textDocument/definition', {
                        textDocument: textDocument(model), position: toLspPosition(position),
                    }, token);
                    const locations = result ? (Array.isArray(result) ? result : [result]) : [];
                    return locations.map((l) => ('targetUri' in l
                        ? { uri: monaco.Uri.parse(l.targetUri), range: toMonacoRange(l.targetRange), targetSelectionRange: toMonacoRange(l.targetSelectionRange), originSelectionRange: l.originSelectionRange ? toMonacoRange(l.originSelectionRange) : undefined }
                        : { uri: monaco.Uri.parse(l.uri), range: toMonacoRange(l.range) }));
                },
            });
        }

        if (caps.referencesProvider) {
            monaco.languages.registerReferenceProvider(id, {
                async provideReferences(model, position, context, token) {
                    const result = await ask<lsp.Location[] | null>(client, 'textDocument/references', {
                        textDocument: textDocument(model), position: toLspPosition(position), context: { includeDeclaration: context.includeDeclaration },
                    }, token);
                    return list('textDocument/references', result).map((l) => ({ uri: monaco.Uri.parse(l.uri), range: toMonacoRange(l.range) }));
                },
            });
        }

        if (caps.documentHighlightProvider) {
            monaco.languages.registerDocumentHighlightProvider(id, {
                async provideDocumentHighlights(model, position, token) {
                    const result = await ask<lsp.DocumentHighlight[] | null>(client, 'textDocument/documentHighlight', {
                        textDocument: textDocument(model), position: toLspPosition(position),
                    }, token);
                    return list('textDocument/documentHighlight', result).map((h) => ({ range: toMonacoRange(h.range), kind: h.kind ? h.kind - 1 : monaco.languages.DocumentHighlightKind.Text }));
                },
            });
        }

        if (caps.renameProvider) {
            const prepare = typeof caps.renameProvider === 'object' && caps.renameProvider.prepareProvider;
            monaco.languages.registerRenameProvider(id, {
                async provideRenameEdits(model, position, newName, token) {
                    const edit = await ask<lsp.WorkspaceEdit | null>(client, 'textDocument/rename', {
                        textDocument: textDocument(model), position: toLspPosition(position), newName,
                    }, token);
                    return workspaceEdit(edit);
                },
                resolveRenameLocation: prepare ? async (model, position, token) => {
                    const result = await ask<lsp.PrepareRenameResult | null>(client, 'textDocument/prepareRename', {
                        textDocument: textDocument(model), position: toLspPosition(position),
                    }, token);
                    if (!result) return { range: { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 1 }, text: '', rejectReason: 'Her er det ikke noe navn eller saksnummer å endre.' };
                    if ('defaultBehavior' in result) {
                        const word = model.getWordAtPosition(position);
                        if (!word) return { range: { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 1 }, text: '', rejectReason: 'Her er det ikke noe å gi nytt navn.' };
                        return { range: { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn }, text: word.word };
                    }
                    const range = 'range' in result ? result.range : result;
                    return { range: toMonacoRange(range), text: 'placeholder' in result ? result.placeholder : model.getValueInRange(toMonacoRange(range)) };
                } : undefined,
            });
        }

        if (caps.foldingRangeProvider) {
            monaco.languages.registerFoldingRangeProvider(id, {
                async provideFoldingRanges(model, _context, token) {
                    const result = await ask<lsp.FoldingRange[] | null>(client, 'textDocument/foldingRange', { textDocument: textDocument(model) }, token);
                    return list('textDocument/foldingRange', result).map((r) => ({
                        start: r.startLine + 1, end: r.endLine + 1,
                        kind: r.kind ? new monaco.languages.FoldingRangeKind(r.kind) : undefined,
                    }));
                },
            });
        }

        if (caps.inlayHintProvider) {
            monaco.languages.registerInlayHintsProvider(id, {
                onDidChangeInlayHints: this.inlayHintsChanged.event,
                async provideInlayHints(model, range, token) {
                    const result = await ask<lsp.InlayHint[] | null>(client, 'textDocument/inlayHint', { textDocument: textDocument(model), range: toLspRange(range) }, token);
                    return {
                        hints: list('textDocument/inlayHint', result).map((h) => ({
                            label: typeof h.label === 'string' ? h.label : h.label.map((p) => ({ label: p.value, tooltip: typeof p.tooltip === 'string' ? p.tooltip : markdown(p.tooltip) })),
                            position: { lineNumber: h.position.line + 1, column: h.position.character + 1 },
                            kind: h.kind,
                            paddingLeft: h.paddingLeft,
                            paddingRight: h.paddingRight,
                            tooltip: typeof h.tooltip === 'string' ? h.tooltip : markdown(h.tooltip),
                        })),
                        dispose() {},
                    };
                },
            });
        }
    }

    /** The outline of a document (Monaco's quick outline and the page's «Disposisjon»). */
    async documentSymbols(model: Model, token?: monaco.CancellationToken): Promise<monaco.languages.DocumentSymbol[]> {
        const result = await ask<Array<lsp.DocumentSymbol | lsp.SymbolInformation> | null>(this.client, 'textDocument/documentSymbol', {
            textDocument: textDocument(model),
        }, token);
        const convert = (s: lsp.DocumentSymbol | lsp.SymbolInformation): monaco.languages.DocumentSymbol => {
            const range = toMonacoRange('location' in s ? s.location.range : s.range);
            return {
                name: s.name,
                detail: 'detail' in s ? s.detail ?? '' : '',
                kind: (s.kind - 1) as monaco.languages.SymbolKind,
                tags: [],
                range,
                selectionRange: 'selectionRange' in s ? toMonacoRange(s.selectionRange) : range,
                children: 'children' in s ? s.children?.map(convert) : undefined,
            };
        };
        return list('textDocument/documentSymbol', result).map(convert);
    }
}
