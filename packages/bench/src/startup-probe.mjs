/**
 * Start-up probe for the benchmark's breakdown: does what `referat check` and `referat html` do for
 * one file, step by step, and prints when each step ended (ms since the process started, on
 * stdout, as JSON). The benchmark bundles it exactly as packages/cli/bundle.mjs bundles `referat`
 * (with a banner that notes when the bundle starts running) and runs it through
 * packages/cli/bin/run-bundle.cjs, with and without the code cache.
 *   node <probe runner> <file.referat> <out.html>
 */
import fs from 'node:fs';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createReferatCoreServices, renderMeetingHtml } from '@referat/language/core';

const marks = { nodeReady: performance.nodeTiming.bootstrapComplete, bundleStart: globalThis.__referatProbeStart, modulesLoaded: performance.now() };
const mark = name => { marks[name] = performance.now(); };
process.on('exit', () => {
    marks.exit = performance.now();
    fs.writeSync(1, `${JSON.stringify(marks)}\n`);
});

const [file, out] = process.argv.slice(2);
const { shared, Referat } = createReferatCoreServices(NodeFileSystem);
mark('services');
void Referat.parser.Lexer;
mark('lexer');
void Referat.parser.LangiumParser;
mark('parser');
const text = fs.readFileSync(file, 'utf8');
const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(file));
shared.workspace.LangiumDocuments.addDocument(document);
mark('parsed');
(async () => {
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    const meeting = Referat.referat.MeetingIndex.get(document);
    mark('model');
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    if ((document.diagnostics ?? []).some(d => d.severity === 1)) throw new Error(`${file} har feil`);
    mark('checked');
    fs.writeFileSync(out, renderMeetingHtml(meeting, {}));
    mark('html');
})();
