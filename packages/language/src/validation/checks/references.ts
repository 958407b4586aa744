/** Case references: each `jf. sak …` finds its case here or in the body's other meetings of the workspace. */
import { allCases } from '../../model/queries.js';
import { resolveMeetingReference } from '../../model/resolve.js';
import { IssueCodes } from '../issue-codes.js';
import type { CheckContext } from './context.js';

export function checkReferences(ctx: CheckContext): void {
    const { meeting: m, report, t, index } = ctx;
    // A meeting reference is flagged only when the workspace holds the body's meetings of that year and none fits.
    for (const c of allCases(m)) {
        for (const ref of c.meetingRefs) {
            if (resolveMeetingReference(index, m, ref)) continue;
            const year = ref.date?.year ?? yearOfNumber(ref.number);
            if (year === undefined) continue;
            if (!index.sameBody(m).some(o => o.uri !== m.uri && o.date?.value?.year === year)) continue;
            report('warning', IssueCodes.UnresolvedMeetingReference, ref.span, t.unresolvedMeetingReference(ref.text.replace(/^(?:jf|jfr|jmf|jamfør|se)\.?\s+/i, ''), year));
        }
    }
    for (const c of allCases(m)) {
        for (const ref of c.references) {
            const { target, external } = index.resolve(m, ref);
            if (target || external) continue;
            report('warning', IssueCodes.UnresolvedCaseReference, ref.numberSpan,
                t.unresolvedReference(ref.number.text, ref.meeting?.text.replace(/^\(|\)$/g, '')), { caseNumber: ref.number.text });
        }
    }
}

/** The year of a meeting number "03/2025" or "03/25". */
function yearOfNumber(number: string | undefined): number | undefined {
    const m = number ? /\/(\d{2}|\d{4})$/.exec(number) : null;
    return m ? (m[1].length === 2 ? 2000 + parseInt(m[1], 10) : parseInt(m[1], 10)) : undefined;
}
