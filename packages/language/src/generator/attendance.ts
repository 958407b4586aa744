/**
 * Who attended in which capacity, read from the attendance lists as written: members, substitutes
 * who met for a member, and the others (secretariat, observers, the administration, guests). The
 * model records lists, roles and notes; this is how published protocols count them — the header's
 * summary («9 av 11 medlemmer til stede, 2 vara») and the members new minutes carry over.
 */
import type { AttendanceList, Attendee, Meeting } from '../model/types.js';
import type { Language } from '../vocabulary/keywords.js';
import { GUEST_LIST_LABELS, NON_MEMBER_ROLES } from '../vocabulary/values.js';
import { labelsFor } from './labels.js';

const NOT_MEMBERS = new Set(NON_MEMBER_ROLES);
const GUEST_LISTS = new Set(GUEST_LIST_LABELS);

/** Invited for this meeting or one of its cases ("invitert sak 19/23", "gjest"). */
export function isGuest(a: Attendee): boolean {
    return a.roleKind === 'invitert' || a.roleKind === 'gjest' || a.roleKind === 'guest' || /\b(?:invitert|gjest|guest|invited)\b/iu.test(`${a.role ?? ''} ${a.note ?? ''}`);
}

/** Met as a substitute ("vara", "vara for Per Lunde", a person of a `Varamedlemmer:` list). */
export function isSubstitute(a: Attendee): boolean {
    return a.roleKind === 'vara' || a.roleKind === 'alternate' || !!a.substituteFor;
}

/** A list of guests ("Inviterte:", "Gjester:", "Andre:"), as opposed to "Sekretariat:" or "Observatører:". */
export function isGuestList(list: AttendanceList): boolean {
    return list.kind === 'other' && GUEST_LISTS.has(list.label.normalize('NFC').trim().toLowerCase());
}

/** A member of the body: in a list of those present or absent, neither substitute nor staff, observer or guest. */
export function isMember(a: Attendee, list: AttendanceList): boolean {
    if (list.kind === 'other' || list.substitutes || isSubstitute(a) || isGuest(a)) return false;
    return !a.roleKind || !NOT_MEMBERS.has(a.roleKind);
}

export interface AttendanceSummary {
    /** Members present. */
    present: number;
    /** Members present or absent. */
    members: number;
    /** Substitutes who met. */
    substitutes: number;
}

/** The members present of all members, and the substitutes; undefined when the minutes list nobody present or absent. */
export function attendanceSummary(meeting: Meeting): AttendanceSummary | undefined {
    const seen = new Set<string>();
    let present = 0, absent = 0, substitutes = 0;
    for (const list of meeting.attendance) {
        if (list.kind === 'other') continue;
        for (const a of list.attendees) {
            if (seen.has(a.key)) continue;
            seen.add(a.key);
            if (list.kind === 'present' && (list.substitutes || isSubstitute(a))) substitutes++;
            else if (isMember(a, list)) {
                if (list.kind === 'present') present++; else absent++;
            }
        }
    }
    if (present + absent + substitutes === 0) return undefined;
    return { present, members: present + absent, substitutes };
}

/** «9 av 11 medlemmer til stede, 2 vara»; «9 av 11 medlemer til stades, 2 vara»; "6 of 8 members present, 1 alternate". */
export function attendanceSummaryText(s: AttendanceSummary, language: Language = 'nb'): string {
    return labelsFor(language).attendanceCount(s.present, s.members, s.substitutes);
}
