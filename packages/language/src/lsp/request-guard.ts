/**
 * The language server's guard: every handler the server registers on its connection (Langium's and
 * Referat's own) goes through it, so no request or notification can take the server down, whatever
 * a client sends.
 *
 * - Parameters are checked against the shape of each method before the handler sees them: a
 *   request with invalid parameters gets an InvalidParams error response naming the field; an
 *   invalid notification is dropped (and logged).
 * - Documents the server does not serve (not Referat: `x.md`, an untitled plain-text buffer; or
 *   unknown: never opened and not in the workspace) are ignored: their `didOpen` is dropped, and
 *   requests about them answer `null`.
 * - A handler that throws or rejects answers with a proper error response; an error object returned
 *   as a result (Langium returns one when a request is cancelled) becomes an error response.
 * - Text meant for people in results (hovers, the outline, completion labels, diagnostics, the
 *   preview) is passed through `displayText`, which drops bidirectional controls; text that goes
 *   back into the document (edits, insertions) is left as it is.
 *
 * Every registration the server makes must be listed in REGISTRATIONS (tests fail otherwise, see
 * `unlistedRegistrations`); an unlisted one is still guarded against exceptions.
 */
import { type LangiumSharedServices } from 'langium/lsp';
import { URI } from 'langium';
import { type Connection, ErrorCodes, ResponseError } from 'vscode-languageserver';
import { displayText } from '../text/display.js';

// ---- parameter shapes ------------------------------------------------------------------------

/** Returns a Norwegian description of what is wrong with `value` (at `at`), or undefined. */
type Shape = (value: unknown, at: string) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const field = (at: string, key: string) => (at ? `${at}.${key}` : key);

const any: Shape = () => undefined;
const string: Shape = (v, at) => (typeof v === 'string' ? undefined : `«${at}» må være en tekst`);
const boolean: Shape = (v, at) => (typeof v === 'boolean' ? undefined : `«${at}» må være true eller false`);
const uinteger: Shape = (v, at) => (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 0x7fffffff ? undefined : `«${at}» må være et heltall fra 0`);
const integer: Shape = (v, at) => (Number.isInteger(v) ? undefined : `«${at}» må være et heltall`);
/** An absolute URI ("file:///…", "untitled:…"). */
const uri: Shape = (v, at) => (typeof v === 'string' && /^[a-z][a-z0-9+.-]*:./i.test(v) ? undefined : `«${at}» må være en URI`);
const oneOf = (...values: unknown[]): Shape => (v, at) => (values.includes(v) ? undefined : `«${at}» må være ${values.map(x => JSON.stringify(x)).join(' eller ')}`);
const optional = (shape: Shape): Shape => (v, at) => (v === undefined || v === null ? undefined : shape(v, at));
const object = (fields: Record<string, Shape>): Shape => (v, at) => {
    if (!isObject(v)) return `«${at || 'params'}» må være et objekt`;
    for (const [key, shape] of Object.entries(fields)) {
        const problem = shape(v[key], field(at, key));
        if (problem) return problem;
    }
    return undefined;
};
const array = (item: Shape): Shape => (v, at) => {
    if (!Array.isArray(v)) return `«${at}» må være en liste`;
    for (let i = 0; i < v.length; i++) {
        const problem = item(v[i], `${at}[${i}]`);
        if (problem) return problem;
    }
    return undefined;
};
const either = (...shapes: Shape[]): Shape => (v, at) => {
    const problems = shapes.map(s => s(v, at));
    return problems.includes(undefined) ? undefined : problems[0];
};

const position = object({ line: uinteger, character: uinteger });
const range = object({ start: position, end: position });
const textDocument = object({ uri });
const atPosition = { textDocument, position };
const location = object({ uri, range });
const hierarchyItem = object({ uri, range, selectionRange: range });
const fileUris = object({ files: array(object({ uri })) });
const renamedFiles = object({ files: array(object({ oldUri: uri, newUri: uri })) });
const formattingOptions = object({ tabSize: uinteger, insertSpaces: boolean });

interface MethodRule {
    kind: 'request' | 'notification';
    params: Shape;
    /** Where the document URI is: requests about a document the server does not serve answer null (or reach the handler, which answers an error). */
    document?: (params: Record<string, unknown>) => string;
    unknownDocument?: 'null' | 'handler';
}

const onDocument = (params: Shape, unknownDocument: 'null' | 'handler' = 'null'): MethodRule =>
    ({ kind: 'request', params, document: p => (p.textDocument as { uri: string }).uri, unknownDocument });
const request = (params: Shape): MethodRule => ({ kind: 'request', params });
const notification = (params: Shape): MethodRule => ({ kind: 'notification', params });

/** Every method the server handles, with the shape of its parameters (what the handlers read). */
export const METHODS: Record<string, MethodRule> = {
    'initialize': request(object({ capabilities: object({}) })),
    'shutdown': request(any),
    'initialized': notification(any),
    'exit': notification(any),
    '$/setTrace': notification(object({ value: oneOf('off', 'messages', 'verbose') })),
    'textDocument/didOpen': notification(object({ textDocument: object({ uri, languageId: string, version: integer, text: string }) })),
    'textDocument/didChange': notification(object({
        textDocument: object({ uri, version: integer }),
        contentChanges: array(either(object({ range, text: string, rangeLength: optional(uinteger) }), object({ text: string, range: (v, at) => (v === undefined ? undefined : `«${at}» må mangle eller være et område`) }))),
    })),
    'textDocument/didClose': notification(object({ textDocument })),
    'textDocument/didSave': notification(object({ textDocument, text: optional(string) })),
    'textDocument/willSave': notification(object({ textDocument, reason: integer })),
    'textDocument/willSaveWaitUntil': onDocument(object({ textDocument, reason: integer })),
    'workspace/didChangeConfiguration': notification(object({})),
    'workspace/didChangeWatchedFiles': notification(object({ changes: array(object({ uri, type: oneOf(1, 2, 3) })) })),
    'workspace/didChangeWorkspaceFolders': notification(object({ event: object({ added: array(object({ uri, name: string })), removed: array(object({ uri, name: string })) }) })),
    'workspace/didCreateFiles': notification(fileUris),
    'workspace/didDeleteFiles': notification(fileUris),
    'workspace/didRenameFiles': notification(renamedFiles),
    'workspace/willCreateFiles': request(fileUris),
    'workspace/willDeleteFiles': request(fileUris),
    'workspace/willRenameFiles': request(renamedFiles),
    'workspace/symbol': request(object({ query: string })),
    'workspaceSymbol/resolve': request(object({ name: string, location: either(location, object({ uri })) })),
    'workspace/executeCommand': request(object({ command: string, arguments: optional(array(any)) })),
    'workspace/textDocumentContent': request(object({ uri })),
    'textDocument/completion': onDocument(object({ ...atPosition, context: optional(object({ triggerKind: uinteger, triggerCharacter: optional(string) })) })),
    'completionItem/resolve': request(object({ label: string })),
    'textDocument/hover': onDocument(object(atPosition)),
    'textDocument/signatureHelp': onDocument(object(atPosition)),
    'textDocument/declaration': onDocument(object(atPosition)),
    'textDocument/definition': onDocument(object(atPosition)),
    'textDocument/typeDefinition': onDocument(object(atPosition)),
    'textDocument/implementation': onDocument(object(atPosition)),
    'textDocument/references': onDocument(object({ ...atPosition, context: object({ includeDeclaration: boolean }) })),
    'textDocument/documentHighlight': onDocument(object(atPosition)),
    'textDocument/documentSymbol': onDocument(object({ textDocument })),
    'textDocument/codeAction': onDocument(object({ textDocument, range, context: object({ diagnostics: array(object({ range, message: string })) }) })),
    'codeAction/resolve': request(object({ title: string })),
    'textDocument/codeLens': onDocument(object({ textDocument })),
    'codeLens/resolve': request(object({ range })),
    'textDocument/formatting': onDocument(object({ textDocument, options: formattingOptions })),
    'textDocument/rangeFormatting': onDocument(object({ textDocument, range, options: formattingOptions })),
    'textDocument/rangesFormatting': onDocument(object({ textDocument, ranges: array(range), options: formattingOptions })),
    'textDocument/onTypeFormatting': onDocument(object({ ...atPosition, ch: string, options: formattingOptions })),
    'textDocument/rename': onDocument(object({ ...atPosition, newName: string })),
    'textDocument/prepareRename': onDocument(object(atPosition)),
    'textDocument/documentLink': onDocument(object({ textDocument })),
    'documentLink/resolve': request(object({ range })),
    'textDocument/documentColor': onDocument(object({ textDocument })),
    'textDocument/colorPresentation': onDocument(object({ textDocument, range, color: object({}) })),
    'textDocument/foldingRange': onDocument(object({ textDocument })),
    'textDocument/selectionRange': onDocument(object({ textDocument, positions: array(position) })),
    'textDocument/semanticTokens/full': onDocument(object({ textDocument })),
    'textDocument/semanticTokens/full/delta': onDocument(object({ textDocument, previousResultId: string })),
    'textDocument/semanticTokens/range': onDocument(object({ textDocument, range })),
    'textDocument/inlayHint': onDocument(object({ textDocument, range })),
    'inlayHint/resolve': request(object({ position, label: either(string, array(object({ value: string }))) })),
    'textDocument/prepareCallHierarchy': onDocument(object(atPosition)),
    'callHierarchy/incomingCalls': request(object({ item: hierarchyItem })),
    'callHierarchy/outgoingCalls': request(object({ item: hierarchyItem })),
    'textDocument/prepareTypeHierarchy': onDocument(object(atPosition)),
    'typeHierarchy/supertypes': request(object({ item: hierarchyItem })),
    'typeHierarchy/subtypes': request(object({ item: hierarchyItem })),
    'textDocument/linkedEditingRange': onDocument(object(atPosition)),
    'textDocument/moniker': onDocument(object(atPosition)),
    'textDocument/diagnostic': onDocument(object({ textDocument })),
    'workspace/diagnostic': request(object({ previousResultIds: array(object({ uri, value: string })) })),
    'textDocument/inlineValue': onDocument(object({ textDocument, range, context: object({}) })),
    // Referat's own requests (protocol.ts). Unknown documents reach the handler, which answers an error.
    'referat/preview': { kind: 'request', params: object({ uri, publicEdition: optional(boolean) }), document: p => p.uri as string, unknownDocument: 'handler' },
    'referat/export': { kind: 'request', params: object({ uri, kind: oneOf('html', 'public', 'ical') }), document: p => p.uri as string, unknownDocument: 'handler' },
    'referat/deadlines': request(optional(object({ today: optional(string) }))),
    'referat/bodies': request(any),
    'referat/newMinutesTemplate': request(optional(object({ bodyKey: optional(string), today: optional(string) }))),
};

/** Connection members that register a handler, and the method each handles. */
export const REGISTRATIONS: Record<string, string> = {
    onInitialize: 'initialize', onInitialized: 'initialized', onShutdown: 'shutdown', onExit: 'exit',
    onDidChangeConfiguration: 'workspace/didChangeConfiguration', onDidChangeWatchedFiles: 'workspace/didChangeWatchedFiles',
    onDidOpenTextDocument: 'textDocument/didOpen', onDidChangeTextDocument: 'textDocument/didChange', onDidCloseTextDocument: 'textDocument/didClose',
    onWillSaveTextDocument: 'textDocument/willSave', onWillSaveTextDocumentWaitUntil: 'textDocument/willSaveWaitUntil', onDidSaveTextDocument: 'textDocument/didSave',
    onHover: 'textDocument/hover', onCompletion: 'textDocument/completion', onCompletionResolve: 'completionItem/resolve',
    onSignatureHelp: 'textDocument/signatureHelp', onDeclaration: 'textDocument/declaration', onDefinition: 'textDocument/definition',
    onTypeDefinition: 'textDocument/typeDefinition', onImplementation: 'textDocument/implementation', onReferences: 'textDocument/references',
    onDocumentHighlight: 'textDocument/documentHighlight', onDocumentSymbol: 'textDocument/documentSymbol', onWorkspaceSymbol: 'workspace/symbol',
    onWorkspaceSymbolResolve: 'workspaceSymbol/resolve', onCodeAction: 'textDocument/codeAction', onCodeActionResolve: 'codeAction/resolve',
    onCodeLens: 'textDocument/codeLens', onCodeLensResolve: 'codeLens/resolve', onDocumentFormatting: 'textDocument/formatting',
    onDocumentRangeFormatting: 'textDocument/rangeFormatting', onDocumentRangesFormatting: 'textDocument/rangesFormatting',
    onDocumentOnTypeFormatting: 'textDocument/onTypeFormatting', onRenameRequest: 'textDocument/rename', onPrepareRename: 'textDocument/prepareRename',
    onDocumentLinks: 'textDocument/documentLink', onDocumentLinkResolve: 'documentLink/resolve', onDocumentColor: 'textDocument/documentColor',
    onColorPresentation: 'textDocument/colorPresentation', onFoldingRanges: 'textDocument/foldingRange', onSelectionRanges: 'textDocument/selectionRange',
    onExecuteCommand: 'workspace/executeCommand',
    'languages.semanticTokens.on': 'textDocument/semanticTokens/full', 'languages.semanticTokens.onDelta': 'textDocument/semanticTokens/full/delta',
    'languages.semanticTokens.onRange': 'textDocument/semanticTokens/range', 'languages.inlayHint.on': 'textDocument/inlayHint',
    'languages.inlayHint.resolve': 'inlayHint/resolve', 'languages.callHierarchy.onPrepare': 'textDocument/prepareCallHierarchy',
    'languages.callHierarchy.onIncomingCalls': 'callHierarchy/incomingCalls', 'languages.callHierarchy.onOutgoingCalls': 'callHierarchy/outgoingCalls',
    'languages.typeHierarchy.onPrepare': 'textDocument/prepareTypeHierarchy', 'languages.typeHierarchy.onSupertypes': 'typeHierarchy/supertypes',
    'languages.typeHierarchy.onSubtypes': 'typeHierarchy/subtypes', 'languages.onLinkedEditingRange': 'textDocument/linkedEditingRange',
    'languages.moniker.on': 'textDocument/moniker', 'languages.diagnostics.on': 'textDocument/diagnostic', 'languages.diagnostics.onWorkspace': 'workspace/diagnostic',
    'languages.inlineValue.on': 'textDocument/inlineValue', 'workspace.textDocumentContent.on': 'workspace/textDocumentContent',
    'workspace.onDidCreateFiles': 'workspace/didCreateFiles', 'workspace.onDidRenameFiles': 'workspace/didRenameFiles', 'workspace.onDidDeleteFiles': 'workspace/didDeleteFiles',
    'workspace.onWillCreateFiles': 'workspace/willCreateFiles', 'workspace.onWillRenameFiles': 'workspace/willRenameFiles', 'workspace.onWillDeleteFiles': 'workspace/willDeleteFiles',
};

/** Sub-objects of the connection that hold registrations. */
const NESTED = new Set(Object.keys(REGISTRATIONS).flatMap(path => path.split('.').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('.'))));

// ---- the guard -------------------------------------------------------------------------------

/** Keys of results whose text goes into the document: left as they are by `displayResult`. */
const DOCUMENT_TEXT_KEYS = new Set(['newText', 'insertText', 'textEdit', 'additionalTextEdits', 'edit', 'changes', 'documentChanges', 'filterText', 'text']);

/**
 * Text for people in a result: `displayText` on every string, except those under DOCUMENT_TEXT_KEYS.
 * (`text` is document text in edits and in `referat/newMinutesTemplate`; generated pages and
 * calendars are already clean.) Iterative: results can hold hundreds of thousands of items.
 */
export function displayResult<T>(result: T): T {
    if (typeof result === 'string') return displayText(result) as T;
    if (typeof result !== 'object' || result === null) return result;
    const pending: Array<Record<string, unknown> | unknown[]> = [result as Record<string, unknown>];
    while (pending.length > 0) {
        const node = pending.pop()!;
        const keys = Array.isArray(node) ? node.keys() : Object.keys(node);
        for (const key of keys) {
            if (typeof key === 'string' && DOCUMENT_TEXT_KEYS.has(key)) continue;
            const value = (node as Record<string | number, unknown>)[key];
            if (typeof value === 'string') {
                const clean = displayText(value);
                if (clean !== value) (node as Record<string | number, unknown>)[key] = clean;
            } else if (typeof value === 'object' && value !== null) pending.push(value as Record<string, unknown>);
        }
    }
    return result;
}

export interface RequestGuard {
    /** The connection to give Langium and Referat's own handlers. */
    connection: Connection;
    /** Call once the services exist: the guard then knows which documents are served. */
    attach(shared: LangiumSharedServices): void;
    /** Registrations not listed in REGISTRATIONS or METHODS (guarded against exceptions only). */
    unlistedRegistrations(): string[];
}

export function createRequestGuard(connection: Connection): RequestGuard {
    let shared: LangiumSharedServices | undefined;
    const unlisted = new Set<string>();
    const log = (message: string) => { try { connection.console.warn(message); } catch { /* not connected yet */ } };

    /** Whether the server serves `documentUri`: a Referat document in the workspace (waiting for an update that is under way). */
    const serves = async (documentUri: string): Promise<boolean> => {
        if (!shared) return false;
        const parsed = URI.parse(documentUri);
        if (!shared.ServiceRegistry.hasServices(parsed)) return false;
        const documents = shared.workspace.LangiumDocuments;
        if (documents.hasDocument(parsed)) return true;
        if (!shared.workspace.TextDocuments.get(documentUri)) return false;
        // Opened, but its update has not run yet: a read waits for pending writes.
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.WorkspaceLock.read(() => undefined);
        return documents.hasDocument(parsed);
    };

    /** Whether the workspace has the document now (no waiting). */
    const isKnown = (documentUri: string): boolean => !!shared && shared.workspace.LangiumDocuments.hasDocument(URI.parse(documentUri));

    /** A `didOpen` of a document that is not Referat (by language id or, without one, by extension). */
    const isForeignOpen = (params: Record<string, unknown>): boolean => {
        if (!shared) return false;
        const td = params.textDocument as { uri: string; languageId: string };
        const languages = shared.ServiceRegistry.all.map(s => s.LanguageMetaData);
        if (languages.some(l => l.languageId === td.languageId)) return false;
        const name = URI.parse(td.uri).path.toLowerCase();
        return !languages.some(l => l.fileExtensions.some(ext => name.endsWith(ext.toLowerCase())));
    };

    const guardRequest = (method: string, rule: MethodRule | undefined, handler: (...args: unknown[]) => unknown) =>
        async (...args: unknown[]): Promise<unknown> => {
            const params = args[0];
            if (rule) {
                const problem = rule.params(params, '');
                if (problem) return new ResponseError(ErrorCodes.InvalidParams, `Ugyldige parametre for ${method}: ${problem}.`);
                if (rule.document && rule.unknownDocument === 'null' && !(await serves(rule.document(params as Record<string, unknown>)))) return null;
            }
            try {
                const result = await handler(...args);
                if (isResponseError(result)) return asResponseError(result);
                return displayResult(result);
            } catch (e) {
                if (isResponseError(e)) return asResponseError(e);
                // The document was closed and dropped while the request ran (an unsaved file has no copy on disk).
                if (rule?.document && rule.unknownDocument === 'null' && !isKnown(rule.document(params as Record<string, unknown>))) return null;
                log(`${method}: ${(e as Error)?.stack ?? String(e)}`);
                return new ResponseError(ErrorCodes.InternalError, `Intern feil i språktjeneren (${method}): ${(e as Error)?.message ?? String(e)}`);
            }
        };

    const guardNotification = (method: string, rule: MethodRule | undefined, handler: (...args: unknown[]) => unknown) =>
        (...args: unknown[]): void => {
            const params = args[0];
            if (rule) {
                const problem = rule.params(params, '');
                if (problem) { log(`Ignorerer ${method} med ugyldige parametre: ${problem}.`); return; }
                if (method === 'textDocument/didOpen' && isForeignOpen(params as Record<string, unknown>)) return;
            }
            try {
                const result = handler(...args);
                if (result instanceof Promise) result.catch(e => log(`${method}: ${(e as Error)?.stack ?? String(e)}`));
            } catch (e) {
                log(`${method}: ${(e as Error)?.stack ?? String(e)}`);
            }
        };

    const guard = (method: string, kind: 'request' | 'notification' | undefined, handler: (...args: unknown[]) => unknown) => {
        const rule = METHODS[method];
        if (!rule || (kind && rule.kind !== kind)) unlisted.add(method);
        return (rule?.kind ?? kind) === 'notification' ? guardNotification(method, rule, handler) : guardRequest(method, rule, handler);
    };

    const wrap = <T extends object>(target: T, prefix: string): T => new Proxy(target, {
        get(object, property, receiver) {
            const value = Reflect.get(object, property, receiver);
            if (typeof property !== 'string') return value;
            const path = prefix ? `${prefix}.${property}` : property;
            if (typeof value === 'function') {
                if (!prefix && property === 'sendDiagnostics') {
                    // Copies: the document keeps its diagnostics as they are (code actions read them).
                    return (params: { uri: string; diagnostics: Array<{ message: string }> }) => value.call(object,
                        { ...params, diagnostics: params.diagnostics.map(d => ({ ...d, message: displayText(d.message) })) });
                }
                if (!prefix && (property === 'onRequest' || property === 'onNotification')) {
                    const kind = property === 'onRequest' ? 'request' : 'notification';
                    return (type: unknown, handler?: (...args: unknown[]) => unknown) => {
                        if (typeof type === 'function') { unlisted.add(`${property}(*)`); return value.call(object, type); }
                        const method = typeof type === 'string' ? type : (type as { method: string }).method;
                        return value.call(object, type, guard(method, kind, handler!));
                    };
                }
                const method = REGISTRATIONS[path];
                if (method) return (handler: (...args: unknown[]) => unknown) => value.call(object, guard(method, undefined, handler));
                if (/^on[A-Z]/.test(property)) {
                    return (handler: unknown) => {
                        unlisted.add(path);
                        return value.call(object, typeof handler === 'function' ? guard(path, undefined, handler as (...args: unknown[]) => unknown) : handler);
                    };
                }
                return value.bind(object);
            }
            if (typeof value === 'object' && value !== null && NESTED.has(path)) return wrap(value, path);
            return value;
        },
    });

    return {
        connection: wrap(connection, ''),
        attach(services) { shared = services; },
        unlistedRegistrations: () => [...unlisted].sort(),
    };
}

/** A ResponseError, also one made by another copy of the protocol library. */
function isResponseError(value: unknown): value is { code: number; message: string; data?: unknown } {
    return value instanceof ResponseError
        || (value instanceof Error && value.constructor?.name === 'ResponseError' && typeof (value as { code?: unknown }).code === 'number');
}

function asResponseError(value: { code: number; message: string; data?: unknown }): ResponseError<unknown> {
    return value instanceof ResponseError ? value : new ResponseError(value.code, value.message, value.data);
}
