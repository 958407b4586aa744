/** Case references: each `jf. sak …` finds its case here or in the body's other meetings of the workspace. */
import { allCases } from '../../model/queries.js';
import { IssueCodes } from '../issue-codes.js';
import type { CheckContext } from './context.js';

export function checkReferences(ctx: CheckContext): void {
    const { meeting: m, report, t, index } = ctx;
    for (const c of allCases(m)) {
        for (const ref of c.references) {
            const { target, external } = index.resolve(m, ref);
            if (target || external) continue;
            report('warning', IssueCodes.UnresolvedCaseReference, ref.numberSpan,
                t.unresolvedReference(ref.number.text, ref.meeting?.text.replace(/^\(|\)$/g, '')), { caseNumber: ref.number.text });
        }
    }
}
