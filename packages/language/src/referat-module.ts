/**
 * Dependency injection for the Referat language: Langium's defaults plus our lexer, validation,
 * workspace index of meetings and LSP features. Pure: no `fs`, so it also runs in a browser worker.
 */
import './polyfill.js';
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
} from 'langium/lsp';
import { ReferatGeneratedModule, ReferatGeneratedSharedModule } from './generated/module.js';
import { ReferatLexer } from './grammar/referat-lexer.js';
import { ReferatTokenBuilder } from './grammar/referat-token-builder.js';
import { ReferatParserErrorMessageProvider } from './grammar/syntax-errors.js';
import { MeetingIndex } from './model/meeting-index.js';
import { ReferatValidator, registerValidationChecks } from './validation/referat-validator.js';

/** Services added by Referat. */
export type ReferatAddedServices = {
    referat: {
        /** Semantic models of every meeting in the workspace, cached per document version. */
        MeetingIndex: MeetingIndex;
        Validator: ReferatValidator;
    };
};

export type ReferatServices = LangiumServices & ReferatAddedServices;

export const ReferatModule: Module<ReferatServices, PartialLangiumServices & ReferatAddedServices> = {
    parser: {
        TokenBuilder: () => new ReferatTokenBuilder(),
        Lexer: (services) => new ReferatLexer(services),
        ParserErrorMessageProvider: () => new ReferatParserErrorMessageProvider(),
    },
    referat: {
        MeetingIndex: (services) => new MeetingIndex(services),
        Validator: (services) => new ReferatValidator(services),
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
    const shared = inject(createDefaultSharedModule(context), ReferatGeneratedSharedModule);
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
