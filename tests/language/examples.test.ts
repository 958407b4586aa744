/**
 * The examples in examples/: each alone and all together as one workspace have no errors and no
 * warnings, and their models hold what the minutes say.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Case, Meeting } from '../../packages/language/src/model/types.js';
import { allCases } from '../../packages/language/src/model/queries.js';
import { type Checked, covered, messageOf, validate, validateWorkspace } from './helpers.js';

const dir = path.resolve(import.meta.dirname, '../../examples');
const EXAMPLES = ['nsg-2023-11-22.referat', 'ho21-2016-02-29.referat', 'alt-i-ett.referat'];
const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

/** "line:col code message «covered text»" per diagnostic: a readable failure message. */
const describeDiagnostics = (c: Checked) => c.diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${messageOf(d)} «${covered(c, d)}»`);

const byNumber = (m: Meeting, text: string): Case => {
    const found = allCases(m).find(c => c.number.text === text);
    if (!found) throw new Error(`no case ${text}`);
    return found;
};

describe('examples', () => {
    it('are all present, and no other .referat file is untested', () => {
        const present = fs.readdirSync(dir).filter(f => f.endsWith('.referat')).sort();
        expect(present).toEqual([...EXAMPLES].sort());
    });

    it.each(EXAMPLES)('%s alone: no errors, no warnings', async (name) => {
        const checked = await validate(read(name), `file:///examples/${name}`);
        expect(describeDiagnostics(checked)).toEqual([]);
    });

    it('all together as one workspace: no errors, no warnings', async () => {
        const ws = await validateWorkspace(Object.fromEntries(EXAMPLES.map(name => [name, read(name)])));
        for (const name of EXAMPLES) expect(describeDiagnostics(ws[name]), name).toEqual([]);
    });

    it.each(EXAMPLES)('%s with CRLF, BOM and decomposed Unicode: still clean, same cases', async (name) => {
        const text = read(name);
        const plain = (await validate(text)).meeting;
        const variant = await validate('\uFEFF' + text.normalize('NFD').replace(/\n/g, '\r\n'));
        expect(describeDiagnostics(variant)).toEqual([]);
        expect(allCases(variant.meeting).map(c => [c.number.key, c.title.normalize('NFC'), c.decisions.length, c.deadlines.length]))
            .toEqual(allCases(plain).map(c => [c.number.key, c.title, c.decisions.length, c.deadlines.length]));
    });
});

describe('nsg-2023-11-22.referat', async () => {
    const checked = await validate(read('nsg-2023-11-22.referat'));
    const m = checked.meeting;

    it('header', () => {
        expect(m.body).toMatchObject({ shortName: 'NSG', key: 'nsg' });
        expect(m.date?.value).toEqual({ year: 2023, month: 11, day: 22 });
        expect(m.chair?.name).toBe('Siv Mørkved');
        expect(m.referent?.name).toBe('Mai Hege Stokke');
    });

    it('attendance', () => {
        const present = m.attendance.find(l => l.kind === 'present')!;
        const absent = m.attendance.find(l => l.kind === 'absent')!;
        expect(present.attendees.length).toBeGreaterThanOrEqual(15);
        expect(absent.attendees.map(a => a.name)).toContain('Per Bakke');
        const smeland = present.attendees.find(a => a.name === 'Erlend B. Smeland')!;
        expect(smeland).toMatchObject({ roleKind: 'fast medlem', note: 'Teams' });
        expect(present.attendees.find(a => a.name === 'Marianne van der Wel')?.roleKind).toBe('observatør');
    });

    it('five cases 17/23–21/23', () => {
        expect(m.cases.map(c => c.number.text)).toEqual(['17/23', '18/23', '19/23', '20/23', '21/23']);
        expect(m.cases.every(c => c.number.year === 2023 && c.subCases.length === 0)).toBe(true);
        expect(m.cases.every(c => c.decisions.length === 1)).toBe(true);
    });

    it('case types and introducers', () => {
        expect(m.cases.map(c => c.type?.label)).toEqual(['Vedtakssak', 'Vedtakssak', 'Diskusjonssak', expect.any(String), 'Diskusjons- og beslutningssak']);
        expect(byNumber(m, '19/23').introducers.map(i => i.person?.name)).toEqual(['Siv Mørkved']);
        expect(byNumber(m, '21/23').introducers.map(i => i.person?.name)).toEqual(['Siv Mørkved']);
    });

    it('the decision of 21/23 is a numbered list of two items', () => {
        const [decision] = byNumber(m, '21/23').decisions;
        expect(decision.blocks).toHaveLength(1);
        const list = decision.blocks[0];
        expect(list.kind).toBe('list');
        if (list.kind !== 'list') return;
        expect(list.items.map(i => [i.ordered, i.number])).toEqual([[true, 1], [true, 2]]);
        expect(list.items[0].content.text).toMatch(/^Det RHF eller universitet som leder NSG/);
    });

    it('the decision of 17/23', () => {
        expect(byNumber(m, '17/23').decisions[0].blocks).toMatchObject([{ kind: 'paragraph', lines: [{ text: 'Innkallingen godkjennes.' }] }]);
    });
});

describe('ho21-2016-02-29.referat', async () => {
    const checked = await validate(read('ho21-2016-02-29.referat'));
    const m = checked.meeting;

    it('header', () => {
        expect(m.body).toMatchObject({ name: 'HelseOmsorg21-rådet', shortName: 'HO21-rådet' });
        expect(m.meetingNumber?.text).toBe('02/2016');
        expect(m.date?.value).toEqual({ year: 2016, month: 2, day: 29 });
        expect(m.attendance).toEqual([]);
    });

    it('cases 10/16–18/16 with sub-cases 12.1 and 17.1–17.5', () => {
        expect(m.cases.map(c => c.number.text)).toEqual(['10/16', '11/16', '12/16', '13/16', '14/16', '15/16', '16/16', '17/16', '18/16']);
        expect(byNumber(m, '12/16').subCases.map(c => c.number.text)).toEqual(['12.1']);
        expect(byNumber(m, '17/16').subCases.map(c => c.number.text)).toEqual(['17.1', '17.2', '17.3', '17.4', '17.5']);
        for (const sub of byNumber(m, '17/16').subCases) expect(sub).toMatchObject({ parentKey: '17/2016', number: { main: 17, year: 2016 } });
        expect(byNumber(m, '18/16').anyOtherBusiness).toBe(true);
    });

    it('deadlines take the responsible from the case\'s Ansvarlig', () => {
        const deadlines = allCases(m).flatMap(c => c.deadlines.map(d => ({ c: c.number.text, d })));
        expect(deadlines.map(x => x.c)).toEqual(['13/16', '14/16', '15/16']);
        for (const { d } of deadlines) {
            expect(d.responsibleFromCase).toBe(true);
            expect(d.due.yearImplied).toBe(true);
        }
        expect(deadlines.map(x => x.d.due.value)).toEqual([
            { year: 2016, month: 4, day: 11 }, { year: 2016, month: 8, day: 29 }, { year: 2016, month: 4, day: 11 },
        ]);
        expect(deadlines[0].d.responsible?.name).toBe('Arbeidsgruppen for helse og omsorg som næringspolitisk satsingsområde');
        expect(deadlines[2].d.responsible?.name).toBe('Arbeidsgruppen for Helsedata som nasjonalt fortrinn');
    });

    it('the responsible groups have their members', () => {
        expect(byNumber(m, '13/16').responsibles).toHaveLength(1);
        expect(byNumber(m, '13/16').responsibles[0].members.map(p => p.name)).toContain('Kathrine Myhre');
        expect(byNumber(m, '15/16').responsibles).toHaveLength(1);
        expect(byNumber(m, '15/16').responsibles[0].members.map(p => p.name)).toEqual([
            'Camilla Stoltenberg', 'Anne Lise Ryel', 'Bjørn Gustafsson', 'Erlend Smeland', 'Jesper W. Simonsen',
            'Karita Bekkemellem', 'Nina Mevold', 'Roar Olsen',
        ]);
    });

    it('references to the earlier meeting carry the meeting qualifier', () => {
        const refs = byNumber(m, '12.1').references;
        expect(refs[0]).toMatchObject({ number: { text: '8.3' }, meeting: { number: '01/16', date: { year: 2016, month: 1, day: 25 } } });
        expect(byNumber(m, '17.2').references[0]).toMatchObject({ number: { text: '07/16' }, meeting: { number: '01/16' } });
    });

    it('next meeting Monday 25 April 2016, 10–16, Lysaker', () => {
        expect(m.nextMeeting).toMatchObject({
            date: { value: { year: 2016, month: 4, day: 25 } },
            time: { from: { hour: 10, minute: 0 }, to: { hour: 16, minute: 0 } },
            place: 'Lysaker, Forskningsrådet',
        });
    });
});

describe('alt-i-ett.referat', async () => {
    const checked = await validate(read('alt-i-ett.referat'));
    const m = checked.meeting;

    it('uses every attendance heading and every header field', () => {
        expect(m.headerFields.map(f => [f.kind, f.label])).toEqual([
            ['body', 'Organ'], ['document', 'Dokument'], ['meetingNumber', 'Møte'], ['date', 'Dato'], ['time', 'Tid'], ['place', 'Sted'], ['status', 'Status'],
            ['chair', 'Møteleder'], ['referent', 'Referent'], ['custom', 'Arkivsak'],
        ]);
        expect(m.documentKind).toBe('Møteprotokoll');
        expect(new Set(m.attendance.map(l => l.label))).toEqual(new Set(['Til stede', 'Forfall', 'Sekretariat', 'Observatører', 'Inviterte', 'Andre']));
        expect(m.people.find(p => p.name === 'Håkon Bræin')?.substituteFor?.name).toBe('Eirik Sæther');
    });

    it('has sub-cases, votes, dissent, exemption, conflict and the three deadline forms', () => {
        expect(byNumber(m, '19/24').subCases.map(c => c.number.text)).toEqual(['19.1', '19.2']);
        const roof = byNumber(m, '19.2');
        expect(roof.votes).toHaveLength(1);
        expect(roof.votes[0]).toMatchObject({ for: 3, against: 2, abstain: 1 });
        expect(roof.dissents.flatMap(d => d.people.map(p => p.name))).toEqual(['Jonas Ødegård', 'Fatima Øverland']);
        expect(roof.responsibles).toHaveLength(1);
        expect(roof.responsibles[0].members.map(p => p.name)).toEqual(['Bjørn Kvåle', 'Per-Åge Lund']);
        expect(roof.deadlines.map(d => [d.responsible?.name, d.responsibleFromCase])).toEqual([['Bjørn Kvåle', false], ['Byggkomiteen', true]]);
        expect(byNumber(m, '21/24').exemption?.basis).toMatch(/^offl\. § 13/);
        expect(byNumber(m, '21/24').conflicts.map(c => c.people.map(p => p.name))).toEqual([['Bjørn Kvåle']]);
        expect(byNumber(m, '22/24').deadlines[0]).toMatchObject({ responsible: { name: 'Marte Lægreid' }, due: { value: { year: 2024, month: 7, day: 1 } } });
        expect(byNumber(m, '29/24').anyOtherBusiness).toBe(true);
        expect(m.nextMeeting?.date?.value).toEqual({ year: 2024, month: 6, day: 11 });
    });

    it('has sections, proposals with votes, follow-up actions, a withdrawn case, an older case treated again, an item without a number and signatures', () => {
        expect(m.sections.map(s => [s.level, s.title.text])).toEqual([[1, 'Saker til behandling'], [2, 'Referatsaker'], [1, 'Saker om sommeren']]);
        const party = byNumber(m, '27/24');
        expect(party.proposals.map(p => [p.kind, p.proposer, p.vote !== undefined && party.votes[p.vote].outcome])).toEqual([
            ['forslag', 'Jonas Ødegård', 'rejected'], ['endringsforslag', 'Bjørn Kvåle', 'adopted'],
        ]);
        expect(party.votes[0].sides.for).toEqual(['Jonas Ødegård', 'Fatima Øverland']);
        expect(party.deadlines.map(d => [d.kind, d.responsible?.name, d.due?.text, d.due?.value])).toEqual([
            ['action', 'Per-Åge Lund', 'innen 1 uke', { year: 2024, month: 5, day: 21 }],
            ['action', 'Fatima Øverland', 'innen neste møte', { year: 2024, month: 6, day: 11 }],
        ]);
        expect(byNumber(m, '28/24').withdrawn).toBeDefined();
        expect(byNumber(m, '14/24').treatedAgain?.date).toEqual({ year: 2024, month: 4, day: 9 });
        expect(m.cases.filter(c => !c.numbered).map(c => c.title)).toEqual(['Evaluering av møtet']);
        expect(m.signatures.flatMap(s => s.signers.map(x => [x.name, x.role]))).toEqual([['Ingrid Åsheim', 'leder'], ['Sølvi Haugland', 'referent']]);
    });
});

describe('the examples in the documentation', () => {
    const blocks = (file: string) => [...fs.readFileSync(path.resolve(import.meta.dirname, '../..', file), 'utf8').matchAll(/```referat\n([\s\S]*?)```/g)].map(m => m[1]);

    it.each([
        ['README.md', blocks('README.md')],
        ['examples/README.md', blocks('examples/README.md')],
    ])('%s: complete minutes are clean, fragments are clean inside minutes', async (_file, found) => {
        expect(found.length).toBeGreaterThan(0);
        for (const block of found) {
            const text = block.startsWith('Organ:') || block.startsWith('//')
                ? block
                : `Organ: X\nDato: 22. november 2023\n\n${block.startsWith('Sak') ? '' : 'Sak 17/23 Tittel\nAnsvarlig: Arbeidsgruppen\n'}${block}\nVedtak: A.\n`;
            const checked = await validate(text);
            expect(describeDiagnostics(checked), block).toEqual([]);
        }
    });
});
