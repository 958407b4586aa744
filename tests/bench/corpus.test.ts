/**
 * The benchmark corpus (packages/bench/src/corpus.mjs) must be valid, realistic Referat and the same
 * on every run: otherwise `npm run bench` would measure error recovery, or numbers would not compare.
 */
import { EmptyFileSystem, type LangiumDocument, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createReferatServices } from '../../packages/language/src/referat-module.js';
import { generateMeeting, workspaceMeetings } from '../../packages/bench/src/corpus.mjs';

const { shared, Referat } = createReferatServices(EmptyFileSystem);

async function check(files: Array<{ path: string; text: string }>): Promise<LangiumDocument[]> {
    const documents = files.map(f => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(f.text, URI.parse(`file:///bench/${f.path}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    for (const d of documents) shared.workspace.LangiumDocuments.deleteDocument(d.uri);
    return documents;
}

const problems = (documents: LangiumDocument[]) =>
    documents.flatMap(d => (d.diagnostics ?? []).map(x => `${d.uri.path}:${x.range.start.line + 1}: ${x.message}`));

describe('benchmark corpus', () => {
    test('a meeting is the same for the same seed and different for another', () => {
        const a = generateMeeting({ seed: 7, targetLines: 300 });
        const b = generateMeeting({ seed: 7, targetLines: 300 });
        const c = generateMeeting({ seed: 8, targetLines: 300 });
        expect(b.referat).toBe(a.referat);
        expect(b.markdown).toBe(a.markdown);
        expect(c.referat).not.toBe(a.referat);
    });

    test.each([200, 2000])('a meeting of about %i lines checks without any diagnostic', async lines => {
        const m = generateMeeting({ seed: lines, targetLines: lines });
        expect(m.lines).toBeGreaterThanOrEqual(lines);
        expect(m.lines).toBeLessThan(lines + 60);
        const [document] = await check([{ path: `meeting-${lines}.referat`, text: m.referat }]);
        expect(problems([document])).toEqual([]);
        const meeting = Referat.referat.MeetingIndex.get(document);
        expect(meeting.cases.length).toBe(m.cases.length);
        // Realistic: every kind of line the format has is there.
        expect(meeting.attendance.map(l => l.kind)).toEqual(['present', 'absent', 'other']);
        const cases = meeting.cases;
        expect(cases.every(c => c.type || c.anyOtherBusiness)).toBe(true);
        expect(cases.some(c => c.introducers.some(i => i.person))).toBe(true);
        expect(cases.some(c => c.decisions.length > 0 && c.votes.length > 0)).toBe(true);
        expect(cases.some(c => c.deadlines.length > 0)).toBe(true);
        expect(cases.some(c => c.references.length > 0)).toBe(true);
        expect(cases.some(c => c.content.some(b => b.kind === 'list'))).toBe(true);
    });

    test('the Markdown version has the same lines, cases as headings and the decisions in bold', () => {
        const m = generateMeeting({ seed: 2000, targetLines: 2000 });
        expect(m.markdown.split('\n').length).toBe(m.referat.split('\n').length);
        expect(m.markdown.match(/^## Sak /gm)?.length).toBe(m.cases.length);
        expect(m.markdown.match(/^\*\*Vedtak:\*\*/gm)?.length).toBe(m.referat.match(/^Vedtak:/gm)?.length);
        expect(m.markdown).toMatch(/^- /m);
    });

    test('a workspace of several bodies checks without any diagnostic, with references across meetings', async () => {
        const files = workspaceMeetings({ bodies: 2, years: [2023, 2024], perYear: 4 });
        expect(files).toHaveLength(16);
        expect(new Set(files.map(f => f.path)).size).toBe(16);
        expect(files.some(f => /jfr\. sak \d+\/\d\d \(\d\d\/\d\d\)/.test(f.text))).toBe(true);
        const documents = await check(files);
        expect(problems(documents)).toEqual([]);
        // Case numbers run on through the year: the second meeting does not start at 1 again.
        const second = files.find(f => f.path.startsWith('kst/2024/'))!;
        expect(workspaceMeetings({ bodies: 2, years: [2023, 2024], perYear: 4 })).toEqual(files);
        expect(second.text).toMatch(/^Sak 1\/24 /m);
        const later = files.filter(f => f.path.startsWith('kst/2024/'))[1];
        expect(later.text).not.toMatch(/^Sak 1\/24 /m);
    });
});
