/**
 * Lighter document build phases for Referat. Langium walks every AST node (and yields to the event
 * loop per node) when it indexes, links and validates a document. The Referat grammar has no
 * cross-references and no named nodes, and its checks are registered on `Meeting` only, so these
 * walks find nothing: skipping them makes `check` and every keystroke in the editor cheaper.
 * Each override falls back to Langium's behaviour if the grammar or the checks ever need it.
 */
import {
    type AstNode, AstUtils, type Cancellation, DefaultDocumentValidator, DefaultLinker, DefaultReferenceDescriptionProvider,
    DefaultScopeComputation, type AstNodeDescription, GrammarAST, type LangiumCoreServices, type LangiumDocument, type LocalSymbols,
    MultiMap, type ReferenceDescription, type ValidationOptions,
} from 'langium';

/** True when the grammar declares cross-references (`[Type]`) or named nodes (`name=`). */
function grammarNeedsLinking(services: LangiumCoreServices): boolean {
    return AstUtils.streamAllContents(services.Grammar)
        .some(node => GrammarAST.isCrossReference(node) || (GrammarAST.isAssignment(node) && node.feature === 'name'));
}

export class ReferatLinker extends DefaultLinker {
    private readonly needed: boolean;
    constructor(services: LangiumCoreServices) {
        super(services);
        this.needed = grammarNeedsLinking(services);
    }
    override async link(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<void> {
        if (this.needed) await super.link(document, cancelToken);
    }
}

export class ReferatScopeComputation extends DefaultScopeComputation {
    private readonly needed: boolean;
    constructor(services: LangiumCoreServices) {
        super(services);
        this.needed = grammarNeedsLinking(services);
    }
    override async collectExportedSymbols(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<AstNodeDescription[]> {
        return this.needed ? super.collectExportedSymbols(document, cancelToken) : [];
    }
    override async collectLocalSymbols(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<LocalSymbols> {
        return this.needed ? super.collectLocalSymbols(document, cancelToken) : new MultiMap<AstNode, AstNodeDescription>();
    }
}

export class ReferatReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly needed: boolean;
    constructor(services: LangiumCoreServices) {
        super(services);
        this.needed = grammarNeedsLinking(services);
    }
    override async createDescriptions(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<ReferenceDescription[]> {
        return this.needed ? super.createDescriptions(document, cancelToken) : [];
    }
}

/** Validates the children of the root only when some check is registered for a type other than the root's. */
export class ReferatDocumentValidator extends DefaultDocumentValidator {
    private readonly services: LangiumCoreServices;
    private childChecks: boolean | undefined;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.services = services;
    }

    protected override validateSingleNodeOptions(node: AstNode, options: ValidationOptions): { validateNode: boolean; validateChildren: boolean } {
        if (node.$container) return super.validateSingleNodeOptions(node, options);
        this.childChecks ??= this.services.shared.AstReflection.getAllTypes()
            .some(type => type !== node.$type && !this.validationRegistry.getChecks(type).isEmpty());
        return { validateNode: true, validateChildren: this.childChecks };
    }
}
