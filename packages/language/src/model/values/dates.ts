/**
 * Norwegian dates and times as people write them in meeting minutes.
 *
 * Pure TypeScript (no Node APIs). Every offset refers to the ORIGINAL input string: words are
 * matched in place and normalised (NFC, lower case) one token at a time, so decomposed Unicode
 * ("a" + U+030A) is recognised without shifting offsets.
 *
 * Dates: `22.11.2023`, `22.11.23` (→ 2023), `1.2.2016`, `22.11.` (no year), `2023-11-22`,
 * `22. november 2023`, `22 nov. 2023`, `11.april`, optionally after a weekday (`onsdag 22. …`,
 * `måndag, 22. …`). A range `23.-24. oktober 2016` or `30.11.-2.12.2023` is taken as its FIRST day
 * (`date`), with `lastDay` set and `end` covering the whole range; other ranges (`30. november–1.
 * desember`, across a new year) match only their first date.
 * Not dates: a bare number (`2016`, `pkt 1`, `11-12 leverandører`), `22.11` without the second dot
 * (a time or case number), a yearless `10.30.` whose "month" is not 1–12, and `3 Jan Olsen`
 * (no dot after the day, no year and a capitalised month word: read as a name).
 */

export interface CalendarDate { year: number; month: number; day: number }
export interface ClockTime { hour: number; minute: number }
export interface DateMatch {
  /** offset of the first char of the date expression (incl. a leading weekday) within the input string */
  start: number;
  /** offset after the last char consumed */
  end: number;
  /** undefined when the expression is recognisably a date but impossible */
  date?: CalendarDate;
  /** true when no year was written ("11. april"): date.year is then the `defaultYear` argument */
  yearImplied: boolean;
  /** the weekday word written before the date, lowercased NFC ("mandag"), if any */
  weekday?: string;
  /** the last day of a day range ("23.-24. oktober 2016"); `date` is then the first day */
  lastDay?: CalendarDate;
  /** Why the expression is not a usable date; set when `date` is undefined. */
  problem?: DateProblem;
}
export interface TimeRangeMatch { start: number; end: number; from?: ClockTime; to?: ClockTime; problem?: TimeProblem }

/** Why a date expression is not a date (the validator words it). `written` is the expression as written, NFC. */
export type DateProblem =
  | { kind: 'not-a-date'; written: string }
  | { kind: 'bad-year'; written: string; digits: string }
  | { kind: 'missing-year'; written: string }
  | { kind: 'impossible'; written: string; reason: DateImpossibility }
  | { kind: 'unknown-month'; written: string; word: string; month: number; day: number; year?: string }
  | { kind: 'range-reversed'; written: string }
  /** nothing that looks like a date was written (a deadline without a date) */
  | { kind: 'missing' };
export type DateImpossibility = { kind: 'month' } | { kind: 'day-zero' } | { kind: 'day-max'; month: number; year?: number; max: number };

/** Why a time expression is not a time. */
export type TimeProblem =
  | { kind: 'not-a-time'; written: string }
  | { kind: 'bad-hour'; written: string }
  | { kind: 'bad-minute'; written: string }
  | { kind: 'end-equals-start'; to: ClockTime }
  | { kind: 'end-before-start'; from: ClockTime; to: ClockTime };

/** Month words: the full name first (bokmål and nynorsk agree), then accepted abbreviations. */
const MONTH_WORDS = [
  ['januar', 'jan'], ['februar', 'feb'], ['mars', 'mar'], ['april', 'apr'], ['mai'], ['juni', 'jun'],
  ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'],
  ['november', 'nov'], ['desember', 'des'],
] as const;
/** Weekdays from Monday: bokmål first, then nynorsk. */
const WEEKDAY_WORDS = [
  ['mandag', 'måndag'], ['tirsdag', 'tysdag'], ['onsdag'], ['torsdag'], ['fredag'],
  ['lørdag', 'laurdag'], ['søndag', 'sundag'],
] as const;

export const MONTHS: readonly string[] = MONTH_WORDS.map((words) => words[0]);
const WEEKDAYS: readonly string[] = WEEKDAY_WORDS.map((words) => words[0]);
const indexOf = (table: readonly (readonly string[])[]) =>
  new Map(table.flatMap((words, i) => words.map((w) => [w, i] as const)));
const MONTH_INDEX = indexOf(MONTH_WORDS);
const WEEKDAY_INDEX = indexOf(WEEKDAY_WORDS);

// ---------------------------------------------------------------- calendar arithmetic

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number) =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's days_from_civil). */
function dayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
const weekdayIndex = (d: CalendarDate) => (((dayNumber(d) + 3) % 7) + 7) % 7;

export function isValidDate(d: CalendarDate): boolean {
  return [d.year, d.month, d.day].every(Number.isInteger) && d.year >= 1 && d.year <= 9999
    && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}
export function weekdayOf(d: CalendarDate): string {
  return WEEKDAYS[weekdayIndex(d)]!;
}
/** Whether a weekday word (bokmål or nynorsk, any case/normalisation) names the weekday of `d`. */
export function weekdayMatches(weekday: string, d: CalendarDate): boolean {
  return WEEKDAY_INDEX.get(norm(weekday)) === weekdayIndex(d);
}
export function formatDate(d: CalendarDate): string {
  return `${d.day}. ${MONTHS[d.month - 1]} ${d.year}`;
}
export function formatDateShort(d: CalendarDate): string {
  return `${pad(d.day)}.${pad(d.month)}.${d.year}`;
}
export function toIsoDate(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}
export function fromJsDate(d: Date): CalendarDate {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}
export function formatTime(t: ClockTime): string {
  return `${pad(t.hour)}:${pad(t.minute)}`;
}

// ---------------------------------------------------------------- scanning helpers

const SP = '[ \\t\\u00A0\\u202F]'; // spaces inside an expression (never a line break)
const WORD = /[\p{L}\p{M}]+/uy;
const ISO = /(\d{4})-(\d{1,2})-(\d{1,2})(?![\p{L}\p{N}])/uy;
const NUMERIC = /(\d{1,2})\.(\d{1,2})\.(\d*)(?![\p{L}\p{N}])/uy;
/** "6. 12. 2018": blanks after the dots, then the year is required. */
const NUMERIC_SPACED = new RegExp(`(\\d{1,2})\\.${SP}+(\\d{1,2})\\.${SP}*(\\d{4})(?![\\p{L}\\p{N}])`, 'uy');
const TEXT_DAY = new RegExp(`(\\d{1,2})(\\.?)(${SP}*)`, 'y');
const YEAR_AFTER = new RegExp(`(?:\\.${SP}*|${SP}+)(\\d{4})(?![\\p{L}\\p{N}])`, 'uy');
const DAY_RANGE = new RegExp(`(\\d{1,2})(?:\\.(\\d{1,2}))?\\.?${SP}*[-–—]${SP}*(?=\\d)`, 'y');
const AFTER_WEEKDAY = new RegExp(`${SP}*,?${SP}*`, 'y');
const KL = new RegExp(`(?:klokka|klokken|kl)(?!\\p{L})\\.?${SP}*`, 'uiy');
const CLOCK = /(\d{1,2})(?:([:.])(\d{2}))?(?!\d|[.:]\d)/y;
// "10–15", "10 til 15", "10.00 og hevet 16.45", "10.00, møtet hevet kl. 16.45"
const TO = new RegExp(`${SP}*(?:[-–—]|til(?!\\p{L})|(?:og|,)?${SP}*(?:møtet${SP}+)?(?:ble${SP}+)?(?:hevet|heva|avsluttet|avslutta|slutt)(?!\\p{L})|og(?!\\p{L}))${SP}*`, 'uiy');
/** "09:00 13:50": two separated clock times with only blanks between them. */
const BLANKS = new RegExp(`${SP}+`, 'y');

/** Match a sticky regex at `pos`; the match end is `pos + m[0].length`. */
function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}
const norm = (s: string) => s.normalize('NFC').toLowerCase();
const skipSpace = (text: string) => text.length - text.trimStart().length;

/** A word/number may start at `i`: not inside a word, a number, "17/23" or "8.3". */
function isStart(text: string, i: number): boolean {
  const prev = text[i - 1] ?? '';
  return /[\p{L}\d]/u.test(text[i] ?? '') && !/[\p{L}\p{M}\p{N}/]/u.test(prev)
    && !(/[.,:]/.test(prev) && /\d/.test(text[i - 2] ?? ''));
}

function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/** The month an unknown word probably misspells ("novembar"), or undefined if it is just a word. */
function guessMonth(word: string, yearFollows: boolean): number | undefined {
  const dists = MONTHS.map((name) => levenshtein(word, name));
  const best = dists.indexOf(Math.min(...dists));
  if (word.length >= 4 && dists[best]! <= (word.length >= 7 ? 2 : 1)) return best;
  const prefix = MONTHS.findIndex((name) => name.startsWith(word.slice(0, 3)));
  return yearFollows && word.length >= 3 && prefix >= 0 ? prefix : undefined;
}

// ---------------------------------------------------------------- dates

/** Why day/month/year is impossible, or undefined. Without a year, February may have 29 days. */
function dateProblem(day: number, month: number, year?: number): DateImpossibility | undefined {
  if (month < 1 || month > 12) return { kind: 'month' };
  const max = daysInMonth(year ?? 2000, month);
  if (day < 1) return { kind: 'day-zero' };
  if (day > max) return { kind: 'day-max', month, year, max };
  return undefined;
}

function build(text: string, start: number, end: number, day: number, month: number,
  yearDigits: string | undefined, defaultYear: number | undefined): DateMatch {
  const written = text.slice(start, end).normalize('NFC');
  const base = { start, end, yearImplied: yearDigits === undefined };
  if (yearDigits !== undefined && yearDigits.length !== 2 && yearDigits.length !== 4) {
    return { ...base, problem: { kind: 'bad-year', written, digits: yearDigits } };
  }
  const year = yearDigits === undefined ? defaultYear : +yearDigits + (yearDigits.length === 2 ? 2000 : 0);
  const problem = dateProblem(day, month, year);
  if (problem) return { ...base, problem: { kind: 'impossible', written, reason: problem } };
  if (year === undefined) return { ...base, problem: { kind: 'missing-year', written } };
  return { ...base, date: { year, month, day } };
}

/** `22. november 2023`, `22 nov. 2023`, `11.april`, and misspelt month names. */
function textualAt(text: string, pos: number, defaultYear?: number): DateMatch | undefined {
  const d = at(TEXT_DAY, text, pos);
  if (!d || (!d[2] && !d[3])) return undefined;
  const wordStart = pos + d[0].length;
  const w = at(WORD, text, wordStart);
  if (!w) return undefined;
  const wordEnd = wordStart + w[0].length;
  const word = norm(w[0]);
  const month = MONTH_INDEX.get(word);
  const y = at(YEAR_AFTER, text, wordEnd);
  if (!d[2] && !y && w[0] !== w[0].toLowerCase()) return undefined; // "3 Jan Olsen"
  const abbrevDot = month !== undefined && MONTHS[month] !== word && text[wordEnd] === '.' ? 1 : 0;
  const end = y ? wordEnd + y[0].length : wordEnd + abbrevDot;
  if (month !== undefined) return build(text, pos, end, +d[1]!, month + 1, y?.[1], defaultYear);

  const guess = guessMonth(word, !!y);
  if (guess === undefined) return undefined;
  return {
    start: pos, end, yearImplied: !y,
    problem: { kind: 'unknown-month', written: text.slice(pos, end).normalize('NFC'), word: w[0].normalize('NFC'), month: guess + 1, day: +d[1]!, year: y?.[1] },
  };
}

/** A single date (no weekday, no range) at `pos`. */
function singleAt(text: string, pos: number, defaultYear?: number): DateMatch | undefined {
  let m = at(ISO, text, pos);
  if (m) return build(text, pos, pos + m[0].length, +m[3]!, +m[2]!, m[1], defaultYear);
  m = at(NUMERIC, text, pos) ?? at(NUMERIC_SPACED, text, pos);
  if (m) {
    const month = +m[2]!;
    if (!m[3] && (month < 1 || month > 12)) return undefined; // "10.30." is a time, not a date
    return build(text, pos, pos + m[0].length, +m[1]!, month, m[3] || undefined, defaultYear);
  }
  return textualAt(text, pos, defaultYear);
}

/** A single date or a range within one year ("23.-24. oktober 2016", "30.11.-2.12.2023"): the first day, `lastDay` the last. */
function rangeOrSingleAt(text: string, pos: number, defaultYear?: number): DateMatch | undefined {
  const head = at(DAY_RANGE, text, pos);
  if (!head) return singleAt(text, pos, defaultYear);
  const last = singleAt(text, pos + head[0].length, defaultYear);
  if (!last?.date) return last && { ...last, start: pos };
  const first = { ...last.date, month: head[2] ? +head[2] : last.date.month, day: +head[1]! };
  const written = text.slice(pos, last.end).normalize('NFC');
  const problem = dateProblem(first.day, first.month, first.year);
  const error: DateProblem | undefined = problem ? { kind: 'impossible', written, reason: problem }
    : compareDates(first, last.date) >= 0 ? { kind: 'range-reversed', written } : undefined;
  const base = { start: pos, end: last.end, yearImplied: last.yearImplied };
  return error ? { ...base, problem: error } : { ...base, date: first, lastDay: last.date };
}

/** A date at `pos`, optionally preceded by a weekday word. */
function dateAt(text: string, pos: number, defaultYear?: number): DateMatch | undefined {
  const w = at(WORD, text, pos);
  if (!w) return rangeOrSingleAt(text, pos, defaultYear);
  const weekday = norm(w[0]);
  if (!WEEKDAY_INDEX.has(weekday)) return undefined;
  const sep = at(AFTER_WEEKDAY, text, pos + w[0].length);
  const m = sep?.[0] ? rangeOrSingleAt(text, pos + w[0].length + sep[0].length, defaultYear) : undefined;
  return m && { ...m, start: pos, weekday };
}

export function parseDateAt(text: string, defaultYear?: number): DateMatch | undefined {
  return dateAt(text, skipSpace(text), defaultYear);
}

export function findDate(text: string, defaultYear?: number): DateMatch | undefined {
  for (let i = 0; i < text.length; i++) {
    if (!isStart(text, i)) continue;
    const time = at(KL, text, i) ? timeAt(text, i) : undefined; // "kl. 10.11." is a time
    if (time) { i = time.match.end - 1; continue; }
    const m = dateAt(text, i, defaultYear);
    if (m) return m;
  }
  return undefined;
}

// ---------------------------------------------------------------- times

/** Validate a CLOCK match; 24:00 is allowed as an end time. */
function clockOf(m: RegExpExecArray, isEnd: boolean): { time?: ClockTime; problem?: TimeProblem } {
  const hour = +m[1]!, minute = m[3] ? +m[3] : 0;
  const written = `${pad(hour)}:${m[3] ?? '00'}`;
  if (hour > (isEnd && minute === 0 ? 24 : 23)) return { problem: { kind: 'bad-hour', written } };
  if (minute > 59) return { problem: { kind: 'bad-minute', written } };
  return { time: { hour, minute } };
}

/** A time or range at `pos`; `explicit` when "kl" or a separated clock time ("10:00", "10.00") was written. */
function timeAt(text: string, pos: number): { match: TimeRangeMatch; explicit: boolean } | undefined {
  const kl = at(KL, text, pos);
  let end = pos + (kl?.[0].length ?? 0);
  const a = at(CLOCK, text, end);
  if (!a) return undefined;
  end += a[0].length;
  let to = at(TO, text, end);
  let klTo = to ? at(KL, text, end + to[0].length) : null;
  let b = to ? at(CLOCK, text, end + to[0].length + (klTo?.[0].length ?? 0)) : null;
  if (!b && a[2]) {
    const blanks = at(BLANKS, text, end);
    const second = blanks ? at(CLOCK, text, end + blanks[0].length) : null;
    if (second?.[2]) { to = blanks; klTo = null; b = second; }
  }
  const explicit = !!kl || !!a[2] || !!b?.[2];
  if (!b && !explicit) return undefined; // a bare number is not a time
  if (b) end += to![0].length + (klTo?.[0].length ?? 0) + b[0].length;

  const from = clockOf(a, false), until = b ? clockOf(b, true) : {};
  let problem = from.problem ?? until.problem;
  if (!problem && from.time && until.time) {
    const [f, t] = [from.time, until.time].map((c) => c.hour * 60 + c.minute) as [number, number];
    if (t === f) problem = { kind: 'end-equals-start', to: until.time };
    if (t < f) problem = { kind: 'end-before-start', from: from.time, to: until.time };
  }
  const match: TimeRangeMatch = { start: pos, end };
  if (from.time) match.from = from.time;
  if (until.time) match.to = until.time;
  if (problem) match.problem = problem;
  return { match, explicit };
}

export function parseTimeRangeAt(text: string): TimeRangeMatch | undefined {
  return timeAt(text, skipSpace(text))?.match;
}

export function findTimeRange(text: string): TimeRangeMatch | undefined {
  for (let i = 0; i < text.length; i++) {
    if (!isStart(text, i)) continue;
    const date = /\d/.test(text[i]!) ? rangeOrSingleAt(text, i) : undefined; // skip "22.11.", "2023-11-22"
    if (date) { i = date.end - 1; continue; }
    const t = timeAt(text, i);
    if (t?.explicit) return t.match;
  }
  return undefined;
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** A date written without a year that would fall before the meeting means next year ("11. april" in November). */
export function rollForward(match: DateMatch | undefined, meetingDate: CalendarDate | undefined): DateMatch | undefined {
  if (match?.date && match.yearImplied && meetingDate && compareDates(match.date, meetingDate) < 0) {
    const next = { ...match.date, year: match.date.year + 1 };
    if (isValidDate(next)) return { ...match, date: next };
  }
  return match;
}
