import { afterEach, describe, expect, it } from 'vitest';
import { expectCompletion } from 'langium/test';
import { type CompletionItem, CompletionItemKind, type CompletionList } from 'vscode-languageserver';
import { addFile, createTestServices, EARLIER, MINUTES, reset } from './services.js';

const services = createTestServices();
const complete = expectCompletion(services.Referat);
const labels = (list: CompletionList) => list.items.map(i => i.label);
const byLabel = (list: CompletionList, label: string): CompletionItem => {
    const item = list.items.find(i => i.label === label);
    if (!item) throw new Error(`Ingen «${label}» blant ${labels(list).join(', ')}`);
    return item;
};
const newText = (item: CompletionItem) => (item.textEdit as { newText: string }).newText;

/** MINUTES with `insert` at the start of the line after `after`. */
function withLine(after: string, insert: string): string {
    const at = MINUTES.indexOf(after) + after.length;
    return MINUTES.slice(0, at) + '\n' + insert + MINUTES.slice(at);
}

afterEach(() => reset(services));

/** Labels in the order an editor shows them (by sortText, as VS Code sorts before anything is typed). */
const ranked = (list: CompletionList) => list.items.slice()
    .sort((a, b) => (a.sortText ?? a.label) < (b.sortText ?? b.label) ? -1 : (a.sortText ?? a.label) > (b.sortText ?? b.label) ? 1 : 0)
    .map(i => i.label);
const preselected = (list: CompletionList) => list.items.filter(i => i.preselect).map(i => i.label);
const HEADER = ['Organ:', 'Dokument:', 'Møte:', 'Dato:', 'Tid:', 'Sted:', 'Status:', 'Møteleder:', 'Referent:'];
const ATTENDANCE = ['Til stede:', 'Forfall:', 'Varamedlemmer:', 'Andre:'];
const CASE_LINES = ['Innledning ved', 'Ansvarlig:', 'Vedlegg:', 'Unntatt offentlighet:', 'Inhabil:', 'Utgår', 'Forslag:', 'Vedtak:', 'Votering:', 'Dissens:', 'Oppfølging:', 'Neste møte:', 'Underskrifter:'];
const CASE_TYPES = [
    'Vedtakssak:', 'Orienteringssak:', 'Diskusjonssak:', 'Beslutningssak:', 'Diskusjons- og beslutningssak:', 'Drøftingssak:', 'Referatsak:',
    'Valgsak:', 'Høringssak:', 'Høyringssak:', 'Temasak:', 'Informasjonssak:', 'Behandlingssak:',
];
/** A snippet's text as the editor leaves it when every field keeps its default (tab stops removed). */
const expandSnippet = (snippet: string) => snippet.replace(/\$\{\d+:((?:\\.|[^\\}])*)\}/g, '$1').replace(/\$\d+/g, '').replace(/\\([\\$}])/g, '$1');

describe('completion at the start of a line, ranked by need', () => {
    it('in an empty file: the whole minutes first, then «Organ:», the other header fields and the attendance headings', async () => {
        for (const text of ['<|>', '// Nytt referat\n\n<|>\n']) {
            await complete({
                text, index: 0,
                assert: list => {
                    expect(ranked(list)).toEqual(['Møtereferat', ...HEADER, ...ATTENDANCE]);
                    expect(preselected(list)).toEqual(['Møtereferat']);
                },
            });
        }
        await complete({ text: 'Mø<|>', index: 0, assert: list => expect(ranked(list)).toEqual(['Møtereferat', 'Møte:', 'Møteleder:']) });
    });

    it('the whole-minutes template starts on an empty «Organ:», dated today, and is minutes whose only error is that empty body', async () => {
        let snippet = '';
        await complete({ text: '<|>', index: 0, assert: list => { snippet = newText(byLabel(list, 'Møtereferat')); } });
        expect(snippet.split('\n').slice(0, 8)).toEqual([
            'Organ: $1', 'Dato: ${2:mandag 20. mai 2024}', 'Sted: $3', 'Status: utkast', 'Møteleder: $4', 'Referent: $5', '', 'Til stede:',
        ]);
        expect(snippet.split('\n').slice(-4)).toEqual(['Sak 03/24 Eventuelt', '', 'Neste møte: $7', '$0']);
        const doc = await addFile(services, expandSnippet(snippet));
        expect((doc.diagnostics ?? []).filter(d => d.severity === 1).map(d => [(d.data as { code: string }).code, d.range.start.line])).toEqual([['missing-header-field', 0]]);
    });

    it('in the header: the fields not yet written (Organ and Dato first when missing), then attendance headings; no case', async () => {
        await complete({
            text: withLine('Dato: 14. mai 2024', '<|>'), index: 0,
            // Organ, Møte, Dato, Møteleder and Referent are written; so are Til stede and Forfall.
            assert: list => expect(ranked(list)).toEqual(['Dokument:', 'Tid:', 'Sted:', 'Status:', 'Varamedlemmer:', 'Andre:', 'Til stede:', 'Forfall:']),
        });
        await complete({
            text: 'Møte: 02/2024\nSted: Rådhuset\n<|>', index: 0,
            assert: list => {
                expect(ranked(list)).toEqual(['Organ:', 'Dato:', 'Dokument:', 'Tid:', 'Status:', 'Møteleder:', 'Referent:', ...ATTENDANCE]);
                expect(preselected(list)).toEqual(['Organ:']);
            },
        });
    });

    it('below the attendance lists of minutes without cases: the first case first', async () => {
        await complete({
            text: 'Organ: Styret i Testlaget (TL)\nDato: 14. mai 2024\n\nTil stede:\n- Kari Nordmann\n\n<|>', index: 0,
            assert: list => {
                expect(ranked(list)).toEqual(['Sak 01/24', 'Forfall:', 'Varamedlemmer:', 'Andre:', 'Til stede:', 'Dokument:', 'Møte:', 'Tid:', 'Sted:', 'Status:', 'Møteleder:', 'Referent:']);
                expect(byLabel(list, 'Sak 01/24').detail).toBe('Første sak for TL i 2024');
            },
        });
        // Not between header fields: a case cannot stand there.
        await complete({
            text: 'Organ: Styret i Testlaget (TL)\n<|>\nDato: 14. mai 2024\n\nTil stede:\n- Kari Nordmann\n', index: 0,
            // «Til stede:» is written already: the headings not yet written come first.
            assert: list => expect(ranked(list)).toEqual(['Dokument:', 'Møte:', 'Tid:', 'Sted:', 'Status:', 'Møteleder:', 'Referent:', 'Forfall:', 'Varamedlemmer:', 'Andre:', 'Til stede:']),
        });
    });

    it('in a decision case without a decision: «Vedtak:» first and pre-selected', async () => {
        await complete({
            text: MINUTES + '\nSak 19/24 Budsjett\nVedtakssak:\n<|>', index: 0,
            assert: list => {
                expect(ranked(list)).toEqual(['Vedtak:', ...CASE_LINES.filter(l => l !== 'Vedtak:'), 'Frist', 'Vedtak med votering', 'Sak 20/24', 'Sak 19.1', 'Eventuelt', 'Sak:']);
                expect(preselected(list)).toEqual(['Vedtak:']);
            },
        });
        // A placeholder is no decision yet.
        await complete({
            text: MINUTES + '\nSak 19/24 Budsjett\nVedtakssak:\nVedtak: (skriv vedtaket her)\n<|>', index: 0,
            assert: list => expect(ranked(list)[0]).toBe('Vedtak:'),
        });
    });

    it('in a decision case with a decision but no vote: «Votering:» first', async () => {
        await complete({
            text: MINUTES.replace('Votering: enstemmig\n', '').replace('Sak 18/24 Økonomi', '<|>\nSak 18/24 Økonomi'), index: 0,
            assert: list => {
                expect(ranked(list)).toEqual(['Votering:', ...CASE_LINES.filter(l => l !== 'Votering:'), 'Frist', 'Vedtak med votering', 'Sak 19/24', 'Sak 17.1', 'Eventuelt', 'Sak:']);
                expect(preselected(list)).toEqual(['Votering:']);
            },
        });
    });

    it('in a case whose type is written: its lines, a deadline, the next case; no header fields, no second type or exemption', async () => {
        await complete({
            text: withLine('Orienteringssak: Regnskap.', 'Unntatt offentlighet: offl. § 13\n<|>'), index: 0,
            assert: list => expect(ranked(list)).toEqual([
                ...CASE_LINES.filter(l => l !== 'Unntatt offentlighet:'), 'Frist', 'Vedtak med votering', 'Sak 19/24', 'Sak 18.1', 'Eventuelt', 'Sak:',
            ]),
        });
    });

    it('in the head of a case without a type: the case types first, the common ones first', async () => {
        await complete({
            text: MINUTES + '\nSak 19/24 Budsjett\n<|>', index: 0,
            assert: list => expect(ranked(list)).toEqual([...CASE_TYPES, ...CASE_LINES, 'Frist', 'Vedtak med votering', 'Sak 20/24', 'Sak 19.1', 'Eventuelt', 'Sak:']),
        });
    });

    it('in Eventuelt: «Neste møte:» first, and no decision (a decision under Eventuelt is a warning)', async () => {
        await complete({
            text: MINUTES + '\nSak 19/24 Eventuelt\n<|>', index: 0,
            assert: list => expect(ranked(list)).toEqual([
                'Neste møte:', 'Innledning ved', 'Ansvarlig:', 'Vedlegg:', 'Unntatt offentlighet:', 'Inhabil:', 'Utgår', 'Forslag:', 'Oppfølging:', 'Underskrifter:',
                'Frist', ...CASE_TYPES, 'Sak 20/24', 'Sak:',
            ]),
        });
        await complete({
            text: MINUTES + '\nSak 19/24 Eventuelt\nNeste møte: 11. juni 2024\n<|>', index: 0,
            assert: list => expect(ranked(list)).not.toContain('Neste møte:'),
        });
    });

    it('nothing while a case title is typed: «Eventuelt» in a new case is a title, not another snippet', async () => {
        for (const line of ['Sak 19/24 <|>', 'Sak 19/24 Eventuelt<|>', 'Sak 19/24 Ev<|>\nVedtakssak: \n']) {
            await complete({ text: MINUTES + '\n' + line, index: 0, expectedItems: [] });
        }
    });

    it('filters by what is typed and replaces it', async () => {
        await complete({
            text: withLine('Orienteringssak: Regnskap.', 'Ved<|>'), index: 0,
            assert: list => {
                const item = byLabel(list, 'Vedtak:');
                expect(newText(item)).toBe('Vedtak: ');
                expect(item.textEdit && 'range' in item.textEdit && item.textEdit.range.start.character).toBe(0);
                // The case has its type and a decision: no type is offered, and the lines keep their order.
                expect(ranked(list)).toEqual(['Vedlegg:', 'Vedtak:', 'Vedtak med votering']);
            },
        });
        await complete({
            text: MINUTES + '\nEv<|>', index: 0,
            assert: list => {
                expect(ranked(list)).toEqual(['Eventuelt']);
                expect(newText(list.items[0])).toBe('Sak 19/24 Eventuelt\n$0');
            },
        });
    });

    it('«Sak» being typed: the next case and a sub-case of the case above it', async () => {
        await complete({ text: MINUTES + '\nSak<|>', index: 0, assert: list => expect(ranked(list)).toEqual(['Sak 19/24', 'Sak 18.1', 'Sak:']) });
        await complete({
            text: 'Organ: Rådet (R)\nDato: 14. mai 2024\n\nTil stede:\n- Kari Nordmann\n\nSak<|>', index: 0,
            assert: list => expect(ranked(list)).toEqual(['Sak 01/24']),
        });
    });

    it('the next case in the number series of the last case (PS 14/25 after PS 13/25)', async () => {
        await complete({
            text: 'Organ: Kommunestyret (KST)\nDato: 20.3.2025\n\nTil stede:\n- Kari Nordmann\n\nPS 12/25 Budsjett\nVedtak: Vedtatt.\n\nRS 3/25 Melding\n\nPS 13/25 Plan\nVedtak: Vedtatt.\n<|>', index: 0,
            assert: list => {
                expect(ranked(list).filter(l => /^(PS|RS|Sak)\b/.test(l))).toEqual(['PS 14/25', 'PS 13.1', 'Sak:']);
                expect(byLabel(list, 'Eventuelt').detail).toBe('PS 14/25 Eventuelt');
            },
        });
    });

    it('snippet for a new case uses the next free number, counting other meetings of the body', async () => {
        await addFile(services, EARLIER.replace('Sak 12/24', 'Sak 31/24'), 'tidligere.referat');
        await complete({
            text: MINUTES + '\n<|>', index: 0,
            assert: list => {
                const item = byLabel(list, 'Sak 32/24');
                expect(newText(item)).toBe('Sak 32/24 ${1:Tittel}\n${2|Vedtakssak,Orienteringssak,Diskusjonssak,Beslutningssak,Drøftingssak,Referatsak|}: $3\n\n$0');
            },
        });
    });

    it('snippet for a new case counts only this year\'s cases of the body, not other years\'', async () => {
        // Last year's meeting has higher numbers, with and without the year in them: they do not count.
        await addFile(services, EARLIER.replace('Dato: 9. april 2024', 'Dato: 9. april 2023').replace('Sak 12/24', 'Sak 40/23'), 'i-fjor.referat');
        await addFile(services, EARLIER.replace('Dato: 9. april 2024', 'Dato: 9. mars 2023').replace('Møte: 01/2024', 'Møte: 01/2023').replace('Sak 12/24', 'Sak 55'), 'i-fjor-2.referat');
        await complete({
            text: MINUTES + '\n<|>', index: 0,
            assert: list => {
                expect(labels(list).filter(l => /^Sak \d+\/\d+$/.test(l))).toEqual(['Sak 19/24']);
                expect(byLabel(list, 'Sak 19/24').detail).toBe('Ny sak med neste ledige nummer for TL i 2024');
            },
        });
    });

    it('snippet for a new case in this meeting when the workspace has no higher number', async () => {
        await complete({
            text: MINUTES + '\nSa<|>', index: 0,
            assert: list => expect(labels(list)).toContain('Sak 19/24'),
        });
    });

    it('snippets for a decision and a deadline two weeks after the meeting', async () => {
        await complete({
            text: withLine('Orienteringssak: Regnskap.', '<|>'), index: 0,
            assert: list => {
                expect(newText(byLabel(list, 'Vedtak med votering'))).toBe('Vedtak: ${1:Saken tas til orientering.}\nVotering: ${2:enstemmig}$0');
                const snippet = list.items.filter(i => i.label === 'Frist');
                expect(snippet.map(i => [i.kind, newText(i)])).toEqual([[CompletionItemKind.Snippet, 'Frist ${1:28.05.2024}: ${2:Ansvarlig} – ${3:hva som skal gjøres}$0']]);
            },
        });
    });
});

describe('completion of values', () => {
    const people = ['Kari Nordmann', 'Ola Hansen', 'Per Bakke', 'Lise Li'];

    it.each([
        ['Møteleder: ', 'Møteleder: Kari Nordmann'],
        ['Referent: ', 'Referent: Ola Hansen'],
    ])('people present after «%s» (not those with Forfall)', async (keyword, line) => {
        await complete({ text: MINUTES.replace(line, keyword + '<|>'), index: 0, expectedItems: ['Kari Nordmann', 'Ola Hansen', 'Per Bakke'] });
    });

    it('nothing at all after «Møteleder:» or «Referent:» while no attendance list is written', async () => {
        for (const line of ['Møteleder: <|>', 'Møteleder:<|>', 'Møteleder: Ka<|>', 'Referent: <|>']) {
            await complete({ text: `Organ: Styret i Testlaget (TL)\nDato: 14. mai 2024\n${line}\n`, index: 0, expectedItems: [] });
        }
    });

    it.each([
        ['Innledning ved <|>'], ['Inhabil: <|>'], ['Dissens: Kari Nordmann, <|>'], ['Ansvarlig: <|>'],
        ['Frist 1. juni: Ola Hansen – x (ansvarlig: <|>'], ['Frist 1.6.2024 – <|>'],
    ])('people in «%s»', async (line) => {
        await complete({ text: withLine('Orienteringssak: Regnskap.', line), index: 0, expectedItems: people });
    });

    it('people after «vara for» and roles in attendance lines', async () => {
        await complete({ text: withLine('- Ola Hansen, Testkommune, sekretær', '- Nils Nilsen, Bygdøy vel, vara for <|>'), index: 0, expectedItems: people });
        await complete({
            text: withLine('- Ola Hansen, Testkommune, sekretær', '- Nils Nilsen, Bygdøy vel, <|>'), index: 0,
            assert: list => expect(labels(list)).toEqual(expect.arrayContaining(['leder', 'fast medlem', 'vara for', 'observatør'])),
        });
    });

    it('case references with titles, across the meetings of the body', async () => {
        await addFile(services, EARLIER, 'tidligere.referat');
        await complete({
            text: withLine('Orienteringssak: Regnskap.', 'Se også jf. sak <|>'), index: 0,
            assert: list => {
                expect(byLabel(list, '17/24').detail).toBe('Godkjenning av innkalling');
                const other = byLabel(list, '12/24 (01/2024)');
                expect(other.detail).toBe('Vedlikehold av taket');
                expect(JSON.stringify(other.documentation)).toContain('Taket repareres');
            },
        });
    });

    it('dates for «Dato:»: the date the previous meeting set first, then today', async () => {
        await addFile(services, EARLIER, 'tidligere.referat');
        await complete({
            text: MINUTES.replace('Dato: 14. mai 2024', 'Dato: <|>'), index: 0,
            assert: list => {
                expect(ranked(list)).toEqual(['14. mai 2024', '20. mai 2024']);
                expect(list.items.map(i => i.detail)).toEqual(['neste møte etter møte 01/2024, 9. april 2024 (tirsdag)', 'i dag (mandag)']);
                expect(preselected(list)).toEqual(['14. mai 2024']);
            },
        });
    });

    it('dates for a deadline: the meeting date first and pre-selected, then later dates in order; typing «:» accepts one', async () => {
        await complete({
            text: withLine('Orienteringssak: Regnskap.', 'Frist <|>'), index: 0,
            assert: list => {
                expect(ranked(list)).toEqual(['14.05.2024', '20.05.2024', '28.05.2024', '11.06.2024']);
                expect(list.items.map(i => i.detail)).toEqual(['møtedatoen (tirsdag)', 'i dag (mandag)', 'to uker etter møtet (tirsdag)', 'fire uker etter møtet (tirsdag)']);
                expect(preselected(list)).toEqual(['14.05.2024']);
                // No colon is inserted: the author's own «:» accepts the date and stands once («Frist 14.05.2024:», never «: :»).
                expect(list.items.map(i => [newText(i), i.commitCharacters])).toEqual([
                    ['14.05.2024', [':']], ['20.05.2024', [':']], ['28.05.2024', [':']], ['11.06.2024', [':']],
                ]);
            },
        });
        await complete({
            text: withLine('Orienteringssak: Regnskap.', 'Frist<|>'), index: 0,
            assert: list => expect(list.items.filter(i => i.kind === CompletionItemKind.Constant).map(newText)[0]).toBe(' 14.05.2024'),
        });
        await complete({ text: withLine('Orienteringssak: Regnskap.', 'Frist 14.05.2024:<|>'), index: 0, expectedItems: people });
    });

    it('never a date before the meeting: today is left out when the minutes are written before the meeting, the next meeting is in', async () => {
        const early = createTestServices({ year: 2024, month: 5, day: 2 });
        try {
            await expectCompletion(early.Referat)({
                text: withLine('Orienteringssak: Regnskap.', 'Frist <|>') + 'Neste møte: 4. juni 2024\n', index: 0,
                assert: list => {
                    expect(ranked(list)).toEqual(['14.05.2024', '28.05.2024', '04.06.2024', '11.06.2024']);
                    expect(preselected(list)).toEqual(['14.05.2024']);
                    expect(byLabel(list, '04.06.2024').detail).toBe('neste møte (tirsdag)');
                },
            });
        } finally {
            await reset(early);
        }
    });

    it('weekdays for the next meeting', async () => {
        await complete({
            text: MINUTES + 'Neste møte: <|>', index: 0,
            assert: list => {
                expect(ranked(list)).toEqual(['tirsdag 28. mai 2024', 'tirsdag 11. juni 2024', 'tirsdag 25. juni 2024', 'tirsdag 9. juli 2024']);
                expect(preselected(list)).toEqual(['tirsdag 28. mai 2024']);
            },
        });
    });

    it('legal bases after «Unntatt offentlighet:»', async () => {
        await complete({
            text: withLine('Orienteringssak: Regnskap.', 'Unntatt offentlighet: <|>'), index: 0,
            assert: list => expect(labels(list)).toEqual(expect.arrayContaining(['offl. § 13', 'offl. § 14', 'offl. § 15', 'offl. § 23', 'offl. § 24', 'offl. § 26'])),
        });
    });

    it('vote results and status', async () => {
        await complete({ text: MINUTES.replace('Votering: enstemmig', 'Votering: <|>'), index: 0, expectedItems: ['enstemmig', 'for, mot, avholdende'] });
        await complete({ text: withLine('Referent: Ola Hansen', 'Status: <|>'), index: 0, expectedItems: ['utkast', 'godkjent 20.05.2024'] });
    });

    it('details: what each offered value is', async () => {
        const details = (list: CompletionList) => list.items.map(i => [i.label, i.detail]);
        await complete({
            text: withLine('Orienteringssak: Regnskap.', 'Ansvarlig: <|>'), index: 0,
            assert: list => {
                expect(details(list)).toEqual([
                    ['Kari Nordmann', 'Testkommune, leder'], ['Ola Hansen', 'Testkommune, sekretær'],
                    ['Per Bakke', 'Bygdøy vel, vara for Lise Li'], ['Lise Li', 'Bygdøy vel, fast medlem'],
                ]);
                expect(list.items.map(i => i.documentation)).toEqual(['Til stede', 'Til stede', 'Til stede', 'Forfall']);
            },
        });
        await complete({
            text: withLine('Orienteringssak: Regnskap.', 'Frist <|>'), index: 0,
            assert: list => expect(details(list)).toEqual([
                ['14.05.2024', 'møtedatoen (tirsdag)'], ['20.05.2024', 'i dag (mandag)'],
                ['28.05.2024', 'to uker etter møtet (tirsdag)'], ['11.06.2024', 'fire uker etter møtet (tirsdag)'],
            ]),
        });
        await complete({
            text: MINUTES + 'Neste møte: <|>', index: 0,
            assert: list => expect(details(list)).toEqual([
                ['tirsdag 28. mai 2024', '2 uker etter møtet (tirsdag)'], ['tirsdag 11. juni 2024', '4 uker etter møtet (tirsdag)'],
                ['tirsdag 25. juni 2024', '6 uker etter møtet (tirsdag)'], ['tirsdag 9. juli 2024', '8 uker etter møtet (tirsdag)'],
            ]),
        });
        await complete({
            text: withLine('Referent: Ola Hansen', 'Status: <|>'), index: 0,
            assert: list => expect(details(list)).toEqual([['utkast', 'Referatet er ikke godkjent'], ['godkjent 20.05.2024', 'Godkjent i dag']]),
        });
        await complete({
            text: MINUTES + '\nSak <|>', index: 0,
            // «Sak » being typed after case 18/24: the next case, a sub-case of 18/24, the next number.
            assert: list => expect(details(list)).toEqual([
                ['Sak 19/24', 'Ny sak med neste ledige nummer for TL i 2024'], ['Sak 18.1', 'Ny undersak'], ['19/24', 'Neste ledige saksnummer'],
            ]),
        });
        await complete({
            text: withLine('Orienteringssak: Regnskap.', 'Unntatt offentlighet: <|>'), index: 0,
            assert: list => expect(details(list).slice(0, 3)).toEqual([
                ['offl. § 13', 'Opplysninger som er underlagt taushetsplikt'],
                ['offl. § 13 jf. fvl. § 13 første ledd nr. 1', 'Taushetsplikt om noens personlige forhold'],
                ['offl. § 14', 'Dokument utarbeidet for et organs egen saksforberedelse'],
            ]),
        });
        await complete({
            text: withLine('- Ola Hansen, Testkommune, sekretær', '- Nils Nilsen, Bygdøy vel, <|>'), index: 0,
            assert: list => expect(details(list).filter(([, detail]) => detail)).toEqual([['vara for', 'vara for et medlem med forfall']]),
        });
    });

    it('a space typed after a word offers keywords only when they begin so', async () => {
        const complete = async (line: string) => {
            const doc = await addFile(services, MINUTES + line + '\n');
            const params = { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(MINUTES.length + line.length) };
            const list = await services.Referat.lsp.CompletionProvider!.getCompletion(doc, { ...params, context: { triggerKind: 2, triggerCharacter: ' ' } });
            return list!.items.map(i => i.label);
        };
        expect(await complete('Det ')).toEqual([]);
        expect(await complete('Innledning ')).toEqual(['Innledning ved']);
    });

    it('nothing in the middle of prose', async () => {
        await complete({ text: MINUTES.replace('Tallene ble lagt', 'Tallene ble <|>lagt'), index: 0, expectedItems: [] });
    });
});
