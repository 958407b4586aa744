/**
 * Deadlines as an iCalendar file (RFC 5545): one all-day event per dated deadline, made with
 * `ical-generator` (dependency-free, runs in Node and in browsers). Undated deadlines are left out.
 */
import ical from 'ical-generator';
import { displayText } from '../text/display.js';
import { shortHash as hash } from '../text/hash.js';
import type { DeadlineEntry } from './deadlines.js';
import { commonLanguage, labelsFor } from './labels.js';

export interface IcsOptions {
    /** Calendar name. */
    name?: string;
    /** DTSTAMP of every event; defaults to now. Pass a fixed time for reproducible output. */
    stamp?: Date;
}

/** The deadlines as iCalendar text; `count` is how many became events. */
export function deadlinesToIcs(entries: DeadlineEntry[], options: IcsOptions = {}): { text: string; count: number } {
    // The calendar's own texts in the language most of the deadlines' meetings are in; each event in its meeting's.
    const language = commonLanguage(entries.map(e => e.language ?? 'nb'));
    const calendar = ical({
        name: displayText(options.name ?? labelsFor(language).calendarName),
        prodId: { company: 'referat', product: 'frister', language: language.toUpperCase() },
    });
    const used = new Set<string>();
    let count = 0;
    for (const entry of entries) {
        if (!entry.date) continue;
        const start = new Date(Date.UTC(entry.date.year, entry.date.month - 1, entry.date.day));
        const end = new Date(Date.UTC(entry.date.year, entry.date.month - 1, entry.date.day + 1));
        calendar.createEvent({
            id: uniqueId(entry, used),
            start, end, allDay: true,
            stamp: options.stamp ?? new Date(),
            // Calendars show these to people: no bidirectional controls or NUL (text/display.ts).
            summary: displayText(labelsFor(entry.language ?? 'nb').icsSummary(entry.done, entry.what, entry.responsible)),
            description: displayText(describe(entry)),
        });
        count++;
    }
    return { text: calendar.toString(), count };
}

function describe(entry: DeadlineEntry): string {
    const l = labelsFor(entry.language ?? 'nb');
    const meeting = [entry.bodyName, entry.meetingDate && l.icsMeeting(entry.meetingDate)].filter(Boolean).join(', ');
    return [
        entry.caseNumber ? `${entry.caseLabel} ${entry.caseTitle}` : entry.caseTitle,
        meeting && l.icsFrom(meeting),
        entry.responsible && l.icsResponsible(entry.responsible),
        entry.done ? l.icsDone : undefined,
    ].filter(Boolean).join('\n');
}

/** A UID that stays the same when the minutes are edited elsewhere: body, meeting date, case, what. */
function uniqueId(entry: DeadlineEntry, used: Set<string>): string {
    const meeting = entry.meetingDate ? `${entry.meetingDate.year}-${entry.meetingDate.month}-${entry.meetingDate.day}` : entry.meetingUri;
    const base = `frist-${hash([entry.bodyName ?? '', meeting, entry.caseNumber, entry.iso ?? '', entry.what].join('\u0000'))}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return `${id}@referat`;
}
