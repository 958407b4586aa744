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

describe('completion at the start of a line', () => {
    it('offers header fields not yet written, and attendance headings, before the first case', async () => {
        await complete({
            text: withLine('Dato: 14. mai 2024', '<|>'), index: 0,
            assert: list => {
                const l = labels(list);
                expect(l).toEqual(expect.arrayContaining(['Tid:', 'Sted:', 'Status:', 'Til stede:', 'Forfall:']));
                expect(l).not.toContain('Organ:'); // already there
                expect(l).not.toContain('Vedtak:'); // belongs in a case
                expect(l).not.toContain('Vedtakssak:');
            },
        });
    });

    it('offers case lines and case types inside a case, but no header fields', async () => {
        await complete({
            text: withLine('Orienteringssak: Regnskap.', '<|>'), index: 0,
            assert: list => {
                const l = labels(list);
                expect(l).toEqual(expect.arrayContaining(['Vedtak:', 'Votering:', 'Innledning ved', 'Unntatt offentlighet:', 'Frist', 'Inhabil:']));
                expect(l).not.toContain('Dato:');
                expect(l).not.toContain('Til stede:');
                expect(l).not.toContain('Vedtakssak:'); // the case has a type already
            },
        });
        await complete({
            text: withLine('Sak 18/24 Økonomi', '<|>'), index: 0,
            assert: list => expect(labels(list)).not.toContain('Vedtakssak:'),
        });
    });

    it('offers case types in a case without a type', async () => {
        await complete({
            text: MINUTES + '\nSak 19/24 Eventuelt\n<|>', index: 0,
            // The case types of the vocabulary, the common ones first.
            assert: list => expect(labels(list).filter(l => /sak:$/.test(l))).toEqual([
                'Vedtakssak:', 'Orienteringssak:', 'Diskusjonssak:', 'Beslutningssak:', 'Diskusjons- og beslutningssak:', 'Drøftingssak:', 'Referatsak:',
                'Valgsak:', 'Høringssak:', 'Høyringssak:', 'Temasak:', 'Informasjonssak:', 'Behandlingssak:',
            ]),
        });
    });

    it('filters by what is typed and replaces it', async () => {
        await complete({
            text: withLine('Orienteringssak: Regnskap.', 'Ved<|>'), index: 0,
            assert: list => {
                const item = byLabel(list, 'Vedtak:');
                expect(newText(item)).toBe('Vedtak: ');
                expect(item.textEdit && 'range' in item.textEdit && item.textEdit.range.start.character).toBe(0);
                expect(labels(list)).not.toContain('Votering:');
            },
        });
    });

    it('snippet for a new case uses the next free number, counting other meetings of the body', async () => {
        await addFile(services, EARLIER.replace('Sak 12/24', 'Sak 31/24'), 'tidligere.referat');
        await complete({
            text: MINUTES + '\n<|>', index: 0,
            assert: list => {
                const item = byLabel(list, 'Sak 32/24');
                expect(newText(item)).toMatch(/^Sak 32\/24 \$\{1:Tittel\}\n/);
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

    it('snippets for a decision and a deadline', async () => {
        await complete({
            text: withLine('Orienteringssak: Regnskap.', '<|>'), index: 0,
            assert: list => {
                expect(newText(byLabel(list, 'Vedtak med votering'))).toContain('Votering: ${2:enstemmig}');
                // 14 days after the fixed "today" (20 May 2024); the plain keyword «Frist» is offered beside the snippet.
                const snippet = list.items.filter(i => i.label === 'Frist' && i.kind === CompletionItemKind.Snippet);
                expect(snippet.map(newText)).toEqual(['Frist ${1:03.06.2024}: ${2:Ansvarlig} – ${3:hva som skal gjøres}$0']);
            },
        });
    });
});

describe('completion of values', () => {
    const people = ['Kari Nordmann', 'Ola Hansen', 'Per Bakke', 'Lise Li'];

    it.each([
        ['Møteleder: ', 'Møteleder: Kari Nordmann'],
        ['Referent: ', 'Referent: Ola Hansen'],
    ])('people after «%s»', async (keyword, line) => {
        await complete({ text: MINUTES.replace(line, keyword + '<|>'), index: 0, expectedItems: people });
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

    it('dates: today and the date the previous meeting set', async () => {
        await addFile(services, EARLIER, 'tidligere.referat');
        await complete({
            text: MINUTES.replace('Dato: 14. mai 2024', 'Dato: <|>'), index: 0,
            assert: list => expect(labels(list)).toEqual(['20. mai 2024', '14. mai 2024']),
        });
    });

    it('dates for a deadline, and weekdays for the next meeting', async () => {
        await complete({
            text: withLine('Orienteringssak: Regnskap.', 'Frist <|>'), index: 0,
            assert: list => {
                expect(labels(list)).toEqual(['20.05.2024', '14.05.2024', '28.05.2024', '11.06.2024']);
                expect(newText(list.items[0])).toBe('20.05.2024: ');
            },
        });
        await complete({
            text: MINUTES + 'Neste møte: <|>', index: 0,
            assert: list => expect(labels(list)[0]).toBe('tirsdag 28. mai 2024'),
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
                ['20.05.2024', 'i dag (mandag)'], ['14.05.2024', 'møtedatoen (tirsdag)'],
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
            assert: list => expect(details(list)).toEqual([['Sak 19/24', 'Ny sak med neste ledige nummer for TL i 2024'], ['19/24', 'Neste ledige saksnummer']]),
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
