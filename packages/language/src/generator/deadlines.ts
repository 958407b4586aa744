/**
 * Deadlines across meetings: one entry per `Frist` line, with its status relative to a given day.
 * Pure (no Node APIs): shared by `referat frister`, the HTML deadlines page and the iCalendar export.
 */
import { caseNumberLabel } from '../model/labels.js';
import { casesWithVisibility } from '../model/queries.js';
import type { Case, Deadline, Meeting } from '../model/types.js';
import { compareDates, daysBetween, formatDate, toIsoDate, type CalendarDate } from '../model/values/dates.js';
import { assertPublishable } from './html.js';

export type DeadlineStatus = 'overdue' | 'soon' | 'later' | 'done' | 'undated';

export interface DeadlineEntry {
    /** `Frist …` or a follow-up action (`Oppfølging: …`). */
    kind: 'deadline' | 'action';
    date?: CalendarDate;
    /** `date` as YYYY-MM-DD. */
    iso?: string;
    /** `date` in words ("15. august 2024"), the due date as written when it has none ("til høsten"), or «uten dato». */
    dateText: string;
    /** A due date written in words ("før jul"), as written. */
    dueText?: string;
    responsible?: string;
    what: string;
    done: boolean;
    status: DeadlineStatus;
    /** Days from `today` to the deadline; negative when it has passed. */
    daysLeft?: number;
    caseNumber: string;
    /** The case as named: "Sak 17/23", "PS 12/25", or «Saken "Innsjekk"» for an item without a number. */
    caseLabel: string;
    caseTitle: string;
    meetingUri: string;
    meetingDate?: CalendarDate;
    bodyName?: string;
    /** 0-based source line of the `Frist` line. */
    line: number;
}

export interface DeadlineOptions {
    /** A deadline this many days away or fewer is `soon`. Default 14. */
    soonDays?: number;
    /** Leave out deadlines of cases exempt from public access (and of their sub-cases). */
    publicEdition?: boolean;
}

export const UNDATED_TEXT = 'uten dato';

/** Every deadline of the meetings, sorted by date (undated last), then meeting date, then source order. */
export function collectDeadlines(meetings: Meeting[], today: CalendarDate, options: DeadlineOptions = {}): DeadlineEntry[] {
    const soonDays = options.soonDays ?? 14;
    const entries: DeadlineEntry[] = [];
    for (const meeting of meetings) {
        if (options.publicEdition) assertPublishable(meeting);
        for (const { case: c, exempt } of casesWithVisibility(meeting)) {
            if (exempt && options.publicEdition) continue;
            for (const d of c.deadlines) entries.push(entry(meeting, c, d, today, soonDays));
        }
    }
    return entries.sort(compareEntries);
}

function entry(meeting: Meeting, c: Case, d: Case['deadlines'][number], today: CalendarDate, soonDays: number): DeadlineEntry {
    const due = d.due?.problem ? undefined : d.due?.value;
    const daysLeft = due ? daysBetween(today, due) : undefined;
    const status: DeadlineStatus = d.done ? 'done'
        : daysLeft === undefined ? 'undated'
        : daysLeft < 0 ? 'overdue'
        : daysLeft <= soonDays ? 'soon' : 'later';
    return {
        kind: d.kind, ...(d.due?.relative ? { dueText: d.due.text } : {}),
        date: due, iso: due && toIsoDate(due), dateText: due ? formatDate(due) : d.due?.relative ? d.due.text : UNDATED_TEXT,
        responsible: responsibleNames(d), what: d.what || d.text.trim(), done: d.done, status, daysLeft,
        caseNumber: c.number.text, caseLabel: caseNumberLabel(c), caseTitle: c.title, meetingUri: meeting.uri, meetingDate: meeting.date?.value,
        bodyName: meeting.body?.name, line: d.span.line,
    };
}

function compareEntries(a: DeadlineEntry, b: DeadlineEntry): number {
    if (a.date && b.date) { const c = compareDates(a.date, b.date); if (c) return c; }
    else if (a.date !== b.date) return a.date ? -1 : 1;
    if (a.meetingDate && b.meetingDate) { const c = compareDates(a.meetingDate, b.meetingDate); if (c) return c; }
    return a.meetingUri.localeCompare(b.meetingUri) || a.line - b.line;
}

/** The status in words: «forfalt for 3 dager siden», «i dag», «om 5 dager», «utført», «uten dato». */
export function deadlineStatusText(entry: DeadlineEntry): string {
    if (entry.status === 'done') return 'utført';
    if (entry.daysLeft === undefined) return UNDATED_TEXT;
    const n = Math.abs(entry.daysLeft);
    const days = `${n} ${n === 1 ? 'dag' : 'dager'}`;
    if (entry.daysLeft < 0) return `forfalt for ${days} siden`;
    if (entry.daysLeft === 0) return 'i dag';
    return entry.daysLeft === 1 ? 'i morgen' : `om ${days}`;
}

/** "Kari Nordmann", or "Kari Nordmann og Ola Hansen" when several are named. */
function responsibleNames(d: Deadline): string | undefined {
    const names = [d.responsible, ...d.alsoResponsible].filter((r): r is NonNullable<typeof r> => !!r).map(r => r.name);
    if (names.length <= 1) return names[0];
    return `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;
}
