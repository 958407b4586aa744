/**
 * The MeetingIndex keeps its cross-file lookups between queries (for speed) and must forget them
 * whenever documents change: a changed meeting must never be judged against the old text of another.
 */
import { EmptyFileSystem, type LangiumDocument, URI } from 'langium';
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { createReferatServices } from '../../packages/language/src/referat-module.js';
import { allCases } from '../../packages/language/src/model/queries.js';
import { workspaceMeetings } from '../../packages/bench/src/corpus.mjs';

const meeting = (date: string, cases: string) => `Organ: Styret i Ås (STY)\nDato: ${date}\n\n${cases}`;

describe('MeetingIndex lookups across builds', () => {
    it('a meeting replaced and rebuilt is compared with the new text of the other meeting', async () => {
        const { shared, Referat } = createReferatServices(EmptyFileSystem);
        const docs = shared.workspace.LangiumDocuments;
        const add = (name: string, text: string) => {
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///ws/${name}`));
            docs.addDocument(document);
            return document;
        };
        const duplicates = (d: LangiumDocument) => (d.diagnostics ?? []).filter(x => (x.data as { code?: string })?.code === 'duplicate-case-number').length;

        const a = add('a.referat', meeting('10.1.2024', 'Sak 1/24 A\nVedtak: A.\n'));
        let b = add('b.referat', meeting('7.2.2024', 'Sak 1/24 B\nVedtak: B.\n'));
        await shared.workspace.DocumentBuilder.build([a, b], { validation: true });
        expect([duplicates(a), duplicates(b)]).toEqual([1, 1]);
        expect(Referat.referat.MeetingIndex.sameBody(Referat.referat.MeetingIndex.get(a))).toHaveLength(2);

        // b gets the next number: rebuilt together with a, neither reports a duplicate any more.
        docs.deleteDocument(b.uri);
        b = add('b.referat', meeting('7.2.2024', 'Sak 2/24 B\nVedtak: B.\n'));
        await shared.workspace.DocumentBuilder.build([a, b], { validation: true });
        expect([duplicates(a), duplicates(b)]).toEqual([0, 0]);
        const target = Referat.referat.MeetingIndex.resolve(Referat.referat.MeetingIndex.get(a),
            { number: { text: '2/24', main: 2, sub: [], year: 2024, key: '2/2024' }, span: { start: 0, end: 0, line: 0 }, numberSpan: { start: 0, end: 0, line: 0 } });
        expect(target.target?.meeting.uri).toBe('file:///ws/b.referat');

        // A third meeting with 2/24 again, added later: both others see it.
        const c = add('c.referat', meeting('6.3.2024', 'Sak 2/24 C\nVedtak: C.\n'));
        await shared.workspace.DocumentBuilder.build([a, b, c], { validation: true });
        expect([duplicates(a), duplicates(b), duplicates(c)]).toEqual([0, 1, 1]);

        // Removed through the builder: the lookups forget it.
        await shared.workspace.DocumentBuilder.update([], [c.uri]);
        await shared.workspace.DocumentBuilder.build([b], { validation: true });
        expect(duplicates(b)).toBe(0);
        expect(Referat.referat.MeetingIndex.all().map(m => m.uri).sort()).toEqual(['file:///ws/a.referat', 'file:///ws/b.referat']);
    });

    it('lookups patched after an edit answer exactly as lookups built from scratch', async () => {
        const files = workspaceMeetings({ bodies: 2, years: [2023, 2024], perYear: 4 });
        const load = async (texts: Map<string, string>, services = createReferatServices(EmptyFileSystem)) => {
            const documents = [...texts].map(([path, text]) => {
                const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///ws/${path}`));
                services.shared.workspace.LangiumDocuments.addDocument(document);
                return document;
            });
            await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
            return { services, documents };
        };
        const answers = (services: ReturnType<typeof createReferatServices>) => {
            const index = services.Referat.referat.MeetingIndex;
            return index.all().map(m => ({
                uri: m.uri,
                sameBody: index.sameBody(m).map(o => o.uri),
                cases: allCases(m).map(c => ({
                    number: c.number.text,
                    elsewhere: index.duplicatesElsewhere(m, c).map(d => `${d.meeting.uri}#${d.case.number.text}`),
                    references: c.references.map(r => {
                        const { target, external } = index.resolve(m, r);
                        return `${r.number.text}->${target ? `${target.meeting.uri}#${target.case.number.text}` : external}`;
                    }),
                    plain: index.resolve(m, {
                        ...c.references[0] ?? { span: c.numberSpan, numberSpan: c.numberSpan }, number: { ...c.number, year: undefined },
                    })
                        .target?.meeting.uri,
                })),
            }));
        };
        const texts = new Map(files.map(f => [f.path, f.text]));
        const { services, documents } = await load(texts);
        answers(services); // the lookups exist before the edit
        // An edit that renumbers a case of one meeting into a clash with another meeting.
        const [path, text] = [...texts].find(([p]) => p.startsWith('kst/2024/'))!;
        const edited = text.replace(/^Sak (\d+)\/24 /m, 'Sak 7/24 ');
        expect(edited).not.toBe(text);
        texts.set(path, edited);
        // Changed in place, as an editor changes it: the document keeps its place in the workspace,
        // so the patched lists must put its entries back in the middle.
        const old = documents.find(d => d.uri.path.endsWith(path))!;
        setTextDocument(services.shared, TextDocument.create(old.uri.toString(), 'referat', 2, edited));
        await services.shared.workspace.DocumentBuilder.update([old.uri], []);
        expect(old.textDocument.getText()).toBe(edited);
        const place = services.shared.workspace.LangiumDocuments.all.toArray().indexOf(old);
        expect(place).toBeGreaterThan(0);
        expect(place).toBeLessThan(documents.length - 1);

        const fresh = await load(texts);
        const sort = (a: ReturnType<typeof answers>) => [...a].sort((x, y) => x.uri.localeCompare(y.uri));
        expect(sort(answers(services))).toEqual(sort(answers(fresh.services)));
        expect(answers(services).some(m => m.cases.some(c => c.elsewhere.length > 0))).toBe(true);
    });
});
