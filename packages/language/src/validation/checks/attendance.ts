/** Attendance: a person listed twice, present and absent at once, empty bullets; names referred to but not listed. */
import { caseNumberLabel } from '../../model/labels.js';
import { allCases } from '../../model/queries.js';
import type { PersonRef } from '../../model/types.js';
import { parseCaseNumber } from '../../model/values/case-numbers.js';
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
const ALWAYS_PEOPLE: ReadonlyArray<PersonRef['role']> = ['chair', 'referent', 'conflict', 'dissent', 'substitute', 'signer'];

export function checkPeople(ctx: CheckContext): void {
    const { meeting: m, report, t } = ctx;
    if (m.attendance.length === 0) return; // nothing to check names against
    const known = new Set(m.people.map(p => p.key));
    // personRefs holds every reference, `vara for` principals included.
    for (const ref of m.personRefs) {
        if (known.has(ref.key)) continue;
        if (ref.candidates) { report('warning', IssueCodes.AmbiguousPerson, ref.span, t.ambiguousPerson(ref.name, ref.candidates), { name: ref.name, candidates: ref.candidates }); continue; }
        if (!ref.isPerson && !ALWAYS_PEOPLE.includes(ref.role)) continue;
        report('warning', IssueCodes.UnknownPerson, ref.span, t.unknownPerson(ref.name), { name: ref.name });
    }
    checkPresence(ctx);
    // A substitute's principal is expected among the absent.
    const absent = new Set(m.attendance.filter(l => l.kind === 'absent').flatMap(l => l.attendees.map(a => a.key)));
    for (const p of m.people) {
        const principal = p.substituteFor;
        if (principal && known.has(principal.key) && !absent.has(principal.key)) {
            report('warning', IssueCodes.PresentAndAbsent, principal.span, t.substituteNotAbsent(p.name, principal.name));
        }
    }
}

/**
 * People present for part of the meeting ("(fra sak 19/23)", "(forlot møtet etter sak 4)") cannot be
 * inhabil or dissent in a case they were not there for.
 */
function checkPresence(ctx: CheckContext): void {
    const { meeting: m, report, t } = ctx;
    const partial = m.people.filter(p => p.presence);
    if (partial.length === 0) return;
    const cases = allCases(m);
    const position = (number: string) => cases.findIndex(c => c.numbered && (c.number.text === number || c.number.key === parseCaseNumber(number).key));
    for (const [i, c] of cases.entries()) {
        const refs = [...c.conflicts.flatMap(x => x.people), ...c.dissents.flatMap(x => x.people)];
        for (const ref of refs) {
            const p = partial.find(a => a.key === ref.key);
            if (!p?.presence) continue;
            const from = p.presence.from !== undefined ? position(p.presence.from) : -1;
            const until = p.presence.until !== undefined ? position(p.presence.until) : -1;
            const absent = (from >= 0 && i < from) || (until >= 0 && (i > until || (i === until && !p.presence.untilIncluded)));
            if (absent) report('warning', IssueCodes.PersonNotPresent, ref.span, t.personNotPresent(ref.name, caseNumberLabel(c, true), p.note ?? ''), { name: ref.name });
        }
    }
}
