/** How the model's things are named to people: cases, meetings, bodies, dates, file names, shortened text. */
import type { Case, Meeting } from './types.js';
import { type CalendarDate, daysBetween, formatDate, weekdayOf } from './values/dates.js';

/** "Sak 17/23 Godkjenning av innkalling og dagsorden", "PS 12/25 Budsjett", "Innsjekk" (an item without a number). */
export function caseLabel(c: Case): string {
    if (!c.numbered) return c.title.trim() || 'Sak uten nummer';
    return `${caseNumberLabel(c)}${c.title.trim() ? ' ' + c.title.trim() : ''}`;
}

/** "Sak 17/23", "PS 12/25", "V-sak 4"; `inSentence` writes "sak 17/23" for a plain case inside a sentence. */
export function caseNumberLabel(c: Pick<Case, 'series' | 'number' | 'numbered' | 'title'>, inSentence = false): string {
    if (!c.numbered) return inSentence ? `saken «${c.title.trim()}»` : `Saken «${c.title.trim()}»`;
    return `${c.series ?? (inSentence ? 'sak' : 'Sak')} ${c.number.text}`;
}

/** "møte 04/2023, 22. november 2023" */
export function meetingLabel(m: Meeting): string {
    const number = m.meetingNumber?.text.trim();
    const parts = [number ? `møte ${number}` : 'møte', m.date?.value ? formatDate(m.date.value) : undefined];
    return parts.filter(Boolean).join(', ');
}

/** The body as the minutes name it: "Styret i Bygdøy kulturhus (BKH)". */
export function bodyDisplayName(body: NonNullable<Meeting['body']>): string {
    return body.shortName ? `${body.name} (${body.shortName})` : body.name;
}

/** The body's short name where it has one ("BKH"), else its name. */
export function bodyShortName(body: Meeting['body'] | undefined): string | undefined {
    return body ? body.shortName ?? body.name : undefined;
}

/** "tirsdag 14. mai 2024" */
export function longDate(date: CalendarDate): string {
    return `${weekdayOf(date)} ${formatDate(date)}`;
}

/** "om 12 dager", "i dag", "i morgen", "3 dager over fristen". */
export function daysLeft(today: CalendarDate, date: CalendarDate): string {
    const days = daysBetween(today, date);
    if (days === 0) return 'i dag';
    if (days === 1) return 'i morgen';
    if (days > 1) return `om ${days} dager`;
    return days === -1 ? '1 dag over fristen' : `${-days} dager over fristen`;
}

/** Cuts `text` at a word boundary to at most `max` characters, with «…». */
export function shorten(text: string, max: number): string {
    if (text.length <= max) return text;
    const cut = text.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/**
 * A document's name as people read it: the decoded path, relative to the workspace folder when the
 * document is inside it ("styret/styremøte 2.referat"), else the decoded file name.
 */
export function displayPath(uri: string, workspaceRoot?: string): string {
    const decode = (s: string) => { try { return decodeURIComponent(s); } catch { return s; } };
    const path = decode(uri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, ''));
    if (workspaceRoot) {
        const root = decode(workspaceRoot.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '')).replace(/\/+$/, '');
        if (root && path.startsWith(root + '/')) return path.slice(root.length + 1);
    }
    return path.split('/').pop() || path;
}
