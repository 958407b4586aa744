/**
 * The one resolver of case references ("jf. sak 07/16 (01/16)"), used by validation, the LSP features
 * and the HTML generator. It reads the meetings through a `CaseLookup`: the workspace's index, or a
 * single meeting on its own (`singleMeetingLookup`, for a page or preview of one file).
 */
import { allCases, caseYear } from './queries.js';
import type { Case, CaseReference, Meeting, MeetingReference } from './types.js';
import { numberKey } from './values/case-numbers.js';

export interface CaseInMeeting {
    meeting: Meeting;
    case: Case;
}

export interface CaseLookup {
    /** Cases of one meeting with the number (main and sub-numbers, any year), in document order. */
    casesNumbered(meeting: Meeting, number: string): Case[];
    /** Cases with the number in the meetings of the body of `meeting`, in workspace order. */
    bodyCasesNumbered(meeting: Meeting, number: string): CaseInMeeting[];
    /** The meetings of the body of `meeting` (itself included). */
    sameBody(meeting: Meeting): Meeting[];
}

export interface Resolution {
    target?: CaseInMeeting;
    /** The reference names a meeting that is not among the body's meetings. */
    external: boolean;
}

/** Does the meeting match the qualifier of a reference ("(01/16)", "møte 25.1.2016")? */
export function meetingMatches(meeting: Meeting, qualifier: NonNullable<CaseReference['meeting']>): boolean {
    if (qualifier.number && meeting.meetingNumber) {
        const a = qualifier.number.split('/'), b = meeting.meetingNumber.text.trim().split('/');
        if (a.length === 2 && b.length === 2 && parseInt(a[0], 10) === parseInt(b[0], 10) && parseInt(a[1], 10) % 100 === parseInt(b[1], 10) % 100) return true;
    }
    const d = qualifier.date, m = meeting.date?.value;
    return !!(d && m && d.year === m.year && d.month === m.month && d.day === m.day);
}

/**
 * The case a reference points to: in the named earlier meeting when the reference names one, else
 * in this meeting first, then in the body's other meetings (same year when the number has one).
 */
export function resolveReference(lookup: CaseLookup, meeting: Meeting, ref: CaseReference): Resolution {
    const number = numberKey(ref.number);
    // "jf. PS 12/25" names its series; "jf. sak 12/25" means any series, plain «Sak» first.
    const matchYear = (m: Meeting, c: Case) => (ref.number.year === undefined || caseYear(c, m) === ref.number.year) && (ref.series === undefined || c.series === ref.series);
    const elsewhere = lookup.bodyCasesNumbered(meeting, number).filter(f => f.meeting.uri !== meeting.uri);
    if (ref.meeting) {
        const qualifier = ref.meeting;
        const here = meetingMatches(meeting, qualifier) ? lookup.casesNumbered(meeting, number).map(c => ({ meeting, case: c })) : [];
        for (const found of [...here, ...elsewhere.filter(f => meetingMatches(f.meeting, qualifier))]) {
            if (matchYear(found.meeting, found.case)) return { target: found, external: false };
        }
        return { external: !lookup.sameBody(meeting).some(m => meetingMatches(m, qualifier)) };
    }
    for (const c of lookup.casesNumbered(meeting, number)) if (matchYear(meeting, c)) return { target: { meeting, case: c }, external: false };
    for (const found of elsewhere) if (matchYear(found.meeting, found.case)) return { target: found, external: false };
    return { external: false };
}

/** A lookup over one meeting alone: references to other meetings stay unresolved (and count as external). */
export function singleMeetingLookup(meeting: Meeting): CaseLookup {
    const byNumber = new Map<string, Case[]>();
    for (const c of allCases(meeting)) {
        const key = numberKey(c.number);
        const list = byNumber.get(key);
        if (list) list.push(c); else byNumber.set(key, [c]);
    }
    return {
        casesNumbered: (m, number) => (m === meeting ? byNumber.get(number) ?? [] : []),
        bodyCasesNumbered: (m, number) => (m === meeting ? (byNumber.get(number) ?? []).map(c => ({ meeting, case: c })) : []),
        sameBody: () => [meeting],
    };
}

/** The meeting of the body a meeting reference names ("jf. møte 03/2025", "jf. møtet 12. mars 2024"). */
export function resolveMeetingReference(lookup: CaseLookup, meeting: Meeting, ref: MeetingReference): Meeting | undefined {
    const qualifier = { text: ref.text, number: ref.number, date: ref.date };
    return lookup.sameBody(meeting).find(m => m.uri !== meeting.uri && meetingMatches(m, qualifier));
}
