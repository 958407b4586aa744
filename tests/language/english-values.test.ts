/**
 * The pure value parsers in English (and in nynorsk where the words differ), tested alone: dates with
 * the month first or after the day, ordinals and weekdays; times with "pm" and a time zone; votes in
 * English words and counts; due dates in words; attendees with English roles, titles and partial
 * attendance; the value of `Språk:` / `Language:`. Norwegian prose that looks like an English value
 * stays what it was.
 */
import { describe, expect, it } from 'vitest';
import { type CalendarDate, findDate, findTimeRange, formatDate, formatLongDate, parseDateAt, parseTimeRangeAt, weekdayMatches, weekdayOf } from '../../packages/language/src/model/values/dates.js';
import { findDue } from '../../packages/language/src/model/values/due.js';
import { parseAction, parseDeadline } from '../../packages/language/src/model/values/deadlines.js';
import { parseVote } from '../../packages/language/src/model/values/votes.js';
import { attendeesOnLine, parseAttendee, parsePresence, roleInDefiniteForm } from '../../packages/language/src/model/values/attendees.js';
import { parseLanguage } from '../../packages/language/src/model/values/language.js';
import { daysLeft, longDate, shortDate } from '../../packages/language/src/model/labels.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });
const date = (text: string, year?: number) => {
    const m = parseDateAt(text, year);
    return m && { date: m.date, text: text.slice(m.start, m.end), weekday: m.weekday, yearImplied: m.yearImplied, problem: m.problem?.kind };
};

describe('English dates', () => {
    it.each([
        ['December 21, 2009', d(2009, 12, 21), 'December 21, 2009'],
        ['December 21 2009', d(2009, 12, 21), 'December 21 2009'],
        ['21 December 2009', d(2009, 12, 21), '21 December 2009'],
        ['21st December 2009', d(2009, 12, 21), '21st December 2009'],
        ['December 21st, 2009', d(2009, 12, 21), 'December 21st, 2009'],
        ['Dec 21, 2009', d(2009, 12, 21), 'Dec 21, 2009'],
        ['Dec. 21, 2009', d(2009, 12, 21), 'Dec. 21, 2009'],
        ['21 Dec 2009', d(2009, 12, 21), '21 Dec 2009'],
        ['2009-12-21', d(2009, 12, 21), '2009-12-21'],
        ['May 5, 2025, in the hall', d(2025, 5, 5), 'May 5, 2025'],
        ['April 3, 2025', d(2025, 4, 3), 'April 3, 2025'],
        ['3rd April 2025', d(2025, 4, 3), '3rd April 2025'],
    ])('%j', (text, expected, covered) => {
        expect(date(text)).toMatchObject({ date: expected, text: covered, yearImplied: false });
    });

    it.each([
        ['Monday, 21 December 2009', 'monday', '21 December 2009'],
        ['Monday 21 December 2009', 'monday', '21 December 2009'],
        ['Monday, December 21, 2009', 'monday', 'December 21, 2009'],
        ['Thursday 14 November 2024', 'thursday', '14 November 2024'],
        ['Thu 14 November 2024', 'thu', '14 November 2024'],
    ])('a weekday before the date: %j', (text, weekday, rest) => {
        const m = date(text)!;
        expect(m.weekday).toBe(weekday);
        expect(m.text).toBe(text);
        expect(text.endsWith(rest)).toBe(true);
        expect(weekdayMatches(m.weekday!, m.date!)).toBe(true);
    });

    it('a wrong English weekday is found out', () => {
        const m = parseDateAt('Tuesday, December 21, 2009')!;
        expect(weekdayMatches(m.weekday!, m.date!)).toBe(false);
        expect(weekdayOf(m.date!, 'en')).toBe('Monday');
    });

    it('without a year: the default year, and only for months Norwegian does not share', () => {
        expect(date('December 10', 2024)).toMatchObject({ date: d(2024, 12, 10), yearImplied: true });
        expect(date('by 6 December.', 2024)).toBeUndefined(); // parseDateAt reads at the start only
        expect(findDate('complete the self-assessment by 6 December.', 2024)).toMatchObject({ date: d(2024, 12, 6), yearImplied: true });
        // "april", "nov" are Norwegian too: a month before the day needs the year there.
        expect(date('april 12 saker', 2024)).toBeUndefined();
        expect(findDate('Det kom i april 12 saker til behandling.', 2024)).toBeUndefined();
        expect(date('April 12, 2024')).toMatchObject({ date: d(2024, 4, 12) });
    });

    it('impossible English dates are facts, not dates', () => {
        expect(date('February 30, 2024')).toMatchObject({ date: undefined, problem: 'impossible' });
        // A year of three digits is no year: the date stops before it, and has none.
        expect(date('December 21, 209')).toMatchObject({ text: 'December 21', date: undefined, problem: 'missing-year' });
    });

    it('"3 Jan Olsen" is still a name, and Norwegian dates are unchanged', () => {
        expect(date('3 Jan Olsen', 2024)).toBeUndefined();
        expect(date('22. november 2023')).toMatchObject({ date: d(2023, 11, 22), text: '22. november 2023' });
        expect(date('tirsdag 14. mai 2024')).toMatchObject({ date: d(2024, 5, 14), weekday: 'tirsdag' });
        // Norwegian words that are English abbreviations of weekdays are no weekday before a date.
        expect(findDate('Hun sat 3 år i styret.', 2024)).toBeUndefined();
    });

    it('is written back in the language of the document', () => {
        expect(formatDate(d(2009, 12, 21), 'en')).toBe('21 December 2009');
        expect(formatDate(d(2009, 12, 21), 'nn')).toBe('21. desember 2009');
        expect(formatDate(d(2009, 12, 21))).toBe('21. desember 2009');
        expect(formatLongDate(d(2009, 12, 21), 'en')).toBe('Monday, 21 December 2009');
        expect(longDate(d(2009, 12, 21), 'nn')).toBe('måndag 21. desember 2009');
        expect(longDate(d(2009, 12, 22), 'nn')).toBe('tysdag 22. desember 2009');
        expect(longDate(d(2009, 12, 21))).toBe('mandag 21. desember 2009');
        expect(shortDate(d(2009, 12, 1), 'en')).toBe('2009-12-01');
        expect(shortDate(d(2009, 12, 1), 'nb')).toBe('01.12.2009');
        expect(daysLeft(d(2024, 1, 1), d(2024, 1, 4), 'en')).toBe('in 3 days');
        expect(daysLeft(d(2024, 1, 4), d(2024, 1, 1), 'en')).toBe('3 days overdue');
        expect(daysLeft(d(2024, 1, 1), d(2024, 1, 2), 'nn')).toBe('i morgon');
        expect(daysLeft(d(2024, 1, 1), d(2024, 1, 4), 'nn')).toBe('om 3 dagar');
    });
});

describe('English times', () => {
    const time = (text: string) => {
        const t = parseTimeRangeAt(text);
        return t && { from: t.from, to: t.to, zone: t.zone, text: text.slice(t.start, t.end), problem: t.problem?.kind };
    };
    const hm = (hour: number, minute = 0) => ({ hour, minute });

    it.each([
        ['5:15 pm', hm(17, 15), undefined, undefined],
        ['5:15pm', hm(17, 15), undefined, undefined],
        ['5 pm', hm(17), undefined, undefined],
        ['5.15 p.m.', hm(17, 15), undefined, undefined],
        ['12 pm', hm(12), undefined, undefined],
        ['12:30 am', hm(0, 30), undefined, undefined],
        ['9 am to 11 am', hm(9), hm(11), undefined],
        ['2 to 4 pm', hm(14), hm(16), undefined],
        ['5:00 pm to 7:15 pm UTC', hm(17), hm(19, 15), 'UTC'],
        ['17:15 UTC', hm(17, 15), undefined, 'UTC'],
        ['17:15 UTC – 18:40 UTC', hm(17, 15), hm(18, 40), 'UTC'],
        ['14:00–16:30 GMT', hm(14), hm(16, 30), 'GMT'],
        ['10:00 until 12:00 CET', hm(10), hm(12), 'CET'],
        ['9:00 UTC+1', hm(9), undefined, 'UTC+1'],
    ])('%j', (text, from, to, zone) => {
        expect(time(text)).toEqual({ from, to, zone, text, problem: undefined });
    });

    it('two bare numbers with "to" are no time ("2 to 4 members"), and Norwegian times are unchanged', () => {
        expect(parseTimeRangeAt('2 to 4 members')).toBeUndefined();
        expect(time('kl. 10.00–15.00')).toEqual({ from: hm(10), to: hm(15), zone: undefined, text: 'kl. 10.00–15.00', problem: undefined });
        expect(findTimeRange('Meeting adjourned at 6:40 pm.')).toMatchObject({ from: hm(18, 40) });
    });

    it('an end before the start is a fact', () => {
        expect(time('7 pm to 5 pm')?.problem).toBe('end-before-start');
    });
});

describe('English votes', () => {
    const vote = (text: string) => {
        const v = parseVote(text);
        return { for: v.for, against: v.against, abstain: v.abstain, outcome: v.outcome, unanimous: v.unanimous, unreadable: v.unreadable };
    };
    it.each([
        ['4-0-2', { for: 4, against: 0, abstain: 2, outcome: 'adopted', unanimous: false }],
        ['Approved, 4-0-2.', { for: 4, against: 0, abstain: 2, outcome: 'adopted', unanimous: false }],
        ['unanimous', { for: undefined, against: undefined, abstain: undefined, outcome: 'adopted', unanimous: true }],
        ['Carried unanimously.', { outcome: 'adopted', unanimous: true }],
        ['carried', { outcome: 'adopted', unanimous: false }],
        ['failed', { outcome: 'rejected', unanimous: false }],
        ['Failed, 2-3-1.', { for: 2, against: 3, abstain: 1, outcome: 'rejected' }],
        ['4 in favour, 0 against, 2 abstentions', { for: 4, against: 0, abstain: 2, outcome: 'adopted' }],
        ['4 in favor, 1 against, 1 abstention', { for: 4, against: 1, abstain: 1, outcome: 'adopted' }],
        ['3 for, 5 against', { for: 3, against: 5, outcome: 'rejected' }],
        ['carried by 5 votes to 2', { for: 5, against: 2, outcome: 'adopted' }],
        ['Motion lost.', { outcome: 'rejected' }],
        ['by acclamation', { outcome: 'adopted', unanimous: true }],
    ])('%j', (text, expected) => {
        expect(vote(text)).toMatchObject({ ...expected, unreadable: false });
    });

    it('names of a side in parentheses', () => {
        expect(parseVote('5 in favour, 2 against (Okafor, Weber)').sides.against).toEqual(['Okafor', 'Weber']);
    });

    it('text that is no vote is unreadable', () => {
        expect(vote('we talked about it').unreadable).toBe(true);
    });
});

describe('English due dates in words', () => {
    const meeting = d(2024, 12, 3), next = d(2025, 1, 7);
    const due = (text: string) => {
        const m = findDue(text, meeting, next);
        return m && { text: text.slice(m.start, m.end), relative: m.relative, date: m.date?.date };
    };
    it.each([
        ['by the next meeting', 'by the next meeting', 'next-meeting', next],
        ['report at the next board meeting', 'at the next board meeting', 'next-meeting', next],
        ['at the February meeting', 'at the February meeting', 'next-meeting', next],
        ['(next week)', 'next week', 'next-week', d(2024, 12, 10)],
        ['within a week', 'within a week', 'within', d(2024, 12, 10)],
        ['within two weeks', 'within two weeks', 'within', d(2024, 12, 17)],
        ['in 3 days', 'in 3 days', 'within', d(2024, 12, 6)],
        ['before Christmas', 'before Christmas', 'christmas', d(2024, 12, 24)],
        ['by the 10.x release', 'by the 10.x release', 'free', undefined],
        ['before the summer', 'before the summer', 'free', undefined],
        ['by the end of the year', 'by the end of the year', 'free', undefined],
        ['by December 10', 'December 10', undefined, d(2024, 12, 10)],
        ['in June', 'in June', 'month', d(2025, 6, 30)],
        ['by the end of February 2025', 'by the end of February 2025', 'month', d(2025, 2, 28)],
    ])('%j', (text, covered, relative, resolved) => {
        expect(due(text)).toEqual({ text: covered, relative, date: resolved });
    });

    it('an action with its owner before "to", the due date and what is due', () => {
        const known = new Set(['laura nguyen', 'laura']);
        expect(parseAction('Laura to publish the policy and the FAQ on the website (within a week).', known, meeting))
            .toMatchObject({ owners: [{ name: 'Laura' }], what: 'publish the policy and the FAQ on the website (within a week).', due: { relative: 'within' } });
        expect(parseAction('all trustees to complete the self-assessment by 6 December.', new Set(), meeting))
            .toMatchObject({ owners: [{ name: 'all trustees' }], what: 'complete the self-assessment by 6 December.' });
    });

    it('a deadline with "(owner: …)" and "(done)"', () => {
        const f = parseDeadline('for the audit plan: June 15 (owner: Sofia Lindgren). The plan goes to the board.', d(2025, 3, 11));
        expect(f).toMatchObject({ date: { date: d(2025, 6, 15) }, responsible: [{ name: 'Sofia Lindgren' }], done: false });
        expect(parseDeadline('2025-04-30: Priya Nair – sign the letter (done)', d(2025, 3, 11)).done).toBe(true);
    });
});

describe('English attendees', () => {
    it.each([
        ['Maria Okafor, chair', { name: 'Maria Okafor', role: 'chair', roleKind: 'chair' }],
        ['Rafael Mendes, vice chair', { name: 'Rafael Mendes', role: 'vice chair', roleKind: 'vice chair' }],
        ['Owen Pryce, company secretary', { name: 'Owen Pryce', role: 'company secretary', roleKind: 'company secretary' }],
        ['Dr Helen Marsh, chair', { name: 'Helen Marsh', title: 'Dr', role: 'chair' }],
        ['Prof. Niamh Doyle', { name: 'Niamh Doyle', title: 'Prof.' }],
        ['Laura Nguyen, executive director (staff)', { name: 'Laura Nguyen', role: 'executive director', note: 'staff' }],
    ])('%j', (text, expected) => {
        expect(parseAttendee(text)).toMatchObject(expected);
    });

    it('an alternate for an absent member', () => {
        expect(parseAttendee('Yusuf Demir, alternate for Mei Tanaka')).toMatchObject({ roleKind: 'alternate', substituteFor: { name: 'Mei Tanaka' } });
        expect(parseAttendee('Lena Vik (alternate for Per Lund)')?.substituteFor?.name).toBe('Per Lund');
    });

    it('partial attendance in English', () => {
        expect(parsePresence('from item 3')).toEqual({ from: '3', untilIncluded: false });
        expect(parsePresence('left after item 4')).toEqual({ until: '4', untilIncluded: true });
        expect(parsePresence('until item 5')).toEqual({ until: '5', untilIncluded: false });
        expect(parsePresence('items 5 and 6')).toEqual({ from: '5', until: '6', untilIncluded: true });
        expect(parsePresence('agenda items 3.1 to 3.3')).toEqual({ from: '3.1', until: '3.3', untilIncluded: true });
    });

    it('names on the heading line, with "and"', () => {
        expect(attendeesOnLine('Maria Okafor, Jonas Weber and Elena Costa').map(a => a.name)).toEqual(['Maria Okafor', 'Jonas Weber', 'Elena Costa']);
    });
});

describe('the value of Språk: / Language:', () => {
    it.each([
        ['en', 'en'], ['English', 'en'], ['engelsk', 'en'], ['en-GB', 'en'], ['EN', 'en'],
        ['nn', 'nn'], ['nynorsk', 'nn'], ['Norsk nynorsk', 'nn'],
        ['nb', 'nb'], ['bokmål', 'nb'], ['norsk', 'nb'], ['nb-NO', 'nb'],
        ['tysk', undefined], ['fr', undefined], ['', undefined],
    ])('%j', (text, expected) => {
        expect(parseLanguage(text)).toBe(expected);
    });
});

describe('a month as the due date', () => {
    const due = (text: string, meeting?: CalendarDate) => {
        const m = findDue(text, meeting);
        return m && { text: text.slice(m.start, m.end), relative: m.relative, date: m.date?.date, yearImplied: m.date?.yearImplied };
    };
    it.each([
        ['legger fram ny sak i juni.', d(2025, 3, 20), 'i juni', d(2025, 6, 30), true],
        // Written in September, June is next year's; the meeting's own month is this year's.
        ['i juni', d(2025, 9, 1), 'i juni', d(2026, 6, 30), true],
        ['i mars', d(2025, 3, 20), 'i mars', d(2025, 3, 31), true],
        ['innen utgangen av februar 2028', d(2027, 11, 1), 'innen utgangen av februar 2028', d(2028, 2, 29), false],
        ['før slutten av desember', d(2025, 3, 20), 'før slutten av desember', d(2025, 12, 31), true],
    ])('%j in a meeting on %j', (text, meeting, covered, date, yearImplied) => {
        expect(due(text, meeting)).toEqual({ text: covered, relative: 'month', date, yearImplied });
    });

    it('without a meeting date the month is kept as written, with no date', () => {
        expect(due('i juni')).toEqual({ text: 'i juni', relative: 'month', date: undefined, yearImplied: undefined });
    });

    it('a month word inside other words, or a date in the month, is no month due', () => {
        expect(due('i junimøtet', d(2025, 3, 1))?.relative).toBeUndefined();
        expect(due('innen 15. juni', d(2025, 3, 1))).toMatchObject({ relative: undefined, date: d(2025, 6, 15) });
    });
});

describe('a role in the definite form names the person who holds it', () => {
    it.each([
        ['ordføreren', 'ordfører'], ['Universitetsdirektøren', 'universitetsdirektør'], ['styreleiaren', 'styreleder'],
        ['rektor', 'rektor'], ['the chair', 'chair'], ['The Treasurer', 'treasurer'], ['styret', undefined], ['Kari', undefined], ['lederen', 'leder'],
    ])('%j', (text, role) => {
        expect(roleInDefiniteForm(text)).toBe(role);
    });
});
