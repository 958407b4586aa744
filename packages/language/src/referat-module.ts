/**
 * Dependency injection for the Referat language server: Langium's LSP defaults, the core of the
 * language (referat-core-module.ts: lexer, build phases, index of meetings, validation) and the LSP
 * features. Pure: no `fs`, so it also runs in a browser worker.
 */
import './polyfill.js';
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices,
} from 'langium/lsp';
import { ReferatGeneratedModule, ReferatGeneratedSharedModule } from './generated/module.js';
import {
    initializeReferatServices, ReferatCoreModule, ReferatSharedCoreModule, type ReferatCoreAddedServices,
} from './referat-core-module.js';
import { ReferatCodeActionProvider } from './lsp/code-actions.js';
import { ReferatDocumentUpdateHandler } from './lsp/document-update-handler.js';
import { ReferatCompletionProvider } from './lsp/completion.js';
import { ReferatFoldingRangeProvider } from './lsp/folding.js';
import { ReferatFormatter } from './lsp/formatter.js';
import { ReferatHoverProvider } from './lsp/hover.js';
import { ReferatInlayHintProvider } from './lsp/inlay-hints.js';
import {
    ReferatDefinitionProvider, ReferatDocumentHighlightProvider, ReferatNavigator, ReferatReferencesProvider, ReferatRenameProvider,
} from './lsp/navigation.js';
import { ReferatSemanticTokenProvider } from './lsp/semantic-tokens.js';
import { ReferatDocumentSymbolProvider, ReferatWorkspaceSymbolProvider } from './lsp/symbols.js';

/** Services added by Referat: the core ones (referat-core-module.ts) and the navigator of the LSP features. */
export type ReferatAddedServices = {
    referat: ReferatCoreAddedServices['referat'] & {
        /** Finds the people and cases at a position and every place that names them (LSP navigation). */
        Navigator: ReferatNavigator;
    };
};

export type ReferatServices = LangiumServices & ReferatAddedServices;

/** The LSP features; the parser, the build phases, the index and the checks come from ReferatCoreModule. */
export const ReferatModule: Module<ReferatServices, PartialLangiumServices & { referat: Pick<ReferatAddedServices['referat'], 'Navigator'> }> = {
    referat: {
        Navigator: (services) => new ReferatNavigator(services),
    },
    lsp: {
        CompletionProvider: (services) => new ReferatCompletionProvider(services),
        HoverProvider: (services) => new ReferatHoverProvider(services),
        DefinitionProvider: (services) => new ReferatDefinitionProvider(services),
        ReferencesProvider: (services) => new ReferatReferencesProvider(services),
        DocumentHighlightProvider: (services) => new ReferatDocumentHighlightProvider(services),
        RenameProvider: (services) => new ReferatRenameProvider(services),
        DocumentSymbolProvider: (services) => new ReferatDocumentSymbolProvider(services),
        FoldingRangeProvider: (services) => new ReferatFoldingRangeProvider(services),
        SemanticTokenProvider: (services) => new ReferatSemanticTokenProvider(services),
        Formatter: (services) => new ReferatFormatter(services),
        CodeActionProvider: (services) => new ReferatCodeActionProvider(services),
        InlayHintProvider: (services) => new ReferatInlayHintProvider(services),
    },
};

/**
 * Shared LSP services: workspace symbols from the meetings, and document updates that only reach
 * the builder for documents the server serves (the builder and the workspace manager are core).
 */
export const ReferatSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        WorkspaceSymbolProvider: (shared) => new ReferatWorkspaceSymbolProvider(shared),
        DocumentUpdateHandler: (shared) => new ReferatDocumentUpdateHandler(shared),
    },
};

/**
 * Creates the shared and the language-specific services, with the language server's features.
 * `modules` may override features (tests use this to stub the clock, for example).
 */
export function createReferatServices(context: DefaultSharedModuleContext, ...modules: Array<Module<ReferatServices, unknown>>): {
    shared: LangiumSharedServices;
    Referat: ReferatServices;
} {
    const shared = inject(createDefaultSharedModule(context), ReferatGeneratedSharedModule, ReferatSharedCoreModule as Module<LangiumSharedServices, object>, ReferatSharedModule);
    const Referat = inject(
        createDefaultModule({ shared }),
        ReferatGeneratedModule,
        ReferatCoreModule as Module<ReferatServices, object>,
        ReferatModule,
        ...(modules as Array<Module<ReferatServices, object>>),
    ) as ReferatServices;
    initializeReferatServices(shared, Referat, Boolean(context.connection));
    return { shared, Referat };
}
