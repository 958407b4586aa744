/**
 * Deep input for the stack-overflow tests (tests/lsp/deep-input.test.ts, tests/cli/deep-input.test.ts):
 * documents with very many of one thing. The tests run the code in a child process with a tenth of
 * Node's stack (SMALL_STACK), so 20,000 elements overflow any place where recursion over the input,
 * or a call with one argument per element (`push(...all)`, `Math.max(...all)`), would overflow at
 * about 130,000 with the normal stack (the examples need far less than this stack). The two shapes
 * of the issue are also checked at full size.
 *
 * Run as a script (`node --stack-size=100 deep-input.mjs <shape> <n>`), it builds the document with
 * the compiled language package and runs every editor service and generator on it, printing
 * `{ "errors": [...], "diagnostics": n }` as JSON.
 */
import { pathToFileURL } from 'node:url';

export const SMALL_STACK = '--stack-size=100';
export const N = 20_000;

const HEADER = 'Organ: Styret i Testlaget (TL)\nDato: 10.1.2024\n\nTil stede:\n- Kari Nordmann, Testkommune, leder\n\n';
const many = (n, line) => Array.from({ length: n }, (_, i) => line(i)).join('');

/** Shape name -> the document with `n` elements. */
export const DEEP_SHAPES = {
    // The two shapes of the issue; model/build.ts overflows on both until its rewrite.
    'paragraphs in one case': n => `${HEADER}Sak 1/24 A\n${many(n, i => `Avsnitt ${i}.\n\n`)}Vedtak: Ja.\n`,
    'case references on one line': n => `${HEADER}Sak 1/24 A\nSe ${'jf. sak 1/24 '.repeat(n)}\nVedtak: Ja.\n`,
    'cases': n => HEADER + many(n, i => `Sak ${i + 1}/24 Sak nummer ${i + 1}\nVedtak: Ja.\n`),
    'attendees': n => HEADER.replace('- Kari Nordmann, Testkommune, leder\n', many(n, i => `- Person${i} Etternavn, Testkommune, medlem\n`)) + 'Sak 1/24 A\nVedtak: Ja.\n',
    'dissent lines': n => `${HEADER}Sak 1/24 A\nVedtak: Ja.\nVotering: 3 for, 1 mot\n${many(n, () => 'Dissens: Kari Nordmann\n')}`,
    'misplaced lines': n => `${HEADER}Sak 1/24 A\nVedtak: Ja.\n${many(n, () => 'Sted: her\n')}`,
    'alternating attachments': n => `${HEADER}Sak 1/24 A\n${many(n, i => (i % 2 ? 'Vedlegg: a\n' : 'Saksdokument: b\n'))}Vedtak: Ja.\n`,
    'group members': n => `${HEADER}Sak 1/24 A\nAnsvarlig: Arbeidsgruppen\n${many(n, i => `- Medlem ${i}\n`)}Vedtak: Ja.\nFrist 1.2.2024: Kari Nordmann – notat\n`,
};

/** Builds the document and runs every editor service and generator on it; returns what failed. */
async function runServices(shape, n) {
    const out = new URL('../../packages/language/out/', import.meta.url);
    const { EmptyFileSystem, URI } = await import('langium');
    const { createReferatServices } = await import(new URL('referat-module.js', out).href);
    const language = await import(new URL('index.js', out).href);
    const errors = [];
    const original = console.error;
    // Langium logs "An error occurred during validation" when a check throws.
    console.error = (...args) => errors.push(`console.error: ${args.map(String).join(' ').slice(0, 300)}`);
    const attempt = async (name, action) => {
        const t0 = Date.now(); try { await action(); } catch (e) { errors.push(`${name}: ${String(e?.stack ?? e).split('\n').slice(0, 3).join(' | ')}`); }
        if (process.env.DEEP_TIMES) process.stderr.write(`${name}: ${Date.now() - t0} ms\n`);
    };
    try {
        const { shared, Referat } = createReferatServices(EmptyFileSystem);
        const document = shared.workspace.LangiumDocumentFactory.fromString(DEEP_SHAPES[shape](n), URI.file('/arbeidsområde/dyp.referat'));
        shared.workspace.LangiumDocuments.addDocument(document);
        await attempt('build', () => shared.workspace.DocumentBuilder.build([document], { validation: true }));
        const lsp = Referat.lsp;
        const textDocument = { uri: document.uri.toString() };
        const lines = document.textDocument.lineCount;
        const whole = { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } };
        const today = { year: 2024, month: 1, day: 15 };
        let meeting;
        await attempt('model', () => { meeting = Referat.referat.MeetingIndex.get(document); });
        await attempt('outline', () => lsp.DocumentSymbolProvider.getSymbols(document, { textDocument }));
        await attempt('folding', () => lsp.FoldingRangeProvider.getFoldingRanges(document, { textDocument }));
        await attempt('semantic tokens', () => lsp.SemanticTokenProvider.semanticHighlight(document, { textDocument }));
        await attempt('inlay hints', () => lsp.InlayHintProvider.getInlayHints(document, { textDocument, range: whole }));
        await attempt('code actions', () => lsp.CodeActionProvider.getCodeActions(document, { textDocument, range: whole, context: { diagnostics: document.diagnostics ?? [] } }));
        await attempt('workspace symbols', () => shared.lsp.WorkspaceSymbolProvider.getSymbols({ query: 'sak' }));
        await attempt('formatting', () => lsp.Formatter.formatDocument(document, { textDocument, options: { tabSize: 2, insertSpaces: true } }));
        for (const line of [5, Math.floor(lines / 2), lines - 2]) {
            const position = { line, character: 3 };
            await attempt(`hover ${line}`, () => lsp.HoverProvider.getHoverContent(document, { textDocument, position }));
            await attempt(`completion ${line}`, () => lsp.CompletionProvider.getCompletion(document, { textDocument, position }));
            await attempt(`references ${line}`, () => lsp.ReferencesProvider.findReferences(document, { textDocument, position, context: { includeDeclaration: true } }));
            await attempt(`highlight ${line}`, () => lsp.DocumentHighlightProvider.getDocumentHighlight(document, { textDocument, position }));
        }
        if (meeting) {
            await attempt('html', () => language.renderMeetingHtml(meeting, { today }));
            await attempt('public html', () => language.renderMeetingHtml(meeting, { today, publicEdition: true }));
            await attempt('json', () => JSON.stringify(language.meetingToJson(meeting)));
            await attempt('deadlines', () => language.deadlinesToIcs(language.collectDeadlines([meeting], today)));
            await attempt('deadlines page', () => language.renderDeadlinesHtml(language.collectDeadlines([meeting], today), { today }));
        }
        return { errors, diagnostics: (document.diagnostics ?? []).length };
    } finally {
        console.error = original;
    }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const [shape, n] = process.argv.slice(2);
    process.stdout.write(JSON.stringify(await runServices(shape, Number(n))));
}
