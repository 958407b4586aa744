/**
 * The Referat language without the language server: parser, semantic model, validation and the
 * document build, on Langium's core services. The CLI (`referat check|html|frister|json`) runs on
 * these, so it loads no LSP code (no `langium/lsp`, no `vscode-languageserver`) at start-up;
 * referat-module.ts adds the LSP features on top for the language server and the tests.
 */
import './polyfill.js';
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, type DefaultSharedCoreModuleContext, inject, type LangiumCoreServices,
    type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices, type PartialLangiumSharedCoreServices,
} from 'langium';
import {
    ReferatDocumentValidator, ReferatLinker, ReferatReferenceDescriptionProvider, ReferatScopeComputation,
} from './workspace/build-phases.js';
import { ReferatGeneratedModule, ReferatGeneratedSharedModule } from './generated/module.js';
import { ReferatLexer } from './grammar/lexer.js';
import { ReferatTokenBuilder } from './grammar/token-builder.js';
import { ReferatParserErrorMessageProvider } from './grammar/syntax-errors.js';
import { type Clock, SystemClock } from './workspace/clock.js';
import { ReferatDocumentBuilder } from './workspace/document-builder.js';
import { ReferatWorkspaceManager } from './workspace/workspace-manager.js';
import { ReferatServiceRegistry } from './workspace/service-registry.js';
import { MeetingIndex } from './workspace/meeting-index.js';
import { ReferatValidator, registerValidationChecks } from './validation/referat-validator.js';
import type { ReferatServices } from './referat-module.js';

/** Services added by Referat that need no language server. */
export type ReferatCoreAddedServices = {
    referat: {
        /** Semantic models of every meeting in the workspace, cached per document version. */
        MeetingIndex: MeetingIndex;
        Validator: ReferatValidator;
        /** Today's date (hovers and inlay hints count days to deadlines); tests replace it. */
        Clock: Clock;
    };
};

export type ReferatCoreServices = LangiumCoreServices & ReferatCoreAddedServices;

// The index and the validator name the full services in their parameter types but use only core
// services (the document store, the builder, the validation registry, the index): the casts below
// say so in one place.
const asFull = (services: ReferatCoreServices) => services as unknown as ReferatServices;

export const ReferatCoreModule: Module<ReferatCoreServices, PartialLangiumCoreServices & ReferatCoreAddedServices> = {
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
        MeetingIndex: (services) => new MeetingIndex(asFull(services)),
        Validator: (services) => new ReferatValidator(asFull(services)),
        Clock: () => new SystemClock(),
    },
};

/** Shared services: validation in the initial build, cross-file relinking by body. */
export const ReferatSharedCoreModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    // A file named on the command line is Referat whatever its name (workspace/service-registry.ts).
    ServiceRegistry: (shared) => new ReferatServiceRegistry(shared),
    workspace: {
        DocumentBuilder: (shared) => new ReferatDocumentBuilder(shared),
        WorkspaceManager: (shared) => new ReferatWorkspaceManager(shared),
    },
};

/** Registers the checks and, without a language client, marks the configuration ready. */
export function initializeReferatServices(shared: LangiumSharedCoreServices, Referat: ReferatCoreServices, hasConnection: boolean): void {
    shared.ServiceRegistry.register(Referat);
    registerValidationChecks(asFull(Referat));
    // Without a language client (CLI, tests) the configuration is not fetched: mark it ready.
    if (!hasConnection) shared.workspace.ConfigurationProvider.initialized({});
}

/**
 * Creates the shared and the language-specific services without the language server's features
 * (what `referat check`, `html`, `frister` and `json` need). `modules` may override features.
 */
export function createReferatCoreServices(context: DefaultSharedCoreModuleContext, ...modules: Array<Module<ReferatCoreServices, unknown>>): {
    shared: LangiumSharedCoreServices;
    Referat: ReferatCoreServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), ReferatGeneratedSharedModule, ReferatSharedCoreModule);
    const Referat = inject(
        createDefaultCoreModule({ shared }),
        ReferatGeneratedModule,
        ReferatCoreModule,
        ...(modules as Array<Module<ReferatCoreServices, object>>),
    ) as ReferatCoreServices;
    initializeReferatServices(shared, Referat, false);
    return { shared, Referat };
}
