/**
 * Profiling helper: renders one file to HTML repeatedly, for `node --cpu-prof`.
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof packages/bench/src/profile-html.mjs packages/bench/corpus/meeting-20000.referat [runs]
 */
import fs from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import * as language from '@referat/language';

const [file, runs = '10'] = process.argv.slice(2);
if (!file) { console.error('Bruk: profile-html.mjs <fil.referat> [antall]'); process.exit(2); }
const render = language.renderMeetingHtml ?? (await import('../../language/out/generator/html.js')).renderMeetingHtml;
const { shared, Referat } = language.createReferatServices(EmptyFileSystem);
const document = shared.workspace.LangiumDocumentFactory.fromString(fs.readFileSync(file, 'utf8'), URI.parse('file:///profile/meeting.referat'));
shared.workspace.LangiumDocuments.addDocument(document);
await shared.workspace.DocumentBuilder.build([document], { validation: true });
const meeting = Referat.referat.MeetingIndex.get(document);
for (let i = 0; i < Number(runs); i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const html = render(meeting, {});
    const used = process.cpuUsage(cpu);
    console.log(`html ${(performance.now() - start).toFixed(1)} ms, CPU ${((used.user + used.system) / 1000).toFixed(1)} ms, ${html.length} chars`);
}
