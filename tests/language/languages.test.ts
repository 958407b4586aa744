/**
 * Minutes in English and in nynorsk: every diagnostic is worded in the document's language (the
 * exact message a person reads), the catalogues are complete and really translated, and one
 * document has one language (`mixed-language`, `unknown-language`).
 */
import { describe, expect, it } from 'vitest';
import { IssueCodes } from '../../packages/language/src/validation/issue-codes.js';
import { type Messages, messagesFor } from '../../packages/language/src/validation/messages.js';
import { codeOf, messageOf, validate, validateWorkspace } from './helpers.js';

const HEADER_EN = 'Body: Quillwork Foundation Board (QFB)\nDate: December 3, 2024\n\nPresent:\n- Maria Okafor, chair\n- Jonas Weber\n- Elena Costa\n\nRegrets:\n- Samuel Adeyemi\n\n';
const en = (body: string) => HEADER_EN + body;
const HEADER_NN = 'Organ: Utvalet for oppvekst (UO)\nDato: 3. desember 2024\n\nTil stades:\n- Kari Nordmann, leiar\n- Ola Hansen\n\nForfall:\n- Per Lunde\n\n';
const nn = (body: string) => HEADER_NN + body;

/** The messages of the diagnostics with `code`, in source order. */
async function said(text: string, code: string): Promise<string[]> {
    const checked = await validate(text);
    return checked.diagnostics.filter(d => codeOf(d) === code).sort((a, b) => a.range.start.line - b.range.start.line).map(messageOf);
}

describe('every diagnostic in English minutes is in English', () => {
    const cases: Array<[string, string, string[]]> = [
        [IssueCodes.DuplicateCaseNumber, en('Item 1 Budget\nNone.\n\nItem 1 Budget again\nNone.\n'),
            ['The item number 1 is used before in these minutes (line 12). Give the item a number that fits the order, or renumber the items.']],
        [IssueCodes.MissingDecision, en('Item 1 Budget\nDecision item:\nWe talked.\n'),
            ['Item 1 is a decision item without a decision. Add a line "Decision: …", or a vote that says the motion was carried.']],
        [IssueCodes.CaseYearMismatch, en('Item 17/23 Budget\nNone.\n'),
            ['The item number 17/23 belongs to 2023, but the meeting is in 2024. Write "17/24".']],
        [IssueCodes.CaseNumberOrder, en('Item 1 Budget\nNone.\n\nItem 3 Plans\nNone.\n\nItem 2 Late\nNone.\n'),
            ['Item 3 skips a number after item 1 (the next number would be 2). That is fine if an item was withdrawn or is confidential.',
                'Item 2 comes after item 3. Number the items consecutively (the next number is 4), or say which meeting the item is from if it is taken up again: "(from the meeting of 2025-01-10)".']],
        [IssueCodes.InvalidCaseNumber, en('Item 17//23 Budget\nNone.\n'), ['"17//23" is not a valid item number. Write for example "3", "3.1" or "17/24".']],
        [IssueCodes.MissingCaseTitle, en('Item 2\nNone.\n'), ['Item 2 has no title. Write the title after the number on the same line.']],
        [IssueCodes.InvalidDate, 'Body: The Board\nDate: February 30, 2024\n\nPresent:\n- Maria Okafor\n',
            ['The date February 30, 2024 does not exist: February 2024 has 29 days.']],
        [IssueCodes.WeekdayMismatch, 'Body: The Board\nDate: Tuesday, December 21, 2009\n\nPresent:\n- Maria Okafor\n',
            ['21 December 2009 is a Monday, not a Tuesday. Correct the weekday or the date.']],
        [IssueCodes.DeadlineBeforeMeeting, en('Item 1 Budget\nDeadline 2024-11-01: Maria Okafor – the draft.\n'),
            ['The deadline 1 November 2024 is before the meeting on 3 December 2024. Correct the date.']],
        [IssueCodes.DeadlineWithoutResponsible, en('Item 1 Budget\nDeadline 2024-12-20: the draft is sent.\n'),
            ['The deadline has no owner. Write who after the date ("Deadline 2024-12-10: Priya Raman – draft budget") or "(owner: …)", or give the item a line "Responsible: …".']],
        [IssueCodes.UnknownPerson, en('Item 1 Budget\nPresented by John Smith\n'),
            ['"John Smith" is not in any attendance list. Correct the spelling or add the person under "Present:", "Regrets:" or "Also present:".']],
        [IssueCodes.PresentAndAbsent, en('Apologies:\n- Jonas Weber\n\nItem 1 Budget\nNone.\n'),
            ['Jonas Weber is listed both as present and as absent (see line 6). Remove the person from one of the lists.']],
        [IssueCodes.DuplicateAttendee, en('Guests:\n- Elena Costa\n\nItem 1 Budget\nNone.\n'),
            ['Elena Costa is listed twice in the attendance lists (also on line 7). Delete one of the lines.']],
        [IssueCodes.ExemptWithoutBasis, en('Item 1 Staff matter\nConfidential:\nDecision: Noted.\n'),
            ['A confidential item needs its basis. Write for example "Confidential: personal data of named individuals".']],
        [IssueCodes.UnresolvedCaseReference, en('Item 1 Budget\nSee item 9 for the figures.\n'),
            ["No item 9 in this meeting or in the body's other meetings in the workspace. Correct the number, or say which meeting the item belonged to."]],
        [IssueCodes.NextMeetingInPast, en('Item 1 Budget\nNone.\n\nNext meeting: December 1, 2024\n'),
            ['The next meeting (1 December 2024) is not after this meeting (3 December 2024). Correct the date.']],
        [IssueCodes.DecisionInAnyOtherBusiness, en('Item 1 Any other business\nDecision: A party.\n'),
            ['A decision under Any other business: matters that need a decision should be put on the agenda as an item of their own. Move the decision to its own item, or strike it.']],
        [IssueCodes.MissingHeaderField, 'Date: December 3, 2024\n\nPresent:\n- Maria Okafor\n',
            ['The minutes have no "Body:". Write for example "Body: Board of Directors of the Quillwork Foundation (QFB)" at the top of the file.']],
        [IssueCodes.DuplicateHeaderField, 'Body: The Board\nDate: December 3, 2024\nDate: December 4, 2024\n\nPresent:\n- Maria Okafor\n',
            ['"Date:" appears twice in the header (also on line 2). Delete one of them.']],
        [IssueCodes.MisplacedLine, en('Item 1 Budget\nPresent: Maria Okafor\n'),
            ['"Present:" belongs in the attendance lists, before the first item. Move the line up.']],
        [IssueCodes.InvalidVote, en('Item 1 Budget\nDecision: Adopted.\nVote: we talked about it\n'),
            ['Cannot read the vote "we talked about it". Write "unanimous" or for example "4-0-2" or "4 in favour, 0 against, 2 abstentions".']],
        [IssueCodes.NearMissKeyword, en('Item 1 Budget\nDecison: approved.\n'),
            ['Did you mean "Decision:"? The line is now read as ordinary text: the keyword is nearly right.']],
        [IssueCodes.NearMissExemption, en('Item 1 Staff matter\nConfidental: personal data\n'),
            ['Did you mean "Confidential:"? The line is now read as ordinary text (the keyword is nearly right), and the item would be published. The public edition cannot be made until the line is corrected.']],
        [IssueCodes.ExemptionAtCaseEnd, en('Item 1 Budget\nDecision: Adopted.\nConfidential: personal data\n\nItem 2 Staff matter\nNone.\n'),
            ['"Confidential:" is the last line of the item, right before Item 2 Staff matter. Does it belong to the next item? Then move it down under "Item 2 Staff matter"; else move it up to the item\'s first lines. Until then no public edition is made.']],
        [IssueCodes.EmptyAttendee, 'Body: The Board\nDate: December 3, 2024\n\nPresent:\n- Maria Okafor\n-\n',
            ['Empty bullet in the attendance list. Write the person after "- " ("- Name, organisation, role"), or delete the line.']],
        [IssueCodes.UnparsedValue, 'Body: The Board\nDate: December 3, 2024\nTime: 17:15, lunch at noon\n\nPresent:\n- Maria Okafor\n',
            ['Understood the time "17:15", but not "lunch at noon". Write for example "17:15–18:40 UTC" or "5:15 pm to 6:40 pm".']],
        [IssueCodes.EmptyMinutes, 'Body: The Board\nDate: December 3, 2024\n\nWe met.\n',
            ['The minutes have neither an attendance list nor items: everything is read as ordinary text. Write the attendees under "Present:" and the items as "Item 1 Title".']],
        [IssueCodes.AmbiguousPerson, en('Also present:\n- Maria Lopez, guest\n\nItem 1 Budget\nPresented by Maria\n'),
            ['"Maria" may be Maria Okafor or Maria Lopez. Write the full name.']],
        [IssueCodes.PersonNotPresent, 'Body: The Board\nDate: December 3, 2024\n\nPresent:\n- Maria Okafor\n- Jonas Weber (from item 2)\n\nItem 1 Budget\nDecision: Adopted.\nDissent: Jonas Weber\n\nItem 2 Plans\nNone.\n',
            ['Jonas Weber was not present for item 1 (from item 2). Correct the note in the attendance list, or the item.']],
        [IssueCodes.MixedLanguage, en('Item 1 Budget\nVedtak: Adopted.\n'),
            ['"Vedtak:" is Norwegian (bokmål), but the minutes are in English (from the header keywords). One document, one language: write "Decision:", or write "Language: …" at the top of the file.']],
        [IssueCodes.UnknownLanguage, 'Language: klingon\n' + en('Item 1 Budget\nNone.\n'),
            ['Unknown language "klingon". Write "en" (English), "nb" (Norwegian bokmål) or "nn" (Norwegian nynorsk).']],
    ];

    it.each(cases)('%s', async (code, text, expected) => {
        expect(await said(text, code)).toEqual(expected);
    });

    it('a syntax error: an item line without its number', async () => {
        expect(await said(en('Item\nNone.\n'), IssueCodes.ParsingError)).toEqual(['Expected an item number after "Item" (for example "Item 3 Title"), but found a line break.']);
        expect(await said(nn('Sak\nIngen.\n'), IssueCodes.ParsingError)).toEqual(['Venta saksnummer etter «Sak» (til dømes «Sak 17/23 Tittel»), men fann linjeskift.']);
        // Bokmål as before.
        expect(await said('Organ: Rådet\nDato: 10.01.2024\n\nTil stede:\n- Kari Nordmann\n\nSak\nIngen.\n', IssueCodes.ParsingError))
            .toEqual(['Forventet saksnummer etter «Sak» (for eksempel «Sak 17/23 Tittel»), men fant linjeskift.']);
    });

    it('a reference to a meeting of the body that the workspace does not have', async () => {
        const other = 'Body: Quillwork Foundation Board (QFB)\nDate: November 5, 2024\n\nPresent:\n- Maria Okafor\n\nItem 1 Budget\nNone.\n';
        const files = { 'a.referat': en('Item 1 Budget\nSee the meeting of October 1, 2024 for the figures.\n'), 'b.referat': other };
        await validateWorkspace(files, result => {
            const found = result['a.referat'].diagnostics.filter(d => codeOf(d) === IssueCodes.UnresolvedMeetingReference).map(messageOf);
            expect(found).toEqual(['Cannot find the meeting of October 1, 2024 among the body\'s meetings of 2024 in the workspace. Correct the meeting number or the date.']);
        });
    });

    it('a mixed-language message says when the language was declared', async () => {
        expect(await said('Language: en\n' + en('Item 1 Budget\nVedtak: Adopted.\n'), IssueCodes.MixedLanguage)).toEqual([
            '"Vedtak:" is Norwegian (bokmål), but the minutes are in English (as "Language:" says). One document, one language: write "Decision:".',
        ]);
    });

    it('the English example and the English corpus files have no diagnostic in Norwegian', async () => {
        const checked = await validate(en('Item 1 Budget\nDecision item:\nDecision: Adopted.\nVote: 4-0-2\n'));
        expect(checked.diagnostics.map(messageOf)).toEqual([]);
    });
});

describe('every diagnostic in nynorsk minutes is in nynorsk', () => {
    const cases: Array<[string, string, string[]]> = [
        [IssueCodes.MissingDecision, nn('Sak 1 Budsjett\nVedtakssak:\nVi drøfta.\n'),
            ['Sak 1 er ei vedtakssak utan vedtak. Legg til ei linje «Vedtak: …», eller ei røysting som seier at framlegget vart vedteke.']],
        [IssueCodes.DuplicateCaseNumber, nn('Sak 1 Budsjett\nIngen.\n\nSak 1 Budsjett igjen\nIngen.\n'),
            ['Saksnummeret 1 er brukt før i dette referatet (linje 11). Gi saka eit nummer som passar i rekkjefølgja, eller nummerer sakene på nytt.']],
        [IssueCodes.InvalidDate, 'Organ: Utvalet\nDato: 30. februar 2024\n\nTil stades:\n- Kari Nordmann\n',
            ['Datoen 30. februar 2024 finst ikkje: februar 2024 har 29 dagar.']],
        [IssueCodes.WeekdayMismatch, 'Organ: Utvalet\nDato: tysdag 21. desember 2009\n\nTil stades:\n- Kari Nordmann\n',
            ['21. desember 2009 er ein måndag, ikkje tysdag. Rett vekedagen eller datoen.']],
        [IssueCodes.UnknownPerson, nn('Sak 1 Budsjett\nInnleiing ved Siri Holm\n'),
            ['«Siri Holm» står ikkje i nokon deltakarliste. Rett skrivemåten eller legg personen til under «Til stades:», «Forfall:» eller «Andre:».']],
        [IssueCodes.ExemptWithoutBasis, nn('Sak 1 Personalsak\nUnnateke frå offentlegheit:\nVedtak: Teke til vitande.\n'),
            ['Unntak frå offentlegheit krev heimel. Skriv til dømes «Unnateke frå offentlegheit: offl. § 13».']],
        [IssueCodes.MisplacedLine, nn('Sak 1 Budsjett\nStad: Rådhuset\n'),
            ['«Stad:» høyrer heime i møtehovudet, før den første saka. Flytt linja opp.']],
        [IssueCodes.InvalidVote, nn('Sak 1 Budsjett\nVedtak: Vedteke.\nRøysting: vi snakka om det\n'),
            ['Forstår ikkje røystinga «vi snakka om det». Skriv «samrøystes» eller til dømes «7 for, 2 mot, 1 avhaldande».']],
        [IssueCodes.NearMissKeyword, nn('Sak 1 Budsjett\n- Vedtak: Vedteke.\n'),
            ['Meinte du «Vedtak:»? Linja vert no lesen som vanleg tekst: eit punktteikn står framfor nøkkelordet.']],
        [IssueCodes.MixedLanguage, nn('Sak 1 Budsjett\nDecision: Vedteke.\n'),
            ['«Decision:» er engelsk, men referatet er på nynorsk (etter nøkkelorda i møtehovudet). Eitt referat, eitt språk: skriv «Vedtak:», eller skriv «Språk: …» øvst i fila.']],
    ];

    it.each(cases)('%s', async (code, text, expected) => {
        expect(await said(text, code)).toEqual(expected);
    });

    it('Språk: nn makes shared spellings nynorsk too', async () => {
        const text = 'Språk: nn\nOrgan: Rådet\nDato: 10.01.2024\n\nTil stede:\n- Kari Nordmann\n\nSak 1 Test\nVedtakssak:\n';
        expect(await said(text, IssueCodes.MissingDecision)).toEqual(['Sak 1 er ei vedtakssak utan vedtak. Legg til ei linje «Vedtak: …», eller ei røysting som seier at framlegget vart vedteke.']);
    });
});

describe('the catalogues', () => {
    const SAMPLE: Record<string, unknown[]> = {
        dateProblem: [{ kind: 'not-a-date', written: 'x' }], timeProblem: [{ kind: 'not-a-time', written: 'x' }],
        weekdayMismatch: [{ year: 2009, month: 12, day: 21 }, 'mandag', 'tirsdag'],
        nextMeetingNotAfter: [{ year: 2009, month: 12, day: 21 }, { year: 2009, month: 12, day: 22 }],
        deadlineBeforeMeeting: [{ year: 2009, month: 12, day: 21 }, { year: 2009, month: 12, day: 22 }, false],
        invalidCaseNumber: [{ kind: 'malformed', text: '1//2' }], invalidVote: [{ kind: 'unreadable', text: 'x' }],
        nearMiss: ['Vedtak:', 'typo'], nearMissCase: ['typo'], nearMissExemption: ['Unntatt offentlighet:', 'typo'],
        misplacedBeforeCases: ['Sted:', 'header'], caseOutOfOrder: ['Sak 2', 'sak 3', 'case', 4], ambiguousPerson: ['Kari', ['Kari A', 'Kari B']],
        foreignKeyword: ['Vedtak:', 'nb', 'en', false, 'Decision:'], missingDecision: ['Sak 1', 'Vedtakssak'],
    };
    const keys = Object.keys(messagesFor('nb')) as Array<keyof Messages>;
    const call = (m: Messages, key: keyof Messages) => {
        const value = m[key] as string | ((...args: unknown[]) => string);
        return typeof value === 'string' ? value : value(...(SAMPLE[key] ?? ['A', 2, 'B', 'C']));
    };

    it('have the same keys in every language', () => {
        for (const language of ['nn', 'en'] as const) expect(Object.keys(messagesFor(language)).sort()).toEqual([...keys].sort());
    });

    it.each(keys)('%s is English in English, and not bokmål in nynorsk', key => {
        const nb = call(messagesFor('nb'), key), english = call(messagesFor('en'), key);
        expect(english).not.toBe(nb);
        // Only the names of the Norwegian languages ("bokmål") have Norwegian letters in English messages.
        expect(english.replace(/bokmål/g, '')).not.toMatch(/[æøå«»]/u);
        // A few say the same in both Norwegian languages ("Skriv «…»", "Fristen … er før møtet …").
        const same = ['fixNearMiss', 'unknownLanguage', 'caseYearMismatch', 'ambiguousPerson', 'unresolvedMeetingReference', 'deadlineBeforeMeeting',
            'fixAddDecision', 'fixCaseNumber', 'fixName', 'fixAddPerson', 'basisText', 'decisionPlaceholder'];
        if (!same.includes(key)) expect(call(messagesFor('nn'), key)).not.toBe(nb);
    });
});
