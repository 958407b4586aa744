import { describe, it, expect } from 'vitest';
import * as dates from '../../packages/language/src/model/values/dates.js';
import {
  MONTHS, compareDates, daysBetween, formatDate, formatDateShort, formatTime,
  fromJsDate, isValidDate, toIsoDate, weekdayMatches, weekdayOf,
} from '../../packages/language/src/model/values/dates.js';
import { messagesFor } from '../../packages/language/src/validation/messages.js';

// The parsers record problems as facts; the validator words them. These tests read the words.
const t = messagesFor('nb');
const dateWords = <M extends { problem?: dates.DateProblem }>(m: M | undefined) =>
  m && { ...m, problem: undefined, error: m.problem && t.dateProblem(m.problem) };
const timeWords = <M extends { problem?: dates.TimeProblem }>(m: M | undefined) =>
  m && { ...m, problem: undefined, error: m.problem && t.timeProblem(m.problem) };
const parseDateAt = (text: string, year?: number) => dateWords(dates.parseDateAt(text, year));
const findDate = (text: string, year?: number) => dateWords(dates.findDate(text, year));
const parseTimeRangeAt = (text: string) => timeWords(dates.parseTimeRangeAt(text));
const findTimeRange = (text: string) => timeWords(dates.findTimeRange(text));

const d = (year: number, month: number, day: number) => ({ year, month, day });

/** The matched date of `text` and the exact substring it covers. */
function parsed(text: string, defaultYear?: number) {
  const m = parseDateAt(text, defaultYear);
  return m && { date: m.date, text: text.slice(m.start, m.end), yearImplied: m.yearImplied, error: m.error };
}

describe('parseDateAt: formats', () => {
  it.each([
    ['22.11.2023', d(2023, 11, 22)],
    ['22.11.23', d(2023, 11, 22)],
    ['25.1.2016', d(2016, 1, 25)],
    ['1.2.2016', d(2016, 2, 1)],
    ['22. november 2023', d(2023, 11, 22)],
    ['22 nov. 2023', d(2023, 11, 22)],
    ['22. nov 2023', d(2023, 11, 22)],
    ['22. Nov. 2023', d(2023, 11, 22)],
    ['22. NOVEMBER 2023', d(2023, 11, 22)],
    ['2023-11-22', d(2023, 11, 22)],
    ['29. februar 2016', d(2016, 2, 29)],
    ['1. sept. 2016', d(2016, 9, 1)],
    ['1. sep 2016', d(2016, 9, 1)],
    ['17. mai 2024', d(2024, 5, 17)],
    ['3. okt. 2016', d(2016, 10, 3)],
    ['24. des 2024', d(2024, 12, 24)],
    ['1.\u00A0mars\u00A02024', d(2024, 3, 1)],
    ['22. nov.2023', d(2023, 11, 22)],
  ])('%s', (text, date) => {
    expect(parsed(text)).toEqual({ date, text, yearImplied: false, error: undefined });
  });

  it('accepts every month name and abbreviation', () => {
    const words = [['januar', 'jan'], ['februar', 'feb'], ['mars', 'mar'], ['april', 'apr'], ['mai'],
      ['juni', 'jun'], ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'],
      ['november', 'nov'], ['desember', 'des']];
    words.forEach((names, i) => {
      for (const name of names) {
        for (const text of [`3. ${name} 2024`, `3. ${name}. 2024`, `3 ${name} 2024`]) {
          expect(parseDateAt(text)?.date, text).toEqual(d(2024, i + 1, 3));
        }
      }
    });
    expect(MONTHS).toEqual(words.map((w) => w[0]));
  });

  it('skips leading whitespace; offsets refer to the input', () => {
    expect(parseDateAt('  22.11.2023 kl. 10')).toMatchObject({ start: 2, end: 12, date: d(2023, 11, 22) });
  });
});

describe('parseDateAt: no year', () => {
  it('takes defaultYear and sets yearImplied', () => {
    expect(parsed('11. april', 2024)).toEqual({ date: d(2024, 4, 11), text: '11. april', yearImplied: true, error: undefined });
    expect(parsed('11.april', 2024)?.date).toEqual(d(2024, 4, 11));
    expect(parsed('11.04.', 2024)).toMatchObject({ date: d(2024, 4, 11), text: '11.04.', yearImplied: true });
  });

  it('asks for a year without defaultYear', () => {
    const m = parseDateAt('11. april');
    expect(m).toMatchObject({ start: 0, end: 9, yearImplied: true });
    expect(m?.date).toBeUndefined();
    expect(m?.error).toBe('Datoen 11. april mangler årstall. Skriv årstallet med fire sifre etter datoen.');
  });

  it('validates the yearless date against defaultYear', () => {
    expect(parsed('29. februar', 2024)?.date).toEqual(d(2024, 2, 29));
    expect(parsed('29. februar', 2023)?.error).toBe('Datoen 29. februar finnes ikke: februar 2023 har 28 dager.');
    expect(parsed('30.02.')?.error).toBe('Datoen 30.02. finnes ikke: februar har høyst 29 dager.');
  });
});

describe('parseDateAt: punctuation after the date', () => {
  it.each([
    ['11. april. Notatet sendes', '11. april'],
    ['25.1.2016) og', '25.1.2016'],
    ['25. april 2016, kl. 10', '25. april 2016'],
    ['22.11.2023: Frist', '22.11.2023'],
    ['22.11.2023.', '22.11.2023'],
    ['22. nov. Neste', '22. nov.'],
    ['22. november – Ola', '22. november'],
  ])('%s', (text, covered) => {
    expect(parsed(text, 2016)?.text).toBe(covered);
  });
});

describe('parseDateAt: weekday', () => {
  it('includes a leading weekday in the match', () => {
    const m = parseDateAt('Mandag 25. april 2016');
    expect(m).toMatchObject({ start: 0, end: 21, weekday: 'mandag', date: d(2016, 4, 25) });
    expect(parseDateAt('onsdag, 22.11.2023')).toMatchObject({ weekday: 'onsdag', date: d(2023, 11, 22), end: 18 });
    expect(parseDateAt('tirsdag , 1. mars 2016')).toMatchObject({ weekday: 'tirsdag', date: d(2016, 3, 1), end: 22 });
    expect(parseDateAt('onsdag22.11.2023')).toBeUndefined();
  });

  it.each(['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag',
    'måndag', 'tysdag', 'laurdag', 'sundag'])('%s', (weekday) => {
    expect(parseDateAt(`${weekday.toUpperCase()} 1. januar 2024`)?.weekday).toBe(weekday);
  });

  it('normalises a decomposed weekday but keeps original offsets', () => {
    const text = 'ma\u030Andag 22. mai 2024';
    expect(parseDateAt(text)).toMatchObject({ start: 0, end: text.length, weekday: 'måndag', date: d(2024, 5, 22) });
  });

  it('a weekday alone is not a date', () => {
    expect(parseDateAt('onsdag')).toBeUndefined();
    expect(parseDateAt('onsdag kl. 10')).toBeUndefined();
  });

  it('weekdayMatches compares bokmål and nynorsk words', () => {
    expect(weekdayMatches('Onsdag', d(2023, 11, 22))).toBe(true);
    expect(weekdayMatches('ma\u030Andag', d(2016, 4, 25))).toBe(true);
    expect(weekdayMatches('tirsdag', d(2016, 4, 25))).toBe(false);
  });
});

describe('parseDateAt: impossible dates', () => {
  it.each([
    ['31.02.2024', 'Datoen 31.02.2024 finnes ikke: februar 2024 har 29 dager.'],
    ['29.02.2023', 'Datoen 29.02.2023 finnes ikke: februar 2023 har 28 dager.'],
    ['31. april 2024', 'Datoen 31. april 2024 finnes ikke: april 2024 har 30 dager.'],
    ['00.01.2024', 'Datoen 00.01.2024 finnes ikke: dagen må være minst 1.'],
    ['01.13.2024', 'Datoen 01.13.2024 finnes ikke: måneden må være fra 1 til 12.'],
    ['2023-13-01', 'Datoen 2023-13-01 finnes ikke: måneden må være fra 1 til 12.'],
    ['22.11.202', 'Ugyldig årstall «202» i datoen 22.11.202. Skriv årstallet med fire sifre.'],
    ['22. novembar 2023', 'Ukjent månedsnavn «novembar». Skriv for eksempel «22. november 2023» eller «22.11.2023».'],
    ['3. febuar', 'Ukjent månedsnavn «febuar». Skriv for eksempel «3. februar» eller «03.02.».'],
    ['22. okotber 2016', 'Ukjent månedsnavn «okotber». Skriv for eksempel «22. oktober 2016» eller «22.10.2016».'],
    ['3. sepbr 2024', 'Ukjent månedsnavn «sepbr». Skriv for eksempel «3. september 2024» eller «03.09.2024».'],
  ])('%s', (text, error) => {
    const m = parseDateAt(text);
    expect(m).toMatchObject({ start: 0, end: text.length, error });
    expect(m?.date).toBeUndefined();
  });

  it('leap years', () => {
    expect(parseDateAt('29.02.2024')?.date).toEqual(d(2024, 2, 29));
    expect(parseDateAt('29.02.2000')?.date).toEqual(d(2000, 2, 29));
    expect(parseDateAt('29.02.2100')?.error).toMatch(/februar 2100 har 28 dager/);
  });
});

describe('parseDateAt: not dates', () => {
  it.each([
    '2016', '2016,', 'pkt 1', '1', '11-12 leverandører', '22.11', '10.30', '10.30.', '17/23',
    '1. Innkallingen godkjennes', '2. Marsjen', '3 Jan Olsen orienterte', '1. nowem 2023', 'nov 2023', 'Sak 17/23', '',
    '22november 2023', '123. mai',
  ])('%j', (text) => {
    expect(parseDateAt(text)).toBeUndefined();
  });
});

describe('parseDateAt: day ranges are taken as their first day', () => {
  it.each([
    ['23.-24. oktober 2016', d(2016, 10, 23), d(2016, 10, 24)],
    ['23.–24.10.2016', d(2016, 10, 23), d(2016, 10, 24)],
    ['23 - 24. okt. 2016', d(2016, 10, 23), d(2016, 10, 24)],
    ['30.11.-2.12.2023', d(2023, 11, 30), d(2023, 12, 2)],
  ])('%s', (text, first, last) => {
    expect(parseDateAt(text)).toMatchObject({ start: 0, end: text.length, date: first, lastDay: last });
  });

  it('reports impossible or reversed ranges', () => {
    expect(parseDateAt('30.-31. februar 2024')?.error).toBe('Datoen 31. februar 2024 finnes ikke: februar 2024 har 29 dager.');
    expect(parseDateAt('24.-23. oktober 2016')?.error).toBe('Perioden 24.-23. oktober 2016 slutter før den begynner.');
    expect(parseDateAt('2.12.-30.11.2023')?.error).toBe('Perioden 2.12.-30.11.2023 slutter før den begynner.');
  });

  it('does not read time ranges or counts as date ranges', () => {
    expect(parseDateAt('10.30-11.00')).toBeUndefined();
    expect(parseDateAt('11-12 leverandører')).toBeUndefined();
  });
});

describe('findDate', () => {
  it('finds a date after decomposed text with offsets into the original string', () => {
    const text = 'Møte på Gjøvik a\u030Apent 22. mai 2024';
    const m = findDate(text);
    expect(m).toMatchObject({ start: text.indexOf('22'), end: text.length, date: d(2024, 5, 22) });
    expect(text.slice(m!.start, m!.end)).toBe('22. mai 2024');
  });

  it('includes the weekday', () => {
    const text = 'Neste møte: onsdag 21. februar 2024, kl. 10.00–15.00, Gardermoen';
    const m = findDate(text);
    expect(m).toMatchObject({ start: 12, weekday: 'onsdag', date: d(2024, 2, 21) });
    expect(text.slice(m!.start, m!.end)).toBe('onsdag 21. februar 2024');
  });

  it('finds dates in prose', () => {
    expect(findDate('Innkallingen ble sendt ut 8. november.', 2023)).toMatchObject({ start: 26, end: 37, date: d(2023, 11, 8), yearImplied: true });
    const ref = 'jfr. sak 8.3 møte 25.1.2016 (01/16)';
    expect(findDate(ref)).toMatchObject({ start: ref.indexOf('25'), date: d(2016, 1, 25) });
    expect(findDate('Frist for innsendelse av notat: 11. april. Notatet sendes.', 2024)?.date).toEqual(d(2024, 4, 11));
    expect(findDate('Status: godkjent 30.11.2023')?.date).toEqual(d(2023, 11, 30));
    expect(findDate('(møte 2023-11-22)')).toMatchObject({ start: 6, end: 16 });
  });

  it('returns invalid dates too', () => {
    const m = findDate('Frist 31.02.2024: notat');
    expect(m).toMatchObject({ start: 6, end: 16, error: 'Datoen 31.02.2024 finnes ikke: februar 2024 har 29 dager.' });
    expect(m?.date).toBeUndefined();
  });

  it('ignores non-dates', () => {
    for (const text of ['I 2016 var det 11-12 leverandører', 'jf. pkt 1 og sak 17/23', 'kl. 10.11.', 'Sak 17.1 Budsjett',
      'Møtet startet kl 10.30.', 'versjon2. mai', '']) {
      expect(findDate(text), text).toBeUndefined();
    }
  });
});

describe('parseTimeRangeAt', () => {
  const t = (hour: number, minute = 0) => ({ hour, minute });
  it.each([
    ['10:00–15:00', t(10), t(15)],
    ['10:00-15:00', t(10), t(15)],
    ['10:00—15:00', t(10), t(15)],
    ['10.00 – 15.00', t(10), t(15)],
    ['kl. 10.00–15.00', t(10), t(15)],
    ['kl 10 -16.00', t(10), t(16)],
    ['Kl. 9.30 til 11', t(9, 30), t(11)],
    ['10–16', t(10), t(16)],
    ['kl. 10 - kl. 12', t(10), t(12)],
    ['kl. 18–24', t(18), t(24)],
    ['kl. 10.00', t(10), undefined],
    ['kl. 10', t(10), undefined],
    ['klokka 14', t(14), undefined],
    ['10:00', t(10), undefined],
    ['8.15', t(8, 15), undefined],
  ])('%s', (text, from, to) => {
    expect(parseTimeRangeAt(text)).toEqual({ start: 0, end: text.length, from, ...(to && { to }) });
  });

  it('stops before trailing text and punctuation', () => {
    const text = 'kl. 10.00–15.00, Gardermoen';
    expect(parseTimeRangeAt(text)?.end).toBe(text.indexOf(','));
    expect(parseTimeRangeAt('  10:00.')).toMatchObject({ start: 2, end: 7 });
    expect(parseTimeRangeAt('kl. 10 til møtet er slutt')).toMatchObject({ end: 6, from: t(10) });
  });

  it.each([
    ['25:00', 'Klokkeslettet 25:00 finnes ikke: timen må være fra 0 til 23.'],
    ['10:61', 'Klokkeslettet 10:61 finnes ikke: minuttene må være fra 00 til 59.'],
    ['kl. 10–25', 'Klokkeslettet 25:00 finnes ikke: timen må være fra 0 til 23.'],
    ['24:00–10:00', 'Klokkeslettet 24:00 finnes ikke: timen må være fra 0 til 23.'],
    ['15:00–10:00', 'Sluttiden 10:00 er før starttiden 15:00.'],
    ['10:00–10:00', 'Sluttiden 10:00 er den samme som starttiden.'],
  ])('%s is an error', (text, error) => {
    expect(parseTimeRangeAt(text)).toMatchObject({ start: 0, end: text.length, error });
  });

  it('keeps both times when only the order is wrong', () => {
    expect(parseTimeRangeAt('15:00–10:00')).toMatchObject({ from: t(15), to: t(10) });
    expect(parseTimeRangeAt('25:00–10:00')).toEqual({ start: 0, end: 11, to: t(10), error: 'Klokkeslettet 25:00 finnes ikke: timen må være fra 0 til 23.' });
  });

  it.each(['2016', '10', 'møte', '22.11.2023', '10.5', 'kl. ti', ''])('%j is not a time', (text) => {
    expect(parseTimeRangeAt(text)).toBeUndefined();
  });
});

describe('findTimeRange', () => {
  it('finds times after dates', () => {
    const text = 'Neste møte: onsdag 21. februar 2024, kl. 10.00–15.00, Gardermoen';
    const m = findTimeRange(text);
    expect(m).toMatchObject({ from: { hour: 10, minute: 0 }, to: { hour: 15, minute: 0 } });
    expect(text.slice(m!.start, m!.end)).toBe('kl. 10.00–15.00');
    expect(findTimeRange('Møtet 22.11. startet 09:30')).toMatchObject({ start: 21, end: 26, from: { hour: 9, minute: 30 } });
    expect(findTimeRange('Tid: 10-16.00')).toMatchObject({ start: 5, to: { hour: 16, minute: 0 } });
  });

  it('needs kl or a separated clock time', () => {
    for (const text of ['I 2016 var det 11-12 leverandører', '22.11.2023', '2023-11-22', 'sak 17/23', '10-16', 'Sak 17.1', '']) {
      expect(findTimeRange(text), text).toBeUndefined();
    }
  });
});

describe('calendar helpers', () => {
  it('validates and compares', () => {
    expect(isValidDate(d(2024, 2, 29))).toBe(true);
    expect(isValidDate(d(2023, 2, 29))).toBe(false);
    expect(isValidDate(d(2023, 0, 1))).toBe(false);
    expect(isValidDate(d(2023, 1, 1.5))).toBe(false);
    expect(compareDates(d(2023, 11, 22), d(2023, 11, 23))).toBeLessThan(0);
    expect(compareDates(d(2024, 1, 1), d(2023, 12, 31))).toBeGreaterThan(0);
    expect(compareDates(d(2024, 1, 1), d(2024, 1, 1))).toBe(0);
  });

  it('counts days', () => {
    expect(daysBetween(d(2023, 11, 22), d(2023, 11, 30))).toBe(8);
    expect(daysBetween(d(2024, 2, 28), d(2024, 3, 1))).toBe(2);
    expect(daysBetween(d(2023, 12, 31), d(2023, 1, 1))).toBe(-364);
    expect(daysBetween(d(1970, 1, 1), d(2000, 1, 1))).toBe(10957);
  });

  it('names weekdays', () => {
    expect(weekdayOf(d(2023, 11, 22))).toBe('onsdag');
    expect(weekdayOf(d(2016, 4, 25))).toBe('mandag');
    expect(weekdayOf(d(2024, 2, 18))).toBe('søndag');
    expect(weekdayOf(d(1900, 1, 1))).toBe('mandag');
  });

  it('formats', () => {
    expect(formatDate(d(2023, 11, 22))).toBe('22. november 2023');
    expect(formatDate(d(2024, 3, 1))).toBe('1. mars 2024');
    expect(formatDateShort(d(2024, 3, 1))).toBe('01.03.2024');
    expect(toIsoDate(d(2023, 11, 22))).toBe('2023-11-22');
    expect(fromJsDate(new Date(2023, 10, 22, 23, 59))).toEqual(d(2023, 11, 22));
    expect(formatTime({ hour: 9, minute: 5 })).toBe('09:05');
  });
});
