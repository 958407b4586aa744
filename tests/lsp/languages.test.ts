/**
 * The editor speaks the document's language: hover, completion, quick-fix titles, inlay hints and
 * the outline of English and nynorsk minutes, read as a person sees them (exact texts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { expectCompletion, expectHover, expectSymbols } from 'langium/test';
import { type CodeAction, type CompletionItem, CompletionItemKind, type CompletionList, type Diagnostic, type DocumentSymbol } from 'vscode-languageserver';
import { addFile, createTestServices, offsetOf, reset } from './services.js';

const services = createTestServices();
const hover = expectHover(services.Referat);
const complete = expectCompletion(services.Referat);
afterEach(() => reset(services));

/** English minutes (today is fixed at 20 May 2024 by the test services). */
const EN = `Body: Board of the Test Foundation (TF)
Meeting: 2024-05
Date: May 14, 2024
Chair: Maria Okafor
Minutes: Jonas Weber

Present:
- Maria Okafor, Test City, chair
- Jonas Weber, Test City, secretary
- Elena Costa, Harbour Club, alternate for Samuel Adeyemi

Regrets:
- Samuel Adeyemi, Harbour Club, director

Item 1 Approval of the agenda
Decision item:
Presented by Maria Okafor, chair.

Decision: The agenda is approved.
Vote: unanimous

Item 2 Finance
Information item: The accounts.
Deadline 2024-06-01: Jonas Weber – circulate the budget.
Action (Elena Costa): book the hall by the next meeting.

Next meeting: June 11, 2024
`;

const NN = `Organ: Styret i Testlaget (TL)
Dato: 14. mai 2024
Møteleiar: Kari Nordmann

Til stades:
- Kari Nordmann, Testkommune, leiar
- Ola Hansen, Testkommune

Sak 1 Økonomi
Orienteringssak: Rekneskap.
Frist 01.06.2024: Ola Hansen – budsjett.
`;

function at(text: string, needle: string, delta = 1, n = 1): string {
    const offset = offsetOf(text, needle, delta, n);
    return text.slice(0, offset) + '<|>' + text.slice(offset);
}

const labels = (list: CompletionList) => list.items.map(i => i.label);
const ranked = (list: CompletionList) => list.items.slice()
    .sort((a, b) => (a.sortText ?? a.label) < (b.sortText ?? b.label) ? -1 : (a.sortText ?? a.label) > (b.sortText ?? b.label) ? 1 : 0)
    .map(i => i.label);
const byLabel = (list: CompletionList, label: string): CompletionItem => {
    const item = list.items.find(i => i.label === label);
    if (!item) throw new Error(`no "${label}" among ${labels(list).join(', ')}`);
    return item;
};
const newText = (item: CompletionItem) => (item.textEdit as { newText: string }).newText;

describe('hover in English minutes', () => {
    it('on a person: organisation, role, list, duties and alternate', async () => {
        await hover({ text: at(EN, 'Maria Okafor', 2, 2), index: 0, hover: '**Maria Okafor** — Test City · chair\n\nPresent · chair' });
        await hover({ text: at(EN, 'Samuel Adeyemi', 1, 2), index: 0, hover: '**Samuel Adeyemi** — Harbour Club · director\n\nRegrets (absent)\n\nAlternate: Elena Costa' });
    });

    it('on a keyword: what it means in English, and its other English spellings', async () => {
        await hover({ text: at(EN, 'Regrets:', 1), index: 0, hover: '**Regrets:** — absent\n\nWho sent regrets or was absent.\n\nAlso written: "Absent:", "Apologies:", "Apologies for absence:", "Not present:", "Excused:"' });
    });

    it('on a deadline: the date in words, days left, owner and what', async () => {
        await hover({
            text: at(EN, 'Deadline 2024'), index: 0,
            hover: '**Deadline** Saturday, 1 June 2024 — in 12 days\n\nOwner: Jonas Weber\n\nWhat: circulate the budget.\n\nItem 2 Finance',
        });
    });

    it('on the meeting date and on an item number', async () => {
        await hover({ text: at(EN, 'May 14'), index: 0, hover: '**Date of the meeting:** Tuesday, 14 May 2024 (6 days ago)' });
        await hover({ text: at(EN, 'Item 1', 5), index: 0, hover: '**Item 1 Approval of the agenda**\n\nDecision item · this meeting\n\nDecision: The agenda is approved.' });
    });
});

describe('hover in nynorsk minutes', () => {
    it('on a person, and on a keyword', async () => {
        await hover({ text: at(NN, 'Kari Nordmann', 2, 2), index: 0, hover: '**Kari Nordmann** — Testkommune · leiar\n\nTil stades · møteleiar' });
        await hover({ text: at(NN, 'Frist 01', 2), index: 0, hover: '**Frist** laurdag 1. juni 2024 — om 12 dagar\n\nAnsvarleg: Ola Hansen\n\nKva: budsjett.\n\nSak 1 Økonomi' });
    });
});

describe('completion in English minutes', () => {
    it('the header fields not yet written, and the attendance headings, in English', async () => {
        const text = EN.replace('Minutes: Jonas Weber\n', 'Minutes: Jonas Weber\n<|>\n');
        await complete({
            text, index: 0,
            // Lists not yet written before those that are.
            assert: list => expect(ranked(list).slice(0, 8)).toEqual(['Document:', 'Time:', 'Place:', 'Status:', 'Alternates:', 'Also present:', 'Present:', 'Absent:']),
        });
    });

    it('in an item: what it lacks, its lines, the deadline snippet, the next item', async () => {
        const text = EN.replace('Information item: The accounts.\n', 'Information item: The accounts.\n<|>\n');
        await complete({
            text, index: 0,
            assert: list => {
                const all = ranked(list);
                for (const label of ['Presented by', 'Responsible:', 'Attachment:', 'Confidential:', 'Decision:', 'Vote:', 'Dissent:', 'Action:', 'Deadline', 'Decision with vote', 'Item 3', 'Item 2.1', 'Any other business', 'Item:']) expect(all, label).toContain(label);
                expect(all.some(l => /[æøå]/.test(l) || ['Vedtak:', 'Sak 3', 'Frist'].includes(l))).toBe(false);
                expect(newText(byLabel(list, 'Deadline'))).toBe('Deadline ${1:2024-05-28}: ${2:Owner} – ${3:what is to be done}$0');
                expect(newText(byLabel(list, 'Item 3'))).toBe('Item 3 ${1:Title}\n${2|Decision item,Information item,Discussion item,Approval item,Report item|}: $3\n\n$0');
            },
        });
    });

    it('values: vote words, status words, roles and the dates of a deadline', async () => {
        await complete({ text: EN.replace('Vote: unanimous', 'Vote: <|>'), index: 0, assert: list => expect(labels(list)).toEqual(['unanimous', 'in favour, against, abstentions']) });
        await complete({ text: EN.replace('Minutes: Jonas Weber\n', 'Minutes: Jonas Weber\nStatus: <|>\n'), index: 0, assert: list => expect(labels(list)).toEqual(['draft', 'approved 20 May 2024']) });
        await complete({ text: EN.replace('- Jonas Weber, Test City, secretary', '- Jonas Weber, <|>'), index: 0, assert: list => expect(labels(list)).toContain('alternate for') });
        await complete({
            text: EN.replace('Deadline 2024-06-01: Jonas Weber – circulate the budget.', 'Deadline<|>'), index: 0,
            assert: list => {
                const dates = list.items.filter(i => i.kind === CompletionItemKind.Constant);
                expect(dates.map(i => i.label)).toEqual(['2024-05-14', '2024-05-20', '2024-05-28', '2024-06-11']);
                expect(dates.map(i => i.detail)).toEqual(['the date of the meeting (Tuesday)', 'today (Monday)', 'two weeks after the meeting (Tuesday)', 'four weeks after the meeting (Tuesday)']);
            },
        });
        await complete({ text: EN.replace('Chair: Maria Okafor', 'Chair: <|>'), index: 0, assert: list => expect(labels(list)).toEqual(['Maria Okafor', 'Jonas Weber', 'Elena Costa']) });
    });
});

describe('completion in nynorsk minutes', () => {
    it('nynorsk keywords and vote words', async () => {
        const text = NN.replace('Møteleiar: Kari Nordmann\n', 'Møteleiar: Kari Nordmann\n<|>\n');
        await complete({ text, index: 0, assert: list => expect(ranked(list).slice(0, 4)).toEqual(['Dokument:', 'Møte:', 'Tid:', 'Stad:']) });
        await complete({ text: NN + 'Røysting: <|>', index: 0, assert: list => expect(labels(list)).toEqual(['samrøystes', 'for, mot, avhaldande']) });
    });
});

async function quickFixes(text: string, code: string): Promise<Array<{ title: string; newText: string }>> {
    const doc = await addFile(services, text);
    const diagnostics = (doc.diagnostics ?? []).filter(d => (d.data as { code?: string })?.code === code) as Diagnostic[];
    const out: Array<{ title: string; newText: string }> = [];
    for (const d of diagnostics) {
        const actions = await services.Referat.lsp.CodeActionProvider!.getCodeActions(doc, { textDocument: { uri: doc.uri.toString() }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
        for (const a of actions) out.push({ title: a.title, newText: Object.values(a.edit?.changes ?? {})[0]?.[0]?.newText ?? '' });
    }
    return out;
}

describe('quick fixes in English minutes', () => {
    it('a missing decision, a foreign keyword, a near miss, a wrong weekday, a missing basis, numbers out of order', async () => {
        expect(await quickFixes(EN.replace('Decision: The agenda is approved.\nVote: unanimous\n', ''), 'missing-decision'))
            .toEqual([{ title: 'Add "Decision: (write the decision here)"', newText: '\n\nDecision: (write the decision here)' }]);
        expect(await quickFixes(EN.replace('Decision: The agenda', 'Vedtak: The agenda'), 'mixed-language')).toEqual([{ title: 'Write "Decision:"', newText: 'Decision:' }]);
        expect(await quickFixes(EN.replace('Decision: The agenda', 'Decison: The agenda'), 'near-miss-keyword')).toEqual([{ title: 'Write "Decision:"', newText: 'Decision:' }]);
        expect(await quickFixes(EN.replace('Date: May 14, 2024', 'Date: Monday, May 14, 2024'), 'weekday-mismatch')).toEqual([{ title: 'Change the weekday to "Tuesday"', newText: 'Tuesday' }]);
        expect(await quickFixes(EN.replace('Information item: The accounts.', 'Confidential:'), 'exempt-without-basis'))
            .toEqual([{ title: 'Add the basis: personal data of named individuals – correct it if another applies', newText: ' personal data of named individuals' }]);
        const fixes = await quickFixes(EN.replace('Item 2 Finance', 'Item 4 Finance'), 'case-number-order');
        expect(fixes.map(f => f.title)).toEqual(['Renumber all items']);
    });

    it('in nynorsk', async () => {
        expect(await quickFixes(NN.replace('Orienteringssak: Rekneskap.', 'Vedtakssak:'), 'missing-decision'))
            .toEqual([{ title: 'Legg til «Vedtak: (skriv vedtaket her)»', newText: '\n\nVedtak: (skriv vedtaket her)' }]);
    });
});

describe('inlay hints and the outline in English and nynorsk', () => {
    it('the weekday after a date written in numbers, and the days left', async () => {
        // "May 14, 2024" and "by the next meeting" start with a word: no weekday after them.
        const doc = await addFile(services, EN);
        const hints = await services.Referat.lsp.InlayHintProvider!.getInlayHints(doc, { textDocument: { uri: doc.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } } });
        expect(hints!.map(h => h.label)).toEqual(['(Saturday, in 12 days)', '(in 22 days)']);
        const numeric = await addFile(services, EN.replace('Date: May 14, 2024', 'Date: 2024-05-14'));
        const numericHints = await services.Referat.lsp.InlayHintProvider!.getInlayHints(numeric, { textDocument: { uri: numeric.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } } });
        expect(numericHints!.map(h => h.label)).toEqual(['(Tuesday)']);
        const nn = await addFile(services, NN);
        const nnHints = await services.Referat.lsp.InlayHintProvider!.getInlayHints(nn, { textDocument: { uri: nn.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } } });
        expect(nnHints!.map(h => h.label)).toEqual(['(tysdag)', '(laurdag, om 12 dagar)']);
    });

    const tree = (symbols: DocumentSymbol[]): unknown => symbols.map(s => s.children?.length ? { [s.name]: tree(s.children) } : s.name);

    it('outline labels', async () => {
        await expectSymbols(services.Referat)({
            text: EN,
            assert: symbols => expect(tree(symbols)).toEqual([
                { Header: ['Body: Board of the Test Foundation (TF)', 'Meeting: 2024-05', 'Date: May 14, 2024', 'Chair: Maria Okafor', 'Minutes: Jonas Weber'] },
                { Attendance: [{ Present: ['Maria Okafor', 'Jonas Weber', 'Elena Costa'] }, { Regrets: ['Samuel Adeyemi'] }] },
                { 'Item 1 Approval of the agenda': ['Decision'] },
                { 'Item 2 Finance': ['Deadline 2024-06-01', 'Action 2024-06-11'] },
                'Next meeting: June 11, 2024',
            ]),
        });
        await expectSymbols(services.Referat)({
            text: NN,
            assert: symbols => expect(tree(symbols)).toEqual([
                { 'Møtehovud': ['Organ: Styret i Testlaget (TL)', 'Dato: 14. mai 2024', 'Møteleiar: Kari Nordmann'] },
                { 'Deltakarar': [{ 'Til stades': ['Kari Nordmann', 'Ola Hansen'] }] },
                { 'Sak 1 Økonomi': ['Frist 01.06.2024'] },
            ]),
        });
    });
});
