/** Attendance: a person listed twice, present and absent at once, empty bullets; names referred to but not listed. */
import type { PersonRef } from '../../model/types.js';
import { IssueCodes } from '../issue-codes.js';
import type { CheckContext } from './context.js';

export function checkAttendance(ctx: CheckContext): void {
    const { meeting: m, report, t } = ctx;
    const seen = new Map<string, { list: string; line: number }>();
    const present = (k: string) => k === 'present' || k === 'other';
    for (const list of m.attendance) {
        for (const span of list.emptyItems) report('warning', IssueCodes.EmptyAttendee, span, t.emptyAttendee());
        for (const a of list.attendees) {
            const earlier = seen.get(a.key);
            if (!earlier) { seen.set(a.key, { list: list.kind, line: a.span.line }); continue; }
            if ((earlier.list === 'absent') !== (list.kind === 'absent') && (present(earlier.list) || present(list.kind))) {
                report('error', IssueCodes.PresentAndAbsent, a.nameSpan, t.presentAndAbsent(a.name, earlier.line + 1));
            } else {
                report('warning', IssueCodes.DuplicateAttendee, a.nameSpan, t.duplicateAttendee(a.name, earlier.line + 1));
            }
        }
    }
}

/** Roles whose names are always people (a responsible or a deadline may be a group). */
const ALWAYS_PEOPLE: ReadonlyArray<PersonRef['role']> = ['chair', 'referent', 'conflict', 'dissent', 'substitute'];

export function checkPeople(ctx: CheckContext): void {
    const { meeting: m, report, t } = ctx;
    if (m.attendance.length === 0) return; // nothing to check names against
    const known = new Set(m.people.map(p => p.key));
    // personRefs holds every reference, `vara for` principals included.
    for (const ref of m.personRefs) {
        if (known.has(ref.key)) continue;
        if (!ref.isPerson && !ALWAYS_PEOPLE.includes(ref.role)) continue;
        report('warning', IssueCodes.UnknownPerson, ref.span, t.unknownPerson(ref.name), { name: ref.name });
    }
    // A substitute's principal is expected among the absent.
    const absent = new Set(m.attendance.filter(l => l.kind === 'absent').flatMap(l => l.attendees.map(a => a.key)));
    for (const p of m.people) {
        const principal = p.substituteFor;
        if (principal && known.has(principal.key) && !absent.has(principal.key)) {
            report('warning', IssueCodes.PresentAndAbsent, principal.span, t.substituteNotAbsent(p.name, principal.name));
        }
    }
}
