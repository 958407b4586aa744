/**
 * What real bodies record (issue 10): number series, items without a number, withdrawn items, an
 * older case treated again, sections and closed sessions, proposals and votes, follow-up actions,
 * signatures, the document kind, partial attendance, short forms of names and references to
 * meetings. Each construct is parsed into the model, exported to JSON (valid against the schema),
 * rendered (read back with parse5), shown in the outline, and its checks triggered and not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver';
import { renderMeetingHtml } from '../../packages/language/src/generator/html.js';
import { meetingToJson } from '../../packages/language/src/generator/json.js';
import { allCases } from '../../packages/language/src/model/queries.js';
import { all, attr, byClass, byTag, parseHtml, text } from '../publishing/support.js';
import { codes, messages, minutes, services, validate, validateWorkspace, withCode } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/language/src/generator/meeting.schema.json'), 'utf8'));
const matchesSchema = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

/** JSON of the meeting, checked against the schema. */
function json(m: Parameters<typeof meetingToJson>[0]) {
    const value = meetingToJson(m) as Record<string, unknown>;
    expect(matchesSchema(value), JSON.stringify(matchesSchema.errors)).toBe(true);
    return value as any;
}

async function outline(checked: Awaited<ReturnType<typeof validate>>): Promise<DocumentSymbol[]> {
    return await services.lsp.DocumentSymbolProvider!.getSymbols(checked.document, { textDocument: { uri: checked.document.uri.toString() } }) as DocumentSymbol[];
}

const names = (symbols: DocumentSymbol[]): unknown => symbols.map(s => (s.children?.length ? [s.name, names(s.children)] : s.name));

const COUNCIL = `Organ: Kommunestyret i Lysfjord (KST)
Dato: 20.03.2025

Til stede:
- Ola Dalen (Ap), ordfører
- Kari Bjørge (Sp)
- Per Arne Nes (H)
- Tone Lie (V)

# Saker til behandling

PS 9/25 Godkjenning av innkalling
Vedtak: Innkallingen godkjennes.

PS 10/25 Budsjettjustering
Forslag fra Kari Bjørge (Sp): Saken sendes tilbake.
Votering: Forslaget falt mot 5 stemmer (Sp, KrF).
Endringsforslag fra Per Arne Nes (H): Punkt 3 strykes.
Votering: 7 stemte for endringsforslaget (H, FrP) og 12 mot.
Innstilling: Budsjettet justeres som foreslått.
Votering: vedtatt med 11 mot 8 stemmer
Oppfølging: Ola Dalen – legger fram ny sak i juni.

PS 4/25 Reguleringsplan for hamna (fra møtet 13.02.2025)
Vedtak: Planen vedtas.

# Referatsaker

RS 1/25 Melding om tilsyn

# Saker til behandling i lukket møte (kommuneloven § 11-5)

PS 11/25 Søknad om fritak
Vedtak: Fritak innvilges.
Ansvar: valgnemnda. Frist: innen neste møte.

Justert av: Tone Lie og Per Arne Nes

Neste møte: 24.04.2025
`;

describe('number series', () => {
    it('each series is its own: numbered, ordered and checked for duplicates on its own; an older case keeps its number', async () => {
        const checked = await validate(COUNCIL);
        const m = checked.meeting;
        expect(m.cases.map(c => [c.series, c.number.text])).toEqual([['PS', '9/25'], ['PS', '10/25'], ['PS', '4/25'], ['RS', '1/25'], ['PS', '11/25']]);
        // PS 4/25 is treated again: neither out of order nor a gap; RS 1/25 starts its own series.
        expect(withCode(checked, 'case-number-order')).toEqual([]);
        expect(withCode(checked, 'duplicate-case-number')).toEqual([]);
        expect(m.cases[2].treatedAgain).toEqual({ text: '(fra møtet 13.02.2025)', date: { year: 2025, month: 2, day: 13 } });
        const j = json(m);
        expect(j.cases.map((c: any) => [c.series, c.number, c.numberKey])).toEqual([
            ['PS', '9/25', 'PS 9/2025'], ['PS', '10/25', 'PS 10/2025'], ['PS', '4/25', 'PS 4/2025'], ['RS', '1/25', 'RS 1/2025'], ['PS', '11/25', 'PS 11/2025'],
        ]);
    });

    it('a series implies its type: PS and V-sak need a decision, RS and O-sak do not', async () => {
        const checked = await validate(minutes('PS 1/24 Uten vedtak\n\nRS 1/24 Melding\n\nV-SAK 2 Strategi\n\nO-sak 3 Orientering\n'));
        expect(withCode(checked, 'missing-decision')).toEqual([
            { severity: 'error', text: '1/24', line: 9 },
            { severity: 'error', text: '2', line: 13 },
        ]);
        expect(messages(checked, 'missing-decision')[0]).toBe('PS 1/24 er en politisk sak uten vedtak. Legg til en linje «Vedtak: …», eller en votering som sier at forslaget ble vedtatt.');
    });

    it('the same number in two series is no duplicate; twice in one series is', async () => {
        const checked = await validate(minutes('PS 1/24 A\nVedtak: A.\n\nRS 1/24 B\n\nPS 1/24 C\nVedtak: C.\n'));
        expect(withCode(checked, 'duplicate-case-number')).toEqual([{ severity: 'error', text: '1/24', line: 14 }]);
    });

    it('across the body\'s meetings: a duplicate in the same series and year, but not an older case treated again with its title', async () => {
        await validateWorkspace({
            'a.referat': 'Organ: Rådet\nDato: 10.01.2025\n\nTil stede:\n- Kari Nordmann\n\nPS 4/25 Reguleringsplan\nVedtak: Utsatt.\n',
            'b.referat': 'Organ: Rådet\nDato: 13.02.2025\n\nTil stede:\n- Kari Nordmann\n\nPS 4/25 Reguleringsplan\nVedtak: Vedtatt.\n\nPS 5/25 Annet\nVedtak: Ja.\n',
            'c.referat': 'Organ: Rådet\nDato: 13.03.2025\n\nTil stede:\n- Kari Nordmann\n\nPS 5/25 Noe helt annet\nVedtak: Ja.\n',
        }, result => {
            // PS 4/25 in a and b has the same title: the case treated again, in neither file a duplicate.
            expect(withCode(result['a.referat'], 'duplicate-case-number')).toEqual([]);
            expect(withCode(result['b.referat'], 'duplicate-case-number').map(f => f.text)).toEqual(['5/25']);
            expect(withCode(result['c.referat'], 'duplicate-case-number').map(f => f.text)).toEqual(['5/25']);
        });
    });

    it('"Sak 045-2024" is one number, with its year', async () => {
        const checked = await validate(minutes('Sak 045-2024 Godkjenning av protokoll\nVedtak: Godkjent.\n'));
        const c = checked.meeting.cases[0];
        expect([c.number.main, c.number.year, c.title]).toEqual([45, 2024, 'Godkjenning av protokoll']);
    });

    it('completion offers the next free number of the series being typed', async () => {
        const source = minutes('PS 9/24 A\nVedtak: A.\n\nRS 3/24 B\n\nPS ');
        const checked = await validate(source);
        const position = checked.document.textDocument.positionAt(source.length);
        const list = await services.lsp.CompletionProvider!.getCompletion(checked.document, { textDocument: { uri: checked.document.uri.toString() }, position });
        expect(list?.items.map(i => i.label)).toEqual(['10/24']);
    });
});

describe('items without a number and withdrawn items', () => {
    it('Sak: Innsjekk takes no number and needs no decision; Utgår. and Trukket: … withdraw a case', async () => {
        const source = minutes('Sak: Innsjekk\nEn runde rundt bordet.\n\nSak 1 Forslag om motorbåt\nVedtakssak:\nTrukket: forslagsstilleren trakk forslaget.\n\nSak 2 Vedtektene\nVedtakssak:\nUtgår.\n\nSak 3 Budsjett\nVedtak: Ja.\n');
        const checked = await validate(source);
        expect(codes(checked)).toEqual([]);
        const [item, withdrawn, gone] = checked.meeting.cases;
        expect([item.numbered, item.title]).toEqual([false, 'Innsjekk']);
        expect(withdrawn.withdrawn?.reason?.text).toBe('forslagsstilleren trakk forslaget.');
        expect(gone.withdrawn).toEqual({ span: expect.anything() });
        const j = json(checked.meeting);
        expect(j.cases.map((c: any) => [c.numbered, c.number, c.status])).toEqual([[false, null, null], [true, '1', 'withdrawn'], [true, '2', 'withdrawn'], [true, '3', null]]);
        const page = parseHtml(renderMeetingHtml(checked.meeting));
        expect(text(byTag(page, 'h2').find(h => text(h).includes('Vedtektene'))!)).toBe('Sak 2 Vedtektene Trukket');
        expect(text(byClass(page, 'trukket-merknad')[0])).toBe('Trukket: forslagsstilleren trakk forslaget.');
        expect(byTag(byClass(page, 'saksliste')[0], 'li').map(text)).toEqual(['Innsjekk', 'Sak 1 Forslag om motorbåt (trukket)', 'Sak 2 Vedtektene (trukket)', 'Sak 3 Budsjett']);
        expect(names(await outline(checked))).toContain('Innsjekk');
    });
});

describe('sections and closed sessions', () => {
    it('headings between cases are sections; a closed one marks its cases, which stay public', async () => {
        const checked = await validate(COUNCIL);
        const m = checked.meeting;
        expect(m.sections.map(s => [s.level, s.title.text, s.closed, s.basis])).toEqual([
            [1, 'Saker til behandling', false, undefined],
            [1, 'Referatsaker', false, undefined],
            [1, 'Saker til behandling i lukket møte (kommuneloven § 11-5)', true, 'kommuneloven § 11-5'],
        ]);
        expect(m.cases.map(c => [c.number.text, c.section, c.closedSession])).toEqual([['9/25', 0, false], ['10/25', 0, false], ['4/25', 0, false], ['1/25', 1, false], ['11/25', 2, true]]);
        // The public edition shows a closed case that is not exempt.
        const page = parseHtml(renderMeetingHtml(m, { publicEdition: true }));
        const closed = all(page, e => e.tagName === 'section' && (attr(e, 'class') ?? '').includes('lukket') && (attr(e, 'class') ?? '').includes('sak'))[0];
        expect(text(byClass(closed, 'lukket-merknad')[0])).toBe('Behandlet i lukket møte (kommuneloven § 11-5).');
        expect(text(closed)).toContain('Fritak innvilges.');
        const sections = all(page, e => e.tagName === 'section' && (attr(e, 'class') ?? '').split(' ').includes('del'));
        expect(sections.map(s => text(byTag(s, 'h2')[0]))).toEqual(['Saker til behandling', 'Referatsaker', 'Saker til behandling i lukket møte (kommuneloven § 11-5)']);
        // Cases stand one level under their section.
        expect(byTag(sections[1], 'h3').map(text)).toEqual(['RS 1/25 Melding om tilsyn']);
        expect(json(m).sections.map((s: any) => [s.title, s.closed])).toEqual([['Saker til behandling', false], ['Referatsaker', false], ['Saker til behandling i lukket møte (kommuneloven § 11-5)', true]]);
    });

    it('the outline has each section with its cases', async () => {
        const checked = await validate(COUNCIL);
        const symbols = await outline(checked);
        const sections = symbols.filter(s => ['Saker til behandling', 'Referatsaker', 'Saker til behandling i lukket møte (kommuneloven § 11-5)'].includes(s.name));
        expect(sections.map(s => [s.name, s.detail, s.children!.map(c => c.name)])).toEqual([
            ['Saker til behandling', undefined, ['PS 9/25 Godkjenning av innkalling', 'PS 10/25 Budsjettjustering', 'PS 4/25 Reguleringsplan for hamna (fra møtet 13.02.2025)']],
            ['Referatsaker', undefined, ['RS 1/25 Melding om tilsyn']],
            ['Saker til behandling i lukket møte (kommuneloven § 11-5)', 'lukket møte', ['PS 11/25 Søknad om fritak']],
        ]);
    });
});

describe('proposals and votes', () => {
    it('a vote belongs to the proposal or decision directly above it, with counts, outcome and sides', async () => {
        const checked = await validate(COUNCIL);
        const c = checked.meeting.cases[1];
        expect(c.proposals.map(p => [p.kind, p.proposer, p.vote])).toEqual([
            ['forslag', 'Kari Bjørge (Sp)', 0], ['endringsforslag', 'Per Arne Nes (H)', 1], ['innstilling', undefined, 2],
        ]);
        expect(c.votes.map(v => [v.for, v.against, v.outcome, v.sides.for, v.sides.against, v.on])).toEqual([
            [5, undefined, 'rejected', ['Sp', 'KrF'], [], { kind: 'proposal', index: 0 }],
            [7, 12, 'rejected', ['H', 'FrP'], [], { kind: 'proposal', index: 1 }],
            [11, 8, 'adopted', [], [], { kind: 'proposal', index: 2 }],
        ]);
        // An adopted recommendation is the case's decision: no missing-decision.
        expect(withCode(checked, 'missing-decision')).toEqual([]);
        const page = parseHtml(renderMeetingHtml(checked.meeting));
        expect(byClass(page, 'forslag').map(p => [attr(p, 'class'), text(byClass(p, 'forslag-etikett')[0])])).toEqual([
            ['forslag falt', 'Forslag fra Kari Bjørge (Sp)'], ['forslag falt', 'Endringsforslag fra Per Arne Nes (H)'], ['forslag vedtatt', 'Innstilling'],
        ]);
        expect(byClass(page, 'votering').map(text)).toEqual([
            'Votering: Forslaget falt mot 5 stemmer (Sp, KrF). Falt', 'Votering: 7 stemte for endringsforslaget (H, FrP) og 12 mot. Falt', 'Votering: vedtatt med 11 mot 8 stemmer Vedtatt',
        ]);
        const j = json(checked.meeting).cases[1];
        expect(j.proposals.map((p: any) => [p.kind, p.proposer, p.vote])).toEqual([['forslag', 'Kari Bjørge (Sp)', 0], ['endringsforslag', 'Per Arne Nes (H)', 1], ['innstilling', null, 2]]);
        expect(j.votes[0]).toEqual({ text: 'Forslaget falt mot 5 stemmer (Sp, KrF).', unanimous: false, acclamation: false, for: 5, against: null, abstain: null, outcome: 'rejected', sides: { for: ['Sp', 'KrF'], against: [], abstain: [] }, on: { kind: 'proposal', index: 0 } });
    });

    it.each([
        ['enstemmig', { unanimous: true, outcome: 'adopted' }],
        ['ved akklamasjon', { unanimous: true, acclamation: true, outcome: 'adopted' }],
        ['4-0-2', { for: 4, against: 0, abstain: 2, outcome: 'adopted' }],
        ['4 for, 0 mot, 2 avholdende', { for: 4, against: 0, abstain: 2, outcome: 'adopted' }],
        ['11 mot, 3 for', { for: 3, against: 11, outcome: 'rejected' }],
        ['11 stemte mot forslaget og 3 for', { for: 3, against: 11, outcome: 'rejected' }],
        ['Forslaget falt mot 4 stemmer (Sp, KrF)', { for: 4, outcome: 'rejected', sides: { for: ['Sp', 'KrF'], against: [], abstain: [] } }],
        ['vedtatt med 11 mot 4 stemmer', { for: 11, against: 4, outcome: 'adopted' }],
        ['13 for, 5 mot (H, FrP)', { for: 13, against: 5, sides: { for: [], against: ['H', 'FrP'], abstain: [] } }],
    ])('Votering: %s', async (vote, expected) => {
        const checked = await validate(minutes(`Sak 1 A\nVedtak: A.\nVotering: ${vote}\n`));
        expect(checked.meeting.cases[0].votes[0]).toMatchObject(expected);
        expect(withCode(checked, 'invalid-vote')).toEqual([]);
    });

    it('only a truly unreadable vote is invalid-vote', async () => {
        const checked = await validate(minutes('Sak 1 A\nVedtak: A.\nVotering: etter en lang debatt\n'));
        expect(withCode(checked, 'invalid-vote')).toEqual([{ severity: 'warning', text: 'etter en lang debatt', line: 11 }]);
    });

    it('"Vedtak: Enstemmig vedtatt." records a unanimous decision', async () => {
        const checked = await validate(minutes('Sak 1 A\nVedtak: Enstemmig vedtatt.\n'));
        expect(checked.meeting.cases[0].decisions[0].unanimous).toBe(true);
    });
});

describe('follow-up actions', () => {
    it('owner, what and due — a date, or words the meeting turns into one', async () => {
        const checked = await validate(COUNCIL);
        const [budget, closed] = [checked.meeting.cases[1], checked.meeting.cases[4]];
        expect(budget.deadlines.map(d => [d.kind, d.responsible?.name, d.what, d.due?.text, d.due?.relative])).toEqual([
            ['action', 'Ola Dalen', 'legger fram ny sak i juni.', 'i juni', 'free'],
        ]);
        // "Ansvar: … Frist: innen neste møte.": the next meeting's date.
        expect(closed.deadlines.map(d => [d.kind, d.responsible?.name, d.due?.text, d.due?.value])).toEqual([['action', 'valgnemnda', 'innen neste møte', { year: 2025, month: 4, day: 24 }]]);
        expect(withCode(checked, 'invalid-date')).toEqual([]);
        expect(withCode(checked, 'deadline-without-responsible')).toEqual([]);
    });

    it.each([
        ['Frist: før jul.', { year: 2024, month: 12, day: 24 }, 'christmas'],
        ['Frist: neste uke. Alle leser utkastet.', { year: 2024, month: 1, day: 17 }, 'next-week'],
        ['Oppfølging: Kari Nordmann – sender svaret innen 1 uke.', { year: 2024, month: 1, day: 17 }, 'within'],
        ['Oppfølging: Ola Hansen tar kontakt til høsten.', undefined, 'free'],
        ['Frist', undefined, undefined],
    ])('%j', async (line, date, relative) => {
        const checked = await validate(minutes(`Sak 1 A\nVedtak: A.\n${line}\n`));
        const d = checked.meeting.cases[0].deadlines;
        if (line === 'Frist') { expect(d).toEqual([]); return; }
        expect([d[0].due?.value, d[0].due?.relative]).toEqual([date, relative]);
        expect(codes(checked)).toEqual([]);
    });

    it('an action inside a list item stays in the list and is an action', async () => {
        const source = minutes('Sak 1 A\nDette ble avtalt:\n- Kari Nordmann sender notatet.\n- Oppfølging: Ola Hansen – ringer kommunen neste uke.\n- Frist 1.2.2024: Per Olsen – budsjett.\n');
        const checked = await validate(source);
        const c = checked.meeting.cases[0];
        expect(c.deadlines.map(d => [d.kind, d.responsible?.name])).toEqual([['action', 'Ola Hansen'], ['deadline', 'Per Olsen']]);
        const list = c.content.find(b => b.kind === 'list')!;
        expect(list.kind === 'list' && list.items.map(i => [i.content.text, i.deadline])).toEqual([
            ['Kari Nordmann sender notatet.', undefined],
            ['Oppfølging: Ola Hansen – ringer kommunen neste uke.', 0],
            ['Frist 1.2.2024: Per Olsen – budsjett.', 1],
        ]);
        const page = parseHtml(renderMeetingHtml(checked.meeting));
        expect(byTag(page, 'li').filter(li => (attr(li, 'class') ?? '').includes('frist')).map(text)).toEqual([
            'Oppfølging: Ola Hansen – ringer kommunen neste uke. (17. januar 2024)', 'Frist 1.2.2024: Per Olsen – budsjett.',
        ]);
    });
});

describe('signatures, document kind and partial attendance', () => {
    it('Underskrifter: with bullets or names on the line; signers must be people of the meeting', async () => {
        const source = minutes('Sak 1 A\nVedtak: A.\n\nUnderskrifter:\n- Kari Nordmann, leder\n- Ola Hansen\n\nGodkjent av: Per Olsen og Lise Li, 21. mars 2024\n', `Organ: Testrådet i Ås (TR)
Dokument: Møteprotokoll
Dato: 10. januar 2024
Status: godkjent 21.03.2024

Til stede:
- Kari Nordmann, Ås kommune, leder
- Ola Hansen, Ås kommune, medlem
- Per Olsen, Ås kommune, medlem
`);
        const checked = await validate(source);
        const m = checked.meeting;
        expect(m.documentKind).toBe('Møteprotokoll');
        expect(m.signatures.map(s => [s.label, s.signers.map(x => [x.name, x.role]), s.date?.value])).toEqual([
            ['Underskrifter', [['Kari Nordmann', 'leder'], ['Ola Hansen', undefined]], undefined],
            ['Godkjent av', [['Per Olsen', undefined], ['Lise Li', undefined]], { year: 2024, month: 3, day: 21 }],
        ]);
        expect(withCode(checked, 'unknown-person').map(f => f.text)).toEqual(['Lise Li']);
        const page = parseHtml(renderMeetingHtml(m));
        expect(text(byTag(page, 'h1')[0])).toBe('Møteprotokoll Testrådet i Ås (TR)');
        const block = byClass(page, 'underskrifter')[0];
        expect(byTag(block, 'li').map(text)).toEqual(['Kari Nordmann, leder', 'Ola Hansen', 'Per Olsen', 'Lise Li']);
        expect(text(byClass(block, 'godkjent')[0])).toBe('Referatet er godkjent 21. mars 2024.');
        expect(json(m).signatures[1]).toEqual({ label: 'Godkjent av', date: '2024-03-21', note: null, line: 18, signers: [{ name: 'Per Olsen', role: null, line: 18 }, { name: 'Lise Li', role: null, line: 18 }] });
    });

    it('attendance for part of the meeting: an inhabil or dissenting person who was not there is flagged', async () => {
        const source = minutes('Sak 1 A\nVedtak: A.\nDissens: Lise Li\n\nSak 2 B\nVedtak: B.\nDissens: Lise Li\n\nSak 3 C\nInhabil: Per Olsen\nVedtak: C.\n', `Organ: Testrådet i Ås (TR)
Dato: 10. januar 2024

Til stede:
- Kari Nordmann, Ås kommune, leder
- Lise Li, Ås kommune, medlem (fra sak 2)
- Per Olsen, Ås kommune, medlem (forlot møtet etter sak 2)
`);
        const checked = await validate(source);
        expect(checked.meeting.people.map(p => p.presence)).toEqual([undefined, { from: '2', untilIncluded: false }, { until: '2', untilIncluded: true }]);
        expect(withCode(checked, 'person-not-present').map(f => [f.text, f.line])).toEqual([['Lise Li', 11], ['Per Olsen', 18]]);
        expect(messages(checked, 'person-not-present')[0]).toBe('Lise Li var ikke til stede under sak 1 (fra sak 2). Rett merknaden i deltakerlisten, eller saken.');
    });
});

describe('people by a short form, and references to meetings', () => {
    it('a short form unique in the meeting is the person; an ambiguous one lists the candidates', async () => {
        const source = minutes('Sak 1 A\nInnledning ved Nordmann\nVedtak: A.\nDissens: K. Nordmann\n\nSak 2 B\nInnledning ved Hansen\nVedtak: B.\n', `Organ: Testrådet i Ås (TR)
Dato: 10. januar 2024

Til stede:
- Kari Nordmann, Ås kommune, leder
- Ola Hansen, Ås kommune, medlem
- Per Hansen, Ås kommune, medlem
`);
        const checked = await validate(source);
        const refs = checked.meeting.personRefs.filter(r => r.role !== 'substitute');
        expect(refs.map(r => [r.name, r.key, r.shortForm, r.candidates])).toEqual([
            ['Nordmann', 'kari nordmann', true, undefined], ['K. Nordmann', 'kari nordmann', true, undefined], ['Hansen', 'hansen', undefined, ['Ola Hansen', 'Per Hansen']],
        ]);
        expect(withCode(checked, 'unknown-person')).toEqual([]);
        expect(messages(checked, 'ambiguous-person')).toEqual(['«Hansen» kan være Ola Hansen eller Per Hansen. Skriv hele navnet.']);
        const hover = await services.lsp.HoverProvider!.getHoverContent(checked.document, {
            textDocument: { uri: checked.document.uri.toString() }, position: checked.document.textDocument.positionAt(source.indexOf('Nordmann\nVedtak') + 2),
        });
        expect((hover?.contents as { value: string }).value).toMatch(/^\*\*Kari Nordmann\*\* — Ås kommune · leder/);
    });

    it('jf. møte 03/2025 links to that meeting of the body; flagged only when the body has meetings of that year and none fits', async () => {
        await validateWorkspace({
            'mars.referat': 'Organ: Rådet\nMøte: 03/2025\nDato: 12. mars 2025\n\nTil stede:\n- Kari Nordmann\n\nSak 1 A\nVedtak: A.\n',
            'april.referat': 'Organ: Rådet\nMøte: 04/2025\nDato: 9. april 2025\n\nTil stede:\n- Kari Nordmann\n\nSak 2 B\nSaken ble utsatt (jf. møte 03/2025). Jf. protokoll fra møtet 12.03.2025. Se møte 09/2025 og jf. møtet 3. mai 2024.\nVedtak: B.\n',
        }, result => {
            const april = result['april.referat'];
            const refs = allCases(april.meeting)[0].meetingRefs;
            expect(refs.map(r => [r.text, r.number, r.date])).toEqual([
                ['jf. møte 03/2025', '03/2025', undefined], ['Jf. protokoll fra møtet 12.03.2025', undefined, { year: 2025, month: 3, day: 12 }],
                ['Se møte 09/2025', '09/2025', undefined], ['jf. møtet 3. mai 2024', undefined, { year: 2024, month: 5, day: 3 }],
            ]);
            // 09/2025 fits none of the body's 2025 meetings; 2024 has none in the workspace, so it is not checked.
            expect(withCode(april, 'unresolved-meeting-reference').map(f => f.text)).toEqual(['Se møte 09/2025']);
            const page = renderMeetingHtml(april.meeting, {
                resolveMeeting: ref => services.referat.MeetingIndex.all().find(m => m.meetingNumber?.text === ref.number),
                meetingHrefOf: m => (m.uri.endsWith('mars.referat') ? 'mars.html' : undefined),
            });
            expect(byClass(parseHtml(page), 'motereferanse').map(a => [text(a), attr(a, 'href')])).toEqual([['møte 03/2025', 'mars.html']]);
        });
    });
});
