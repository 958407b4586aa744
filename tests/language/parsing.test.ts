/**
 * Parsing and model building of every construct of examples/README.md: the text goes through the
 * real lexer, parser and model builder (MeetingIndex), and the tests assert on the semantic model,
 * including that spans point at the right characters of the source.
 */
import { clearDocuments, parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { Meeting as MeetingNode } from '../../packages/language/src/generated/ast.js';
import type { Span } from '../../packages/language/src/model/types.js';
import { codes, HEADER, messageOf, minutes, model, services, validate, withCode } from './helpers.js';

const slice = (text: string, span: Span | undefined) => (span ? text.slice(span.start, span.end) : undefined);

describe('syntax tree', () => {
    const parseOnly = parseHelper<MeetingNode>(services);
    /** Parses (no validation) and removes the document from the workspace again. */
    const parse = async (text: string) => {
        const document = await parseOnly(text);
        await clearDocuments(services, [document]);
        return document;
    };

    it('gives every line kind its own node, keywords only at the start of a line', async () => {
        const document = await parse(`Organ: X (Y)
Dato: 1.2.2024
Til stede:
- Kari Nordmann
Prosa med Vedtak: midt i linjen.
Sak 17/24 Tittel: med kolon
Vedtakssak: tekst
Innledning ved Kari Nordmann
Ansvarlig: Gruppen
Vedlegg: Notat
Unntatt offentlighet: offl. § 13
Inhabil: Kari Nordmann
Vedtak: Godkjent.
Votering: enstemmig
Dissens: Kari Nordmann
Frist 1.3.2024: Kari Nordmann
Neste møte: 1. april 2024
  Vedtak: innrykket er også et nøkkelord
`);
        const root = document.parseResult.value;
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(root.lines.map(l => l.$type)).toEqual(['BodyLine', 'DateLine', 'PresentLine', 'Prose', 'Prose']);
        expect(root.cases).toHaveLength(1);
        const c = root.cases[0];
        expect([c.number, c.title]).toEqual(['17/24', 'Tittel: med kolon']);
        expect(c.lines.map(l => l.$type)).toEqual([
            'CaseTypeLine', 'IntroducerLine', 'ResponsibleLine', 'AttachmentLine', 'ExemptionLine', 'ConflictLine', 'DecisionLine',
            'VoteLine', 'DissentLine', 'DeadlineLine', 'NextMeetingLine', 'DecisionLine',
        ]);
        expect(root.lines[4]).toMatchObject({ $type: 'Prose', value: 'Prosa med Vedtak: midt i linjen.' });
    });

    it('keeps prose text as written, blanks and punctuation included', async () => {
        const text = 'Organ: X\n\nPunkt,med komma  og  doble mellomrom: «sitat» § 7 – https://x.no/a?b=c (parentes)\t\n';
        const root = (await parse(text)).parseResult.value;
        expect(root.lines[1]).toMatchObject({ $type: 'Prose', value: 'Punkt,med komma  og  doble mellomrom: «sitat» § 7 – https://x.no/a?b=c (parentes)' });
    });
});

describe('header', () => {
    const text = `Organ: Nasjonal samarbeidsgruppe for helseforskning i spesialisthelsetjenesten (NSG)
Møte: 04/2023
Dato: 22. november 2023
Tid: 10:00–15:00
Sted: Radisson Hotel Trondheim Airport Værnes
Status: godkjent 30.11.2023
Møteleder: Siv Mørkved
Referent: Mai Hege Stokke

Til stede:
- Siv Mørkved, Helse Midt-Norge RHF, leder i 2023
- Mai Hege Stokke, Helse Midt-Norge RHF, referent
`;

    it('reads every field', async () => {
        const m = await model(text);
        expect(m.body).toMatchObject({ name: 'Nasjonal samarbeidsgruppe for helseforskning i spesialisthelsetjenesten', shortName: 'NSG', key: 'nsg' });
        expect(m.meetingNumber?.text).toBe('04/2023');
        expect(m.date?.value).toEqual({ year: 2023, month: 11, day: 22 });
        expect(m.date?.problem).toBeUndefined();
        expect(slice(text, m.date?.span)).toBe('22. november 2023');
        expect(m.time).toMatchObject({ from: { hour: 10, minute: 0 }, to: { hour: 15, minute: 0 } });
        expect(slice(text, m.time?.span)).toBe('10:00–15:00');
        expect(m.place?.text).toBe('Radisson Hotel Trondheim Airport Værnes');
        expect(m.status).toMatchObject({ kind: 'godkjent', date: { value: { year: 2023, month: 11, day: 30 } } });
        expect(slice(text, m.status?.date?.span)).toBe('30.11.2023');
        expect(m.chair).toMatchObject({ name: 'Siv Mørkved', role: 'chair' });
        expect(slice(text, m.chair?.span)).toBe('Siv Mørkved');
        expect(m.referent).toMatchObject({ name: 'Mai Hege Stokke', role: 'referent' });
        expect(m.headerFields.map(f => [f.kind, f.label])).toEqual([
            ['body', 'Organ'], ['meetingNumber', 'Møte'], ['date', 'Dato'], ['time', 'Tid'], ['place', 'Sted'], ['status', 'Status'],
            ['chair', 'Møteleder'], ['referent', 'Referent'],
        ]);
    });

    it('has no diagnostics when complete', async () => {
        expect((await validate(text)).diagnostics).toEqual([]);
    });

    it('uses the full name as key when there is no short name', async () => {
        const m = await model('Organ: Helse Vest RHF styret\nDato: 1.2.2024\n');
        expect(m.body).toMatchObject({ name: 'Helse Vest RHF styret', shortName: undefined, key: 'helse vest rhf styret' });
    });

    it.each([
        ['10:00–15:00', { hour: 10, minute: 0 }, { hour: 15, minute: 0 }],
        ['kl. 10.00–15.00', { hour: 10, minute: 0 }, { hour: 15, minute: 0 }],
        ['10-16', { hour: 10, minute: 0 }, { hour: 16, minute: 0 }],
        ['kl 10 -16.30', { hour: 10, minute: 0 }, { hour: 16, minute: 30 }],
    ])('Tid: %s', async (value, from, to) => {
        const m = await model(`Organ: X\nDato: 1.2.2024\nTid: ${value}\n`);
        expect(m.time).toMatchObject({ from, to });
        expect(m.time?.problem).toBeUndefined();
        expect(m.time?.rest).toBeUndefined();
    });

    it('reads Status: utkast', async () => {
        expect((await model('Organ: X\nDato: 1.2.2024\nStatus: utkast\n')).status?.kind).toBe('utkast');
    });

    it('accepts keywords in any letter case and with a blank before the colon', async () => {
        const m = await model('ORGAN : X\ndato:1.2.2024\n');
        expect(m.body?.name).toBe('X');
        expect(m.date?.value).toEqual({ year: 2024, month: 2, day: 1 });
    });
});

describe('attendance lists', () => {
    const text = `Organ: NSG
Dato: 22. november 2023

Til stede:
- Siv Mørkved, Helse Midt-Norge RHF, leder i 2023
- Erlend B. Smeland, Oslo universitetssykehus, fast medlem (Teams)
- Marit Bakke, Universitetet i Bergen, vara for Per Bakke
- Maria Tårland, Helse Midt-Norge RHF, sekretariat
- Toril Forbord, UHR (helsefag), fast medlem
- Ola Nordmann, nestleder
- Kari Nordmann, Universitetet i Oslo
- Hanne Li
- Anne Berg, Helse Vest RHF, Avdeling for forskning, medlem

Forfall:
- Per Bakke, Universitetet i Bergen, fast medlem

Andre:
- Ole Johan Borge, Norges forskningsråd, observatør
- Erik Buanes, Norsk intensiv- og pandemiregister, invitert sak 19/23 (Teams)
`;

    it('reads name, institution, role, role kind and note', async () => {
        const m = await model(text);
        const [present, absent, other] = m.attendance;
        expect(present).toMatchObject({ kind: 'present', label: 'Til stede' });
        expect(absent).toMatchObject({ kind: 'absent', label: 'Forfall' });
        expect(other).toMatchObject({ kind: 'other', label: 'Andre' });
        const view = present.attendees.map(a => [a.name, a.institution, a.role, a.roleKind, a.note]);
        expect(view).toEqual([
            ['Siv Mørkved', 'Helse Midt-Norge RHF', 'leder i 2023', 'leder', undefined],
            ['Erlend B. Smeland', 'Oslo universitetssykehus', 'fast medlem', 'fast medlem', 'Teams'],
            ['Marit Bakke', 'Universitetet i Bergen', 'vara for Per Bakke', 'vara', undefined],
            ['Maria Tårland', 'Helse Midt-Norge RHF', 'sekretariat', 'sekretariat', undefined],
            ['Toril Forbord', 'UHR (helsefag)', 'fast medlem', 'fast medlem', undefined],
            ['Ola Nordmann', undefined, 'nestleder', 'nestleder', undefined],
            ['Kari Nordmann', 'Universitetet i Oslo', undefined, undefined, undefined],
            ['Hanne Li', undefined, undefined, undefined, undefined],
            ['Anne Berg', 'Helse Vest RHF, Avdeling for forskning', 'medlem', 'medlem', undefined],
        ]);
        expect(other.attendees.map(a => [a.name, a.role, a.roleKind, a.note])).toEqual([
            ['Ole Johan Borge', 'observatør', 'observatør', undefined],
            ['Erik Buanes', 'invitert sak 19/23', 'invitert', 'Teams'],
        ]);
        expect(m.people).toHaveLength(12);
    });

    it('reads "vara for Name" as a reference to the principal, with its span', async () => {
        const m = await model(text);
        const marit = m.people.find(p => p.name === 'Marit Bakke')!;
        expect(marit.substituteFor).toMatchObject({ name: 'Per Bakke', role: 'substitute' });
        expect(slice(text, marit.substituteFor!.span)).toBe('Per Bakke');
        expect(slice(text, marit.nameSpan)).toBe('Marit Bakke');
    });

    it('gives every attendee the span of its name', async () => {
        const m = await model(text);
        expect(m.people.length).toBeGreaterThan(0);
        for (const a of m.people) expect(slice(text, a.nameSpan)).toBe(a.name);
    });

    it.each([
        ['Til stede:', 'present'], ['Til stades:', 'present'], ['Forfall:', 'absent'], ['Andre:', 'other'],
        ['Observatører:', 'other'], ['Inviterte:', 'other'], ['Sekretariat:', 'other'],
    ])('heading %s', async (heading, kind) => {
        const m = await model(`Organ: X\nDato: 1.2.2024\n\n${heading}\n- Kari Nordmann, Ås kommune, medlem\n`);
        expect(m.attendance).toHaveLength(1);
        expect(m.attendance[0].kind).toBe(kind);
        expect(m.attendance[0].label).toBe(heading.slice(0, -1));
        expect(m.attendance[0].attendees.map(a => a.name)).toEqual(['Kari Nordmann']);
    });

    it('ends a list at the first line that is not a bullet', async () => {
        const m = await model(`Organ: X\nDato: 1.2.2024\n\nTil stede:\n- Kari Nordmann\n\nDette er innledende prosa.\n- ikke en deltaker\n`);
        expect(m.people.map(p => p.name)).toEqual(['Kari Nordmann']);
        // The attendance list stands in the preamble where it was written, the prose after it.
        expect(m.preamble.map(b => b.kind)).toEqual(['attendance', 'paragraph', 'list']);
        expect(m.preamble[0]).toMatchObject({ kind: 'attendance', index: 0 });
    });
});

describe('case numbers', () => {
    it.each([
        ['17/23', { main: 17, sub: [], year: 2023, key: '17/2023' }],
        ['17/2023', { main: 17, sub: [], year: 2023, key: '17/2023' }],
        ['07/16', { main: 7, sub: [], year: 2016, key: '7/2016' }],
        ['3', { main: 3, sub: [], year: undefined, key: '3' }],
    ])('Sak %s', async (number, expected) => {
        const text = minutes(`Sak ${number} Tittel på saken\nVedtak: Godkjent.\n`);
        const m = await model(text);
        expect(m.cases).toHaveLength(1);
        const c = m.cases[0];
        expect(c.number).toMatchObject({ text: number, ...expected });
        expect(c.number.problem).toBeUndefined();
        expect(slice(text, c.numberSpan)).toBe(number);
        expect(c.title).toBe('Tittel på saken');
        expect(slice(text, c.titleSpan)).toBe('Tittel på saken');
        expect(slice(text, c.headingSpan)).toBe(`Sak ${number} Tittel på saken`);
    });

    it('numbers 1..n per meeting', async () => {
        const m = await model(minutes('Sak 1 En\nVedtak: A.\n\nSak 2 To\nVedtak: B.\n\nSak 3 Tre\nVedtak: C.\n'));
        expect(m.cases.map(c => c.number.key)).toEqual(['1', '2', '3']);
    });

    it('nests sub-cases 17.1, 17.2 under the case 17/16 above them', async () => {
        const text = `Organ: HO21\nDato: 29.02.2016\n
Sak 16/16 Før
Vedtak: A.

Sak 17/16 Orientering fra sekretariatet

Sak 17.1 Årsrapport
Vedtak: B.

Sak 17.2 Kommunikasjonsplan
Vedtak: C.

Sak 18/16 Etter
Vedtak: D.
`;
        const m = await model(text);
        expect(m.cases.map(c => c.number.text)).toEqual(['16/16', '17/16', '18/16']);
        const parent = m.cases[1];
        expect(parent.subCases.map(c => c.number.text)).toEqual(['17.1', '17.2']);
        expect(parent.subCases.map(c => c.title)).toEqual(['Årsrapport', 'Kommunikasjonsplan']);
        for (const sub of parent.subCases) {
            expect(sub.parentKey).toBe('17/2016');
            expect(sub.number).toMatchObject({ main: 17, year: 2016 });
        }
        expect(parent.subCases[0].number.sub).toEqual([1]);
        expect(parent.subCases[0].decisions).toHaveLength(1);
        expect(parent.decisions).toHaveLength(0);
        expect(slice(text, parent.subCases[1].numberSpan)).toBe('17.2');
    });

    it('nests sub-cases under a plain number', async () => {
        const m = await model(minutes('Sak 2 Orienteringer\n\nSak 2.1 Første\nVedtak: A.\n\nSak 2.2 Andre\nVedtak: B.\n'));
        expect(m.cases).toHaveLength(1);
        expect(m.cases[0].subCases.map(c => c.number.key)).toEqual(['2.1', '2.2']);
        expect(m.cases[0].subCases[0].parentKey).toBe('2');
    });

    it('keeps a sub-case without a parent at the top level', async () => {
        const m = await model(minutes('Sak 5.1 Uten forelder\nVedtak: A.\n'));
        expect(m.cases.map(c => c.number.text)).toEqual(['5.1']);
        expect(m.cases[0].parentKey).toBeUndefined();
    });

    it('lets a case run until the next Sak line', async () => {
        const text = minutes('Sak 1 En\nFørste avsnitt.\n\nAndre avsnitt.\nVedtak: A.\nSak 2 To\nVedtak: B.\n');
        const m = await model(text);
        expect(slice(text, m.cases[0].span)).toBe('Sak 1 En\nFørste avsnitt.\n\nAndre avsnitt.\nVedtak: A.');
        expect(m.cases[0].content.map(b => b.kind)).toEqual(['paragraph', 'paragraph', 'decision']);
    });

    it.each([
        ['Sak 17/23 – Godkjenning av innkalling', 'Godkjenning av innkalling'],
        ['Sak 3: Godkjenning', 'Godkjenning'],
        ['Sak 3 - Godkjenning - del 2', 'Godkjenning - del 2'],
    ])('%s: the separator is not part of the title', async (line, title) => {
        const text = minutes(`${line}\nVedtak: A.\n`);
        const c = (await model(text)).cases[0];
        expect(c.title).toBe(title);
        expect(slice(text, c.titleSpan)).toBe(title);
    });

    it('reads a trailing full stop after the number as punctuation', async () => {
        const m = await model(minutes('Sak 4. Tittel\nVedtak: A.\n'));
        expect(m.cases[0].number).toMatchObject({ text: '4', main: 4 });
        expect(m.cases[0].title).toBe('Tittel');
    });
});

describe('case types', () => {
    it.each([
        ['Vedtakssak', 'decision'], ['Diskusjonssak', 'discussion'], ['Orienteringssak', 'information'],
        ['Beslutningssak', 'decision'], ['Diskusjons- og beslutningssak', 'decision'], ['Drøftingssak', 'discussion'],
        ['Referatsak', 'information'], ['Valgsak', 'decision'], ['Høringssak', 'discussion'],
    ])('%s:', async (label, kind) => {
        const text = minutes(`Sak 1 Tittel\n${label}: Litt prosa om saken.\nVedtak: A.\n`);
        const c = (await model(text)).cases[0];
        expect(c.type).toMatchObject({ label, name: label.toLowerCase(), kind });
        expect(slice(text, c.type!.span)).toBe(`${label}:`);
        expect(c.type!.text?.text).toBe('Litt prosa om saken.');
    });

    it('alone on its line', async () => {
        const c = (await model(minutes('Sak 1 Tittel\nVedtakssak:\nVedtak: A.\n'))).cases[0];
        expect(c.type).toMatchObject({ label: 'Vedtakssak', kind: 'decision', text: undefined });
    });
});

describe('Innledning ved', () => {
    it.each([
        ['Innledning ved Siv Mørkved, ass. fagdirektør Helse Midt-Norge RHF.', 'Siv Mørkved'],
        ['Innledning ved: Siv Mørkved, ass. fagdirektør Helse Midt-Norge RHF.', 'Siv Mørkved'],
        ['Innledning ved Erlend B. Smeland', 'Erlend B. Smeland'],
        ['Innledning ved Erlend B. Smeland.', 'Erlend B. Smeland'],
        ['Innledning ved Kari Nordmann (AHUS)', 'Kari Nordmann'],
        ['Innledning ved Kari Nordmann og Ola Hansen', 'Kari Nordmann'],
        ['Innledning ved Kari Nordmann – daglig leder', 'Kari Nordmann'],
    ])('%s', async (line, name) => {
        const text = minutes(`Sak 1 Tittel\n${line}\nVedtak: A.\n`);
        const c = (await model(text)).cases[0];
        expect(c.introducers).toHaveLength(1);
        expect(c.introducers[0].person).toMatchObject({ name, role: 'introducer' });
        expect(slice(text, c.introducers[0].person!.span)).toBe(name);
    });

    it('keeps "Innledningen ved" as prose', async () => {
        const c = (await model(minutes('Sak 1 Tittel\nInnledningen ved starten var lang.\nVedtak: A.\n'))).cases[0];
        expect(c.introducers).toEqual([]);
    });
});

describe('Ansvarlig', () => {
    const text = minutes(`Sak 1 Tittel
Ansvarlig: Arbeidsgruppen for helsedata:
- Kathrine Myhre, Oslo Medtech (gruppeleder)
- Anne Lise Ryel, Kreftforeningen
- Hilde Lurås, AHUS

Arbeidsgruppen har levert et notat.
- dette er en vanlig punktliste
Vedtak: A.
Frist 1.3.2024: Kathrine Myhre – utkast.
`);

    it('reads the responsible group and its members', async () => {
        const c = (await model(text)).cases[0];
        expect(c.responsibles).toHaveLength(1);
        expect(c.responsibles[0].text.text).toBe('Arbeidsgruppen for helsedata:');
        // "(gruppeleder)": a role in parentheses is the person's role, not a note.
        expect(c.responsibles[0].members.map(p => [p.name, p.institution, p.role, p.note, p.list])).toEqual([
            ['Kathrine Myhre', 'Oslo Medtech', 'gruppeleder', undefined, 'member'],
            ['Anne Lise Ryel', 'Kreftforeningen', undefined, undefined, 'member'],
            ['Hilde Lurås', 'AHUS', undefined, undefined, 'member'],
        ]);
        // Source order: the Ansvarlig: line (with its members) where it was written, then the prose.
        expect(c.content.map(b => b.kind)).toEqual(['responsible', 'paragraph', 'list', 'decision', 'deadline']);
        expect(slice(text, c.responsibles[0].span)).toBe('Ansvarlig: Arbeidsgruppen for helsedata:\n- Kathrine Myhre, Oslo Medtech (gruppeleder)\n- Anne Lise Ryel, Kreftforeningen\n- Hilde Lurås, AHUS');
    });

    it('counts members as known people', async () => {
        const checked = await validate(text);
        expect(checked.meeting.people.map(p => p.name)).toContain('Kathrine Myhre');
        expect(withCode(checked, 'unknown-person')).toEqual([]);
    });

    it('reads a person as responsible', async () => {
        const t = minutes('Sak 1 Tittel\nAnsvarlig: Kari Nordmann, leder\nVedtak: A.\n');
        const c = (await model(t)).cases[0];
        expect(c.responsibles).toHaveLength(1);
        expect(c.responsibles[0].person).toMatchObject({ name: 'Kari Nordmann', role: 'responsible', isPerson: true });
        expect(slice(t, c.responsibles[0].person!.span)).toBe('Kari Nordmann');
    });
});

describe('attachments', () => {
    it('reads Vedlegg:, Saksdokument: and Bakgrunnsdokumenter: with bullets below', async () => {
        const text = minutes(`Sak 1 Tittel
Vedlegg: Notat fra arbeidsgruppen
- Presentasjon (PDF)
- Tabell
Saksdokument: Referat fra møte 25.1.2016 (01/2016)
Bakgrunnsdokumenter:
- HelseOmsorg21-strategien (www.helseomsorg21.no)
- Handlingsplanen

Saken ble drøftet.
- et punkt i prosa
Vedtak: A.
`);
        const c = (await model(text)).cases[0];
        expect(c.attachments.map(a => [a.kind, a.text.text])).toEqual([
            ['vedlegg', 'Notat fra arbeidsgruppen'],
            ['vedlegg', 'Presentasjon (PDF)'],
            ['vedlegg', 'Tabell'],
            ['saksdokument', 'Referat fra møte 25.1.2016 (01/2016)'],
            ['bakgrunnsdokument', ''],
            ['bakgrunnsdokument', 'HelseOmsorg21-strategien (www.helseomsorg21.no)'],
            ['bakgrunnsdokument', 'Handlingsplanen'],
        ]);
        for (const a of c.attachments.filter(x => x.text.text)) expect(slice(text, a.text.span)).toBe(a.text.text);
        // Each attachment line with its bullets is one block, where it was written.
        expect(c.content.map(b => (b.kind === 'attachments' ? [b.from, b.to] : b.kind))).toEqual([[0, 3], [3, 4], [4, 7], 'paragraph', 'list', 'decision']);
        expect(c.content.slice(0, 3).map(b => slice(text, b.span))).toEqual([
            'Vedlegg: Notat fra arbeidsgruppen\n- Presentasjon (PDF)\n- Tabell',
            'Saksdokument: Referat fra møte 25.1.2016 (01/2016)',
            'Bakgrunnsdokumenter:\n- HelseOmsorg21-strategien (www.helseomsorg21.no)\n- Handlingsplanen',
        ]);
    });
});

describe('Unntatt offentlighet', () => {
    it('reads the legal basis', async () => {
        const text = minutes('Sak 1 Tittel\nUnntatt offentlighet: offl. § 13 jf. fvl. § 13\nVedtak: A.\n');
        const c = (await model(text)).cases[0];
        expect(c.exemption?.basis).toBe('offl. § 13 jf. fvl. § 13');
        expect(slice(text, c.exemption!.basisSpan)).toBe('offl. § 13 jf. fvl. § 13');
        expect(slice(text, c.exemption!.keywordSpan)).toBe('Unntatt offentlighet:');
    });
});

describe('Inhabil', () => {
    it.each([
        ['Kari Nordmann', ['Kari Nordmann']],
        ['Kari Nordmann (søkeren er hennes svigersønn)', ['Kari Nordmann']],
        ['Kari Nordmann, Ola Hansen og Per Olsen (eiere i selskapet)', ['Kari Nordmann', 'Ola Hansen', 'Per Olsen']],
        ['Kari Nordmann og Ola Hansen', ['Kari Nordmann', 'Ola Hansen']],
        ['Kari Nordmann – søkeren er hennes svigersønn', ['Kari Nordmann']],
    ])('Inhabil: %s', async (value, names) => {
        const text = minutes(`Sak 1 Tittel\nInhabil: ${value}\nVedtak: A.\n`);
        const c = (await model(text)).cases[0];
        expect(c.conflicts).toHaveLength(1);
        const [conflict] = c.conflicts;
        expect(conflict.people.map(p => p.name)).toEqual(names);
        for (const p of conflict.people) expect(slice(text, p.span)).toBe(p.name);
        expect(conflict.people.every(p => p.role === 'conflict')).toBe(true);
        // The whole line is kept, reason included, where it was written.
        expect(conflict.text.text).toBe(value);
        expect(slice(text, conflict.span)).toBe(`Inhabil: ${value}`);
        expect(c.content.map(b => b.kind)).toEqual(['conflict', 'decision']);
    });
});

describe('Vedtak', () => {
    const decisionOf = async (body: string) => {
        const text = minutes(body);
        const c = (await model(text)).cases[0];
        return { text, c };
    };

    it('on one line', async () => {
        const { text, c } = await decisionOf('Sak 1 Tittel\nVedtak: Innkallingen godkjennes.\n');
        expect(c.decisions).toHaveLength(1);
        const d = c.decisions[0];
        expect(slice(text, d.keywordSpan)).toBe('Vedtak:');
        expect(d.blocks).toMatchObject([{ kind: 'paragraph', lines: [{ text: 'Innkallingen godkjennes.' }] }]);
        expect(slice(text, d.span)).toBe('Vedtak: Innkallingen godkjennes.');
    });

    it('continues on the following lines until a blank line', async () => {
        const { text, c } = await decisionOf('Sak 1 Tittel\nVedtak: Styret setter i gang arbeidet.\nArbeidsgruppen legger fram et utkast.\n\nDette er ikke vedtaket.\n');
        const d = c.decisions[0];
        expect(d.blocks).toHaveLength(1);
        expect(d.blocks[0]).toMatchObject({ kind: 'paragraph', lines: [{ text: 'Styret setter i gang arbeidet.' }, { text: 'Arbeidsgruppen legger fram et utkast.' }] });
        expect(slice(text, d.span)).toBe('Vedtak: Styret setter i gang arbeidet.\nArbeidsgruppen legger fram et utkast.');
        expect(c.content.map(b => b.kind)).toEqual(['decision', 'paragraph']);
    });

    it('ends at the next keyword line', async () => {
        const { c } = await decisionOf('Sak 1 Tittel\nVedtak: Godkjent.\nVotering: enstemmig\nEtterpå kom prosa.\n');
        expect(c.decisions[0].blocks).toHaveLength(1);
        expect(c.content.map(b => b.kind)).toEqual(['decision', 'vote', 'paragraph']);
    });

    it('alone, followed by a numbered list', async () => {
        const { text, c } = await decisionOf('Sak 1 Tittel\nVedtak:\n1. Taket repareres.\n2. Komiteen henter inn anbud.\n3. Utskifting vurderes i 2026.\nVotering: enstemmig\n');
        const d = c.decisions[0];
        expect(d.blocks).toHaveLength(1);
        const list = d.blocks[0];
        expect(list.kind).toBe('list');
        if (list.kind !== 'list') return;
        expect(list.items.map(i => [i.ordered, i.number, i.depth, i.content.text])).toEqual([
            [true, 1, 0, 'Taket repareres.'], [true, 2, 0, 'Komiteen henter inn anbud.'], [true, 3, 0, 'Utskifting vurderes i 2026.'],
        ]);
        expect(slice(text, list.items[1].content.span)).toBe('Komiteen henter inn anbud.');
    });

    it('alone, with a blank line before the list', async () => {
        const { c } = await decisionOf('Sak 1 Tittel\nVedtak:\n\n1. Første.\n2. Andre.\n\nEtterpå.\n');
        expect(c.decisions[0].blocks).toMatchObject([{ kind: 'list', items: [{ number: 1 }, { number: 2 }] }]);
        expect(c.content.map(b => b.kind)).toEqual(['decision', 'paragraph']);
    });

    it('alone, followed by bullets', async () => {
        const { c } = await decisionOf('Sak 1 Tittel\nVedtak:\n- Utkastet godkjennes.\n- Leder redigerer.\n');
        expect(c.decisions[0].blocks).toMatchObject([{ kind: 'list', items: [{ ordered: false, content: { text: 'Utkastet godkjennes.' } }, { ordered: false, content: { text: 'Leder redigerer.' } }] }]);
    });

    it('with a paragraph and a list', async () => {
        const { c } = await decisionOf('Sak 1 Tittel\nVedtak: Styret vedtar:\n1. A.\n2. B.\n');
        expect(c.decisions[0].blocks.map(b => b.kind)).toEqual(['paragraph', 'list']);
    });

    it('keeps "Vedtaket ble …" as prose', async () => {
        const { c } = await decisionOf('Sak 1 Tittel\nVedtaket ble utsatt.\n');
        expect(c.decisions).toEqual([]);
        expect(c.content).toMatchObject([{ kind: 'paragraph', lines: [{ text: 'Vedtaket ble utsatt.' }] }]);
    });
});

describe('Votering', () => {
    it.each([
        ['Votering: enstemmig', [true, undefined, undefined, undefined]],
        ['Votering: Enstemmig vedtatt.', [true, undefined, undefined, undefined]],
        ['Votering: 7 for, 2 mot, 1 avholdende', [false, 7, 2, 1]],
        ['Votering: 5 for, 0 mot', [false, 5, 0, undefined]],
        ['Avstemning: enstemmig', [true, undefined, undefined, undefined]],
    ])('%s', async (line, expected) => {
        const c = (await model(minutes(`Sak 1 Tittel\nVedtak: A.\n${line}\n`))).cases[0];
        expect(c.votes).toHaveLength(1);
        const v = c.votes[0];
        expect([v.unanimous, v.for, v.against, v.abstain]).toEqual(expected);
        expect(v.problem).toBeUndefined();
    });
});

describe('Dissens', () => {
    it('reads the names, not the reason after the dash', async () => {
        const text = minutes('Sak 1 Tittel\nVedtak: A.\nVotering: 1 for, 2 mot\nDissens: Ola Hansen, Per Olsen – mener taket bør skiftes nå, fordi det lekker.\n');
        const c = (await model(text)).cases[0];
        expect(c.dissents).toHaveLength(1);
        const [dissent] = c.dissents;
        expect(dissent.people.map(p => p.name)).toEqual(['Ola Hansen', 'Per Olsen']);
        for (const p of dissent.people) expect(slice(text, p.span)).toBe(p.name);
        expect(dissent.people.every(p => p.role === 'dissent')).toBe(true);
        expect(dissent.text.text).toBe('Ola Hansen, Per Olsen – mener taket bør skiftes nå, fordi det lekker.');
        expect(c.content.map(b => b.kind)).toEqual(['decision', 'vote', 'dissent']);
    });
});

describe('Frist', () => {
    const deadlinesOf = async (lines: string, date = '14. november 2023') => {
        const text = minutes(`Sak 1 Tittel\n${lines}`, HEADER.replace('10. januar 2024', date));
        const checked = await validate(text);
        return { text, checked, c: checked.meeting.cases[0] };
    };

    it('Frist <date>: <who> – <what>', async () => {
        const { text, c } = await deadlinesOf('Vedtak: A.\nFrist 11.04.2024: Arbeidsgruppen – notat sendes sekretariatet.\n');
        const d = c.deadlines[0];
        expect(d).toMatchObject({ due: { value: { year: 2024, month: 4, day: 11 }, yearImplied: false }, responsibleFromCase: false, what: 'notat sendes sekretariatet.', done: false, caseKey: '1' });
        expect(d.due.problem).toBeUndefined();
        expect(d.responsible).toMatchObject({ name: 'Arbeidsgruppen', role: 'deadline', isPerson: false });
        expect(slice(text, d.due.span)).toBe('11.04.2024');
        expect(d.due.text).toBe('11.04.2024');
        expect(slice(text, d.responsible!.span)).toBe('Arbeidsgruppen');
        expect(slice(text, d.keywordSpan)).toBe('Frist');
    });

    it('Frist for <what>: <date without year>. <more> — next year when before the meeting, responsible from Ansvarlig', async () => {
        const { text, c } = await deadlinesOf('Ansvarlig: Arbeidsgruppen\nVedtak: A.\nFrist for innsendelse av notat: 11. april. Notatet sendes sekretariatet.\n');
        const d = c.deadlines[0];
        expect(d.due.value).toEqual({ year: 2024, month: 4, day: 11 });
        expect(d.due.yearImplied).toBe(true);
        expect(slice(text, d.due.span)).toBe('11. april');
        expect(d.responsibleFromCase).toBe(true);
        expect(d.responsible?.name).toBe('Arbeidsgruppen');
        expect(d.what).toContain('innsendelse av notat');
        expect(d.what).toContain('Notatet sendes sekretariatet.');
    });

    it('a date without year after the meeting stays in the meeting year', async () => {
        const { c } = await deadlinesOf('Ansvarlig: Arbeidsgruppen\nVedtak: A.\nFrist for notat: 11. desember.\n');
        expect(c.deadlines[0].due.value).toEqual({ year: 2023, month: 12, day: 11 });
        expect(c.deadlines[0].due.yearImplied).toBe(true);
    });

    it('a date without year on the meeting day is that day, not next year', async () => {
        const { c } = await deadlinesOf('Ansvarlig: Arbeidsgruppen\nVedtak: A.\nFrist for notat: 14. november.\nFrist 14.11.: Ola Hansen – svar.\n');
        expect(c.deadlines.map(d => [d.due.value, d.due.yearImplied])).toEqual([
            [{ year: 2023, month: 11, day: 14 }, true],
            [{ year: 2023, month: 11, day: 14 }, true],
        ]);
        // the day before the meeting is next year's
        const before = await deadlinesOf('Vedtak: A.\nFrist 13.11.: Ola Hansen – svar.\n');
        expect(before.c.deadlines[0].due.value).toEqual({ year: 2024, month: 11, day: 13 });
    });

    it('Frist for <what>: <date> (ansvarlig: <who>). <more>', async () => {
        const { text, c } = await deadlinesOf('Vedtak: A.\nFrist for innsendelse av notat: 11. april (ansvarlig: Arbeidsgruppen). Notatet sendes sekretariatet.\n');
        const d = c.deadlines[0];
        expect(d.due.value).toEqual({ year: 2024, month: 4, day: 11 });
        expect(d.responsible?.name).toBe('Arbeidsgruppen');
        expect(d.responsibleFromCase).toBe(false);
        expect(slice(text, d.responsible!.span)).toBe('Arbeidsgruppen');
        expect(d.what).toBe('innsendelse av notat: Notatet sendes sekretariatet.');
    });

    it.each([
        ['(utført)', true], ['(utført 12.04.2024)', true], ['(ferdig)', true], ['(levert)', true], ['', false],
    ])('done marker %s', async (marker, done) => {
        const { c } = await deadlinesOf(`Vedtak: A.\nFrist 11.04.2024: Kari Nordmann – notat ${marker}\n`);
        expect(c.deadlines[0].done).toBe(done);
        expect(c.deadlines[0].what).toBe('notat');
    });

    it('Frist with weekday and a person', async () => {
        const { c, checked } = await deadlinesOf('Vedtak: A.\nFrist fredag 31. mai 2024: Kari Nordmann – tilbud sendes.\n');
        expect(c.deadlines[0]).toMatchObject({ due: { value: { year: 2024, month: 5, day: 31 }, weekday: 'fredag' }, responsible: { name: 'Kari Nordmann', isPerson: true } });
        expect(checked.diagnostics).toEqual([]);
    });

    it.each([
        ['Kari Nordmann og Ola Hansen – notat'],
        ['Kari Nordmann, Ola Hansen – notat'],
    ])('several people: Frist 1.12.2023: %s', async (rest) => {
        const { text, c, checked } = await deadlinesOf(`Vedtak: A.\nFrist 1.12.2023: ${rest}\n`);
        const d = c.deadlines[0];
        expect(d.responsible?.name).toBe('Kari Nordmann');
        expect(d.alsoResponsible.map(p => [p.name, slice(text, p.span)])).toEqual([['Ola Hansen', 'Ola Hansen']]);
        expect(d.what).toBe('notat');
        expect(codes(checked)).toEqual([]);
    });

    it('a comma after the person starts what is due, not another person', async () => {
        const { c } = await deadlinesOf('Vedtak: A.\nFrist 1.12.2023: Kari Nordmann, notat sendes styret\n');
        expect(c.deadlines[0].responsible?.name).toBe('Kari Nordmann');
        expect(c.deadlines[0].alsoResponsible).toEqual([]);
    });

    it('Frist, Name after a comma', async () => {
        const { c } = await deadlinesOf('Vedtak: A.\nFrist 1.12.2023, Kari Nordmann\n');
        expect(c.deadlines[0].responsible?.name).toBe('Kari Nordmann');
    });

    it('keeps "Fristen er …" and "Frister er viktige" as prose', async () => {
        const { c } = await deadlinesOf('Fristen er 1. mars.\nFrister er viktige.\nFristen: ikke en frist\nVedtak: A.\n');
        expect(c.deadlines).toEqual([]);
        expect(c.content[0]).toMatchObject({ kind: 'paragraph', lines: [{ text: 'Fristen er 1. mars.' }, { text: 'Frister er viktige.' }, { text: 'Fristen: ikke en frist' }] });
    });
});

describe('Neste møte', () => {
    it('with weekday, time and place', async () => {
        const text = minutes('Sak 1 Tittel\nVedtak: A.\n\nNeste møte: onsdag 21. februar 2024, kl. 10.00–15.00, Gardermoen\n');
        const m = await model(text);
        expect(m.nextMeeting).toMatchObject({
            date: { value: { year: 2024, month: 2, day: 21 }, weekday: 'onsdag' },
            time: { from: { hour: 10, minute: 0 }, to: { hour: 15, minute: 0 } }, place: 'Gardermoen',
        });
        expect(slice(text, m.nextMeeting!.date!.span)).toBe('onsdag 21. februar 2024');
        expect(slice(text, m.nextMeeting!.time!.span)).toBe('kl. 10.00–15.00');
        expect(m.cases[0].content.map(b => b.kind)).toEqual(['decision']);
    });

    it('HO21 style: "Mandag 25. april 2016, kl 10 -16.00, Lysaker, Forskningsrådet."', async () => {
        const m = await model('Organ: HO21\nDato: 29.02.2016\n\nNeste møte: Mandag 25. april 2016, kl 10 -16.00, Lysaker, Forskningsrådet.\n');
        expect(m.nextMeeting).toMatchObject({
            date: { value: { year: 2016, month: 4, day: 25 } }, time: { from: { hour: 10, minute: 0 }, to: { hour: 16, minute: 0 } }, place: 'Lysaker, Forskningsrådet',
        });
        expect(m.nextMeeting?.date?.weekday?.toLowerCase()).toBe('mandag');
    });

    it('without a time', async () => {
        const m = await model('Organ: X\nDato: 1.2.2024\n\nNeste møte: 1. mars 2024\n');
        expect(m.nextMeeting?.date?.value).toEqual({ year: 2024, month: 3, day: 1 });
        expect(m.nextMeeting?.date?.problem).toBeUndefined();
        expect(m.nextMeeting?.time).toBeUndefined();
        expect(m.nextMeeting?.place).toBeUndefined();
    });
});

describe('case references', () => {
    it.each([
        ['jf. sak 8.3', '8.3', undefined],
        ['jfr. sak 07/16', '07/16', undefined],
        ['jmf. sak 12/23', '12/23', undefined],
        ['Jfr. sak 19/24', '19/24', undefined],
        ['jf. sak 07/16 (01/16)', '07/16', { text: '(01/16)', number: '01/16' }],
        ['jfr. sak 8.3 møte 25.1.2016 (01/16)', '8.3', { text: 'møte 25.1.2016 (01/16)', number: '01/16', date: { year: 2016, month: 1, day: 25 } }],
        ['jf. sak 8/24 møte 13.2.2024', '8/24', { number: undefined, date: { year: 2024, month: 2, day: 13 } }],
    ])('%s', async (reference, number, meeting) => {
        const text = minutes(`Sak 1 Tittel\nSe notatet (${reference}) om saken.\nVedtak: A.\n`);
        const c = (await model(text)).cases[0];
        expect(c.references).toHaveLength(1);
        const r = c.references[0];
        expect(r.number.text).toBe(number);
        expect(slice(text, r.numberSpan)).toBe(number);
        expect(slice(text, r.span)).toBe(reference);
        if (meeting) expect(r.meeting).toMatchObject(meeting);
        else expect(r.meeting).toBeUndefined();
    });

    it('finds references in decisions, list items, titles and case-type lines', async () => {
        const text = minutes(`Sak 1 Tittel (jf. sak 3)
Vedtakssak: Oppfølging (jf. sak 2)
- punkt jf. sak 4
Vedtak: Som i sak 5 (jfr. sak 5).
1. Se jmf. sak 6
`);
        const c = (await model(text)).cases[0];
        expect(c.references.map(r => r.number.text).sort()).toEqual(['2', '3', '4', '5', '6']);
    });
});

describe('prose', () => {
    it('paragraphs, nested bullets, numbered lists and continuation lines', async () => {
        const text = minutes(`Sak 1 Tittel
Første avsnitt, første linje
og andre linje.

Andre avsnitt.
- punkt
  - underpunkt som fortsetter
    på neste linje
- punkt to
1. nummer en
2. nummer to

Siste avsnitt.
Vedtak: A.
`);
        const c = (await model(text)).cases[0];
        const view = c.content.map(b => {
            if (b.kind === 'paragraph') return b.lines.map(l => l.text);
            if (b.kind === 'list') return b.items.map(i => `${i.depth}${i.ordered ? `#${i.number}` : '-'} ${i.content.text}`);
            return b.kind;
        });
        expect(view).toEqual([
            ['Første avsnitt, første linje', 'og andre linje.'],
            ['Andre avsnitt.'],
            ['0- punkt', '1- underpunkt som fortsetter på neste linje', '0- punkt to', '0#1 nummer en', '0#2 nummer to'],
            ['Siste avsnitt.'],
            'decision',
        ]);
        const second = c.content[1];
        expect(slice(text, second.span)).toBe('Andre avsnitt.');
    });

    it('prose before the first case is the preamble', async () => {
        const m = await model('Organ: X\nDato: 1.2.2024\n\nMøtet ble holdt på Teams.\n- lyd virket\n\nSak 1 T\nVedtak: A.\n');
        expect(m.preamble.map(b => b.kind)).toEqual(['paragraph', 'list']);
    });
});

describe('comments', () => {
    it('are not part of the model', async () => {
        const text = `// En kommentar øverst
Organ: X
// Dato: 1.1.1999
Dato: 1.2.2024

// Til stede:
Til stede:
- Kari Nordmann
// - Ola Hansen

Sak 1 Tittel
// Vedtak: ikke dette
Prosa. // dette er ikke en kommentar
Vedtak: Godkjent.
// Frist 1.1.2020: ingen
`;
        const checked = await validate(text);
        const m = checked.meeting;
        expect(m.date?.value).toEqual({ year: 2024, month: 2, day: 1 });
        expect(m.people.map(p => p.name)).toEqual(['Kari Nordmann']);
        const c = m.cases[0];
        expect(c.decisions).toHaveLength(1);
        expect(c.decisions[0].blocks).toMatchObject([{ kind: 'paragraph', lines: [{ text: 'Godkjent.' }] }]);
        expect(c.deadlines).toEqual([]);
        expect(c.content[0]).toMatchObject({ kind: 'paragraph', lines: [{ text: 'Prosa. // dette er ikke en kommentar' }] });
        expect(JSON.stringify(m)).not.toContain('ikke dette');
        expect(checked.diagnostics).toEqual([]);
    });

    it('an indented comment is a comment too', async () => {
        const m = await model('Organ: X\nDato: 1.2.2024\n\nSak 1 T\n   // Vedtak: nei\nVedtak: Ja.\n');
        expect(m.cases[0].decisions).toHaveLength(1);
    });
});

describe('prose that starts with a keyword-like word', () => {
    it.each([
        'Sak og vedtak i protokollen skal kunne leses hver for seg.',
        'Saken ble drøftet.',
        'Sakene 3 og 4 ble slått sammen.',
        'Fristen er 1. mars.',
        'Frister er viktige.',
        'Vedtaket ble enstemmig.',
        'Vedtakssaken ble utsatt.',
        'Andre rådsmøter hvor dette satsingsområdet har vært diskutert:',
        'Organet har ny leder.',
        'Datoen er ikke satt.',
        'Tiden var knapp.',
        'Stedet var Lysaker.',
        'Ansvarlig arbeidsgruppe og vedlegg til saken:',
        'Vedlegget kom sent.',
        'Inhabilitet ble ikke drøftet.',
        'Dissensen ble protokollert.',
        'Neste møtes sakliste er klar.',
        'Referenten var syk.',
        'Til stedet kom mange.',
        'Innledningsvis ble det sagt mye.',
        'Unntatt fra dette er sak 3.',
        'Møtet ble hevet.',
        'Diskusjonen var livlig: alle deltok.',
    ])('%s', async (line) => {
        const text = minutes(`Sak 1 Tittel\n${line}\nVedtak: A.\n`);
        const checked = await validate(text);
        const c = checked.meeting.cases[0];
        expect(c.content[0]).toMatchObject({ kind: 'paragraph', lines: [{ text: line }] });
        expect(checked.meeting.cases).toHaveLength(1);
        expect(c.type).toBeUndefined();
        expect(codes(checked)).toEqual([]);
    });

    it('before the first case too', async () => {
        const text = 'Organ: X\nDato: 1.2.2024\n\nAndre rådsmøter hvor dette har vært diskutert:\n- Møte 01/16\nSak og vedtak henger sammen.\n';
        const checked = await validate(text);
        expect(checked.meeting.attendance).toEqual([]);
        expect(checked.meeting.cases).toEqual([]);
        expect(checked.meeting.preamble.map(b => b.kind)).toEqual(['paragraph', 'list', 'paragraph']);
        expect(checked.meeting.nearMisses).toEqual([]);
        // No near miss, no misplaced line: only the note that these minutes have neither attendance nor cases.
        expect(codes(checked)).toEqual(['empty-minutes']);
        expect(withCode(checked, 'empty-minutes')).toEqual([{ severity: 'warning', text: 'Organ: X', line: 1 }]);
    });
});

describe('line endings, byte-order mark, tabs and Unicode forms', () => {
    const base = `Organ: Testrådet i Ås (TR)
Dato: 22. november 2023

Til stede:
- Maria Tårland, Helse Midt-Norge RHF, leder
- Siv Mørkved, Helse Midt-Norge RHF, medlem

Sak 17/23 Årsrapport for Ås
Vedtakssak: Saken gjelder rapporten.
Innledning ved Maria Tårland, leder.
Vedtak:
1. Rapporten godkjennes.
2. Den sendes Ås kommune.
Frist 1. desember 2023: Siv Mørkved – send rapporten.

Vedtak: Et nytt vedtak.

Etter vedtaket, i et eget avsnitt.
- punkt
  - underpunkt
`;

    /** The model with spans replaced by the text they cover, so models of different encodings compare. */
    async function view(text: string) {
        const checked = await validate(text);
        const m = checked.meeting;
        const c = m.cases[0];
        return {
            diagnostics: checked.diagnostics.map(messageOf),
            body: m.body?.name.normalize('NFC'), date: m.date?.value, dateText: slice(text, m.date?.span)?.normalize('NFC'),
            people: m.people.map(p => [p.key, slice(text, p.nameSpan)?.normalize('NFC')]),
            case: [c.number.key, slice(text, c.numberSpan), c.title.normalize('NFC'), slice(text, c.titleSpan)?.normalize('NFC')],
            type: c.type?.kind,
            introducers: c.introducers.map(i => [i.person?.key, slice(text, i.person?.span)?.normalize('NFC')]),
            decision: c.decisions[0]?.blocks.map(b => b.kind === 'list' ? b.items.map(i => slice(text, i.content.span)?.normalize('NFC')) : b.kind),
            deadline: [c.deadlines[0]?.due.value, slice(text, c.deadlines[0]?.due.span)?.normalize('NFC'), c.deadlines[0]?.responsible?.key],
            content: c.content.map(b => (b.kind === 'list' ? b.items.map(i => i.depth) : b.kind)),
            decisions: c.decisions.map(d => d.blocks.length),
        };
    }

    it('the plain text has a clean model', async () => {
        const v = await view(base);
        expect(v.diagnostics).toEqual([]);
        expect(v.people).toEqual([['maria tårland', 'Maria Tårland'], ['siv mørkved', 'Siv Mørkved']]);
        expect(v.date).toEqual({ year: 2023, month: 11, day: 22 });
        expect(v.dateText).toBe('22. november 2023');
        expect(v.introducers).toEqual([['maria tårland', 'Maria Tårland']]);
        expect(v.decision).toEqual([['Rapporten godkjennes.', 'Den sendes Ås kommune.']]);
        expect(v.deadline).toEqual([{ year: 2023, month: 12, day: 1 }, '1. desember 2023', 'siv mørkved']);
        expect(v.content).toEqual(['decision', 'deadline', 'decision', 'paragraph', [0, 1]]);
        expect(v.decisions).toEqual([1, 1]);
    });

    it.each([
        ['CRLF', (t: string) => t.replace(/\n/g, '\r\n')],
        ['CR only', (t: string) => t.replace(/\n/g, '\r')],
        ['mixed CR/LF', (t: string) => t.split('\n').map((l, i) => l + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r')).join('')],
        ['BOM', (t: string) => '\uFEFF' + t],
        ['BOM + CRLF', (t: string) => '\uFEFF' + t.replace(/\n/g, '\r\n')],
        ['tabs and trailing blanks', (t: string) => t.replace(/^( *)(- |\d\.)/gm, '\t$1$2').replace(/\n/g, ' \t\n')],
        ['indented with spaces', (t: string) => t.replace(/^( *)(- |\d\. )/gm, '  $1$2')],
        ['no final newline', (t: string) => t.replace(/\n$/, '')],
        ['blank lines with blanks in them', (t: string) => t.replace(/\n\n/g, '\n  \t\n')],
        ['decomposed Unicode (NFD)', (t: string) => t.normalize('NFD')],
        ['decomposed Unicode + CRLF + BOM', (t: string) => '\uFEFF' + t.normalize('NFD').replace(/\n/g, '\r\n')],
    ])('%s gives the same model', async (_name, transform) => {
        const text = transform(base);
        expect(await view(text)).toEqual(await view(base));
    });

    it('decomposed names keep offsets into the original text', async () => {
        const text = base.normalize('NFD');
        expect(text.length).toBeGreaterThan(base.length);
        const m = (await validate(text)).meeting;
        const maria = m.people[0];
        expect(maria.key).toBe('maria tårland');
        expect(text.slice(maria.nameSpan.start, maria.nameSpan.end)).toBe('Maria Ta\u030Arland');
        const intro = m.cases[0].introducers[0].person!;
        expect(intro.key).toBe('maria tårland');
        expect(text.slice(intro.span.start, intro.span.end)).toBe('Maria Ta\u030Arland');
        // The deadline's person comes after several decomposed letters: its offsets must still be exact.
        const d = m.cases[0].deadlines[0];
        expect(text.slice(d.responsible!.span.start, d.responsible!.span.end)).toBe('Siv Mørkved');
        expect(text.slice(d.due.span.start, d.due.span.end)).toBe('1. desember 2023');
    });

    it('decomposed keywords (Møte:, Neste møte:, Observatører:) are recognised', async () => {
        const text = 'Organ: X\nMøte: 01/2024\nDato: 1.2.2024\n\nObservatører:\n- Kari Nordmann\n\nNeste møte: 1. mars 2024\n'.normalize('NFD');
        const checked = await validate(text);
        expect(checked.meeting.meetingNumber?.text).toBe('01/2024');
        expect(checked.meeting.attendance[0]?.kind).toBe('other');
        expect(checked.meeting.nextMeeting?.date?.value).toEqual({ year: 2024, month: 3, day: 1 });
        expect(checked.diagnostics).toEqual([]);
    });

    it('a decomposed person matches the composed attendee (and the other way round)', async () => {
        // chair decomposed, attendee composed; introducer composed, attendee decomposed
        const text = 'Organ: X\nDato: 1.2.2024\nMøteleder: Ma\u0301ria Ta\u030Arland\n\nTil stede:\n- Mária Tårland\n- Jo\u0308rg A\u030Asen\n\nSak 1 T\nInnledning ved Jörg Åsen\nVedtak: A.\n';
        const checked = await validate(text);
        expect(checked.diagnostics).toEqual([]);
        expect(checked.meeting.chair?.key).toBe('mária tårland');
        expect(checked.meeting.cases[0].introducers[0].person?.key).toBe(checked.meeting.people[1].key);
    });

    it('diagnostic ranges count decomposed letters as they are in the text', async () => {
        const text = 'Organ: X\nDato: 1.2.2024\n\nTil stede:\n- Ta\u030Arland Ta\u030Arlandsen\n\nSak 1 Ta\u030Arn\nVedtak: A.\nDissens: Ola O\u0308st\n';
        const checked = await validate(text);
        expect(withCode(checked, 'unknown-person')).toEqual([{ severity: 'warning', text: 'Ola O\u0308st', line: 9 }]);
    });

    it('CR-only line breaks: blank lines still end decisions and paragraphs', async () => {
        const text = 'Organ: X\rDato: 1.1.2024\r\rSak 1 T\rVedtak: A.\r\rProsa etter.\r- a\r  - b\r';
        const c = (await model(text)).cases[0];
        expect(c.decisions[0].blocks).toMatchObject([{ kind: 'paragraph', lines: [{ text: 'A.' }] }]);
        expect(c.content.map(b => (b.kind === 'list' ? b.items.map(i => i.depth) : b.kind))).toEqual(['decision', 'paragraph', [0, 1]]);
    });

    it('an empty file parses', async () => {
        const checked = await validate('');
        expect(checked.meeting.cases).toEqual([]);
        // Neither Organ: nor Dato:, and neither attendance nor cases.
        expect(codes(checked)).toEqual(['empty-minutes', 'missing-header-field']);
        expect(withCode(checked, 'missing-header-field')).toHaveLength(2);
    });

    it.each(['\n', '\r\n', '\uFEFF', '   \n\t\n', '// bare en kommentar'])('a file with only %j parses', async (text) => {
        const checked = await validate(text);
        expect(codes(checked)).toEqual(['empty-minutes', 'missing-header-field']);
        expect(withCode(checked, 'missing-header-field')).toHaveLength(2);
    });

    it('the last case of a file without final newline keeps its last line', async () => {
        const m = await model(minutes('Sak 1 Tittel\nVedtak: Godkjent.'));
        expect(m.cases[0].decisions[0].blocks).toMatchObject([{ kind: 'paragraph', lines: [{ text: 'Godkjent.' }] }]);
        const m2 = await model(minutes('Sak 1 Tittel'));
        expect(m2.cases[0].title).toBe('Tittel');
    });
});
