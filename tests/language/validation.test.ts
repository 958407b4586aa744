/**
 * Every diagnostic code of validation/issue-codes.ts (and of the README table): triggered, with its
 * severity and the exact characters it points at, and not triggered by the valid variant.
 * Cross-file checks are in workspace.test.ts, syntax errors in syntax-errors.test.ts.
 */
import { expectError, expectIssue, expectNoIssues, expectWarning } from 'langium/test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { IssueCodes } from '../../packages/language/src/validation/issue-codes.js';
import { codes, HEADER, messages, minutes, rangeIn, rangeOf, validate, withCode } from './helpers.js';

/** Header dated 10 January 2024 (see HEADER) with people Kari Nordmann, Ola Hansen, Per Olsen. */
const ok = (body: string) => minutes(body);

/** An attendance list, so that minutes with only a header and prose are not `empty-minutes`. */
const PRESENT = '\nTil stede:\n- Kari Nordmann\n';

describe('the helpers', () => {
    it('a valid document has no issues', async () => {
        const checked = await validate(ok('Sak 1 Godkjenning\nVedtakssak:\nVedtak: Godkjent.\nVotering: enstemmig\n'));
        expectNoIssues(checked.result);
    });
});

describe(IssueCodes.DuplicateCaseNumber, () => {
    it('the same number twice in a file: error on the second number', async () => {
        const text = ok('Sak 17/24 En\nVedtak: A.\n\nSak 17/24 To\nVedtak: B.\n');
        const checked = await validate(text);
        expect(withCode(checked, 'duplicate-case-number')).toEqual([{ severity: 'error', text: '17/24', line: 12 }]);
        expectError(checked.result, /Saksnummeret 17\/24 er brukt før i dette referatet \(linje 9\)/, { code: 'duplicate-case-number', range: rangeOf(text, '17/24', 1) });
    });

    it('17/24 and 17/2024 are the same number', async () => {
        const checked = await validate(ok('Sak 17/24 En\nVedtak: A.\n\nSak 17/2024 To\nVedtak: B.\n'));
        expect(withCode(checked, 'duplicate-case-number')).toEqual([{ severity: 'error', text: '17/2024', line: 12 }]);
    });

    it('a sub-case number twice', async () => {
        const checked = await validate(ok('Sak 17/24 Orienteringer\n\nSak 17.1 A\nVedtak: A.\n\nSak 17.1 B\nVedtak: B.\n'));
        expect(withCode(checked, 'duplicate-case-number')).toEqual([{ severity: 'error', text: '17.1', line: 14 }]);
    });

    it('different numbers and the same number of another year: no diagnostic', async () => {
        const checked = await validate(ok('Sak 17/23 En\nVedtak: A.\n\nSak 17/24 To\nVedtak: B.\n\nSak 18/24 Tre\nVedtak: C.\n'));
        expect(withCode(checked, 'duplicate-case-number')).toEqual([]);
    });

    it('sub-cases 1.1 and 2.1 under different parents: no diagnostic', async () => {
        const checked = await validate(ok('Sak 1 A\n\nSak 1.1 A1\nVedtak: A.\n\nSak 2 B\n\nSak 2.1 B1\nVedtak: B.\n'));
        expectNoIssues(checked.result);
    });
});

describe(IssueCodes.MissingDecision, () => {
    it('a decision case without a decision: error on the number', async () => {
        const text = ok('Sak 3 Valg av leder\nVedtakssak: Styret velger leder.\n');
        const checked = await validate(text);
        expect(withCode(checked, 'missing-decision')).toEqual([{ severity: 'error', text: '3', line: 9 }]);
        expectError(checked.result, /Sak 3 er en vedtakssak uten vedtak/, { code: 'missing-decision', range: rangeIn(text, 'Sak 3 Valg', '3') });
    });

    it.each(['Beslutningssak', 'Valgsak', 'Diskusjons- og beslutningssak'])('%s without decision: error', async (type) => {
        const checked = await validate(ok(`Sak 3 Tittel\n${type}:\n`));
        expect(withCode(checked, 'missing-decision')).toEqual([{ severity: 'error', text: '3', line: 9 }]);
    });

    it.each(['Diskusjonssak', 'Drøftingssak', 'Høringssak'])('%s without decision: no diagnostic (a discussion needs no decision)', async (type) => {
        const checked = await validate(ok(`Sak 3 Tittel\n${type}:\n`));
        expect(withCode(checked, 'missing-decision')).toEqual([]);
        expect(codes(checked)).toEqual([]);
    });

    it('a case without type and without decision: no diagnostic (status items have none)', async () => {
        const checked = await validate(ok('Sak 3 Tittel\nNoe prosa.\n'));
        expect(withCode(checked, 'missing-decision')).toEqual([]);
        expectNoIssues(checked.result);
    });

    it.each([
        ['an information case', 'Sak 3 Tittel\nOrienteringssak: Status.\n'],
        ['a referat case', 'Sak 3 Tittel\nReferatsak:\n- Brev\n'],
        ['a case with sub-cases', 'Sak 3 Tittel\n\nSak 3.1 Under\nVedtak: A.\n'],
        ['Eventuelt', 'Sak 3 Eventuelt\nIngen saker.\n'],
        ['a sub-case without a type under an information case', 'Sak 3 Orienteringer\nOrienteringssak:\n\nSak 3.1 Under\nDet ble orientert.\n'],
        ['a case with a decision', 'Sak 3 Tittel\nVedtakssak:\nVedtak: A.\n'],
        ['a case with a decision list', 'Sak 3 Tittel\nVedtakssak:\nVedtak:\n1. A.\n'],
    ])('%s: no diagnostic', async (_name, body) => {
        expect(withCode(await validate(ok(body)), 'missing-decision')).toEqual([]);
    });

    it('a sub-case without a type of its own has the type of its parent', async () => {
        // 3.2 is a Valgsak through its parent; 4.1 (no type anywhere) needs no decision.
        const checked = await validate(ok('Sak 3 Valg\nValgsak:\n\nSak 3.1 Leder\nVedtak: Kari.\n\nSak 3.2 Nestleder\nIngen ble valgt.\n\nSak 4 Annet\n\nSak 4.1 Under\nProsa.\n'));
        expect(withCode(checked, 'missing-decision')).toEqual([
            { severity: 'error', text: '3.2', line: 15 },
        ]);
        expect(messages(checked, 'missing-decision')[0]).toMatch(/^Sak 3\.2 er en valgsak uten vedtak/);
    });

    it('an empty Vedtak: in a decision case: error on the keyword', async () => {
        const text = ok('Sak 3 Tittel\nVedtakssak:\nVedtak:\nVotering: enstemmig\n');
        const checked = await validate(text);
        expect(withCode(checked, 'missing-decision')).toEqual([{ severity: 'error', text: 'Vedtak:', line: 11 }]);
        expectError(checked.result, /«Vedtak:» i sak 3 er tomt/, { code: 'missing-decision', range: rangeOf(text, 'Vedtak:') });
    });

    it('an empty Vedtak: in another case: warning', async () => {
        const checked = await validate(ok('Sak 3 Tittel\nVedtak:\n'));
        expect(withCode(checked, 'missing-decision')).toEqual([{ severity: 'warning', text: 'Vedtak:', line: 10 }]);
    });
});

describe(IssueCodes.CaseYearMismatch, () => {
    it('17/23 in a meeting of 2024: warning on the number, suggesting 17/24', async () => {
        const text = ok('Sak 17/23 Tittel\nVedtak: A.\n');
        const checked = await validate(text);
        expect(withCode(checked, 'case-year-mismatch')).toEqual([{ severity: 'warning', text: '17/23', line: 9 }]);
        expect(messages(checked, 'case-year-mismatch')[0]).toContain('«17/24»');
        expectWarning(checked.result, /hører til 2023, men møtet er i 2024/, { code: 'case-year-mismatch', range: rangeOf(text, '17/23') });
    });

    it('keeps the four-digit style: 17/2023 -> 17/2024', async () => {
        const checked = await validate(ok('Sak 17/2023 Tittel\nVedtak: A.\n'));
        expect(messages(checked, 'case-year-mismatch')[0]).toContain('«17/2024»');
    });

    it.each(['17/24', '17/2024', '17'])('Sak %s in 2024: no diagnostic', async (n) => {
        expect(withCode(await validate(ok(`Sak ${n} Tittel\nVedtak: A.\n`)), 'case-year-mismatch')).toEqual([]);
    });

    it('only the parent is checked, not its sub-cases', async () => {
        const checked = await validate(ok('Sak 17/23 Orienteringer\n\nSak 17.1 Under\nVedtak: A.\n'));
        expect(withCode(checked, 'case-year-mismatch')).toEqual([{ severity: 'warning', text: '17/23', line: 9 }]);
    });
});

describe(IssueCodes.CaseNumberOrder, () => {
    it('a gap: hint on the number after the gap (a case may have been withdrawn)', async () => {
        const text = ok('Sak 1 A\nVedtak: A.\n\nSak 3 C\nVedtak: C.\n');
        const checked = await validate(text);
        expect(withCode(checked, 'case-number-order')).toEqual([{ severity: 'hint', text: '3', line: 12 }]);
        expect(messages(checked, 'case-number-order')).toEqual([
            'Sak 3 hopper over ett nummer etter sak 1 (neste nummer ville vært 2). Det er i orden om en sak er trukket eller unntatt.',
        ]);
        expectIssue(checked.result, { severity: DiagnosticSeverity.Hint, message: /Sak 3 hopper over ett nummer etter sak 1/, code: 'case-number-order', range: rangeIn(text, 'Sak 3 C', '3') });
    });

    it('a gap of several numbers', async () => {
        const checked = await validate(ok('Sak 1 A\nVedtak: A.\n\nSak 4 D\nVedtak: D.\n'));
        expect(withCode(checked, 'case-number-order')).toEqual([{ severity: 'hint', text: '4', line: 12 }]);
        expect(messages(checked, 'case-number-order')[0]).toMatch(/^Sak 4 hopper over numre etter sak 1 \(neste nummer ville vært 2\)/);
    });

    it('a number lower than the one before', async () => {
        const checked = await validate(ok('Sak 18/24 A\nVedtak: A.\n\nSak 17/24 B\nVedtak: B.\n'));
        expect(withCode(checked, 'case-number-order')).toEqual([{ severity: 'warning', text: '17/24', line: 12 }]);
        expect(messages(checked, 'case-number-order')[0]).toMatch(/Sak 17\/24 står etter sak 18\/24/);
    });

    it('sub-cases out of order: a gap is a hint, a lower number a warning', async () => {
        const checked = await validate(ok('Sak 17/24 Orienteringer\n\nSak 17.1 A\nVedtak: A.\n\nSak 17.3 C\nVedtak: C.\n\nSak 17.2 B\nVedtak: B.\n'));
        expect(withCode(checked, 'case-number-order')).toEqual([
            { severity: 'hint', text: '17.3', line: 14 },
            { severity: 'warning', text: '17.2', line: 17 },
        ]);
        expect(messages(checked, 'case-number-order')).toEqual([
            'Sak 17.3 hopper over ett nummer etter sak 17.1 (neste nummer ville vært 2). Det er i orden om en sak er trukket eller unntatt.',
            'Sak 17.2 står etter sak 17.3. Nummerer undersakene fortløpende (neste nummer er 4), eller skriv hvilket møte saken er fra om den behandles på nytt: «(fra møtet 10.01.2025)».',
        ]);
    });

    it('sub-cases that do not start at 1', async () => {
        const checked = await validate(ok('Sak 17/24 Orienteringer\n\nSak 17.2 B\nVedtak: B.\n\nSak 17.3 C\nVedtak: C.\n'));
        expect(withCode(checked, 'case-number-order')).toEqual([{ severity: 'warning', text: '17.2', line: 11 }]);
        expect(messages(checked, 'case-number-order')).toEqual(['Sak 17.2 er den første undersaken her. Nummerer undersakene fortløpende fra 1 (skriv «17.1»).']);
    });

    it('consecutive numbers starting anywhere: no diagnostic', async () => {
        const checked = await validate(ok('Sak 17/24 A\nVedtak: A.\n\nSak 18/24 B\n\nSak 18.1 B1\nVedtak: B.\n\nSak 18.2 B2\nVedtak: B.\n\nSak 19/24 C\nVedtak: C.\n'));
        expectNoIssues(checked.result);
    });
});

describe(IssueCodes.InvalidCaseNumber, () => {
    it.each(['17//23', '18/123', '1/2/3', '3..4'])('Sak %s: error on the whole number', async (n) => {
        const text = ok(`Sak ${n} Tittel\nVedtak: A.\n`);
        const checked = await validate(text);
        expect(withCode(checked, 'invalid-case-number')).toEqual([{ severity: 'error', text: n, line: 9 }]);
        expectError(checked.result, new RegExp(`«${n.replace(/\./g, '\\.')}» er ikke et gyldig saksnummer`), { code: 'invalid-case-number', range: rangeOf(text, n) });
        expect(checked.meeting.cases[0].title).toBe('Tittel');
    });

    it.each(['17/23', '17/2023', '07/16', '3', '17.1', '4.'])('Sak %s: no diagnostic', async (n) => {
        expect(withCode(await validate(ok(`Sak ${n} Tittel\nVedtak: A.\n`)), 'invalid-case-number')).toEqual([]);
    });
});

describe(IssueCodes.MissingCaseTitle, () => {
    it('a Sak line without title: hint on the Sak line (some minutes list items by number only)', async () => {
        const text = ok('Sak 3\nVedtak: A.\n');
        const checked = await validate(text);
        expect(withCode(checked, 'missing-case-title')).toEqual([{ severity: 'hint', text: 'Sak 3', line: 9 }]);
        expectIssue(checked.result, { severity: DiagnosticSeverity.Hint, message: /Sak 3 mangler tittel/, code: 'missing-case-title', range: rangeOf(text, 'Sak 3') });
    });

    it('trailing blanks do not make a title', async () => {
        const checked = await validate(ok('Sak 3 \t \nVedtak: A.\n'));
        expect(withCode(checked, 'missing-case-title')).toEqual([{ severity: 'hint', text: 'Sak 3', line: 9 }]);
    });

    it('a titled case: no diagnostic', async () => {
        expect(withCode(await validate(ok('Sak 3 Tittel\nVedtak: A.\n')), 'missing-case-title')).toEqual([]);
    });
});

describe(IssueCodes.InvalidDate, () => {
    const header = (lines: string) => `Organ: X\n${lines}\n`;

    it.each([
        ['Dato: 31.02.2024', '31.02.2024'],
        ['Dato: 30. februar 2024', '30. februar 2024'],
        ['Dato: 29.02.2023', '29.02.2023'],
        ['Dato: 3. smørbrød 2024', '3. smørbrød 2024'],
        ['Dato: i morgen', 'i morgen'],
    ])('%s: error on the date', async (line, date) => {
        const text = header(line);
        const checked = await validate(text);
        expect(withCode(checked, 'invalid-date')).toEqual([{ severity: 'error', text: date, line: 2 }]);
        expectError(checked.result, /./, { code: 'invalid-date', range: rangeOf(text, date) });
    });

    it.each([
        ['Tid: 25:00–26:00', '25:00–26:00'],
        ['Tid: 10:75', '10:75'],
        ['Tid: 15:00–10:00', '15:00–10:00'],
        ['Tid: om morgenen', 'om morgenen'],
    ])('%s: error on the time', async (line, time) => {
        const checked = await validate(header(`Dato: 1.2.2024\n${line}`));
        expect(withCode(checked, 'invalid-date')).toEqual([{ severity: 'error', text: time, line: 3 }]);
    });

    it('approval before the meeting: error on the approval date', async () => {
        const checked = await validate(header('Dato: 10.1.2024\nStatus: godkjent 1.1.2024'));
        expect(withCode(checked, 'invalid-date')).toEqual([{ severity: 'error', text: '1.1.2024', line: 3 }]);
        expect(messages(checked, 'invalid-date')[0]).toMatch(/kan ikke være godkjent 01\.01\.2024, før møtet 10\.01\.2024/);
    });

    it('an impossible approval date: error on it', async () => {
        const checked = await validate(header('Dato: 10.1.2024\nStatus: godkjent 31.2.2024'));
        expect(withCode(checked, 'invalid-date')).toEqual([{ severity: 'error', text: '31.2.2024', line: 3 }]);
    });

    it('an impossible deadline date is an error; a deadline without a date is an action without one, never an error', async () => {
        const checked = await validate(ok('Sak 1 T\nAnsvarlig: Kari Nordmann\nVedtak: A.\nFrist 31.04.2024: notat\nFrist: Kari Nordmann – notat\n'));
        expect(withCode(checked, 'invalid-date')).toEqual([{ severity: 'error', text: '31.04.2024', line: 12 }]);
        const undated = checked.meeting.cases[0].deadlines[1];
        expect([undated.due, undated.responsible?.name, undated.what]).toEqual([undefined, 'Kari Nordmann', 'notat']);
    });

    it('an impossible next meeting date', async () => {
        const checked = await validate(header('Dato: 10.1.2024\n\nNeste møte: 30. februar 2024, kl. 10'));
        expect(withCode(checked, 'invalid-date')).toEqual([{ severity: 'error', text: '30. februar 2024', line: 4 }]);
    });

    it('valid dates and times: no diagnostic', async () => {
        const checked = await validate(header(`Dato: 29.02.2024\nTid: 09:00–15:30\nStatus: godkjent 1.3.2024\n${PRESENT}\nNeste møte: 1. mars 2024`));
        expect(codes(checked)).toEqual([]);
    });
});

describe(IssueCodes.WeekdayMismatch, () => {
    it('Neste møte: onsdag 25. april 2016 (a Monday): warning on the date with weekday', async () => {
        const text = 'Organ: X\nDato: 29.02.2016\n\nNeste møte: onsdag 25. april 2016, kl. 10\n';
        const checked = await validate(text);
        expect(withCode(checked, 'weekday-mismatch')).toEqual([{ severity: 'warning', text: 'onsdag 25. april 2016', line: 4 }]);
        expectWarning(checked.result, /25\. april 2016 er en mandag, ikke onsdag/, { code: 'weekday-mismatch', range: rangeOf(text, 'onsdag 25. april 2016') });
    });

    it('the meeting date', async () => {
        const checked = await validate('Organ: X\nDato: tirsdag 10. januar 2024\n');
        expect(withCode(checked, 'weekday-mismatch')).toEqual([{ severity: 'warning', text: 'tirsdag 10. januar 2024', line: 2 }]);
    });

    it('a deadline (also when the year is implied)', async () => {
        const checked = await validate(ok('Sak 1 T\nVedtak: A.\nFrist fredag 11. april 2024: Kari Nordmann – notat\nFrist for svar: torsdag 12. april (ansvarlig: Kari Nordmann)\n'));
        expect(withCode(checked, 'weekday-mismatch')).toEqual([
            { severity: 'warning', text: 'fredag 11. april 2024', line: 11 },
            { severity: 'warning', text: 'torsdag 12. april', line: 12 },
        ]);
    });

    it.each(['Mandag 25. april 2016', 'mandag 25.4.2016', 'måndag 25. april 2016'])('Neste møte: %s: no diagnostic', async (date) => {
        const checked = await validate(`Organ: X\nDato: 29.02.2016\n${PRESENT}\nNeste møte: ${date}\n`);
        expect(codes(checked)).toEqual([]);
    });
});

describe(IssueCodes.DeadlineBeforeMeeting, () => {
    it('a deadline dated before the meeting: error on the date', async () => {
        const text = ok('Sak 1 T\nVedtak: A.\nFrist 9.1.2024: Kari Nordmann – notat\n');
        const checked = await validate(text);
        expect(withCode(checked, 'deadline-before-meeting')).toEqual([{ severity: 'error', text: '9.1.2024', line: 11 }]);
        expectError(checked.result, /Fristen 9\. januar 2024 er før møtet 10\. januar 2024/i, { code: 'deadline-before-meeting', range: rangeOf(text, '9.1.2024') });
    });

    it.each(['10.1.2024', '11.1.2024', '9. januar'])('Frist %s: no diagnostic (a date without year rolls forward)', async (date) => {
        const checked = await validate(ok(`Sak 1 T\nVedtak: A.\nFrist ${date}: Kari Nordmann – notat\n`));
        expect(codes(checked)).toEqual([]);
    });
});

describe(IssueCodes.DeadlineWithoutResponsible, () => {
    it('a deadline naming nobody, in a case without Ansvarlig: warning on Frist', async () => {
        const text = ok('Sak 1 T\nVedtak: A.\nFrist for notat: 11. april. Notatet sendes sekretariatet.\n');
        const checked = await validate(text);
        expect(withCode(checked, 'deadline-without-responsible')).toEqual([{ severity: 'warning', text: 'Frist', line: 11 }]);
        expectWarning(checked.result, /Fristen har ingen ansvarlig/, { code: 'deadline-without-responsible', range: rangeOf(text, 'Frist') });
    });

    it.each([
        ['a person after the date', 'Frist 11.04.2024: Kari Nordmann – notat.\n'],
        ['a group after the date', 'Frist 11.04.2024: Arbeidsgruppen – notat.\n'],
        ['(ansvarlig: …)', 'Frist for notat: 11. april (ansvarlig: Arbeidsgruppen). Sendes sekretariatet.\n'],
        ['the case\'s Ansvarlig:', 'Frist for notat: 11. april. Notatet sendes sekretariatet.\n', 'Ansvarlig: Arbeidsgruppen\n'],
    ])('%s: no diagnostic', async (_name, deadline, responsible = '') => {
        const checked = await validate(ok(`Sak 1 T\n${responsible}Vedtak: A.\n${deadline}`));
        expect(codes(checked)).toEqual([]);
    });
});

describe(IssueCodes.UnknownPerson, () => {
    it.each([
        ['Møteleder:', 'Organ: X\nDato: 10.1.2024\nMøteleder: Anne Annesen\n\nTil stede:\n- Kari Nordmann\n', 'Anne Annesen'],
        ['Referent:', 'Organ: X\nDato: 10.1.2024\nReferent: Anne Annesen, sekretariatet\n\nTil stede:\n- Kari Nordmann\n', 'Anne Annesen'],
        ['Innledning ved', ok('Sak 1 T\nInnledning ved Anne Annesen, direktør\nVedtak: A.\n'), 'Anne Annesen'],
        ['Ansvarlig: (a person)', ok('Sak 1 T\nAnsvarlig: Anne Annesen\nVedtak: A.\n'), 'Anne Annesen'],
        ['Inhabil:', ok('Sak 1 T\nInhabil: Kari Nordmann og Anne Annesen (eier)\nVedtak: A.\n'), 'Anne Annesen'],
        ['Dissens:', ok('Sak 1 T\nVedtak: A.\nDissens: Anne Annesen – uenig\n'), 'Anne Annesen'],
        ['Frist (a person)', ok('Sak 1 T\nVedtak: A.\nFrist 1.2.2024: Anne Annesen – notat\n'), 'Anne Annesen'],
        ['Frist (the second person)', ok('Sak 1 T\nVedtak: A.\nFrist 1.2.2024: Kari Nordmann og Anne Annesen – notat\n'), 'Anne Annesen'],
        ['vara for', 'Organ: X\nDato: 10.1.2024\n\nTil stede:\n- Kari Nordmann, vara for Anne Annesen\n', 'Anne Annesen'],
    ])('%s: warning on the name', async (_name, text, name) => {
        const checked = await validate(text);
        expect(withCode(checked, 'unknown-person')).toEqual([{ severity: 'warning', text: name, line: text.slice(0, text.lastIndexOf(name)).split('\n').length }]);
        expectWarning(checked.result, /«Anne Annesen» står ikke i noen deltakerliste/, { code: 'unknown-person', range: rangeOf(text, name) });
    });

    it('names are compared case-insensitively, in NFC and with single spaces', async () => {
        const checked = await validate(ok('Sak 1 T\nInnledning ved KARI  nordmann\nVedtak: A.\nDissens: Ola Hansen\n'));
        expect(withCode(checked, 'unknown-person')).toEqual([]);
    });

    it('a group (not the shape of a person name) as responsible or in a deadline: no diagnostic', async () => {
        const checked = await validate(ok('Sak 1 T\nAnsvarlig: Arbeidsgruppen for helsedata\nVedtak: A.\nFrist 1.2.2024: Sekretariatet – notat\n'));
        expect(withCode(checked, 'unknown-person')).toEqual([]);
    });

    it('members of an Ansvarlig group and people in Forfall/Andre are known', async () => {
        const text = `${HEADER}\nForfall:\n- Berit Berg\n\nAndre:\n- Geir Gran, gjest\n
Sak 1 T
Ansvarlig: Arbeidsgruppen
- Anne Annesen, UiO
Innledning ved Geir Gran
Vedtak: A.
Frist 1.2.2024: Anne Annesen – notat
Dissens: Berit Berg
`;
        expect(withCode(await validate(text), 'unknown-person')).toEqual([]);
    });

    it('minutes without attendance lists are not checked', async () => {
        const checked = await validate('Organ: X\nDato: 10.1.2024\nMøteleder: Anne Annesen\n\nSak 1 T\nInnledning ved Geir Gran\nVedtak: A.\n');
        expect(withCode(checked, 'unknown-person')).toEqual([]);
    });
});

describe(IssueCodes.PresentAndAbsent, () => {
    it('a person both present and absent: error on the second mention', async () => {
        const text = `${HEADER}\nForfall:\n- Ola Hansen, Ås kommune, medlem\n`;
        const checked = await validate(text);
        expect(withCode(checked, 'present-and-absent')).toEqual([{ severity: 'error', text: 'Ola Hansen', line: 10 }]);
        expectError(checked.result, /Ola Hansen står både som til stede og med forfall \(se linje 6\)/, { code: 'present-and-absent', range: rangeOf(text, 'Ola Hansen', 1) });
    });

    it('absent and among the others', async () => {
        const checked = await validate('Organ: X\nDato: 10.1.2024\n\nForfall:\n- Kari Nordmann\n\nAndre:\n- Kari Nordmann, gjest\n');
        expect(withCode(checked, 'present-and-absent')).toEqual([{ severity: 'error', text: 'Kari Nordmann', line: 8 }]);
    });

    it('a substitute whose principal is present: warning on the principal in "vara for"', async () => {
        const text = 'Organ: X\nDato: 10.1.2024\n\nTil stede:\n- Kari Nordmann, UiB, fast medlem\n- Marit Bakke, UiB, vara for Kari Nordmann\n';
        const checked = await validate(text);
        expect(withCode(checked, 'present-and-absent')).toEqual([{ severity: 'warning', text: 'Kari Nordmann', line: 6 }]);
        expect(messages(checked, 'present-and-absent')[0]).toMatch(/Marit Bakke møter som vara for Kari Nordmann, men Kari Nordmann står ikke under «Forfall:»/);
    });

    it('a substitute whose principal is absent: no diagnostic', async () => {
        const checked = await validate('Organ: X\nDato: 10.1.2024\n\nTil stede:\n- Marit Bakke, UiB, vara for Per Bakke\n\nForfall:\n- Per Bakke, UiB, fast medlem\n');
        expect(codes(checked)).toEqual([]);
    });
});

describe(IssueCodes.DuplicateAttendee, () => {
    it('a person listed twice: warning on the second name', async () => {
        const text = `${HEADER}- ola  HANSEN, Ås kommune\n`;
        const checked = await validate(text);
        expect(withCode(checked, 'duplicate-attendee')).toEqual([{ severity: 'warning', text: 'ola  HANSEN', line: 8 }]);
        expectWarning(checked.result, /ola {2}HANSEN står to ganger i deltakerlistene \(også på linje 6\)/, { code: 'duplicate-attendee' });
    });

    it('present and among the others', async () => {
        const checked = await validate(`${HEADER}\nAndre:\n- Per Olsen, gjest\n`);
        expect(withCode(checked, 'duplicate-attendee')).toEqual([{ severity: 'warning', text: 'Per Olsen', line: 10 }]);
        expect(withCode(checked, 'present-and-absent')).toEqual([]);
    });

    it('absent twice', async () => {
        const checked = await validate('Organ: X\nDato: 10.1.2024\n\nForfall:\n- Kari Nordmann\n- Kari Nordmann\n');
        expect(withCode(checked, 'duplicate-attendee')).toEqual([{ severity: 'warning', text: 'Kari Nordmann', line: 6 }]);
    });

    it('a present attendee who is also a member of an Ansvarlig group: no diagnostic', async () => {
        const checked = await validate(ok('Sak 1 T\nAnsvarlig: Gruppen\n- Kari Nordmann, Ås kommune\nVedtak: A.\n'));
        expect(codes(checked)).toEqual([]);
    });
});

describe(IssueCodes.ExemptWithoutBasis, () => {
    it('Unntatt offentlighet: without basis: error on the keyword', async () => {
        const text = ok('Sak 1 T\nUnntatt offentlighet:\nVedtak: A.\n');
        const checked = await validate(text);
        expect(withCode(checked, 'exempt-without-basis')).toEqual([{ severity: 'error', text: 'Unntatt offentlighet:', line: 10 }]);
        expectError(checked.result, /krever hjemmel/, { code: 'exempt-without-basis', range: rangeOf(text, 'Unntatt offentlighet:') });
    });

    it('with a basis: no diagnostic', async () => {
        expect(codes(await validate(ok('Sak 1 T\nUnntatt offentlighet: offl. § 13\nVedtak: A.\n')))).toEqual([]);
    });
});

describe(IssueCodes.UnresolvedCaseReference, () => {
    it('a reference to no case: warning on the number', async () => {
        const text = ok('Sak 1 T\nSe notatet (jf. sak 9).\nVedtak: A.\n');
        const checked = await validate(text);
        expect(withCode(checked, 'unresolved-case-reference')).toEqual([{ severity: 'warning', text: '9', line: 10 }]);
        expectWarning(checked.result, /Finner ingen sak 9 i dette møtet/, { code: 'unresolved-case-reference', range: rangeIn(text, 'jf. sak 9', '9') });
    });

    it('references in a decision and in a list are checked too', async () => {
        const checked = await validate(ok('Sak 1 T\n- punkt (jf. sak 7)\nVedtak: Som før (jfr. sak 8).\n'));
        expect(withCode(checked, 'unresolved-case-reference').map(s => s.text)).toEqual(['7', '8']);
    });

    it('references to cases and sub-cases of this meeting: no diagnostic', async () => {
        const checked = await validate(ok('Sak 1 T\nSe jf. sak 2 og jmf. sak 2.1.\nVedtak: A.\n\nSak 2 U\n\nSak 2.1 V\nVedtak: B (jf. sak 1).\n'));
        expect(codes(checked)).toEqual([]);
    });

    it('a reference with a year resolves only to a case of that year', async () => {
        const checked = await validate(ok('Sak 1/24 T\nSe jf. sak 1/23 og jf. sak 1/24.\nVedtak: A.\n'));
        expect(withCode(checked, 'unresolved-case-reference').map(s => s.text)).toEqual(['1/23']);
    });

    it('a reference naming a meeting that is not in the workspace: no diagnostic', async () => {
        const checked = await validate(ok('Sak 1 T\nJfr. sak 8.3 møte 25.1.2016 (01/16) og jf. sak 07/16 (01/16).\nVedtak: A.\n'));
        expect(codes(checked)).toEqual([]);
    });

    it('a reference naming this meeting checks this meeting', async () => {
        const text = `Organ: X\nMøte: 01/2024\nDato: 10.1.2024\n\nSak 1 T\nSe jf. sak 1 (01/24) og jf. sak 5 (01/24).\nVedtak: A.\n`;
        const checked = await validate(text);
        expect(withCode(checked, 'unresolved-case-reference')).toEqual([{ severity: 'warning', text: '5', line: 6 }]);
        expect(messages(checked, 'unresolved-case-reference')[0]).toContain('i møtet 01/24');
    });
});

describe(IssueCodes.NextMeetingInPast, () => {
    it.each(['1. januar 2024', '10. januar 2024'])('Neste møte: %s (meeting 10 January 2024): error on the date', async (date) => {
        const text = ok(`Sak 1 T\nVedtak: A.\n\nNeste møte: ${date}, kl. 10, Ås\n`);
        const checked = await validate(text);
        expect(withCode(checked, 'next-meeting-in-past')).toEqual([{ severity: 'error', text: date, line: 12 }]);
        expectError(checked.result, /er ikke etter dette møtet/, { code: 'next-meeting-in-past', range: rangeOf(text, date, date === '10. januar 2024' ? 1 : 0) });
    });

    it('a later date: no diagnostic', async () => {
        expect(codes(await validate(ok('Sak 1 T\nVedtak: A.\n\nNeste møte: 11. januar 2024\n')))).toEqual([]);
    });

    it('a date without year after the meeting in the calendar year rolls forward', async () => {
        const checked = await validate(`Organ: X\nDato: 1.12.2023\n${PRESENT}\nNeste møte: 5. januar, kl. 10\n`);
        expect(checked.meeting.nextMeeting?.date?.value).toEqual({ year: 2024, month: 1, day: 5 });
        expect(checked.meeting.nextMeeting?.date?.yearImplied).toBe(true);
        expect(codes(checked)).toEqual([]);
    });
});

describe(IssueCodes.DecisionInAnyOtherBusiness, () => {
    it('a decision under Eventuelt: warning on Vedtak:', async () => {
        const text = ok('Sak 1 Eventuelt\nVedtak: Dugnad 1. juni.\n');
        const checked = await validate(text);
        expect(withCode(checked, 'decision-in-any-other-business')).toEqual([{ severity: 'warning', text: 'Vedtak:', line: 10 }]);
        expectWarning(checked.result, /Vedtak under Eventuelt/, { code: 'decision-in-any-other-business', range: rangeOf(text, 'Vedtak:') });
        expect(withCode(checked, 'missing-decision')).toEqual([]);
    });

    it('Eventuelt without decision, and a decision in a case whose title only mentions eventuelt: no diagnostic', async () => {
        const checked = await validate(ok('Sak 1 Eventuelle endringer\nVedtak: A.\n\nSak 2 Eventuelt\nIngen saker.\n'));
        expect(codes(checked)).toEqual([]);
    });
});

describe(IssueCodes.MissingHeaderField, () => {
    it('no Organ: error at the start of the file', async () => {
        const checked = await validate('Dato: 10.1.2024\n');
        expect(withCode(checked, 'missing-header-field')).toEqual([{ severity: 'error', text: '', line: 1 }]);
        expect(messages(checked, 'missing-header-field')[0]).toMatch(/Referatet mangler «Organ:»/);
        expectError(checked.result, /mangler «Organ:»/, { code: 'missing-header-field', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    });

    it('no Dato: error', async () => {
        const checked = await validate('Organ: X\n');
        expect(messages(checked, 'missing-header-field')).toEqual([expect.stringMatching(/Referatet mangler «Dato:»/)]);
        expect(withCode(checked, 'missing-header-field')[0].severity).toBe('error');
    });

    it('an unknown Status: warning on the status line', async () => {
        const checked = await validate('Organ: X\nDato: 10.1.2024\nStatus: halvferdig\n');
        expect(withCode(checked, 'missing-header-field')).toEqual([{ severity: 'warning', text: 'Status: halvferdig', line: 3 }]);
        expect(messages(checked, 'missing-header-field')[0]).toMatch(/Ukjent status «halvferdig»/);
    });

    it('Organ and Dato present: no diagnostic', async () => {
        expectNoIssues((await validate(`Organ: X\nDato: 10.1.2024\nStatus: Utkast\n${PRESENT}`)).result);
    });
});

describe(IssueCodes.DuplicateHeaderField, () => {
    it('a header field written twice: warning on the second keyword', async () => {
        const text = 'Organ: X\nDato: 10.1.2024\nSted: Ås\nSted: Oslo\n';
        const checked = await validate(text);
        expect(withCode(checked, 'duplicate-header-field')).toEqual([{ severity: 'warning', text: 'Sted:', line: 4 }]);
        expectWarning(checked.result, /^«Sted:» står to ganger i møtehodet \(også på linje 3\)\. Slett den ene\.$/, { code: 'duplicate-header-field', range: rangeOf(text, 'Sted:', 1) });
    });

    it('every field once: no diagnostic', async () => {
        expect(codes(await validate(`Organ: X\nMøte: 1/2024\nDato: 10.1.2024\nTid: 10-12\nSted: Ås\nStatus: utkast\n${PRESENT}`))).toEqual([]);
    });
});

describe(IssueCodes.MisplacedLine, () => {
    it.each([
        ['Dato: 11.1.2024', 'Dato:', /hører hjemme i møtehodet/],
        ['Organ: Y', 'Organ:', /hører hjemme i møtehodet/],
        ['Til stede:', 'Til stede:', /hører hjemme i deltakerlistene/],
        ['Forfall:', 'Forfall:', /hører hjemme i deltakerlistene/],
    ])('%s inside a case: warning on the keyword', async (line, keyword, message) => {
        const text = ok(`Sak 1 T\n${line}\nVedtak: A.\n`);
        const checked = await validate(text);
        expect(withCode(checked, 'misplaced-line')).toEqual([{ severity: 'warning', text: keyword, line: 10 }]);
        expectWarning(checked.result, message, { code: 'misplaced-line', range: rangeOf(text, keyword, keyword === 'Til stede:' || keyword === 'Dato:' || keyword === 'Organ:' ? 1 : 0) });
    });

    it.each([
        ['Vedtak: A.', 'Vedtak:'], ['Vedtakssak: x', 'Vedtakssak:'], ['Frist 1.2.2024: Kari Nordmann', 'Frist'],
        ['Innledning ved Kari Nordmann', 'Innledning ved'], ['Votering: enstemmig', 'Votering:'],
    ])('%s before the first case: warning on the keyword', async (line, keyword) => {
        const checked = await validate(`Organ: X\nDato: 10.1.2024\n${line}\n`);
        expect(withCode(checked, 'misplaced-line')).toEqual([{ severity: 'warning', text: keyword, line: 3 }]);
        expect(messages(checked, 'misplaced-line')[0]).toMatch(/hører hjemme i en sak/);
    });

    it('names on the line of an attendance heading are attendees: no diagnostic, nothing dropped', async () => {
        const text = 'Organ: X\nDato: 10.1.2024\n\nTil stede: Kari Nordmann, Ola Hansen\n- Per Olsen\n';
        const checked = await validate(text);
        expect(withCode(checked, 'misplaced-line')).toEqual([]);
        expectNoIssues(checked.result);
        expect(checked.meeting.attendance).toHaveLength(1);
        const people = checked.meeting.attendance[0].attendees;
        expect(people.map(p => [p.name, p.list, text.slice(p.nameSpan.start, p.nameSpan.end), p.nameSpan.line])).toEqual([
            ['Kari Nordmann', 'present', 'Kari Nordmann', 3], ['Ola Hansen', 'present', 'Ola Hansen', 3], ['Per Olsen', 'present', 'Per Olsen', 4],
        ]);
        expect(checked.meeting.people.map(p => p.name)).toEqual(['Kari Nordmann', 'Ola Hansen', 'Per Olsen']);
    });

    it('a misplaced line keeps the rest of the document', async () => {
        const checked = await validate(ok('Sak 1 T\nDato: 11.1.2024\nVedtak: A.\n\nSak 2 U\nVedtak: B.\n'));
        expect(checked.meeting.cases.map(c => c.decisions.length)).toEqual([1, 1]);
        expect(checked.meeting.date?.value).toEqual({ year: 2024, month: 1, day: 10 });
        expect(checked.meeting.misplaced.map(l => [l.keyword, l.reason, l.text.text])).toEqual([['Dato:', 'before-cases', 'Dato: 11.1.2024']]);
    });

    it('Neste møte: before the first case: no diagnostic', async () => {
        expect(codes(await validate(`Organ: X\nDato: 10.1.2024\n${PRESENT}\nNeste møte: 1.2.2024\n`))).toEqual([]);
    });
});

describe(IssueCodes.InvalidVote, () => {
    it('an unreadable vote: warning on the value', async () => {
        const text = ok('Sak 1 T\nVedtak: A.\nVotering: kanskje\n');
        const checked = await validate(text);
        expect(withCode(checked, 'invalid-vote')).toEqual([{ severity: 'warning', text: 'kanskje', line: 11 }]);
        expectWarning(checked.result, /Forstår ikke voteringen «kanskje»/, { code: 'invalid-vote', range: rangeOf(text, 'kanskje') });
    });

    it('an empty vote: warning on the line', async () => {
        const checked = await validate(ok('Sak 1 T\nVedtak: A.\nVotering:\n'));
        expect(withCode(checked, 'invalid-vote')).toEqual([{ severity: 'warning', text: 'Votering:', line: 11 }]);
    });

    it.each(['enstemmig', 'Enstemmig vedtatt', '7 for, 2 mot, 1 avholdende', '4 for, 3 mot', '5 stemmer for, 0 mot'])('Votering: %s: no diagnostic', async (v) => {
        expect(codes(await validate(ok(`Sak 1 T\nVedtak: A.\nVotering: ${v}\n`)))).toEqual([]);
    });
});

describe('README table', () => {
    it('lists every code of issue-codes.ts, and no other', async () => {
        const fs = await import('node:fs');
        const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
        const table = [...readme.matchAll(/^\| `([a-z-]+)` \| ((?:error|warning|hint)(?: \/ (?:error|warning|hint))*) \|/gm)].map(m => m[1]);
        expect([...table].sort()).toEqual(Object.values(IssueCodes).sort());
    });
});
