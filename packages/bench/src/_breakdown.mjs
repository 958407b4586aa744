import fs from 'node:fs';
import MarkdownIt from 'markdown-it';
import { EmptyFileSystem, URI } from 'langium';
import * as language from '@referat/language';
const md = new MarkdownIt();
const { shared, Referat } = language.createReferatServices(EmptyFileSystem);
const cpu = async f => { const a = process.cpuUsage(); await f(); const b = process.cpuUsage(a); return (b.user + b.system) / 1000; };
const med = xs => xs.sort((a, b) => a - b)[xs.length >> 1];
const series = async (f, n = 12) => { globalThis.gc(); for (let i = 0; i < 3; i++) await f(); const xs = []; for (let i = 0; i < n; i++) xs.push(await cpu(f)); return med(xs).toFixed(1); };
const uri = URI.parse('file:///b/m.referat');
for (const n of [2000, 20000]) {
  const text = fs.readFileSync(`packages/bench/corpus/meeting-${n}.referat`, 'utf8');
  const mdText = fs.readFileSync(`packages/bench/corpus/meeting-${n}.md`, 'utf8');
  const check = async () => { const d = shared.workspace.LangiumDocumentFactory.fromString(text, uri); shared.workspace.LangiumDocuments.addDocument(d); await shared.workspace.DocumentBuilder.build([d], { validation: true }); shared.workspace.LangiumDocuments.deleteDocument(uri); return d; };
  const r = { markdownIt: await series(() => md.render(mdText)), tokenize: await series(() => Referat.parser.Lexer.tokenize(text)), parse: await series(() => Referat.parser.LangiumParser.parse(text)), check: await series(check) };
  const d = await check(); const root = d.parseResult.value;
  r.model = await series(() => language.buildMeeting(root, text, 'file:///b/m.referat'));
  const meeting = Referat.referat.MeetingIndex.get(d);
  r.html = await series(() => language.renderMeetingHtml(meeting, {}));
  console.log(n, JSON.stringify(r));
}
