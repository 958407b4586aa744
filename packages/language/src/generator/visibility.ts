/** Which cases the public edition hides: a case exempt from public access, and every sub-case of one. */
import type { Case, Meeting } from '../model/types.js';

export interface VisibleCase {
    case: Case;
    /** The case or one of its parents is exempt from public access. */
    exempt: boolean;
}

/** All cases of the meeting in document order (sub-cases after their parent), each with its exemption. */
export function casesWithVisibility(meeting: Meeting): VisibleCase[] {
    const result: VisibleCase[] = [];
    const visit = (cases: Case[], parentExempt: boolean) => {
        for (const c of cases) {
            const exempt = parentExempt || !!c.exemption;
            result.push({ case: c, exempt });
            visit(c.subCases, exempt);
        }
    };
    visit(meeting.cases, false);
    return result;
}
