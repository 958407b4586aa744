/**
 * Lighter document build phases for Referat. Langium walks every AST node (yielding to the event loop
 * per node) to compute scopes, link, index references and validate. Referat's grammar has no
 * cross-references and no named nodes (names are resolved by the semantic model), and every check is
 * registered on `Meeting`, so those walks find nothing: skipping them makes `check` and every keystroke
 * cheaper. tests/language/build-phases.test.ts fails if the grammar or the checks ever change that.
 */
import {
    type AstNode, type AstNodeDescription, type Cancellation, DefaultDocumentValidator, DefaultLinker, DefaultReferenceDescriptionProvider,
    DefaultScopeComputation, type LangiumDocument, type LocalSymbols, MultiMap, type ReferenceDescription, type ValidationOptions,
} from 'langium';
import type { LangiumCoreServices } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { syntaxErrorIn } from '../grammar/syntax-errors.js';
import type { MeetingIndex } from './meeting-index.js';

export class ReferatLinker extends DefaultLinker {
    override async link(): Promise<void> { /* no cross-references */ }
}

export class ReferatScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(): Promise<AstNodeDescription[]> { return []; }
    override async collectLocalSymbols(): Promise<LocalSymbols> { return new MultiMap<AstNode, AstNodeDescription>(); }
}

export class ReferatReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(): Promise<ReferenceDescription[]> { return []; }
}

/**
 * Runs the checks of the root (`Meeting`) only; no check is registered for the line nodes. Syntax
 * errors are worded in the document's language (the parser words them in bokmål).
 * Langium adds the checks' diagnostics with one `push(...all)`, which overflows the stack beyond
 * about 120,000 diagnostics (a file of 150,000 misplaced lines): they are appended one by one here.
 */
export class ReferatDocumentValidator extends DefaultDocumentValidator {
    private readonly index: MeetingIndex;
    private readonly checked = new WeakMap<AstNode, Diagnostic[]>();

    constructor(services: LangiumCoreServices & { referat: { MeetingIndex: MeetingIndex } }) {
        super(services);
        this.index = services.referat.MeetingIndex;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const root = document.parseResult.value;
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const checked = this.checked.get(root);
        this.checked.delete(root);
        if (checked) for (const d of checked) diagnostics.push(d);
        const parseErrors = diagnostics.filter(d => (d.data as { code?: string } | undefined)?.code === 'parsing-error');
        if (parseErrors.length === 0) return diagnostics;
        const language = this.index.get(document).language;
        for (const d of parseErrors) if (typeof d.message === 'string') d.message = syntaxErrorIn(d.message, language);
        return diagnostics;
    }

    protected override async validateAst(rootNode: AstNode, options: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        this.checked.set(rootNode, await super.validateAst(rootNode, options, cancelToken));
        return [];
    }

    protected override validateSingleNodeOptions(node: AstNode, options: ValidationOptions): { validateNode: boolean; validateChildren: boolean } {
        if (node.$container) return super.validateSingleNodeOptions(node, options);
        return { validateNode: true, validateChildren: false };
    }
}
