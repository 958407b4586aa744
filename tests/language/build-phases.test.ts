import { AstUtils, EmptyFileSystem, GrammarAST } from 'langium';
import { describe, expect, it } from 'vitest';
import { createReferatServices } from '../../packages/language/src/referat-module.js';

// build-phases.ts skips Langium's linking, scoping and per-node validation walks. That is only right
// while the grammar has no cross-references or named nodes and every check sits on `Meeting`.
describe('assumptions of the lighter build phases', () => {
    const { Referat, shared } = createReferatServices(EmptyFileSystem);

    it('the grammar has no cross-references and no `name=` assignments', () => {
        const linking = AstUtils.streamAllContents(Referat.Grammar)
            .filter(node => GrammarAST.isCrossReference(node) || (GrammarAST.isAssignment(node) && node.feature === 'name'))
            .toArray();
        expect(linking).toEqual([]);
    });

    it('checks are registered on Meeting only', () => {
        const registry = Referat.validation.ValidationRegistry;
        const withChecks = shared.AstReflection.getAllTypes().filter(type => !registry.getChecks(type).isEmpty());
        expect(withChecks).toEqual(['Meeting']);
    });
});
