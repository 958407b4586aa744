/**
 * Deadlines as an iCalendar file (RFC 5545): one all-day event per dated deadline, made with
 * `ical-generator` (dependency-free, runs in Node and in browsers). Undated deadlines are left out.
 */
import ical from 'ical-generator';
import type { DeadlineEntry } from './deadlines.js';

export interface IcsOptions {
    /** Calendar name. */
    name?: string;
    /** DTSTAMP of every event; defaults to now. Pass a fixed time for reproducible output. */
    stamp?: Date;
}

/** The deadlines as iCalendar text; `count` is how many became events. */
export function deadlinesToIcs(entries: DeadlineEntry[], options: IcsOptions = {}): { text: string; count: number } {
    const calendar = ical({
        name: options.name ?? 'Frister fra møtereferater',
        prodId: { company: 'referat', product: 'frister', language: 'NB' },
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
            summary: `${entry.done ? '(Utført) ' : ''}Frist: ${entry.what}${entry.responsible ? ` – ${entry.responsible}` : ''}`,
            description: describe(entry),
        });
        count++;
    }
    return { text: calendar.toString(), count };
}

function describe(entry: DeadlineEntry): string {
    const meeting = [entry.bodyName, entry.meetingDate && `møte ${entry.meetingDate.day}.${entry.meetingDate.month}.${entry.meetingDate.year}`].filter(Boolean).join(', ');
    return [
        entry.caseNumber ? `${entry.caseLabel} ${entry.caseTitle}` : entry.caseTitle,
        meeting && `Fra ${meeting}`,
        entry.responsible && `Ansvarlig: ${entry.responsible}`,
        entry.done ? 'Status: utført' : undefined,
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

/** FNV-1a, 32 bit, as 8 hex digits: short, stable, no crypto needed. */
function hash(text: string): string {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0).toString(16).padStart(8, '0');
}
