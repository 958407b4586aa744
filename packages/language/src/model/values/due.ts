/**
 * When something is due, as minutes write it: a date ("innen 1. juni", "15.08.2024"), or words —
 * "innen neste møte", "neste uke", "innen 1 uke", "før jul", "til høsten". Words are kept as written
 * and come to a date where the meeting gives one. Offsets are relative to the text.
 */
import { addDays, type CalendarDate, compareDates, type DateMatch, findDate, rollForward } from './dates.js';

export interface DueFields {
    start: number;
    end: number;
    /** The date written, or the date the words come to. */
    date?: DateMatch;
    relative?: 'next-meeting' | 'next-week' | 'within' | 'christmas' | 'free';
}

const NEXT_MEETING = /(?:innen|til|før|på|senest)\s+(?:neste|førstkommende|kommende)\s+(?:styre)?møte(?:t)?(?![\p{L}])/iu;
const NEXT_WEEK = /(?:^|[^\p{L}])(neste\s+uke|i\s+neste\s+uke|neste\s+veke)(?![\p{L}])/iu;
const WITHIN = /(?:innen|innan|i løpet av)\s+(\d+|en|ei|ett|to|tre|fire|fem|seks)\s+(dag(?:er)?|dagar|uke(?:r)?|veke(?:r)?|måned(?:er)?|månad(?:er)?)(?![\p{L}])/iu;
const CHRISTMAS = /før\s+jul(?:a|en)?(?![\p{L}])/iu;
/** Other words of time that stand as a due date: kept as written. */
const FREE = /(?:innen|før|til|senest|i løpet av)\s+(?:sommeren|sommerferien|høsten|våren|vinteren|påske(?:n)?|nyttår|årsskiftet|helgen|månedsskiftet|\p{L}+\s+\d{4})(?![\p{L}])|(?:^|\s)i\s+(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)(?![\p{L}])/iu;
const NUMBERS: Record<string, number> = { en: 1, ei: 1, ett: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6 };

/**
 * The due date in `text`, if it names one. `meeting` is the meeting's date (the base of "neste uke"),
 * `nextMeeting` the date of `Neste møte:`.
 */
export function findDue(text: string, meeting?: CalendarDate, nextMeeting?: CalendarDate): DueFields | undefined {
    const dated = findDate(text, meeting?.year);
    if (dated) return { start: dated.start, end: dated.end, date: rollForward(dated, meeting) };
    const at = (m: RegExpExecArray, group = 0) => {
        const start = m.index + m[0].indexOf(m[group]);
        return { start, end: start + m[group].length };
    };
    let m = NEXT_MEETING.exec(text);
    if (m) return { ...at(m), relative: 'next-meeting', date: nextMeeting && resolved(nextMeeting, m) };
    m = WITHIN.exec(text);
    if (m) {
        const n = /^\d+$/.test(m[1]) ? parseInt(m[1], 10) : NUMBERS[m[1].toLowerCase()];
        const unit = m[2].toLowerCase();
        const days = unit.startsWith('dag') ? n : unit.startsWith('uke') || unit.startsWith('veke') ? n * 7 : n * 30;
        return { ...at(m), relative: 'within', date: meeting && resolved(addDays(meeting, days), m) };
    }
    m = NEXT_WEEK.exec(text);
    if (m) return { ...at(m, 1), relative: 'next-week', date: meeting && resolved(addDays(meeting, 7), m) };
    m = CHRISTMAS.exec(text);
    if (m) {
        let christmas = meeting && { year: meeting.year, month: 12, day: 24 };
        if (christmas && meeting && compareDates(christmas, meeting) < 0) christmas = { ...christmas, year: christmas.year + 1 };
        return { ...at(m), relative: 'christmas', date: christmas && resolved(christmas, m) };
    }
    m = FREE.exec(text);
    if (m) { const start = m.index + (m[0].length - m[0].trimStart().length); return { start, end: m.index + m[0].length, relative: 'free' }; }
    return undefined;
}

function resolved(date: CalendarDate, m: RegExpExecArray): DateMatch {
    return { start: m.index, end: m.index + m[0].length, date, yearImplied: false };
}
