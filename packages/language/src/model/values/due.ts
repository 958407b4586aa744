/**
 * When something is due, as minutes write it: a date ("innen 1. juni", "15.08.2024"), or words —
 * "innen neste møte", "neste uke", "innen 1 uke", "før jul", "til høsten". Words are kept as written
 * and come to a date where the meeting gives one. In English: "by the next meeting", "at the February
 * meeting", "next week", "within a week", "before Christmas", "by the 10.x release" (kept as written).
 * A month ("i juni", "innen utgangen av juni 2025", "in June") comes to its last day.
 * Offsets are relative to the text.
 */
import { addDays, type CalendarDate, compareDates, type DateMatch, findDate, lastDayOfMonth, monthOfName, rollForward } from './dates.js';

export interface DueFields {
    start: number;
    end: number;
    /** The date written, or the date the words come to. */
    date?: DateMatch;
    relative?: 'next-meeting' | 'next-week' | 'within' | 'christmas' | 'month' | 'free';
}

const NEXT_MEETING = /(?:innen|til|før|på|senest)\s+(?:neste|førstkommende|kommende)\s+(?:styre)?møte(?:t)?(?![\p{L}])|(?:by|at|before|for|until)\s+the\s+(?:next|following|january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:board\s+|committee\s+)?meeting(?![\p{L}])/iu;
const NEXT_WEEK = /(?:^|[^\p{L}])(neste\s+uke|i\s+neste\s+uke|neste\s+veke|next\s+week)(?![\p{L}])/iu;
const WITHIN = /(?:innen|innan|i løpet av|within|in)\s+(?:the\s+next\s+)?(\d+|en|én|ei|éi|ett|eitt|to|tre|fire|fem|seks|a|an|one|two|three|four|five|six)\s+(dag(?:er)?|dagar|uke(?:r)?|veke(?:r)?|måned(?:er)?|månad(?:er)?|days?|weeks?|months?)(?![\p{L}])/iu;
const CHRISTMAS = /(?:før\s+jul(?:a|en)?|(?:before|by)\s+christmas)(?![\p{L}])/iu;
const MONTH_NAMES = 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december';
/** A month: "i juni", "innen utgangen av juni 2025", "in June", "by the end of June". */
const IN_MONTH = new RegExp(`(?:^|\\s)((?:i|innen|innan|før|senest|in|by|before|until)\\s+(?:utgangen\\s+av\\s+|slutten\\s+av\\s+|the\\s+end\\s+of\\s+)?(${MONTH_NAMES})(?:\\s+(\\d{4}))?)(?![\\p{L}\\p{N}])`, 'iu');
/** Other words of time that stand as a due date: kept as written. */
const FREE = new RegExp([
    /(?:innen|før|til|senest|i løpet av)\s+(?:sommeren|sommerferien|høsten|våren|vinteren|påske(?:n)?|nyttår|årsskiftet|helgen|månedsskiftet|\p{L}+\s+\d{4})(?![\p{L}])/u.source,
    /(?:^|\s)i\s+(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)(?![\p{L}])/u.source,
    // English: "by the 10.x release", "before the summer", "by the end of the year", "in January".
    /(?:by|before|until|in\s+time\s+for)\s+(?:the\s+)?(?:[\p{L}\p{N}.\-]+\s+){0,3}?(?:release|summer|autumn|fall|spring|winter|holidays|agm|annual\s+(?:general\s+)?meeting|end\s+of\s+(?:the\s+)?(?:week|month|year|quarter|term))(?![\p{L}])/u.source,
    /(?:^|\s)in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)(?![\p{L}])/u.source,
].join('|'), 'iu');
const NUMBERS: Record<string, number> = { en: 1, én: 1, ei: 1, éi: 1, ett: 1, eitt: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

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
        const days = unit.startsWith('dag') || unit.startsWith('day') ? n : unit.startsWith('uke') || unit.startsWith('veke') || unit.startsWith('week') ? n * 7 : n * 30;
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
    m = IN_MONTH.exec(text);
    if (m) {
        const month = monthOfName(m[2])!;
        let year = m[3] ? parseInt(m[3], 10) : meeting?.year;
        // "i juni" written in a meeting after June is next June.
        if (!m[3] && meeting && year !== undefined && month < meeting.month) year += 1;
        const start = m.index + m[0].indexOf(m[1]);
        const date: DateMatch | undefined = year === undefined ? undefined
            : { start, end: start + m[1].length, date: lastDayOfMonth(year, month), yearImplied: !m[3] };
        return { start, end: start + m[1].length, relative: 'month', date };
    }
    m = FREE.exec(text);
    if (m) { const start = m.index + (m[0].length - m[0].trimStart().length); return { start, end: m.index + m[0].length, relative: 'free' }; }
    return undefined;
}

function resolved(date: CalendarDate, m: RegExpExecArray): DateMatch {
    return { start: m.index, end: m.index + m[0].length, date, yearImplied: false };
}
