/**
 * Profiling helper: checks one file repeatedly in-process, for `node --cpu-prof`.
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof packages/bench/src/profile-check.mjs packages/bench/corpus/meeting-20000.referat [runs]
 */
import fs from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import { createReferatServices } from '@referat/language';

const [file, runs = '10'] = process.argv.slice(2);
if (!file) { console.error('Bruk: profile-check.mjs <fil.referat> [antall]'); process.exit(2); }
const text = fs.readFileSync(file, 'utf8');
const { shared } = createReferatServices(EmptyFileSystem);
const uri = URI.parse('file:///profile/meeting.referat');
for (let i = 0; i < Number(runs); i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    const parsed = performance.now();
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    shared.workspace.LangiumDocuments.deleteDocument(uri);
    const used = process.cpuUsage(cpu);
    console.log(`parse ${(parsed - start).toFixed(1)} ms, build ${(performance.now() - parsed).toFixed(1)} ms, CPU ${((used.user + used.system) / 1000).toFixed(1)} ms, ${document.diagnostics?.length} diagnostics`);
}
