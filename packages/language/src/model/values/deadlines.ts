/**
 * Deadline lines: `Frist 11.04.2024: Arbeidsgruppen – notat`, `Frist for notat: 11. april
 * (ansvarlig: X). Rest.`, `Frist fredag 31. mai 2024: Kari Nordmann og Ola Hansen – tilbud (utført)`.
 * Offsets are relative to the text after `Frist`.
 */
import { DONE_WORDS } from '../../vocabulary/values.js';
import { type CalendarDate, type DateMatch, parseDateAt, rollForward } from './dates.js';
import { type DueFields, findDue } from './due.js';
import { leadingName, looksLikePerson, type NameMatch, nameKey } from './names.js';

export interface DeadlineFields {
    /** The due date, when one is written (a year-less date before the meeting is next year's). */
    date?: DateMatch;
    /** A due date in words ("før jul", "innen neste møte"), when no date stands first. */
    due?: DueFields;
    /** People named on the line, in order; the first is responsible. */
    responsible: NameMatch[];
    what: string;
    done: boolean;
}

const DONE = new RegExp(`\\s*\\((?:${DONE_WORDS.join('|')})(?:\\s[^)]*)?\\)\\s*\\.?\\s*$`, 'iu');

export function parseDeadline(text: string, meetingDate?: CalendarDate, nextMeeting?: CalendarDate): DeadlineFields {
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
    } else {
        // "Frist: før jul", "Frist: innen neste møte – Kari Nordmann": the words are the due date.
        const head = text.slice(restStart, end);
        const due = findDue(head, meetingDate, nextMeeting);
        if (due && /^[\s:]*$/.test(head.slice(0, due.start))) {
            fields.due = { ...due, start: due.start + restStart, end: due.end + restStart, date: due.date && { ...due.date, start: due.start + restStart, end: due.end + restStart } };
            restStart += due.end;
        }
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
        // After the date a separator comes first ("Frist 1.6.: Kari –"); without a date the name may stand first ("Frist: Kari Nordmann – notat").
        const after = /^\s*(?:[:,]|[–—-])\s*/.exec(rest) ?? (fields.date || fields.due ? null : /^\s*/.exec(rest));
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

export interface ActionFields {
    /** Who follows it up, in order. */
    owners: NameMatch[];
    what: string;
    due?: DueFields;
    done: boolean;
}

/**
 * A follow-up action: "Siri Holm – legger fram ny sak i juni.", "Ida tar kontakt med samskipnaden
 * innen neste møte.", "Styret: ny avtale forhandles innen 1. juni." The owner stands first, before a
 * dash or colon, or is a person of the meeting (`known`: name keys and first names).
 */
export function parseAction(text: string, known: ReadonlySet<string>, meetingDate?: CalendarDate, nextMeeting?: CalendarDate): ActionFields {
    const done = DONE.exec(text);
    const end = done ? done.index : text.length;
    const body = text.slice(0, end);
    const owners: NameMatch[] = [];
    let whatStart = 0;
    const first = leadingName(body);
    const after = first ? body.slice(first.end) : '';
    if (first && /^\s*(?:[–—:-]|,\s*\p{Lu})/u.test(after) && /^\p{Lu}/u.test(first.name)) {
        owners.push(first);
        // "Kari Nordmann og Ola Hansen – …"
        let last = first;
        for (;;) {
            const joiner = /^(?:[ \t]*,[ \t]*|[ \t]+og[ \t]+)/.exec(body.slice(last.end));
            const next = joiner ? leadingName(body, last.end + joiner[0].length) : undefined;
            if (!next || !/^\p{Lu}/u.test(next.name)) break;
            owners.push(next);
            last = next;
        }
        whatStart = last.end + (/^\s*[–—:,-]\s*/.exec(body.slice(last.end))?.[0].length ?? 0);
    } else {
        // "Ida tar kontakt …": a known person (or first name) at the start.
        const words = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u.exec(body)?.[1];
        if (words) {
            const parts = words.split(/\s+/);
            for (let n = parts.length; n >= 1; n--) {
                const name = parts.slice(0, n).join(' ');
                if (known.has(nameKey(name))) { owners.push({ name, start: 0, end: name.length }); whatStart = name.length; break; }
            }
        }
    }
    const what = body.slice(whatStart).trim();
    const due = findDue(body, meetingDate, nextMeeting);
    return { owners, what, due, done: !!done };
}

/** After a deadline's date: "Arbeidsgruppen – notat …", "Kari Nordmann", but not "Notat sendes sekretariatet." */
function isResponsibleName(name: string, after: string): boolean {
    if (!/^\p{Lu}/u.test(name)) return false;
    if (/^\s*[–—:,-]/.test(after)) return true;
    return /^[\s.]*$/.test(after) && (looksLikePerson(name) || !/\s/.test(name));
}
