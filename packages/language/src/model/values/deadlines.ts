/**
 * Deadline lines: `Frist 11.04.2024: Arbeidsgruppen – notat`, `Frist for notat: 11. april
 * (ansvarlig: X). Rest.`, `Frist fredag 31. mai 2024: Kari Nordmann og Ola Hansen – tilbud (utført)`.
 * Offsets are relative to the text after `Frist`.
 */
import { DONE_WORDS } from '../../vocabulary/values.js';
import { compareDates, type CalendarDate, type DateMatch, isValidDate, parseDateAt } from './dates.js';
import { leadingName, looksLikePerson, type NameMatch } from './names.js';

export interface DeadlineFields {
    /** The due date, when one is written (a year-less date before the meeting is next year's). */
    date?: DateMatch;
    /** People named on the line, in order; the first is responsible. */
    responsible: NameMatch[];
    what: string;
    done: boolean;
}

const DONE = new RegExp(`\\s*\\((?:${DONE_WORDS.join('|')})(?:\\s[^)]*)?\\)\\s*\\.?\\s*$`, 'iu');

export function parseDeadline(text: string, meetingDate?: CalendarDate): DeadlineFields {
    const done = DONE.exec(text);
    const end = done ? done.index : text.length;
    let what = '';
    let restStart = 0;
    const forPart = /^for\s+([^:]*):/iu.exec(text);
    if (forPart) { what = forPart[1].trim(); restStart = forPart[0].length; }
    else if (text.startsWith(':')) restStart = 1;
    const fields: DeadlineFields = { responsible: [], what: '', done: !!done };
    const parsed = rollForward(parseDateAt(text.slice(restStart, end), meetingDate?.year), meetingDate);
    if (parsed) {
        fields.date = { ...parsed, start: parsed.start + restStart, end: parsed.end + restStart };
        restStart += parsed.end;
    }
    let rest = text.slice(restStart, end);
    // "(ansvarlig: X)" anywhere, else "– X" / ", X" / ": X –" right after the date.
    const explicit = /\(ansvarlig:?\s*([^)]+)\)/iu.exec(rest);
    if (explicit) {
        const name = explicit[1].trim();
        const start = restStart + explicit.index + explicit[0].indexOf(name);
        fields.responsible.push({ name, start, end: start + name.length });
        rest = rest.slice(0, explicit.index) + rest.slice(explicit.index + explicit[0].length);
    } else {
        const after = /^\s*(?:[:,]|[–—-])\s*/.exec(rest);
        const segment = after ? rest.slice(after[0].length) : '';
        const first = after ? leadingName(segment) : undefined;
        // Several people: "Kari Nordmann og Ola Hansen – notat", "Kari Nordmann, Ola Hansen – notat".
        const names = first ? [first] : [];
        while (names.length > 0) {
            const last = names[names.length - 1];
            const joiner = /^(?:[ \t]*,[ \t]*|[ \t]+og[ \t]+)/.exec(segment.slice(last.end));
            const next = joiner ? leadingName(segment, last.end + joiner[0].length) : undefined;
            if (!next || !looksLikePerson(last.name) || !looksLikePerson(next.name)) break;
            names.push(next);
        }
        const last = names[names.length - 1];
        if (first && isResponsibleName(last.name, segment.slice(last.end))) {
            const base = restStart + after![0].length;
            for (const n of names) fields.responsible.push({ name: n.name, start: base + n.start, end: base + n.end });
            rest = segment.slice(last.end);
        }
    }
    const tail = rest.replace(/^\s*[.,:;–—-]?\s*/, '').trim();
    fields.what = [what, tail].filter(Boolean).join(': ');
    return fields;
}

/** After a deadline's date: "Arbeidsgruppen – notat …", "Kari Nordmann", but not "Notat sendes sekretariatet." */
function isResponsibleName(name: string, after: string): boolean {
    if (!/^\p{Lu}/u.test(name)) return false;
    if (/^\s*[–—:,-]/.test(after)) return true;
    return /^[\s.]*$/.test(after) && (looksLikePerson(name) || !/\s/.test(name));
}

/** A date written without a year that would fall before the meeting means next year ("11. april" in November). */
export function rollForward(match: DateMatch | undefined, meetingDate: CalendarDate | undefined): DateMatch | undefined {
    if (match?.date && match.yearImplied && meetingDate && compareDates(match.date, meetingDate) < 0) {
        const next = { ...match.date, year: match.date.year + 1 };
        if (isValidDate(next)) return { ...match, date: next };
    }
    return match;
}
