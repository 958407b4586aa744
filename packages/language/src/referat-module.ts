/**
 * Dependency injection for the Referat language: Langium's defaults plus our lexer, validation,
 * workspace index of meetings and LSP features. Pure: no `fs`, so it also runs in a browser worker.
 */
import './polyfill.js';
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices,
} from 'langium/lsp';
import {
    ReferatDocumentValidator, ReferatLinker, ReferatReferenceDescriptionProvider, ReferatScopeComputation,
} from './build-phases.js';
import { ReferatGeneratedModule, ReferatGeneratedSharedModule } from './generated/module.js';
import { ReferatLexer } from './grammar/referat-lexer.js';
import { ReferatTokenBuilder } from './grammar/referat-token-builder.js';
import { ReferatParserErrorMessageProvider } from './grammar/syntax-errors.js';
import { MeetingIndex } from './model/meeting-index.js';
import { ReferatValidator, registerValidationChecks } from './validation/referat-validator.js';
import { type Clock, SystemClock } from './lsp/clock.js';
import { ReferatCodeActionProvider } from './lsp/code-actions.js';
import { ReferatCompletionProvider } from './lsp/completion.js';
import { ReferatDocumentBuilder } from './lsp/document-builder.js';
import { ReferatDocumentUpdateHandler } from './lsp/document-update-handler.js';
import { ReferatWorkspaceManager } from './lsp/workspace-manager.js';
import { ReferatFoldingRangeProvider } from './lsp/folding.js';
import { ReferatFormatter } from './lsp/formatter.js';
import { ReferatHoverProvider } from './lsp/hover.js';
import { ReferatInlayHintProvider } from './lsp/inlay-hints.js';
import {
    ReferatDefinitionProvider, ReferatDocumentHighlightProvider, ReferatNavigator, ReferatReferencesProvider, ReferatRenameProvider,
} from './lsp/navigation.js';
import { ReferatSemanticTokenProvider } from './lsp/semantic-tokens.js';
import { ReferatDocumentSymbolProvider, ReferatWorkspaceSymbolProvider } from './lsp/symbols.js';

/** Services added by Referat. */
export type ReferatAddedServices = {
    referat: {
        /** Semantic models of every meeting in the workspace, cached per document version. */
        MeetingIndex: MeetingIndex;
        Validator: ReferatValidator;
        /** Today's date (hovers and inlay hints count days to deadlines); tests replace it. */
        Clock: Clock;
        /** Finds the people and cases at a position and every place that names them (LSP navigation). */
        Navigator: ReferatNavigator;
    };
};

export type ReferatServices = LangiumServices & ReferatAddedServices;

export const ReferatModule: Module<ReferatServices, PartialLangiumServices & ReferatAddedServices> = {
    parser: {
        TokenBuilder: () => new ReferatTokenBuilder(),
        Lexer: (services) => new ReferatLexer(services),
        ParserErrorMessageProvider: () => new ReferatParserErrorMessageProvider(),
    },
    // No cross-references and checks on `Meeting` only: skip Langium's per-node walks (build-phases.ts).
    references: {
        Linker: (services) => new ReferatLinker(services),
        ScopeComputation: (services) => new ReferatScopeComputation(services),
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new ReferatReferenceDescriptionProvider(services),
    },
    validation: {
        DocumentValidator: (services) => new ReferatDocumentValidator(services),
    },
    referat: {
        MeetingIndex: (services) => new MeetingIndex(services),
        Validator: (services) => new ReferatValidator(services),
        Clock: () => new SystemClock(),
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

/** Shared services: validation in the initial build, cross-file relinking by body, workspace symbols from the meetings. */
export const ReferatSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        DocumentBuilder: (shared) => new ReferatDocumentBuilder(shared),
        WorkspaceManager: (shared) => new ReferatWorkspaceManager(shared),
    },
    lsp: {
        WorkspaceSymbolProvider: (shared) => new ReferatWorkspaceSymbolProvider(shared),
        DocumentUpdateHandler: (shared) => new ReferatDocumentUpdateHandler(shared),
    },
};

/**
 * Creates the shared and the language-specific services.
 * `modules` may override features (tests use this to stub the clock, for example).
 */
export function createReferatServices(context: DefaultSharedModuleContext, ...modules: Array<Module<ReferatServices, unknown>>): {
    shared: LangiumSharedServices;
    Referat: ReferatServices;
} {
    const shared = inject(createDefaultSharedModule(context), ReferatGeneratedSharedModule, ReferatSharedModule);
    const Referat = inject(
        createDefaultModule({ shared }),
        ReferatGeneratedModule,
        ReferatModule,
        ...(modules as Array<Module<ReferatServices, object>>),
    ) as ReferatServices;
    shared.ServiceRegistry.register(Referat);
    registerValidationChecks(Referat);
    if (!context.connection) {
        // Without a language client (CLI, tests) the configuration is not fetched: mark it ready.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Referat };
}
