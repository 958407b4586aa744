import { afterEach, describe, expect, it } from 'vitest';
import { clearDocuments, testCodeAction } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, InitializeParams } from 'vscode-languageserver';
import { RENUMBER_TITLE } from '../../packages/language/src/lsp/code-actions.js';
import { addFile, createTestServices, EARLIER, MINUTES, offsetOf, reset } from './services.js';

const services = createTestServices();
const fix = testCodeAction(services.Referat);

afterEach(() => reset(services));

const codeOf = (d: { data?: unknown }) => (d.data as { code?: string } | undefined)?.code;

/**
 * Adds `before` to the workspace; its only diagnostic with `code` must be one. Returns the fixes
 * offered for it, the text after fix `index`, with the file before the fix removed from the
 * workspace, and the edited file as validated then.
 */
async function fixOf(before: string, code: string, index = 0) {
    const doc = await addFile(services, before);
    const relevant = (doc.diagnostics ?? []).filter(d => codeOf(d) === code);
    expect(relevant).toHaveLength(1);
    const actions = await services.Referat.lsp.CodeActionProvider!.getCodeActions(doc, {
        textDocument: { uri: doc.uri.toString() }, range: relevant[0].range, context: { diagnostics: relevant },
    }) as CodeAction[];
    const edited = TextDocument.applyEdits(doc.textDocument, actions[index].edit!.changes![doc.uri.toString()]);
    await clearDocuments(services.shared, [doc]);
    const fixed = await addFile(services, edited);
    return { actions, edited, fixed };
}

/**
 * Like testCodeAction, for fixes whose check looks at other files: the file before the fix is removed
 * from the workspace before the fixed text is validated. Returns the actions offered.
 */
async function fixInWorkspace(before: string, code: string, after: string, index = 0): Promise<CodeAction[]> {
    const { actions, edited, fixed } = await fixOf(before, code, index);
    expect(edited).toBe(after);
    expect((fixed.diagnostics ?? []).filter(d => codeOf(d) === code)).toEqual([]);
    return actions;
}

/**
 * Applies the only fix offered for the only diagnostic with `code`; returns the fix's title, the edited
 * text and the diagnostics with `code` that the edited text still has (as severity, covered text, message).
 */
async function applyOnlyFix(before: string, code: string) {
    const { actions, edited, fixed } = await fixOf(before, code);
    expect(actions).toHaveLength(1);
    const remaining = (fixed.diagnostics ?? []).filter(d => codeOf(d) === code).map(d => ({
        severity: d.severity, text: fixed.textDocument.getText(d.range), message: d.message,
    }));
    return { title: actions[0].title, edited, remaining };
}

describe('quick fixes', () => {
    it('adds a marked placeholder decision after a decision case without one; the placeholder still counts as missing', async () => {
        const before = MINUTES.replace('Orienteringssak:', 'Vedtakssak:').replace('\nVedtak: Saken tas til orientering.\nFrist 1. juni: Ola Hansen – regnskapet sendes revisor.\n', '');
        const { title, edited, remaining } = await applyOnlyFix(before, 'missing-decision');
        expect(title).toBe('Legg til «Vedtak: (skriv vedtaket her)»');
        expect(edited).toBe(before.trimEnd() + '\n\nVedtak: (skriv vedtaket her)\n');
        // The author still has to write the decision: the error now points at the placeholder.
        expect(remaining).toEqual([{
            severity: 1, text: 'Vedtak: (skriv vedtaket her)',
            message: 'Vedtaket i sak 18/24 er bare en plassholder, «(skriv vedtaket her)». Skriv vedtaket.',
        }]);
    });

    it('fills an empty «Vedtak:» in a decision case with a marked placeholder, still reported until it is written', async () => {
        const before = MINUTES.replace('Vedtak: Innkallingen godkjennes.', 'Vedtak:');
        const { title, edited, remaining } = await applyOnlyFix(before, 'missing-decision');
        expect(title).toBe('Skriv et vedtak etter «Vedtak:»');
        expect(edited).toBe(MINUTES.replace('Vedtak: Innkallingen godkjennes.', 'Vedtak: (skriv vedtaket her)'));
        expect(remaining).toEqual([{
            severity: 1, text: 'Vedtak: (skriv vedtaket her)',
            message: 'Vedtaket i sak 17/24 er bare en plassholder, «(skriv vedtaket her)». Skriv vedtaket.',
        }]);
    });

    it('fills an empty «Vedtak:» in a case that is not a decision case with a decision that takes the case note', async () => {
        const before = MINUTES.replace('Vedtak: Saken tas til orientering.', 'Vedtak:');
        const result = await fix(before, 'missing-decision', MINUTES);
        expect(result.action?.title).toBe('Skriv et vedtak etter «Vedtak:»');
    });

    it('gives a duplicate the number that fits the sequence, or renumbers all cases, on the error itself', async () => {
        await addFile(services, EARLIER.replace('Sak 12/24', 'Sak 19/24'), 'tidligere.referat');
        const before = MINUTES.replace('Sak 18/24', 'Sak 17/24');
        // 18/24 follows 17/24 (the next free number of the body, 20/24, would leave the numbers out of order).
        const actions = await fixInWorkspace(before, 'duplicate-case-number', MINUTES);
        expect(actions.map(a => [a.title, a.kind, a.isPreferred])).toEqual([
            ['Gi saken nummer 18/24, som passer i rekkefølgen', 'quickfix', true], [RENUMBER_TITLE, 'quickfix', false],
        ]);
        await reset(services);
        await addFile(services, EARLIER.replace('Sak 12/24', 'Sak 19/24'), 'tidligere.referat');
        await fixInWorkspace(before, 'duplicate-case-number', MINUTES, 1);
    });

    it('renumbers all cases when no number fits between the neighbours, leaving the numbers in order', async () => {
        const before = MINUTES.replace('Sak 17/24', 'Sak 21/24').replace('jf. sak 17/24', 'jf. sak 21/24').replace('Sak 18/24', 'Sak 22/24')
            + '\nSak 21/24 Eventuelt\n\nSak 23/24 Tillegg\n';
        const after = MINUTES.replace('Sak 17/24', 'Sak 21/24').replace('jf. sak 17/24', 'jf. sak 21/24').replace('Sak 18/24', 'Sak 22/24')
            + '\nSak 23/24 Eventuelt\n\nSak 24/24 Tillegg\n';
        const actions = await fixInWorkspace(before, 'duplicate-case-number', after);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([[RENUMBER_TITLE, true]]);
        await reset(services);
        const fixed = await addFile(services, after);
        expect((fixed.diagnostics ?? []).filter(d => ['case-number-order', 'duplicate-case-number'].includes((d.data as { code: string }).code))).toEqual([]);
    });

    it('does not count the body\'s cases of other years', async () => {
        await addFile(services, EARLIER.replace('Dato: 9. april 2024', 'Dato: 9. april 2023').replace('Sak 12/24', 'Sak 40/23'), 'i-fjor.referat');
        const before = MINUTES.replace('Sak 18/24', 'Sak 17/24');
        // 17/24 twice: 18/24 follows, last year's 40/23 is no obstacle (and no reason for 41/24).
        const actions = await fixInWorkspace(before, 'duplicate-case-number', MINUTES);
        expect(actions.map(a => a.title)).toEqual(['Gi saken nummer 18/24, som passer i rekkefølgen', RENUMBER_TITLE]);
    });

    it('gives a case that another meeting of the body already uses the next number that fits', async () => {
        await addFile(services, EARLIER.replace('Sak 12/24', 'Sak 18/24'), 'tidligere.referat');
        const actions = await fixInWorkspace(MINUTES, 'duplicate-case-number', MINUTES.replace('Sak 18/24', 'Sak 19/24'));
        // Renumbering would keep 17/24 and 18/24: it is not offered.
        expect(actions.map(a => a.title)).toEqual(['Gi saken nummer 19/24, som passer i rekkefølgen']);
    });

    it('renumbers after the body\'s earlier meeting when the first case has its number', async () => {
        await addFile(services, EARLIER.replace('Sak 12/24', 'Sak 17/24'), 'tidligere.referat');
        const after = MINUTES.replace('Sak 18/24', 'Sak 19/24').replace('Sak 17/24', 'Sak 18/24').replace('jf. sak 17/24', 'jf. sak 18/24');
        const actions = await fixInWorkspace(MINUTES, 'duplicate-case-number', after);
        expect(actions.map(a => a.title)).toEqual([RENUMBER_TITLE]);
    });

    it('numbers each series on its own (PS, RS, Sak)', async () => {
        const head = 'Organ: Kommunestyret (KST)\nDato: 20.3.2025\n\nSak 1/25 Godkjenning av innkalling\n\n';
        const before = head + 'PS 1/25 Budsjett\nVedtak: Vedtatt.\n\nRS 1/25 Melding\n\nPS 1/25 Plan\nVedtak: Vedtatt.\n\nPS 3/25 Regnskap\nVedtak: Vedtatt.\n';
        const actions = await fixInWorkspace(before, 'duplicate-case-number', before.replace('PS 1/25 Plan', 'PS 2/25 Plan'));
        expect(actions.map(a => a.title)).toEqual(['Gi saken nummer PS 2/25, som passer i rekkefølgen', RENUMBER_TITLE]);
        await reset(services);
        // Renumbering keeps Sak 1/25 and RS 1/25, and numbers the PS series 1, 2, 3.
        await fixInWorkspace(before, 'duplicate-case-number', before.replace('PS 1/25 Plan', 'PS 2/25 Plan'), 1);
    });

    it('gives a duplicate sub-case the next sub-case number', async () => {
        const before = MINUTES + '\nSak 18.1 Regnskap\n\nSak 18.1 Budsjett\n';
        const actions = await fixInWorkspace(before, 'duplicate-case-number', MINUTES + '\nSak 18.1 Regnskap\n\nSak 18.2 Budsjett\n');
        expect(actions.map(a => a.title)).toEqual(['Gi saken nummer 18.2, som passer i rekkefølgen', RENUMBER_TITLE]);
    });

    it('fixes the year of a case number', async () => {
        const before = MINUTES.replace('Sak 18/24', 'Sak 18/23');
        const result = await fix(before, 'case-year-mismatch', MINUTES);
        expect(result.action?.title).toBe('Endre saksnummeret til 18/24');
    });

    it('adds an unknown person to the attendance list', async () => {
        const before = MINUTES.replace('Innledning ved Kari Nordmann', 'Innledning ved Nils Nilsen');
        const after = before.replace('(Teams)\n', '(Teams)\n- Nils Nilsen\n');
        const result = await fix(before, 'unknown-person', after);
        expect(result.action?.title).toBe('Legg til «Nils Nilsen» under «Til stede:»');
    });

    it('adds the principal of a substitute under «Forfall:»', async () => {
        const before = MINUTES.replace('vara for Lise Li', 'vara for Nils Nilsen');
        const result = await fix(before, 'unknown-person', before.replace('fast medlem\n', 'fast medlem\n- Nils Nilsen\n'));
        expect(result.action?.title).toBe('Legg til «Nils Nilsen» under «Forfall:»');
    });

    it('offers the likely spelling of a misspelt name first', async () => {
        const before = MINUTES.replace('Innledning ved Kari Nordmann', 'Innledning ved Kari Nordman');
        const actions = await fixInWorkspace(before, 'unknown-person', MINUTES);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([['Rett til «Kari Nordmann»', true], ['Legg til «Kari Nordman» under «Til stede:»', false]]);
    });

    it('adds a legal basis to an exemption without one', async () => {
        const before = MINUTES.replace('Vedtakssak:\n', 'Vedtakssak:\nUnntatt offentlighet:\n');
        const result = await fix(before, 'exempt-without-basis', MINUTES.replace('Vedtakssak:\n', 'Vedtakssak:\nUnntatt offentlighet: offl. § 13\n'));
        expect(result.action?.title).toBe('Legg til hjemmel: offl. § 13 (taushetsplikt) – rett paragrafen om en annen gjelder');
    });

    it('corrects a weekday that does not match the date', async () => {
        const before = MINUTES + 'Neste møte: Onsdag 11. juni 2024\n';
        const result = await fix(before, 'weekday-mismatch', MINUTES + 'Neste møte: Tirsdag 11. juni 2024\n');
        expect(result.action?.title).toBe('Endre ukedagen til «Tirsdag»');
    });

    it('renumbers all cases when the numbers are out of order, with their references', async () => {
        const before = MINUTES.replace('Sak 18/24', 'Sak 21/24') + '\nSe jf. sak 21/24.\n';
        const result = await fix(before, 'case-number-order', MINUTES + '\nSe jf. sak 18/24.\n');
        expect(result.action?.title).toBe(RENUMBER_TITLE);
    });
});

describe('a placeholder the author writes over', () => {
    const before = MINUTES.replace('Orienteringssak:', 'Vedtakssak:').replace('\nVedtak: Saken tas til orientering.\nFrist 1. juni: Ola Hansen – regnskapet sendes revisor.\n', '');

    async function actionsWith(capabilities: InitializeParams['capabilities'], text: string): Promise<{ actions: CodeAction[]; uri: string }> {
        const client = createTestServices();
        await client.shared.lsp.LanguageServer.initialize({ processId: null, rootUri: null, workspaceFolders: null, capabilities });
        const doc = await addFile(client, text);
        const diagnostics = (doc.diagnostics ?? []).filter(d => (d.data as { code?: string }).code === 'missing-decision');
        const actions = await client.Referat.lsp.CodeActionProvider!.getCodeActions(doc, {
            textDocument: { uri: doc.uri.toString() }, range: diagnostics[0].range, context: { diagnostics },
        }) as CodeAction[];
        await reset(client);
        return { actions, uri: doc.uri.toString() };
    }

    it('is selected by a snippet text edit (LSP 3.18) when the client applies them', async () => {
        const snippetClient = { workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } };
        const { actions, uri } = await actionsWith(snippetClient, before);
        expect(actions.map(a => a.title)).toEqual(['Legg til «Vedtak: (skriv vedtaket her)»']);
        const end = { line: before.trimEnd().split('\n').length - 1, character: before.trimEnd().split('\n').at(-1)!.length };
        expect(actions[0].edit).toEqual({
            documentChanges: [{ textDocument: { uri, version: 0 }, edits: [{ range: { start: end, end }, snippet: { kind: 'snippet', value: '\n\nVedtak: ${1:(skriv vedtaket her)}' } }] }],
        });
        const empty = await actionsWith(snippetClient, MINUTES.replace('Vedtak: Innkallingen godkjennes.', 'Vedtak:'));
        expect((empty.actions[0].edit!.documentChanges![0] as { edits: unknown[] }).edits).toEqual([{
            range: { start: { line: 18, character: 7 }, end: { line: 18, character: 7 } }, snippet: { kind: 'snippet', value: ' ${1:(skriv vedtaket her)}' },
        }]);
    });

    it('is plain text for a client without snippet edits', async () => {
        const { actions, uri } = await actionsWith({ workspace: { workspaceEdit: { documentChanges: true } } }, before);
        expect(Object.keys(actions[0].edit!)).toEqual(['changes']);
        expect(actions[0].edit!.changes![uri].map(e => e.newText)).toEqual(['\n\nVedtak: (skriv vedtaket her)']);
    });
});

describe('refactoring «Nummerer alle saker på nytt»', () => {
    const text = MINUTES.replace('Sak 18/24', 'Sak 21/24').replace('jf. sak 17/24', 'jf. sak 21/24') + '\nSak 19/24 Eventuelt\n\nSe jf. sak 21/24 og jf. sak 19/24.\n\nSak 19.1 Tillegg\n';

    it('is offered on a case heading and numbers cases, sub-cases and references', async () => {
        const doc = await addFile(services, text);
        const line = doc.textDocument.positionAt(offsetOf(text, 'Sak 17/24')).line;
        const actions = await services.Referat.lsp.CodeActionProvider!.getCodeActions(doc, {
            textDocument: { uri: doc.uri.toString() }, range: { start: { line, character: 0 }, end: { line, character: 0 } },
            context: { diagnostics: [], only: ['refactor'] },
        }) as CodeAction[];
        expect(actions.map(a => [a.title, a.kind])).toEqual([[RENUMBER_TITLE, 'refactor.rewrite']]);
        const edited = TextDocument.applyEdits(doc.textDocument, actions[0].edit!.changes![doc.uri.toString()]);
        expect(edited).toBe(MINUTES.replace('jf. sak 17/24', 'jf. sak 18/24') + '\nSak 19/24 Eventuelt\n\nSe jf. sak 18/24 og jf. sak 19/24.\n\nSak 19.1 Tillegg\n');
    });

    it('keeps the old number of a case treated again, known by its number and title in an earlier meeting', async () => {
        await addFile(services, EARLIER, 'mote-1.referat');
        const again = MINUTES.replace('Sak 18/24', 'Sak 21/24').replace('jf. sak 17/24', 'jf. sak 21/24')
            + '\nSak 12/24 Vedlikehold av taket\nVedtakssak:\n\nVedtak: Taket repareres likevel.\n';
        const doc = await addFile(services, again, 'mote-2.referat');
        const line = doc.textDocument.positionAt(offsetOf(again, 'Sak 17/24')).line;
        const actions = await services.Referat.lsp.CodeActionProvider!.getCodeActions(doc, {
            textDocument: { uri: doc.uri.toString() }, range: { start: { line, character: 0 }, end: { line, character: 0 } },
            context: { diagnostics: [], only: ['refactor'] },
        }) as CodeAction[];
        expect(actions.map(a => a.title)).toEqual([RENUMBER_TITLE]);
        const edited = TextDocument.applyEdits(doc.textDocument, actions[0].edit!.changes![doc.uri.toString()]);
        expect(edited).toBe(MINUTES.replace('jf. sak 17/24', 'jf. sak 18/24') + '\nSak 12/24 Vedlikehold av taket\nVedtakssak:\n\nVedtak: Taket repareres likevel.\n');
    });

    it('is not offered on prose, nor when the numbers are already in order', async () => {
        const doc = await addFile(services, text);
        const prose = doc.textDocument.positionAt(offsetOf(text, 'Tallene')).line;
        const on = (line: number) => services.Referat.lsp.CodeActionProvider!.getCodeActions(doc, {
            textDocument: { uri: doc.uri.toString() }, range: { start: { line, character: 0 }, end: { line, character: 0 } }, context: { diagnostics: [] },
        });
        expect(await on(prose)).toEqual([]);
        const ordered = await addFile(services, MINUTES);
        const actions = await services.Referat.lsp.CodeActionProvider!.getCodeActions(ordered, {
            textDocument: { uri: ordered.uri.toString() },
            range: { start: { line: 14, character: 0 }, end: { line: 14, character: 0 } },
            context: { diagnostics: [] },
        });
        expect(actions).toEqual([]);
    });
});
