/**
 * Lighter document build phases for Referat. Langium walks every AST node (yielding to the event loop
 * per node) to compute scopes, link, index references and validate. Referat's grammar has no
 * cross-references and no named nodes (names are resolved by the semantic model), and every check is
 * registered on `Meeting`, so those walks find nothing: skipping them makes `check` and every keystroke
 * cheaper. tests/language/build-phases.test.ts fails if the grammar or the checks ever change that.
 */
import {
    type AstNode, type AstNodeDescription, DefaultDocumentValidator, DefaultLinker, DefaultReferenceDescriptionProvider,
    DefaultScopeComputation, type LocalSymbols, MultiMap, type ReferenceDescription, type ValidationOptions,
} from 'langium';

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

/** Runs the checks of the root (`Meeting`) only; no check is registered for the line nodes. */
export class ReferatDocumentValidator extends DefaultDocumentValidator {
    protected override validateSingleNodeOptions(node: AstNode, options: ValidationOptions): { validateNode: boolean; validateChildren: boolean } {
        if (node.$container) return super.validateSingleNodeOptions(node, options);
        return { validateNode: true, validateChildren: false };
    }
}
