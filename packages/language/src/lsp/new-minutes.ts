/**
 * Minutes for a body's next meeting: the text of the "Nytt møtereferat" command
 * (`referat/newMinutesTemplate`) and the whole-minutes template completion offers in an empty file.
 * One builder makes both: plain text with the place the cursor starts, or an LSP snippet with a tab
 * stop per field to fill in.
 *
 * From the previous meeting it carries over what lasts from one meeting to the next: the body and
 * what it calls its minutes (`Dokument:`), the time and place, chair and referent, and the members — everyone present or absent last time, as
 * `Til stede:` — with the regular secretariat and observers. It leaves out what belonged to that
 * meeting only: guests invited for a case or as one-off guests, substitutes who met for someone,
 * notes such as «(Teams)» or «(fra sak 19/24)», last time's `Forfall:`, and stale parts of roles
 * («leder i 2023» becomes «leder»). The meeting is numbered after the last one, the opening cases
 * after the body's last case of the year, and the minutes end with Eventuelt and a `Neste møte:` to
 * fill in.
 */
import { isGuest, isGuestList, isSubstitute } from '../generator/attendance.js';
import { bodyDisplayName, longDate } from '../model/labels.js';
import { allCases, caseYear } from '../model/queries.js';
import type { Attendee, Case, Meeting } from '../model/types.js';
import { formatCaseNumber } from '../model/values/case-numbers.js';
import { type CalendarDate, compareDates, formatDate, toIsoDate } from '../model/values/dates.js';
import type { NewMinutesResult } from './protocol.js';
import { labelsFor } from '../generator/labels.js';
import { canonicalSpelling, keyword, type KeywordKind, type Language } from '../vocabulary/keywords.js';

/** A piece of a template line: text as it stands, or a field the author fills in (a tab stop). */
type Piece = string | { field: string };

export interface MinutesTemplate {
    /** Lines of pieces; fields are numbered in order of appearance. */
    lines: Piece[][];
    /** The field the cursor starts on: the body's name when it is empty, else the date. */
    first: number;
}

/**
 * The template for the meeting after `previous` (the body's latest meeting), or a blank one.
 * `bodyMeetings` are the body's meetings of the workspace (numbering counts them all).
 */
export function minutesTemplate(previous: Meeting | undefined, today: CalendarDate, bodyMeetings: readonly Meeting[] = previous ? [previous] : []): MinutesTemplate {
    const year = today.year;
    const lines: Piece[][] = [];
    const fields: string[] = [];
    const field = (value: string): Piece => { fields.push(value); return { field: value }; };
    const body = previous?.body;
    const bodyText = body ? bodyDisplayName(body) : '';

    // In the language of the body's latest minutes.
    const language: Language = previous?.language ?? 'nb';
    const l = labelsFor(language), words = l.template;
    const kw = (kind: KeywordKind) => canonicalSpelling(keyword(kind), language);
    const caseWord = l.completion.caseWord;
    if (language !== 'nb' && previous?.languageSource === 'declared') lines.push([`${kw('language')} ${language}`]);
    lines.push([`${kw('body')} `, field(bodyText)]);
    const organField = fields.length - 1;
    // What the body calls its minutes («Møteprotokoll») lasts; archive numbers and the like do not.
    const kind = previous?.headerFields.find(f => f.kind === 'document')?.text.trim();
    if (kind) lines.push([`${kw('document')} ${kind}`]);
    const meetingNumber = nextMeetingNumber(previous, bodyMeetings, year);
    if (meetingNumber) lines.push([`${kw('meetingNumber')} ${meetingNumber}`]);
    const dateField = fields.length;
    lines.push([`${kw('date')} `, field(longDate(today, language))]);
    // The body usually meets at the same time; an empty `Tid:` would be an error, so it is left out.
    const time = previous?.headerFields.find(f => f.kind === 'time')?.text.trim();
    if (time) lines.push([`${kw('time')} `, field(time)]);
    lines.push([`${kw('place')} `, field(previous?.place?.text.trim() ?? '')]);
    lines.push([`${kw('status')} ${words.draft}`]);
    lines.push([`${kw('chair')} `, field(previous?.chair?.name ?? '')]);
    lines.push([`${kw('referent')} `, field(previous?.referent?.name ?? '')]);
    lines.push([]);

    const { members, regulars } = carriedAttendance(previous);
    lines.push([kw('present')]);
    if (members.length === 0) lines.push(['- ', field('')]);
    for (const a of members) lines.push([`- ${personLine(a)}`]);
    lines.push([]);
    lines.push([kw('absent')]);
    lines.push([]);
    for (const list of regulars) {
        lines.push([`${list.label}:`]);
        for (const a of list.attendees) lines.push([`- ${personLine(a)}`]);
        lines.push([]);
    }

    const numberOf = caseNumbering(previous, bodyMeetings, year);
    let n = numberOf.last + 1;
    const decision = kw('decision');
    lines.push([`${caseWord} ${numberOf.format(n++)} ${words.agenda}`], [words.decisionType], [], [`${decision} ${words.agendaDecision}`], []);
    const previousDate = previous?.date?.value;
    if (previous) {
        const when = previousDate ? ` ${formatDate(previousDate, language)}` : '';
        const which = previous.meetingNumber?.text.trim() ? ` (${previous.meetingNumber.text.trim()})` : '';
        lines.push([`${caseWord} ${numberOf.format(n++)} ${words.minutesOf(when, which)}`]);
    } else {
        lines.push([`${caseWord} ${numberOf.format(n++)} ${words.minutesOfLast}`]);
    }
    lines.push([words.decisionType], [], [`${decision} ${words.minutesDecision}`], []);
    lines.push([`${caseWord} ${numberOf.format(n++)} ${l.completion.anyOtherBusiness}`], []);
    lines.push([`${kw('nextMeeting')} `, field('')], []);
    return { lines, first: bodyText ? dateField : organField };
}

/** The template as plain text, with the range of the field the cursor starts on. */
export function templateText(template: MinutesTemplate): { text: string; selection: { line: number; start: number; end: number } } {
    let selection = { line: 0, start: 0, end: 0 };
    let index = 0;
    const lines = template.lines.map((pieces, line) => {
        let text = '';
        for (const piece of pieces) {
            if (typeof piece === 'string') { text += piece; continue; }
            if (index++ === template.first) selection = { line, start: text.length, end: text.length + piece.field.length };
            text += piece.field;
        }
        return text;
    });
    return { text: lines.join('\n'), selection };
}

/** The template as an LSP snippet: a tab stop per field, the first field first, `$0` at the end. */
export function templateSnippet(template: MinutesTemplate): string {
    // The field the cursor starts on is tab stop 1; the others follow in order.
    const stopOf = (i: number) => i === template.first ? 1 : i < template.first ? i + 2 : i + 1;
    let index = 0;
    const text = template.lines.map(pieces => pieces.map(piece => {
        if (typeof piece === 'string') return escapeSnippet(piece);
        const stop = stopOf(index++);
        return piece.field ? `\${${stop}:${escapeSnippet(piece.field)}}` : `$${stop}`;
    }).join('')).join('\n');
    // The last line is empty: the final cursor stands on it.
    return `${text}$0`;
}

/** The result of `referat/newMinutesTemplate`. */
export function newMinutesTemplate(previous: Meeting | undefined, today: CalendarDate, bodyMeetings?: readonly Meeting[]): NewMinutesResult {
    const { text, selection } = templateText(minutesTemplate(previous, today, bodyMeetings));
    const body = previous?.body;
    const stem = (body?.shortName ?? body?.name ?? 'referat').toLowerCase().normalize('NFC')
        .replace(/[^a-z0-9æøå]+/g, '-').replace(/^-+|-+$/g, '') || 'referat';
    const folderUri = previous ? previous.uri.replace(/\/[^/]*$/, '') : undefined;
    return { text, fileStem: `${stem}-${toIsoDate(today)}`, folderUri, selection };
}

/** The latest meeting by date (meetings without a date count as oldest). */
export function lastMeeting(meetings: readonly Meeting[]): Meeting | undefined {
    let last: Meeting | undefined;
    for (const m of meetings) {
        const date = m.date?.value, lastDate = last?.date?.value;
        if (!last || (date && (!lastDate || compareDates(date, lastDate) > 0))) last = m;
    }
    return last;
}

/** Text as it stands in an LSP snippet (`\`, `$` and `}` escaped). */
export function escapeSnippet(text: string): string {
    return text.replace(/[\\$}]/g, c => `\\${c}`);
}

/**
 * The members to list as present (everyone present or absent last time, but guests and substitutes),
 * and the other lists that recur (secretariat, observers, the administration), without their guests.
 */
function carriedAttendance(previous: Meeting | undefined): { members: Attendee[]; regulars: Array<{ label: string; attendees: Attendee[] }> } {
    const seen = new Set<string>();
    const keep = (a: Attendee) => {
        if (isGuest(a) || isSubstitute(a) || seen.has(a.key)) return false;
        seen.add(a.key);
        return true;
    };
    const lists = previous?.attendance ?? [];
    const members = [
        ...lists.filter(l => l.kind === 'present' && !l.substitutes).flatMap(l => l.attendees.filter(keep)),
        ...lists.filter(l => l.kind === 'absent').flatMap(l => l.attendees.filter(keep)),
    ];
    const regulars = lists.filter(l => l.kind === 'other' && !isGuestList(l))
        .map(l => ({ label: l.label, attendees: l.attendees.filter(keep) }))
        .filter(l => l.attendees.length > 0);
    return { members, regulars };
}

/** "Siv Mørkved, Helse Midt-Norge RHF, leder": the lasting parts of a person's line (no note, no stale role). */
function personLine(a: Attendee): string {
    const name = a.title ? `${a.title} ${a.name}` : a.name;
    const role = a.role ? lastingRole(a.role) : undefined;
    const line = [name, a.institution, role].filter(Boolean).join(', ');
    return a.party ? `${line} (${a.party})` : line;
}

/** «leder i 2023» → «leder», «medlem fra sak 19/24» → «medlem»: what of a role holds at the next meeting. */
export function lastingRole(role: string): string {
    return role
        .replace(/[ \t]*\(?\b(?:fra|til|under|i)[ \t]+sak[ \t]+[\d./]+\)?/giu, '')
        .replace(/[ \t]+(?:i[ \t]+|for[ \t]+)?(?:19|20)\d{2}(?:[ \t]*[–-][ \t]*(?:19|20)?\d{2,4})?$/u, '')
        .trim() || role.trim();
}

/**
 * "03/2024" after "02/2024" in the same year, "01/2025" in a new year. When the body's minutes carry
 * no number, its meetings in the workspace that year are counted ("02/2023" after one meeting).
 * Undefined for a blank template.
 */
function nextMeetingNumber(previous: Meeting | undefined, bodyMeetings: readonly Meeting[], year: number): string | undefined {
    if (!previous) return undefined;
    const sameYear = previous.date?.value?.year === year;
    const written = /^(\d+)\/(\d{2}|\d{4})$/.exec(previous.meetingNumber?.text.trim() ?? '');
    if (written) {
        const number = sameYear ? parseInt(written[1], 10) + 1 : 1;
        const yearText = written[2].length === 2 ? String(year % 100).padStart(2, '0') : String(year);
        return `${String(number).padStart(written[1].length, '0')}/${yearText}`;
    }
    const held = bodyMeetings.filter(m => m.date?.value?.year === year).length;
    return `${String(held + 1).padStart(2, '0')}/${year}`;
}

/**
 * The last main case number of the body in `year` (every meeting of the body counted), and how to
 * write the next. The template's cases are plain `Sak` cases: other number series (PS, RS …),
 * items without a number and older cases treated again do not count.
 */
function caseNumbering(previous: Meeting | undefined, bodyMeetings: readonly Meeting[], year: number): { last: number; format: (n: number) => string } {
    const counts = (c: Case) => c.numbered && !c.number.problem && c.series === undefined && !c.treatedAgain && c.number.sub.length === 0;
    const like = previous ? allCases(previous).find(c => counts(c) && c.number.year !== undefined)?.number : undefined;
    // Plain numbers ("1", "2") start again at every meeting.
    if (previous && !like) return { last: 0, format: String };
    let last = 0;
    for (const m of bodyMeetings) {
        for (const c of allCases(m)) if (counts(c) && caseYear(c, m) === year) last = Math.max(last, c.number.main);
    }
    return { last, format: (n: number) => formatCaseNumber(n, year, like) };
}
