/**
 * How the model's things are named to people: cases, meetings, bodies, dates, file names, shortened
 * text — in the document's language (bokmål unless told otherwise).
 */
import type { Language } from '../vocabulary/keywords.js';
import type { Case, Meeting } from './types.js';
import { type CalendarDate, daysBetween, formatDate, formatDateShort, formatLongDate, toIsoDate } from './values/dates.js';

const CASE_WORDS: Record<Language, { case: string; unnumbered: (title: string, inSentence: boolean) => string; noNumber: string; meeting: string }> = {
    nb: { case: 'Sak', unnumbered: (t, s) => `${s ? 'saken' : 'Saken'} «${t}»`, noNumber: 'Sak uten nummer', meeting: 'møte' },
    nn: { case: 'Sak', unnumbered: (t, s) => `${s ? 'saka' : 'Saka'} «${t}»`, noNumber: 'Sak utan nummer', meeting: 'møte' },
    en: { case: 'Item', unnumbered: (t, s) => `${s ? 'the item' : 'The item'} "${t}"`, noNumber: 'Item without a number', meeting: 'meeting' },
};

/** "Sak 17/23 Godkjenning av innkalling og dagsorden", "PS 12/25 Budsjett", "Item 3 Budget", "Innsjekk" (an item without a number). */
export function caseLabel(c: Case, language: Language = 'nb'): string {
    if (!c.numbered) return c.title.trim() || CASE_WORDS[language].noNumber;
    return `${caseNumberLabel(c, false, language)}${c.title.trim() ? ' ' + c.title.trim() : ''}`;
}

/** "Sak 17/23", "PS 12/25", "V-sak 4", "Item 3"; `inSentence` writes "sak 17/23" / "item 3" for a plain case inside a sentence. */
export function caseNumberLabel(c: Pick<Case, 'series' | 'number' | 'numbered' | 'title'>, inSentence = false, language: Language = 'nb'): string {
    const words = CASE_WORDS[language];
    if (!c.numbered) return words.unnumbered(c.title.trim(), inSentence);
    return `${c.series ?? (inSentence ? words.case.toLowerCase() : words.case)} ${c.number.text}`;
}

/** "møte 04/2023, 22. november 2023", "meeting 2024-11, 3 December 2024" */
export function meetingLabel(m: Meeting, language: Language = m.language): string {
    const word = CASE_WORDS[language].meeting;
    const number = m.meetingNumber?.text.trim();
    const parts = [number ? `${word} ${number}` : word, m.date?.value ? formatDate(m.date.value, language) : undefined];
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

/** A date in few characters: "14.05.2024" in Norwegian, "2024-05-14" in English. */
export function shortDate(date: CalendarDate, language: Language = 'nb'): string {
    return language === 'en' ? toIsoDate(date) : formatDateShort(date);
}

/** "tirsdag 14. mai 2024", "tysdag 14. mai 2024", "Tuesday, 14 May 2024" */
export function longDate(date: CalendarDate, language: Language = 'nb'): string {
    return formatLongDate(date, language);
}

/** "om 12 dager", "i dag", "i morgen", "3 dager over fristen"; "in 12 days", "today", "3 days overdue". */
export function daysLeft(today: CalendarDate, date: CalendarDate, language: Language = 'nb'): string {
    const days = daysBetween(today, date);
    if (language === 'en') {
        if (days === 0) return 'today';
        if (days === 1) return 'tomorrow';
        if (days > 1) return `in ${days} days`;
        return days === -1 ? '1 day overdue' : `${-days} days overdue`;
    }
    const d = language === 'nn' ? 'dagar' : 'dager';
    if (days === 0) return 'i dag';
    if (days === 1) return language === 'nn' ? 'i morgon' : 'i morgen';
    if (days > 1) return `om ${days} ${d}`;
    return days === -1 ? '1 dag over fristen' : `${-days} ${d} over fristen`;
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
