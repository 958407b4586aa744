/**
 * The realistic corpus read the way tests/corpus/MANIFEST.md says a careful reader reads it: header,
 * attendance, sections, cases, proposals and votes, decisions, actions, signatures, next meeting and
 * the exact diagnostics, as the model and its JSON (the public view, checked against the schema)
 * expose them. The tables of the manifest (attendance, cases, near misses) are read by ./manifest.ts;
 * the rest is written out here. Where the format cannot yet say what the secretary meant, the fact is
 * written as the manifest states it in an `it.fails` naming the gap, so it flips when the gap closes.
 *
 * Files 07, 12 and 13 (nynorsk and English) are checked in ./languages.test.ts; only their line references are here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Meeting, PersonRef } from '../../packages/language/src/model/types.js';
import { allCases, caseKindOf, publicationBlockers } from '../../packages/language/src/model/queries.js';
import { PublicationRefused } from '../../packages/language/src/generator/html.js';
import { type Checked, codeOf, meetingJson, validate } from '../language/helpers.js';
import {
    cellCode, cellLine, corpusFiles, corpusText, fileName, lineReferences, manifestFiles, physicalLines, referencesAfter, section, summary, table,
} from './manifest.js';

const FILES = ['01', '02', '03', '04', '05', '06', '08', '09', '10', '11', '14'];

const checked = new Map<string, Checked>();
beforeAll(async () => {
    for (const f of FILES) checked.set(f, await validate(corpusText(f), `file:///corpus/${fileName(f)}`));
});
const meeting = (f: string): Meeting => checked.get(f)!.meeting;
const json = (f: string) => meetingJson(meeting(f));

/** Cases in source order, sub-cases after their parent (JSON). */
function jsonCases(j: any): any[] {
    return j.cases.flatMap((c: any) => [c, ...jsonCases({ cases: c.subCases })]);
}
/** The JSON case whose `Sak` line is `line` (1-based). */
function jsonCase(f: string, line: number): any {
    const found = jsonCases(json(f)).find(c => c.line === line);
    if (!found) throw new Error(`${f}: no case on line ${line}`);
    return found;
}
/** The model case whose `Sak` line is `line` (1-based). */
function modelCase(f: string, line: number) {
    const found = allCases(meeting(f)).find(c => c.headingSpan.line + 1 === line);
    if (!found) throw new Error(`${f}: no case on line ${line}`);
    return found;
}
/** The name of the attendee a reference resolves to (full name, short form or title stripped), or undefined. */
const person = (f: string, ref: PersonRef | undefined) => meeting(f).people.find(p => p.key === ref?.key)?.name;

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];
/** Every diagnostic as "L12:1 warning code", in source order. */
function diagnostics(f: string): string[] {
    return [...checked.get(f)!.diagnostics]
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map(d => `L${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity ?? 1]} ${codeOf(d)}`);
}

/**
 * The exact diagnostics of each file. A diagnostic listed under `knownWrong` is one the format gives
 * today but the manifest says must not be there; it is left out here and asserted absent in an `it.fails`.
 */
const EXPECTED_DIAGNOSTICS: Record<string, { expected: string[]; knownWrong?: string[] }> = {
    '01': { expected: [], knownWrong: ['L112:4 error missing-decision'] },
    // A deadline for the public's statements has no owner: the format asks for one (a warning, not an error).
    '02': { expected: ['L51:1 warning deadline-without-responsible', 'L80:1 error near-miss-exemption'] },
    // The trap of the file: the exemption line at the end of V-sak 34/25, right before V-sak 35/25.
    '03': { expected: ['L104:1 warning exemption-at-case-end'] },
    // Sak 051-2024 was withheld: a gap in the numbers is a hint only.
    '04': { expected: ['L81:5 hint case-number-order'] },
    '05': { expected: [] },
    '06': { expected: [] },
    '08': { expected: [] },
    '09': { expected: ['L75:4 warning deadline-without-responsible'] },
    '10': { expected: [] },
    '11': { expected: [] },
    // No `Organ:` (an error), the near misses, and what follows from them: nothing but prose, and a
    // vote (`Votering :`, a tolerated spelling) outside any case.
    '14': {
        expected: [
            'L1:1 error missing-header-field', 'L3:1 warning empty-minutes', 'L6:1 warning near-miss-keyword', 'L12:1 warning near-miss-keyword',
            'L13:1 warning near-miss-keyword', 'L29:1 warning near-miss-keyword', 'L30:1 warning misplaced-line', 'L42:1 error near-miss-exemption',
            'L64:1 warning near-miss-keyword',
        ],
    },
};

describe('the manifest', () => {
    it('has a section for every corpus file, in order', () => {
        expect(manifestFiles()).toEqual(corpusFiles);
        expect(corpusFiles).toHaveLength(14);
    });

    it.each(corpusFiles)('%s: every line reference has its text on that line', file => {
        const refs = lineReferences(section(file));
        expect(refs.length).toBeGreaterThan(10);
        const lines = physicalLines(file);
        const wrong = refs.filter(r => !(lines[r.line - 1] ?? '').includes(r.text)).map(r => `L${r.line} «${r.text}» (line: «${lines[r.line - 1]}»)`);
        expect(wrong).toEqual([]);
    });

    it.each(corpusFiles)('%s: the summary gives its number of lines and near misses', file => {
        const row = summary().find(r => r.file === file)!;
        expect(row.lines).toBe(physicalLines(file).length);
        expect(row.nearMisses).toBe(table(file, 'Deliberate near misses').length);
    });

    it('the summary counts every deliberate near miss', () => {
        const all = corpusFiles.flatMap(f => table(f, 'Deliberate near misses').map(r => `${f.slice(0, 2)} ${r.line}`));
        expect(all).toEqual(['02 L80', '14 L6', '14 L12', '14 L13', '14 L29', '14 L42', '14 L64']);
        expect(section('14')).not.toContain('| L14 |');
    });
});

// ---- what the manifest's tables say, for every file ----------------------------------------------

const KIND: Record<string, string> = { present: 'present', absent: 'absent', others: 'other' };
/** Files whose attendance kinds the format cannot tell yet (see the files' own tests). */
const KIND_GAPS = new Set(['08', '10']);

describe.each(FILES)('%s: the manifest\'s tables', f => {
    it('attendance lists: line, label and number of people', () => {
        const rows = table(f, 'Attendance').filter(r => r.line !== undefined && cellLine(r.line) !== undefined);
        const j = json(f);
        expect(j.attendance.map((l: any) => [l.line, l.label, l.attendees.length])).toEqual(rows.map(r => [cellLine(r.line), r.label, parseInt(r.people, 10)]));
    });

    (KIND_GAPS.has(f) ? it.fails : it)('attendance lists: kind (present, absent, others) and substitutes', () => {
        const rows = table(f, 'Attendance').filter(r => r.line !== undefined && cellLine(r.line) !== undefined);
        expect(json(f).attendance.map((l: any) => [l.line, l.kind, l.substitutes])).toEqual(
            rows.map(r => [cellLine(r.line), KIND[r.kind.split(/[\s(]/)[0]], /substitutes/.test(r.kind)]),
        );
    });

    it('cases: line, series, number and title, sub-cases after their parent', () => {
        const heading = /\*\*Cases\*\*(?: \(series `([^`]+)`)?/.exec(section(f));
        const rows = table(f, 'Cases').filter(r => cellLine(r.line) !== undefined);
        const expected = rows.map(r => {
            const series = r.series ?? heading?.[1] ?? 'Sak';
            const number = r['no.'] === '—' ? null : r['no.'];
            return [cellLine(r.line), series === 'Sak' || series === 'unnumbered' ? null : series, series === 'unnumbered' ? null : number, r.title];
        });
        // The title as meant: without "(fra møtet …)", which says the case is treated again.
        const title = (c: any) => (c.treatedAgain ? c.title.replace(c.treatedAgain.text, '').trim() : c.title);
        expect(jsonCases(json(f)).map(c => [c.line, c.series, c.number, title(c)])).toEqual(expected);
    });

    it('case kinds: the type written, else what the series implies', () => {
        const d = 'decision', i = 'information', x = null;
        const KINDS: Record<string, Array<string | null>> = {
            // PS 14/25 is an interpellation: answered, not decided.
            '01': [d, d, d, d, d, d, 'discussion', i, i, i, d],
            '02': [x, x, x, i, x, x, x, x],
            '03': [d, d, i, d, d, 'discussion', i, i, x, d, d],
            '04': [x, x, i, 'discussion', i, x, x, d],
            '05': [x, x, x, x, x, x, x, x, x, x, x, d],
            '06': Array(8).fill(x), '08': Array(6).fill(x), '09': Array(6).fill(x),
            '10': [x, x, i, x, x, x], '11': Array(7).fill(x), '14': [],
        };
        expect(allCases(meeting(f)).map(c => caseKindOf(c) ?? null)).toEqual(KINDS[f]);
    });

    it('near misses: exactly the deliberate ones, with their codes', () => {
        const rows = table(f, 'Deliberate near misses');
        const found = checked.get(f)!.diagnostics.filter(d => codeOf(d)?.startsWith('near-miss')).map(d => [d.range.start.line + 1, codeOf(d)]);
        expect(found).toEqual(rows.map(r => [cellLine(r.line), cellCode(r.expected)]));
    });

    it('keyword-like prose and look-alikes stay quiet', () => {
        const quiet = [...referencesAfter(f, 'Keyword-like prose'), ...referencesAfter(f, 'Look-alikes that are not near misses')].map(r => r.line);
        const loud = checked.get(f)!.diagnostics.filter(d => quiet.includes(d.range.start.line + 1)).map(d => `L${d.range.start.line + 1} ${codeOf(d)}`);
        expect(loud).toEqual([]);
    });

    it('diagnostics: exactly these', () => {
        const { expected, knownWrong = [] } = EXPECTED_DIAGNOSTICS[f];
        expect(diagnostics(f).filter(d => !knownWrong.includes(d))).toEqual(expected);
    });

    it('publication: refused exactly where an exemption may be lost', () => {
        const blockers = publicationBlockers(meeting(f)).map(b => [b.span.line + 1, b.reason]);
        const refused: Record<string, unknown[]> = { '02': [[80, 'near-miss']], '03': [[104, 'at-case-end']], '14': [[42, 'near-miss']] };
        expect(blockers).toEqual(refused[f] ?? []);
        if (blockers.length > 0) expect(() => meetingToPublicJson(f)).toThrow(PublicationRefused);
        else {
            expect(jsonCases(meetingToPublicJson(f)).filter(c => c.redacted).map(c => c.line))
                .toEqual(jsonCases(json(f)).filter(c => c.exempt).map(c => c.line));
        }
    });
});

function meetingToPublicJson(f: string): any {
    return meetingJson(meeting(f), { publicEdition: true });
}

/** Header facts as the JSON shows them. */
function header(f: string) {
    const j = json(f);
    return {
        documentKind: j.documentKind, body: j.body, meetingNumber: j.meetingNumber, date: j.date, time: j.time, place: j.place,
        status: j.status, chair: j.chair, referent: j.referent,
    };
}
const customFields = (f: string) => json(f).headerFields.filter((h: any) => h.kind === 'custom').map((h: any) => [h.line, h.label, h.value]);
const attendee = (f: string, line: number, name: string) => {
    const found = json(f).attendance.flatMap((l: any) => l.attendees).find((a: any) => a.line === line && a.name === name);
    if (!found) throw new Error(`${f}: no ${name} on line ${line}`);
    return found;
};
const votes = (f: string, line: number) => jsonCase(f, line).votes
    .map((v: any) => [v.outcome, v.for, v.against, v.abstain, v.unanimous, v.acclamation, v.sides, v.on]);
const SIDES = (forSide: string[] = [], against: string[] = [], abstain: string[] = []) => ({ for: forSide, against, abstain });
const proposals = (f: string, line: number) => jsonCase(f, line).proposals.map((p: any) => [p.line, p.kind, p.proposer, p.vote]);
/** Each decision of a case: its line and the number of points (list items) or paragraphs' lines. */
const decisions = (f: string, line: number) => jsonCase(f, line).content.filter((b: any) => b.kind === 'decision').map((b: any) => [
    b.line, b.blocks.flatMap((x: any) => (x.kind === 'list' ? x.items.map((i: any) => i.text) : x.lines)).length,
]);
const deadlines = (f: string, line: number) => jsonCase(f, line).deadlines
    .map((d: any) => [d.line, d.kind, d.responsible, d.due?.text ?? null, d.due?.relative ?? null, d.date]);
const sections = (f: string) => json(f).sections.map((s: any) => [s.line, s.level, s.closed, s.basis]);
const casesIn = (f: string, index: number) => jsonCases(json(f)).filter(c => c.section === index).map(c => `${c.series ?? 'Sak'} ${c.number ?? c.title}`);

// ---- 01 -------------------------------------------------------------------------------------------

describe('01 municipal council (Lysfjord kommunestyre)', () => {
    const f = '01';
    it('header', () => {
        expect(header(f)).toEqual({
            documentKind: 'Møteprotokoll', body: { name: 'Lysfjord kommunestyre', shortName: null }, meetingNumber: null, date: '2025-03-20',
            time: { from: '10:00', to: '15:40' }, place: 'Kommunestyresalen, Lysfjord rådhus', status: null, chair: 'Hanne Strøm', referent: 'Mona Teigen',
        });
        expect(meeting(f).date?.weekday).toBe('torsdag');
        // Chair and minute-taker are the people on L12 and L39.
        expect([person(f, meeting(f).chair), person(f, meeting(f).referent)]).toEqual(['Hanne Strøm', 'Mona Teigen']);
        expect(customFields(f)).toEqual([]);
    });

    // The title line «Møteprotokoll» (L2) names the document kind (and stays prose).
    it('document kind from the title line L2 «Møteprotokoll»', () => {
        expect(json(f).documentKind).toBe('Møteprotokoll');
    });

    it('attendance: titles before names, parties, substitutes, names on the heading line, partial presence', () => {
        expect(attendee(f, 12, 'Hanne Strøm')).toMatchObject({ title: 'Ordfører', roleKind: 'ordfører', party: 'Ap' });
        expect(attendee(f, 13, 'Geir Bakken')).toMatchObject({ title: 'Varaordfører', roleKind: 'varaordfører', party: 'Sp' });
        const present = json(f).attendance[0].attendees;
        const parties: Record<string, number> = {};
        for (const a of present) parties[a.party] = (parties[a.party] ?? 0) + 1;
        expect(parties).toEqual({ Ap: 5, Sp: 4, H: 2, FrP: 2, V: 1, SV: 1, KrF: 1, MDG: 1 });
        expect(json(f).attendance[1].attendees.map((a: any) => [a.line, a.name, a.party, a.substituteFor])).toEqual([
            [31, 'Trine Aas', 'H', 'Ola Mykland'], [32, 'Kjell Brattli', 'FrP', 'Randi Hagen'],
        ]);
        expect(json(f).attendance[2].attendees.map((a: any) => [a.line, a.name, a.party])).toEqual([[34, 'Ola Mykland', 'H'], [34, 'Randi Hagen', 'FrP']]);
        expect(json(f).attendance[3].attendees.map((a: any) => [a.line, a.name, a.title, a.presence])).toEqual([
            [37, 'Bente Alstad', 'Kommunedirektør', null],
            [38, 'Frode Lien', 'Kommunalsjef økonomi', { from: null, until: '12/25', untilIncluded: false }],
            [39, 'Mona Teigen', 'Utvalgssekretær', null],
        ]);
        // The prose after the lists stays in the preamble, in order.
        expect(json(f).preamble.filter((b: any) => b.kind === 'paragraph').map((b: any) => b.line)).toEqual([1, 41]);
        expect(json(f).preamble.at(-1).lines).toHaveLength(2);
    });

    it('sections: the closed session with its legal basis, and the cases each holds', () => {
        expect(sections(f)).toEqual([[44, 1, false, null], [118, 1, false, null], [126, 1, true, 'kommuneloven § 11-5 andre ledd bokstav b']]);
        expect(casesIn(f, 0)).toEqual(['PS 9/25', 'PS 10/25', 'PS 11/25', 'PS 12/25', 'PS 13/25', 'PS 4/25', 'PS 14/25']);
        expect(casesIn(f, 1)).toEqual(['RS 1/25', 'RS 2/25', 'RS 3/25']);
        expect(casesIn(f, 2)).toEqual(['PS 15/25']);
        expect(json(f).sections[2].intro.map((b: any) => b.line)).toEqual([128]);
        expect(jsonCases(json(f)).filter(c => c.closedSession).map(c => c.line)).toEqual([130]);
    });

    it('cases: the older case treated again, exempt and withdrawn ones, Eventuelt', () => {
        const all = jsonCases(json(f));
        expect(all.filter(c => c.treatedAgain).map(c => [c.line, c.treatedAgain])).toEqual([[102, { text: '(fra møtet 13.02.2025)', date: '2025-02-13', meetingNumber: null }]]);
        expect(all.filter(c => c.exempt).map(c => [c.line, c.exemption.basis])).toEqual([[130, 'offl. § 13 jf. fvl. § 13 første ledd nr. 1']]);
        expect(all.filter(c => c.status === 'withdrawn')).toEqual([]);
        expect(all.map(c => c.type)).toEqual(all.map(() => null));
        expect(jsonCase(f, 102).conflicts).toEqual(['Elin Sørvik']);
        expect(jsonCase(f, 102).conflictLines).toEqual(['Elin Sørvik (H) (eier en naboeiendom)']);
        expect(jsonCase(f, 130).conflicts).toEqual(['Magnus Eide']);
        expect(jsonCase(f, 59).introducers).toEqual([{ text: 'Liv Moen (Ap)', name: 'Liv Moen' }]);
    });

    it('proposals and votes: acclamation, «falt mot N stemmer (parties)», «N stemte for … og M mot», «N mot M», the recommendation', () => {
        expect(proposals(f, 50)).toEqual([[51, 'forslag', 'ordføreren', 0]]);
        expect(votes(f, 50)).toEqual([['adopted', null, null, null, true, true, SIDES(), { kind: 'proposal', index: 0 }]]);
        expect(votes(f, 55)).toEqual([['adopted', null, null, null, true, false, SIDES(), { kind: 'decision', index: 0 }]]);
        expect(proposals(f, 59)).toEqual([
            [72, 'forslag', 'Kari Bjørge (Sp)', 0], [74, 'endringsforslag', 'Per Arne Nes (H) på vegne av H og FrP', 1],
            // L76 «(fremmet av Janne Vik, MDG)», not voted on (L77).
            [76, 'forslag', 'Janne Vik, MDG', null],
        ]);
        expect(votes(f, 59)).toEqual([
            ['rejected', 5, null, null, false, false, SIDES(['Sp', 'KrF']), { kind: 'proposal', index: 0 }],
            ['rejected', 7, 12, null, false, false, SIDES(['H', 'FrP', 'KrF']), { kind: 'proposal', index: 1 }],
            // L78: on the recommendation (L63, an unknown label), not on Janne Vik's proposal.
            ['adopted', 11, 8, null, false, false, SIDES(), null],
        ]);
        expect(proposals(f, 87)).toEqual([[94, 'forslag', 'Ahmed Karimi (SV)', 0]]);
        expect(votes(f, 87)).toEqual([
            ['adopted', 11, 8, null, false, false, SIDES(), { kind: 'proposal', index: 0 }],
            ['adopted', null, null, null, true, false, SIDES(), null],
        ]);
        expect(votes(f, 102)).toEqual([['adopted', 13, 5, null, false, false, SIDES([], ['H', 'FrP']), { kind: 'decision', index: 0 }]]);
        expect(votes(f, 130)).toEqual([['adopted', null, null, null, true, false, SIDES(), { kind: 'decision', index: 0 }]]);
        const kari = modelCase(f, 59).proposals[0].person;
        expect(person(f, kari)).toBe('Kari Bjørge');
    });

    // A proposer written as a role («Forslag fra ordføreren:», L51) is the person holding it (Hanne Strøm, «Ordfører» on L12).
    it('the proposer «ordføreren» (L51) is Hanne Strøm', () => {
        expect(person(f, modelCase(f, 50).proposals[0].person)).toBe('Hanne Strøm');
    });

    it('decisions: lines and points; «Enstemmig vedtatt.» under a decision', () => {
        expect(decisions(f, 46)).toEqual([[47, 2]]);
        expect(decisions(f, 50)).toEqual([[53, 1]]);
        expect(decisions(f, 55)).toEqual([[56, 1]]);
        expect(decisions(f, 59)).toEqual([[80, 3]]);
        expect(decisions(f, 87)).toEqual([[98, 2]]);
        expect(decisions(f, 102)).toEqual([[109, 1]]);
        expect(decisions(f, 112)).toEqual([]);
        expect(decisions(f, 120)).toEqual([]);
        expect(decisions(f, 122)).toEqual([[123, 2]]);
        expect(decisions(f, 130)).toEqual([[134, 1]]);
        expect([46, 122].map(l => modelCase(f, l).decisions[0].unanimous)).toEqual([true, true]);
    });

    it('the JSON records L48 «Enstemmig vedtatt.» as unanimous', () => {
        const c = jsonCase(f, 46);
        expect([...c.votes.map((v: any) => v.unanimous), ...c.content.map((b: any) => b.unanimous)]).toContain(true);
    });

    // PS implies a decision case, but an interpellation (PS 14/25, `Interpellasjon:` L113) needs none.
    it('PS 14/25, an interpellation, needs no decision', () => {
        expect(diagnostics(f)).not.toContain('L112:4 error missing-decision');
    });

    it('actions: owner as written and the person, due in words and the date it comes to', () => {
        expect(deadlines(f, 59)).toEqual([[85, 'action', 'Bente Alstad', 'i juni', 'month', '2025-06-30']]);
        expect(person(f, modelCase(f, 59).deadlines[0].responsible)).toBe('Bente Alstad');
        expect(jsonCase(f, 59).deadlines[0].what).toBe('legger fram ny sak om brannstasjonen i juni.');
        // «valgnemnda» is a group, not a person of the meeting; «innen neste møte» is 24 April.
        expect(deadlines(f, 130)).toEqual([[136, 'action', 'valgnemnda', 'innen neste møte', 'next-meeting', '2025-04-24']]);
        expect(modelCase(f, 130).deadlines[0].responsible?.isPerson).toBe(false);
    });

    // A month, not a day: the due comes to its last day.
    it('the due «i juni» (L85) comes to June 2025', () => {
        const due = modelCase(f, 59).deadlines[0].due;
        expect([due?.value?.year, due?.value?.month]).toEqual([2025, 6]);
    });

    it('closing: who adjusted the minutes, the next meeting', () => {
        expect(json(f).signatures.map((s: any) => [s.line, s.label, s.signers.map((x: any) => x.name)])).toEqual([[142, 'Justert av', ['Tone Lie', 'Per Arne Nes']]]);
        expect(meeting(f).signatures[0].signers.map(s => person(f, s.person))).toEqual(['Tone Lie', 'Per Arne Nes']);
        expect(json(f).nextMeeting).toEqual({
            text: 'torsdag 24. april 2025 kl. 10.00, kommunestyresalen', date: '2025-04-24', time: { from: '10:00', to: null }, place: 'kommunestyresalen', line: 144,
        });
        // L138 and L140 are prose at the end of PS 15/25.
        expect(jsonCase(f, 130).content.filter((b: any) => b.kind === 'paragraph').map((b: any) => b.line)).toEqual([138, 140]);
    });
});

// ---- 02 -------------------------------------------------------------------------------------------

describe('02 municipal committee (Hovedutvalg for oppvekst og kultur)', () => {
    const f = '02';
    it('header: date and time on one line, unknown fields kept', () => {
        expect(header(f)).toEqual({
            documentKind: 'Møteprotokoll', body: { name: 'Hovedutvalg for oppvekst og kultur', shortName: null }, meetingNumber: null, date: '2025-03-14',
            time: { from: '09:00', to: '14:30' }, place: 'Kommunestyresalen, Vesterdal rådhus', status: null, chair: null, referent: null,
        });
        expect(json(f).headerFields.map((h: any) => [h.line, h.kind, h.label, h.value])).toEqual([
            [4, 'body', 'Utvalg', 'Hovedutvalg for oppvekst og kultur'], [5, 'place', 'Møtested', 'Kommunestyresalen, Vesterdal rådhus'],
            [6, 'date', 'Møtedato', '14.03.2025'], [6, 'time', 'Tidspunkt', 'kl. 09.00 – 14.30'],
            [7, 'custom', 'Arkivsak', '25/00412'], [8, 'custom', 'Møtetype', 'ordinært'],
        ]);
    });

    // As in 01, the title line «Møteprotokoll» (L2) names the document kind.
    it('document kind from the title line L2 «Møteprotokoll»', () => {
        expect(json(f).documentKind).toBe('Møteprotokoll');
    });

    it('attendance: lists without blank lines, names on heading lines, substitutes, groups', () => {
        expect(attendee(f, 11, 'Ola Dalen')).toMatchObject({ party: 'Ap', role: 'leder', roleKind: 'leder' });
        expect(attendee(f, 12, 'Ranveig Tangen')).toMatchObject({ party: 'Sp', role: 'nestleder' });
        expect(json(f).attendance[1].attendees.map((a: any) => [a.name, a.party])).toEqual([['Per Lunde', 'KrF'], ['Åse Rød', 'H']]);
        expect(json(f).attendance[2].attendees.map((a: any) => [a.name, a.party, a.substituteFor])).toEqual([['Lene Vik', 'KrF', 'Per Lunde'], ['Trond Ask', 'H', 'Åse Rød']]);
        expect(attendee(f, 19, 'Siri Holm')).toMatchObject({ title: 'Kommunalsjef' });
        expect(attendee(f, 20, 'Anders Kvam')).toMatchObject({ title: 'Rektor', institution: 'Vesterdal ungdomsskole', note: 'sak 14/25' });
        expect(attendee(f, 21, 'Nina Fosse')).toMatchObject({ title: 'Rådgiver' });
        expect(attendee(f, 23, 'Emma Sæle')).toMatchObject({ role: 'leder av ungdomsrådet', note: 'møte- og talerett' });
        // L25 «Merknader til innkalling og saksliste: Ingen.» is prose before the first case.
        expect(json(f).preamble.at(-1)).toEqual({ kind: 'paragraph', line: 25, lines: ['Merknader til innkalling og saksliste: Ingen.'] });
    });

    it('cases: two introducers kept, a type, attachments, the exemption that lacks its colon', () => {
        expect(json(f).sections).toEqual([]);
        expect(jsonCase(f, 35).introducers).toEqual([{ text: 'kommunalsjef Siri Holm', name: 'Siri Holm' }, { text: 'rektor Anders Kvam, Vesterdal ungdomsskole', name: 'Anders Kvam' }]);
        expect(modelCase(f, 35).introducers.map(i => person(f, i.person))).toEqual(['Siri Holm', 'Anders Kvam']);
        expect(jsonCase(f, 53).type).toEqual({ label: 'Orienteringssak', kind: 'information', text: null });
        expect(jsonCase(f, 53).attachments).toEqual([{ kind: 'vedlegg', text: 'Tilstandsrapport for grunnskolen i Vesterdal 2024' }]);
        expect(jsonCase(f, 64).type).toBeNull();
        expect(jsonCases(json(f)).filter(c => c.exempt)).toEqual([]);
        expect(jsonCase(f, 87).anyOtherBusiness).toBe(true);
        expect(jsonCase(f, 87).content.map((b: any) => [b.kind, b.line])).toEqual([['list', 89], ['paragraph', 92], ['paragraph', 94]]);
    });

    it('proposals, votes and decisions', () => {
        expect(proposals(f, 35)).toEqual([[46, 'forslag', 'Stian Myhre (H)', 0]]);
        expect(votes(f, 35)).toEqual([
            ['rejected', 2, null, null, false, false, SIDES(['H']), { kind: 'proposal', index: 0 }],
            ['adopted', 5, 2, null, false, false, SIDES([], ['H']), null],
        ]);
        // L70 «Innstilling:» is the recommendation: a proposal of its kind (the format knows the label).
        expect(proposals(f, 69)).toEqual([[70, 'innstilling', null, null]]);
        expect([27, 31, 69].map(l => votes(f, l))).toEqual([27, 31, 69].map(() => [['adopted', null, null, null, true, false, SIDES(), { kind: 'decision', index: 0 }]]));
        expect(votes(f, 79)).toEqual([['adopted', 6, 1, null, false, false, SIDES(), { kind: 'decision', index: 0 }]]);
        expect([27, 31, 35, 53, 64, 69, 79, 87].map(l => decisions(f, l))).toEqual([[[28, 1]], [[32, 1]], [[50, 1]], [[62, 1]], [], [[72, 4]], [[84, 1]], []]);
    });

    it('deadline without an owner', () => {
        expect(deadlines(f, 35)).toEqual([[51, 'deadline', null, '2. mai', null, '2025-05-02']]);
        expect(json(f).signatures).toEqual([]);
        expect(json(f).nextMeeting).toBeNull();
    });
});

// ---- 03 -------------------------------------------------------------------------------------------

describe('03 university board (Universitetsstyret ved Universitetet i Elvestad)', () => {
    const f = '03';
    it('header', () => {
        expect(header(f)).toEqual({
            documentKind: null, body: { name: 'Universitetsstyret ved Universitetet i Elvestad', shortName: 'UiE' }, meetingNumber: '5/2025', date: '2025-06-12',
            time: { from: '10:00', to: '15:30' }, place: 'Styrerommet, Administrasjonsbygget, campus Elvestad', status: { kind: 'utkast', text: 'utkast', date: null },
            chair: 'Johanne Berg', referent: 'Kristoffer Lid',
        });
        expect([person(f, meeting(f).chair), person(f, meeting(f).referent)]).toEqual(['Johanne Berg', 'Kristoffer Lid']);
        expect(customFields(f)).toEqual([]);
    });

    it('attendance: titles before names, a substitute, a member from a case on, a group', () => {
        expect(attendee(f, 13, 'Johanne Berg')).toMatchObject({ role: 'styreleder', note: 'ekstern' });
        expect(attendee(f, 14, 'Tormod Haugland')).toMatchObject({ title: 'Rektor', role: 'nestleder' });
        expect(attendee(f, 15, 'Ingrid Vold')).toMatchObject({ title: 'Professor' });
        expect(attendee(f, 19, 'Amina Yusuf')).toMatchObject({ role: 'studentrepresentant', substituteFor: 'Helle Gran' });
        expect(attendee(f, 20, 'Petter Aune').presence).toEqual({ from: '33/25', until: null, untilIncluded: false });
        expect(json(f).attendance[1].attendees.map((a: any) => a.name)).toEqual(['Helle Gran', 'Knut Solberg']);
        expect(json(f).attendance[2].attendees.map((a: any) => [a.line, a.name, a.title, a.note])).toEqual([
            [27, 'Marianne Sunde', 'Universitetsdirektør', null], [28, 'Arvid Nyland', 'Prorektor for utdanning', null],
            [29, 'Hilde Rasch', 'Økonomidirektør', 'O-sak 6/25'], [30, 'Kristoffer Lid', null, null],
        ]);
    });

    it('L16 «Førsteamanuensis Lars Øien»: the title before the name', () => {
        expect(json(f).attendance[0].attendees[3]).toMatchObject({ name: 'Lars Øien', title: 'Førsteamanuensis', note: 'Teams' });
    });

    it('sections: a level-2 section and a closed one with its basis', () => {
        expect(sections(f)).toEqual([[84, 2, false, null], [95, 1, true, 'jf. styrets forretningsorden § 6']]);
        expect(casesIn(f, 0)).toEqual(['O-sak 7/25', 'Sak Eventuelt']);
        expect(casesIn(f, 1)).toEqual(['V-sak 34/25', 'V-sak 35/25']);
        expect(jsonCases(json(f)).filter(c => c.section === null).map(c => c.line)).toEqual([32, 35, 39, 45, 59, 67, 78]);
    });

    it('cases: series with their kinds, an unnumbered item, an older case, references, the exemption trap', () => {
        expect(jsonCase(f, 92)).toMatchObject({ numbered: false, number: null, title: 'Eventuelt', anyOtherBusiness: true });
        expect(jsonCase(f, 59).treatedAgain).toEqual({ text: '(fra møtet 8. mai 2025)', date: '2025-05-08', meetingNumber: null });
        expect(modelCase(f, 59).meetingRefs.map(r => [r.span.line + 1, r.text, r.date])).toEqual([[60, 'jf. protokoll fra møtet 08.05.2025', { year: 2025, month: 5, day: 8 }]]);
        expect(modelCase(f, 39).references.map(r => [r.span.line + 1, r.series, r.number.text])).toEqual([[43, 'D-sak', '3/25']]);
        expect(jsonCase(f, 67).type).toEqual({ label: 'Diskusjonssak', kind: 'discussion', text: null });
        expect(jsonCase(f, 45).introducers).toEqual([{ text: 'prorektor Arvid Nyland', name: 'Arvid Nyland' }]);
        expect(jsonCase(f, 78).introducers).toEqual([{ text: 'økonomidirektør Hilde Rasch', name: 'Hilde Rasch' }]);
        expect(jsonCases(json(f)).filter(c => c.exempt).map(c => [c.line, c.exemption.basis, c.closedSession])).toEqual([[97, 'offl. § 25 første ledd', true]]);
        // V-sak 35/25 is closed but has no exemption of its own (L104 stands at the end of V-sak 34/25).
        expect(jsonCase(f, 105)).toMatchObject({ closedSession: true, exempt: false });
        expect(jsonCase(f, 97).content.map((b: any) => b.kind)).toEqual(['paragraph', 'decision', 'vote', 'misplaced']);
    });

    it('proposals, votes, dissent and decisions', () => {
        expect(proposals(f, 45)).toEqual([[50, 'forslag', 'Sindre Krog', 0]]);
        expect(votes(f, 45)).toEqual([
            ['rejected', 2, 6, null, false, false, SIDES(['Sindre Krog', 'Amina Yusuf']), { kind: 'proposal', index: 0 }],
            ['adopted', 6, 2, null, false, false, SIDES(), { kind: 'decision', index: 0 }],
        ]);
        expect(jsonCase(f, 45).dissent).toEqual(['Sindre Krog', 'Amina Yusuf']);
        expect(jsonCase(f, 45).dissentLines).toEqual(['Sindre Krog, Amina Yusuf – strategien sikrer ikke ordinære studenter tilgang til tilbudene.']);
        expect([59, 97, 105].map(l => votes(f, l))).toEqual([59, 97, 105].map(() => [['adopted', null, null, null, true, false, SIDES(), { kind: 'decision', index: 0 }]]));
        expect([32, 35, 39, 45, 59, 67, 78, 86, 92, 97, 105].map(l => decisions(f, l))).toEqual([
            [[33, 1]], [[36, 2]], [], [[53, 2]], [[62, 2]], [], [[82, 1]], [[90, 1]], [], [[102, 1]], [[109, 1]],
        ]);
        expect(modelCase(f, 35).decisions[0].unanimous).toBe(true);
    });

    it('the action of D-sak 3/25: due «i september», the end of that month', () => {
        expect(deadlines(f, 67)).toEqual([[76, 'action', 'Universitetsdirektøren', 'i september', 'month', '2025-09-30']]);
    });

    // An owner written as a role in the definite form («Universitetsdirektøren legger fram …», L76, no
    // dash) is the person who holds it, Marianne Sunde («Universitetsdirektør», L27).
    it('the owner «Universitetsdirektøren» (L76) is Marianne Sunde', () => {
        const d = modelCase(f, 67).deadlines[0];
        expect([d.responsible?.name, person(f, d.responsible)]).toEqual(['Universitetsdirektøren', 'Marianne Sunde']);
    });

    it('closing: the next meeting, no signatures', () => {
        expect(json(f).nextMeeting).toEqual({
            text: 'torsdag 18. september 2025, kl. 10:00–15:30, Styrerommet', date: '2025-09-18', time: { from: '10:00', to: '15:30' }, place: 'Styrerommet', line: 114,
        });
        expect(json(f).signatures).toEqual([]);
    });
});

// ---- 04 -------------------------------------------------------------------------------------------

describe('04 health trust board (Styret for Midtfjord sykehus HF)', () => {
    const f = '04';
    it('header', () => {
        expect(header(f)).toEqual({
            documentKind: null, body: { name: 'Styret for Midtfjord sykehus HF', shortName: 'MSHF' }, meetingNumber: null, date: '2024-10-28',
            time: { from: '09:00', to: '15:00' }, place: 'Møterom Havblikk, Midtfjord sykehus, Strandvik', status: { kind: 'godkjent', text: 'godkjent 09.12.2024', date: '2024-12-09' },
            chair: 'Gunnar Tveit', referent: 'Mari Aasen',
        });
        expect([person(f, meeting(f).chair), person(f, meeting(f).referent)]).toEqual(['Gunnar Tveit', 'Mari Aasen']);
        expect(meeting(f).date?.weekday).toBe('mandag');
    });

    it('attendance: titles before names (Styreleder, Nestleder, Styremedlem, Administrerende direktør …)', () => {
        expect(json(f).attendance[0].attendees.map((a: any) => [a.line, a.name, a.title, a.institution, a.note, a.substituteFor])).toEqual([
            [12, 'Gunnar Tveit', 'Styreleder', null, null, null], [13, 'Else Marie Holt', 'Nestleder', null, null, null],
            [14, 'Jonas Berntsen', 'Styremedlem', null, null, null], [15, 'Vibeke Lian', 'Styremedlem', null, null, null],
            [16, 'Rolf Dahle', 'Styremedlem', null, 'Teams', null], [17, 'Torill Sand', 'Styremedlem', 'ansattvalgt', null, null],
            [18, 'Henrik Moe', 'Styremedlem', 'ansattvalgt', null, null], [19, 'Linda Ose', null, 'ansattvalgt', 'vara for Astrid Nyberg', 'Astrid Nyberg'],
        ]);
        expect(attendee(f, 22, 'Astrid Nyberg')).toMatchObject({ title: 'Styremedlem' });
        expect(json(f).attendance[2].attendees.map((a: any) => [a.line, a.name, a.title, a.note, a.role])).toEqual([
            [25, 'Kjersti Falk', 'Administrerende direktør', null, null], [26, 'Bjørn Hatlen', 'Økonomidirektør', null, null],
            [27, 'Nils Rein', 'Fagdirektør', 'sak 048-2024 og 049-2024', null], [28, 'Mari Aasen', 'Styresekretær', null, 'referent'],
        ]);
        expect(attendee(f, 31, 'Oddny Viken')).toMatchObject({ institution: 'leder av brukerutvalget', role: 'observatør' });
    });

    it('sections: the closed session holds one exempt case and one that is not', () => {
        expect(sections(f)).toEqual([[77, 1, true, 'helseforetaksloven § 26 a tredje ledd']]);
        expect(casesIn(f, 0)).toEqual(['Sak 052-2024', 'Sak 053-2024']);
        expect(json(f).sections[0].intro.map((b: any) => b.line)).toEqual([79]);
        expect(jsonCases(json(f)).map(c => [c.number, c.exempt, c.closedSession, c.exemption?.basis ?? null])).toEqual([
            ['045-2024', false, false, null], ['046-2024', false, false, null], ['047-2024', false, false, null], ['048-2024', false, false, null],
            ['049-2024', true, false, 'offl. § 13 jf. helsepersonelloven § 21'], ['050-2024', false, false, null],
            ['052-2024', true, true, 'offl. § 23 første ledd'], ['053-2024', false, true, null],
        ]);
        // Closed is not exempt: the public edition shows Sak 053-2024 and its decision.
        const open = jsonCases(meetingToPublicJson(f)).find(c => c.number === '053-2024');
        expect([open.redacted, open.content.filter((b: any) => b.kind === 'decision').map((b: any) => b.line)]).toEqual([false, [96]]);
        expect(jsonCases(json(f)).map(c => c.numberKey)).toContain('45/2024');
    });

    it('cases: types, introducers, attachment, conflict', () => {
        expect([41, 50, 63, 90].map(l => jsonCase(f, l).type?.label)).toEqual(['Orienteringssak', 'Drøftingssak', 'Orienteringssak', 'Beslutningssak']);
        expect([41, 50, 63].map(l => jsonCase(f, l).introducers.map((i: any) => i.name))).toEqual([['Kjersti Falk'], ['Bjørn Hatlen'], ['Nils Rein']]);
        expect(jsonCase(f, 50).attachments).toEqual([{ kind: 'vedlegg', text: 'Økonomisk langtidsplan 2025–2028' }]);
        expect(jsonCase(f, 81).conflictLines).toEqual(['Else Marie Holt (eier en tilgrensende eiendom)']);
        expect(person(f, modelCase(f, 81).conflicts[0].people[0])).toBe('Else Marie Holt');
    });

    it('votes, dissent, decisions', () => {
        expect([33, 37, 73, 81].map(l => votes(f, l))).toEqual([33, 37, 73, 81].map(() => [['adopted', null, null, null, true, false, SIDES(), { kind: 'decision', index: 0 }]]));
        expect(votes(f, 50)).toEqual([['adopted', 6, 2, null, false, false, SIDES(), { kind: 'decision', index: 0 }]]);
        expect(votes(f, 90)).toEqual([['adopted', 7, 1, null, false, false, SIDES(), { kind: 'decision', index: 0 }]]);
        expect(jsonCase(f, 50).dissent).toEqual(['Torill Sand', 'Henrik Moe']);
        expect(jsonCase(f, 90).dissentLines).toEqual(['Henrik Moe']);
        expect([33, 37, 41, 50, 63, 73, 81, 90].map(l => decisions(f, l)))
            .toEqual([[[34, 1]], [[38, 1]], [[48, 1]], [[57, 2]], [[70, 1]], [[74, 1]], [[87, 1]], [[96, 1]]]);
    });

    it('the action of Sak 049-2024: owner Nils Rein', () => {
        expect(jsonCase(f, 63).deadlines.map((d: any) => [d.line, d.kind, d.responsible, d.what])).toEqual([[71, 'action', 'Nils Rein', 'ny orientering når tilsynssaken er avsluttet.']]);
        expect(json(f).nextMeeting).toMatchObject({ date: '2024-12-09', time: { from: '09:00', to: null }, place: 'Midtfjord sykehus', line: 102 });
        expect(json(f).signatures).toEqual([]);
    });

    // A due written as an event («når tilsynssaken er avsluttet», L71) is kept as a due in words.
    it('the due «når tilsynssaken er avsluttet» (L71) is kept as free text', () => {
        expect(jsonCase(f, 63).deadlines[0].due).toEqual({ text: 'når tilsynssaken er avsluttet', relative: 'free' });
    });
});

// ---- 05 -------------------------------------------------------------------------------------------

describe('05 annual meeting (Ramsvik kystlag, årsmøtet)', () => {
    const f = '05';
    it('header: the time «klokken 10.00 og hevet klokken 16.45»; chair and minute-taker elected in Sak 3', () => {
        expect(header(f)).toEqual({
            documentKind: null, body: { name: 'Ramsvik kystlag, årsmøtet', shortName: null }, meetingNumber: null, date: '2025-03-15',
            time: { from: '10:00', to: '16:45' }, place: 'Naustet på Ramsvik brygge', status: null, chair: 'Grete Hovland', referent: 'Jan Ivar Strand',
        });
        expect([meeting(f).chair?.span.line, meeting(f).referent?.span.line]).toEqual([21, 22]);
        expect(json(f).attendance).toEqual([]);
        expect(json(f).preamble.map((b: any) => [b.kind, b.line])).toEqual([['paragraph', 1], ['paragraph', 8]]);
    });

    // Gap: vote counters (`Tellekorps:`, L25) are not read as people of the meeting.
    it.fails('the vote counters on L25 are Siv Nes and Bendik Løvås', () => {
        expect(meeting(f).personRefs.filter(r => r.span.line === 24).map(r => r.name)).toEqual(['Siv Nes', 'Bendik Løvås']);
    });

    it('cases: sub-cases 6.1–6.4 under Sak 6, two withdrawn, the lunch break in Sak 6.4', () => {
        expect(json(f).cases.map((c: any) => [c.number, c.subCases.map((s: any) => s.number)])).toEqual([
            ['1', []], ['2', []], ['3', []], ['4', []], ['5', []], ['6', ['6.1', '6.2', '6.3', '6.4']], ['7', []], ['8', []],
        ]);
        expect(jsonCases(json(f)).filter(c => c.status === 'withdrawn').map(c => [c.number, c.withdrawn])).toEqual([
            ['6.2', { reason: 'forslagsstilleren trakk forslaget i møtet til fordel for forslaget i sak 6.3.', line: 50 }],
            ['6.4', { reason: null, line: 58 }],
        ]);
        expect(jsonCase(f, 57).content.map((b: any) => [b.kind, b.line])).toEqual([['withdrawn', 58], ['paragraph', 59], ['paragraph', 61]]);
        expect(jsonCase(f, 33).introducers).toEqual([{ text: 'kasserer Lise Dahl', name: 'Lise Dahl' }]);
        expect(jsonCase(f, 70).type).toEqual({ label: 'Valgsak', kind: 'decision', text: null });
        // The officers' lines in Sak 3 (L22 Dirigent, L23 Møtesekretær) are kept where they were written.
        expect(jsonCase(f, 20).content.map((b: any) => [b.kind, b.line])).toEqual([['paragraph', 21], ['misplaced', 22], ['misplaced', 23], ['paragraph', 25], ['decision', 26], ['vote', 27]]);
    });

    it('votes: acclamation, counted with blanks, written before the decision, «falt med 12 mot 17»', () => {
        expect(votes(f, 20)).toEqual([['adopted', null, null, null, true, true, SIDES(), { kind: 'decision', index: 0 }]]);
        expect(votes(f, 33)).toEqual([['adopted', null, null, null, true, false, SIDES(), { kind: 'decision', index: 0 }]]);
        // L45, before the decision: on the board's proposal (written as prose on L44).
        expect(votes(f, 43)).toEqual([['adopted', 21, 6, 2, false, false, SIDES(), null]]);
        expect(proposals(f, 52)).toEqual([[53, 'forslag', 'Kjetil Mo og Anne Rise', 0]]);
        expect(votes(f, 52)).toEqual([['rejected', 12, 17, null, false, false, SIDES(), { kind: 'proposal', index: 0 }]]);
        expect(votes(f, 63)).toEqual([['adopted', 27, 2, null, false, false, SIDES(), { kind: 'decision', index: 0 }]]);
        // L84 is on the floor's proposal of L83, which is prose («Forslaget fra salen»): on nothing the format knows.
        expect(votes(f, 70)).toEqual([
            ['adopted', null, null, null, true, true, SIDES(), { kind: 'decision', index: 0 }],
            ['rejected', 9, 20, null, false, false, SIDES(), null],
        ]);
    });

    // Gap: a proposal written in prose («Styret foreslår at …», L44) is not a proposal, so the vote L45 is on nothing.
    it.fails('the vote L45 is on the board\'s proposal L44', () => {
        expect(proposals(f, 43)).toEqual([[44, 'forslag', 'Styret', 0]]);
    });

    it('the proposal L53 has two proposers, Kjetil Mo and Anne Rise', () => {
        expect(meeting(f).personRefs.filter(r => r.role === 'proposer').map(r => r.name)).toEqual(['Kjetil Mo', 'Anne Rise']);
    });

    it('decisions: «Vedtak:», a blank line and a list; role labels in a decision list', () => {
        expect([12, 16, 20, 29, 33, 41, 43, 49, 52, 57, 63, 70].map(l => decisions(f, l))).toEqual([
            [[14, 1]], [[18, 1]], [[26, 1]], [[31, 1]], [[38, 1]], [], [[46, 2]], [], [], [], [[64, 2]], [[74, 6]],
        ]);
        expect(jsonCase(f, 70).content.find((b: any) => b.kind === 'decision').blocks.map((b: any) => b.kind)).toEqual(['paragraph', 'list']);
    });

    it('the action of Sak 8: the board, by 1 June', () => {
        expect(deadlines(f, 70)).toEqual([[86, 'action', 'Styret', '1. juni', null, '2025-06-01']]);
        expect(jsonCase(f, 70).content.filter((b: any) => b.kind === 'paragraph').map((b: any) => b.line)).toEqual([72, 82, 88, 90]);
    });

    it('closing: protokollunderskrivere, signatures with roles, approval with a date; no next meeting', () => {
        expect(json(f).signatures.map((s: any) => [s.line, s.label, s.date, s.signers.map((x: any) => [x.name, x.role])])).toEqual([
            [24, 'Protokollunderskrivere', null, [['Mona Ek', null], ['Roar Haug', null]]],
            [92, 'Underskrifter', null, [['Grete Hovland', 'dirigent'], ['Jan Ivar Strand', 'møtesekretær'], ['Mona Ek', 'protokollunderskriver'], ['Roar Haug', 'protokollunderskriver']]],
            [98, 'Godkjent av', '2025-03-21', [['Mona Ek', null], ['Roar Haug', null]]],
        ]);
        expect(json(f).nextMeeting).toBeNull();
    });
});

// ---- 06 -------------------------------------------------------------------------------------------

describe('06 student board (Studentstyret ved Høgskolen i Bråtveit)', () => {
    const f = '06';
    it('header: a two-digit year, the minute-taker by first name', () => {
        expect(header(f)).toEqual({
            documentKind: null, body: { name: 'Studentstyret ved Høgskolen i Bråtveit', shortName: 'SSHB' }, meetingNumber: null, date: '2024-11-12',
            time: { from: '18:00', to: '20:30' }, place: 'Styrerommet i Kjelleren + Discord', status: null, chair: null, referent: 'Mathias',
        });
        expect(person(f, meeting(f).referent)).toBe('Mathias Berge');
        expect(meeting(f).referent?.shortForm).toBe(true);
    });

    it('attendance', () => {
        expect(json(f).attendance[0].attendees.map((a: any) => [a.line, a.name, a.role ?? a.institution, a.note])).toEqual([
            [10, 'Ida Marie Lyng', 'leder', null], [11, 'Mathias Berge', 'sekretær', null], [12, 'Noor Rahimi', 'økonomiansvarlig', null],
            [13, 'Sander Foss', 'fagpolitisk ansvarlig', null], [14, 'Thea Lund', 'internasjonalt ansvarlig', 'Discord'],
        ]);
        expect(json(f).attendance[1].attendees.map((a: any) => [a.line, a.name, a.institution])).toEqual([[17, 'Oskar Hald', 'arrangementsansvarlig']]);
    });

    it('cases: unnumbered check-in and check-out, a prose bullet that looks like a case', () => {
        expect(jsonCases(json(f)).map(c => [c.line, c.numbered]))
            .toEqual([[19, false], [24, false], [28, true], [42, true], [54, true], [60, true], [68, true], [74, false]]);
        expect(jsonCase(f, 24).content).toEqual([{ kind: 'list', line: 25, items: [
            { text: 'Godkjent uten kommentarer', depth: 0, ordered: false, number: null, deadline: null },
            { text: 'Sak 44/24 ble lagt til på slutten', depth: 0, ordered: false, number: null, deadline: null },
        ] }]);
        expect([19, 24, 28, 42, 54, 60, 68, 74].map(l => decisions(f, l))).toEqual([[], [], [[37, 1]], [[49, 1]], [], [], [], []]);
        expect(votes(f, 28)).toEqual([['adopted', 4, 1, null, false, false, SIDES(), { kind: 'decision', index: 0 }]]);
        expect(votes(f, 42)).toEqual([['adopted', null, null, null, true, false, SIDES(), { kind: 'decision', index: 0 }]]);
    });

    it('indentation: 4 spaces nest one level, 8 spaces two', () => {
        const depths = new Map<number, number>();
        for (const c of allCases(meeting(f))) for (const b of c.content) if (b.kind === 'list') for (const i of b.items) depths.set(i.content.span.line + 1, i.depth);
        expect([22, 30, 31, 34, 36, 45, 46, 47, 63, 64, 70].map(l => depths.get(l))).toEqual(Array(11).fill(1));
        expect([32, 33].map(l => depths.get(l))).toEqual([2, 2]);
        expect([20, 21, 29, 35, 44, 48, 69, 71].map(l => depths.get(l))).toEqual(Array(8).fill(0));
    });

    it('actions without calendar dates: owners by first name, «før jul», «neste uke», «innen 1 uke», «innen neste møte», «til helgen»', () => {
        expect(deadlines(f, 28)).toEqual([
            [39, 'action', 'Noor', 'før jul', 'christmas', '2024-12-24'],
            [40, 'action', 'Oskar', 'neste uke', 'next-week', '2024-11-19'],
        ]);
        expect(deadlines(f, 42)).toEqual([
            [51, 'action', 'Sander', 'innen 1 uke', 'within', '2024-11-19'],
            [52, 'action', 'alle', 'neste uke', 'next-week', '2024-11-19'],
        ]);
        expect(deadlines(f, 54)).toEqual([[58, 'action', 'Ida', 'innen neste møte', 'next-meeting', '2024-11-26']]);
        expect(deadlines(f, 60)).toEqual([[66, 'deadline', null, 'innen neste møte', 'next-meeting', '2024-11-26']]);
        expect(deadlines(f, 68)).toEqual([[70, 'action', 'Mathias', 'til helgen', 'free', null]]);
        const owners = [28, 42, 54, 68].flatMap(l => modelCase(f, l).deadlines.map(d => person(f, d.responsible) ?? d.responsible?.name));
        expect(owners).toEqual(['Noor Rahimi', 'Oskar Hald', 'Sander Foss', 'alle', 'Ida Marie Lyng', 'Mathias Berge']);
        // «neste uke» comes to a day in the week of 18 November (a week after the meeting).
        const next = modelCase(f, 28).deadlines[1].due?.value;
        expect(next && next.day >= 18 && next.day <= 24 && next.month === 11).toBe(true);
        // L40 and L70 stand in lists and are actions there.
        expect(jsonCase(f, 68).content[0].items.map((i: any) => [i.depth, i.deadline])).toEqual([[0, null], [1, 0], [0, null], [1, null]]);
    });

    // Gap: who is named after the due («Frist: innen neste møte. Alle sender innspill til Noor.», L66) is not the owner.
    it.fails('the owner of L66 is «Alle»', () => {
        expect(jsonCase(f, 60).deadlines[0].responsible).toBe('Alle');
    });

    // Gap (vocabulary): «- Ansvar: …» in a list item is prose by design (`listItem: 'prose'`), so
    // «    - Ansvar: styreleder. Frist: før jul.» (L72) is no action; and «styreleder» would still have to
    // be resolved to Ida Marie Lyng (leder, L10).
    it.fails('L72 is an action of «styreleder», due before Christmas', () => {
        expect(deadlines(f, 68)).toEqual([[70, 'action', 'Mathias', 'til helgen', 'free', null], [72, 'action', 'styreleder', 'før jul', 'christmas', '2024-12-24']]);
    });

    it('closing: next meeting without a year', () => {
        expect(json(f).nextMeeting).toEqual({ text: 'tirsdag 26. november kl. 18', date: '2024-11-26', time: { from: '18:00', to: null }, place: null, line: 78 });
        expect([meeting(f).nextMeeting?.date?.yearImplied, meeting(f).nextMeeting?.date?.weekday]).toEqual([true, 'tirsdag']);
        expect(json(f).signatures).toEqual([]);
    });
});

// ---- 08 -------------------------------------------------------------------------------------------

describe('08 housing cooperative board (Styret i Lerkeveien borettslag)', () => {
    const f = '08';
    it('header: a date with spaces, the minute-taker after the lists', () => {
        expect(header(f)).toEqual({
            documentKind: null, body: { name: 'Styret i Lerkeveien borettslag', shortName: null }, meetingNumber: null, date: '2018-12-06',
            time: { from: '19:00', to: '21:15' }, place: 'Fellesrommet, Lerkeveien 14, kjelleren', status: null, chair: null, referent: 'Hanne Nakken',
        });
        expect(json(f).headerFields.find((h: any) => h.kind === 'referent').line).toBe(12);
    });

    it('attendance: names on the heading lines, roles in parentheses', () => {
        expect(json(f).attendance[0].attendees.map((a: any) => [a.name, a.role, a.note])).toEqual([
            ['Anne Grethe Moen', 'styreleder', null], ['Per Ove Lia', 'kasserer', null], ['Hanne Nakken', 'sekretær', null],
        ]);
        expect(json(f).attendance.slice(0, 2).map((l: any) => l.kind)).toEqual(['present', 'absent']);
        expect(json(f).attendance[1].attendees.map((a: any) => a.name)).toEqual(['Kristian Dahl', 'Solveig Aune']);
    });

    // Gap: «Til stede fra forretningsfører:» (L10) is read as members present; the manager is not a
    // member (others), and «(Boligforvaltning Nord AS)» is the institution, not a note.
    it.fails('L10: the manager, others, from Boligforvaltning Nord AS', () => {
        expect([json(f).attendance[2].kind, attendee(f, 10, 'Eva Li').institution]).toEqual(['other', 'Boligforvaltning Nord AS']);
    });

    it('cases, decisions and «Enstemmig.»', () => {
        expect([14, 17, 30, 43, 50, 57].map(l => decisions(f, l))).toEqual([[], [[26, 2]], [[39, 1]], [[47, 1]], [[54, 1]], []]);
        expect(modelCase(f, 17).decisions[0].unanimous).toBe(true);
        expect(jsonCase(f, 30).content.map((b: any) => [b.kind, b.line])).toEqual([['paragraph', 31], ['paragraph', 33], ['list', 34], ['paragraph', 37], ['decision', 39], ['responsible', 40], ['deadline', 41]]);
    });

    it('deadlines without a year: 10 January is next year; «Ansvarlig:» after the decision', () => {
        expect(deadlines(f, 17)).toEqual([[28, 'deadline', 'Hanne Nakken', '10. januar', null, '2019-01-10']]);
        expect(deadlines(f, 30)).toEqual([[41, 'deadline', 'Anne Grethe Moen', '20. desember', null, '2018-12-20']]);
        expect(deadlines(f, 50)).toEqual([[55, 'deadline', 'Per Ove Lia', '14. desember', null, '2018-12-14']]);
        expect(jsonCase(f, 30).responsibles.map((r: any) => r.name)).toEqual(['Anne Grethe Moen']);
        expect(jsonCase(f, 43).responsibles.map((r: any) => r.text)).toEqual(['Per Ove Lia og Hanne Nakken']);
    });

    it('L48 «Ansvarlig:» names Per Ove Lia and Hanne Nakken', () => {
        expect(meeting(f).personRefs.filter(r => r.span.line === 47).map(r => r.name)).toEqual(['Per Ove Lia', 'Hanne Nakken']);
    });

    it('closing', () => {
        expect(json(f).nextMeeting).toEqual({ text: 'torsdag 10. januar 2019 kl. 19.00, fellesrommet', date: '2019-01-10', time: { from: '19:00', to: null }, place: 'fellesrommet', line: 64 });
        expect(json(f).signatures).toEqual([]);
    });
});

// ---- 09 -------------------------------------------------------------------------------------------

describe('09 sports club board (Styret i Holtaskogen idrettslag), CRLF and tabs', () => {
    const f = '09';
    it('the file has CRLF line ends on every line', () => {
        const text = corpusText(f);
        expect([text.split('\r\n').length - 1, text.split('\n').length - 1]).toEqual([77, 77]);
    });

    it('header', () => {
        expect(header(f)).toEqual({
            documentKind: null, body: { name: 'Styret i Holtaskogen idrettslag', shortName: 'HIL' }, meetingNumber: '1/2025', date: '2025-01-15',
            time: { from: '19:30', to: '21:45' }, place: 'Klubbhuset, Holtaskogen', status: null, chair: 'Marianne Holt', referent: 'Kenneth Bø',
        });
    });

    it('attendance', () => {
        expect(attendee(f, 15, 'Eva Lind')).toMatchObject({ role: 'kasserer', institution: null });
        expect(attendee(f, 16, 'Geir Antonsen')).toMatchObject({ role: 'leder fotballgruppa', roleKind: 'leder' });
        expect(attendee(f, 20, 'Yngve Sand')).toMatchObject({ role: 'leder håndballgruppa' });
    });

    it('tab-indented list items nest one level; tab-indented prose stays prose', () => {
        const depths = new Map<number, number>();
        for (const c of allCases(meeting(f))) for (const b of c.content) if (b.kind === 'list') for (const i of b.items) depths.set(i.content.span.line + 1, i.depth);
        expect([29, 30, 31, 33, 34, 69, 75].map(l => depths.get(l))).toEqual(Array(7).fill(1));
        expect([28, 32, 66, 73, 74].map(l => depths.get(l))).toEqual(Array(5).fill(0));
        expect(jsonCase(f, 44).content.map((b: any) => [b.kind, b.line])).toEqual([['paragraph', 45], ['decision', 48], ['vote', 49], ['dissent', 50], ['deadline', 51]]);
    });

    it('decisions, votes, dissent', () => {
        expect([22, 25, 44, 53, 64, 72].map(l => decisions(f, l))).toEqual([[[23, 1]], [[37, 3]], [[48, 1]], [[56, 3]], [[70, 1]], []]);
        expect([25, 53].map(l => votes(f, l))).toEqual([25, 53].map(() => [['adopted', null, null, null, true, false, SIDES(), { kind: 'decision', index: 0 }]]));
        expect(votes(f, 44)).toEqual([['adopted', 5, 1, null, false, false, SIDES(), { kind: 'decision', index: 0 }]]);
        expect(jsonCase(f, 44).dissentLines).toEqual(['Lill Heidi Krane – mener lånet er for stort for laget.']);
        expect(jsonCase(f, 25).introducers).toEqual([{ text: 'kasserer Eva Lind', name: 'Eva Lind' }]);
    });

    it('deadlines and actions: a date, «innen én uke», in a nested list item', () => {
        expect(deadlines(f, 44)).toEqual([[51, 'deadline', 'Geir Antonsen', '15.04.2025', null, '2025-04-15']]);
        expect(deadlines(f, 53)).toEqual([[62, 'action', 'Kenneth Bø', 'innen én uke', 'within', '2025-01-22']]);
        expect(deadlines(f, 72)).toEqual([[75, 'deadline', null, '20. februar', null, '2025-02-20']]);
        expect(json(f).nextMeeting).toMatchObject({ date: '2025-02-12', time: { from: '19:30', to: null }, place: 'klubbhuset', line: 77 });
        expect(json(f).signatures).toEqual([]);
    });
});

// ---- 10 -------------------------------------------------------------------------------------------

describe('10 school cooperation committee (Samarbeidsutvalget ved Bakkelund skole)', () => {
    const f = '10';
    it('header', () => {
        expect(header(f)).toEqual({
            documentKind: null, body: { name: 'Samarbeidsutvalget ved Bakkelund skole', shortName: 'SU' }, meetingNumber: null, date: '2024-10-22',
            time: { from: '18:00', to: '19:30' }, place: 'Personalrommet, Bakkelund skole', status: null, chair: 'Tone Bakke', referent: 'Kjersti Aamodt',
        });
    });

    it('attendance: labelled groups with prose between them, a pupil who left, a conflict before the first case', () => {
        expect(json(f).preamble.map((b: any) => [b.kind, b.line])).toEqual([
            ['paragraph', 1], ['attendance', 10], ['paragraph', 14], ['attendance', 16], ['attendance', 21], ['paragraph', 25],
            ['attendance', 27], ['attendance', 30], ['attendance', 33], ['conflict', 36],
        ]);
        expect(attendee(f, 12, 'Jørgen Strand')).toMatchObject({ substituteFor: 'Gunn Helene Berg' });
        expect(attendee(f, 23, 'Isak Moe').presence).toEqual({ from: null, until: '14/24', untilIncluded: true });
        expect(attendee(f, 28, 'Bjørg Sand')).toMatchObject({ title: 'Rektor', role: 'sekretær for SU' });
        expect(attendee(f, 31, 'Finn Olav Rud')).toMatchObject({ party: 'Ap' });
        expect(json(f).attendance.map((l: any) => [l.label, l.kind])).toEqual([
            ['Til stede fra foreldrerådet (FAU)', 'present'], ['Fra de ansatte', 'other'], ['Fra elevrådet', 'other'], ['Fra skolens ledelse', 'other'],
            ['Kommunens representant', 'other'], ['Forfall', 'absent'],
        ]);
        expect(json(f).conflicts).toEqual([{ text: 'Tone Bakke (sak 15/24)', names: ['Tone Bakke'], cases: ['15/24'], line: 36 }]);
    });

    // Gap: a group label alone («Fra de ansatte:», «Fra elevrådet:», «Fra skolens ledelse:», «Kommunens
    // representant:», L16–L30) makes a list of others; in a cooperation committee they are members present.
    it.fails('the labelled groups L16, L21, L27, L30 are members present', () => {
        expect(json(f).attendance.slice(1, 5).map((l: any) => l.kind)).toEqual(['present', 'present', 'present', 'present']);
    });

    it('cases, decisions, votes; «Ansvarlig:» after the decision, a deadline, a vote', () => {
        expect([38, 41, 52, 61, 69, 79].map(l => decisions(f, l))).toEqual([[[39, 1]], [[47, 1]], [], [[65, 1]], [[75, 1]], []]);
        expect(jsonCase(f, 41).responsibles.map((r: any) => r.name)).toEqual(['Bjørg Sand', 'Tone Bakke']);
        expect(deadlines(f, 41)).toEqual([[49, 'deadline', 'Bjørg Sand', '1. november', null, '2024-11-01']]);
        expect(jsonCase(f, 52).type?.label).toBe('Orienteringssak');
        expect(jsonCase(f, 52).introducers).toEqual([{ text: 'rektor Bjørg Sand', name: 'Bjørg Sand' }]);
        // L67 «6 for, 1 avholdende», after `Ansvarlig:`: a vote on the decision, adopted.
        expect(votes(f, 61)).toEqual([['adopted', 6, null, 1, false, false, SIDES(), { kind: 'decision', index: 0 }]]);
        expect(proposals(f, 69)).toEqual([[72, 'forslag', 'Jørgen Strand', 0]]);
        expect(votes(f, 69)).toEqual([
            ['rejected', 2, null, null, false, false, SIDES(), { kind: 'proposal', index: 0 }],
            ['adopted', 6, 2, null, false, false, SIDES(), { kind: 'decision', index: 0 }],
        ]);
        expect(jsonCase(f, 69).responsibles.map((r: any) => r.text)).toEqual(['Bjørg Sand – informerer foreldrene på Vigilo.']);
        expect(json(f).nextMeeting).toMatchObject({ date: '2024-12-10', time: { from: '18:00', to: null }, place: 'personalrommet', line: 82 });
        expect(json(f).signatures).toEqual([]);
    });
});

// ---- 11 -------------------------------------------------------------------------------------------

describe('11 company board (Styret i Fjellvent AS)', () => {
    const f = '11';
    it('header: «Tid: 09:00 13:50» without a dash keeps the end', () => {
        expect(header(f)).toEqual({
            documentKind: null, body: { name: 'Styret i Fjellvent AS', shortName: null }, meetingNumber: '2/2025', date: '2025-02-20',
            time: { from: '09:00', to: '13:50' }, place: 'Selskapets lokaler, Industriveien 7, Skogmo', status: null, chair: 'Ragnhild Sæther', referent: 'Daniel Fossum',
        });
        expect([person(f, meeting(f).chair), person(f, meeting(f).referent)]).toEqual(['Ragnhild Sæther', 'Daniel Fossum']);
    });

    it('attendance: seven names on the heading line, roles in parentheses; a title and an institution', () => {
        expect(json(f).attendance[0].attendees.map((a: any) => [a.name, a.role, a.note])).toEqual([
            ['Ragnhild Sæther', 'styreleder', null], ['Tom Erik Ruud', 'nestleder', null], ['Ingunn Haga', null, null], ['Bård Økland', null, null],
            ['Stine Kristoffersen', null, null], ['Linn Marie Aasen', null, 'ansattvalgt'], ['Sverre Myklebust', null, 'ansattvalgt'],
        ]);
        expect(json(f).attendance[1].attendees.map((a: any) => a.name)).toEqual(['Kåre Ness']);
        expect(attendee(f, 16, 'Daniel Fossum')).toMatchObject({ role: 'daglig leder' });
        expect(attendee(f, 17, 'Heidi Brenna')).toMatchObject({ note: 'sak 9/25 og 10/25' });
        expect(attendee(f, 20, 'Kjell Arne Vold')).toMatchObject({ title: 'Statsautorisert revisor', institution: 'Revisjon Skogmo AS', note: 'sak 9/25' });
    });

    it('cases, decisions, votes «5-2» and «4-0-2», dissent, conflict', () => {
        expect([24, 27, 32, 45, 55, 65, 71].map(l => decisions(f, l))).toEqual([[], [[29, 2]], [[41, 2]], [[51, 1]], [[61, 1]], [], []]);
        expect([27, 32].map(l => modelCase(f, l).decisions[0].unanimous)).toEqual([true, true]);
        expect(jsonCase(f, 32).attachments.map((a: any) => a.text)).toEqual(['Utkast til årsregnskap 2024', 'Utkast til årsberetning 2024', 'Revisors nummererte brev nr. 3']);
        expect(jsonCase(f, 32).introducers.map((i: any) => i.text)).toEqual(['økonomisjef Heidi Brenna']);
        expect(proposals(f, 45)).toEqual([[48, 'forslag', 'Tom Erik Ruud', 0]]);
        expect(votes(f, 45)).toEqual([
            ['rejected', 2, 5, null, false, false, SIDES(), { kind: 'proposal', index: 0 }],
            ['adopted', 5, 2, null, false, false, SIDES(), { kind: 'decision', index: 0 }],
        ]);
        expect(jsonCase(f, 45).dissent).toEqual(['Tom Erik Ruud', 'Linn Marie Aasen']);
        expect(votes(f, 55)).toEqual([['adopted', 4, 0, 2, false, false, SIDES(), { kind: 'decision', index: 0 }]]);
        expect(jsonCase(f, 55).conflictLines).toEqual(['Bård Økland (styremedlem i Nordkraft Service AS)']);
        expect(jsonCase(f, 65).content.map((b: any) => [b.kind, b.line])).toEqual([['list', 66], ['paragraph', 69]]);
    });

    it('the introducer of Sak 9/25 (L33) is Heidi Brenna', () => {
        expect(jsonCase(f, 32).introducers.map((i: any) => i.name)).toEqual(['Heidi Brenna']);
    });

    // «Enstemmig vedtatt.» on a line of its own with no `Vedtak:` (Sak 7/25, L25) is the case's unanimous vote.
    it('L25 «Enstemmig vedtatt.» is a unanimous vote of Sak 7/25', () => {
        expect(votes(f, 24)).toEqual([['adopted', null, null, null, true, false, SIDES(), null]]);
    });

    it('deadlines and actions', () => {
        expect(deadlines(f, 32)).toEqual([[43, 'deadline', 'Heidi Brenna', '31. juli', null, '2025-07-31']]);
        expect(deadlines(f, 55)).toEqual([[63, 'action', 'Daniel Fossum', 'på neste styremøte', 'next-meeting', '2025-04-24']]);
    });

    it('closing: seven signatures of the members present, the next meeting', () => {
        const signers = meeting(f).signatures.flatMap(s => s.signers);
        expect(signers.map(s => [s.span.line + 1, s.name, s.role])).toEqual([
            [77, 'Ragnhild Sæther', 'styreleder'], [78, 'Tom Erik Ruud', 'nestleder'], [79, 'Ingunn Haga', undefined], [80, 'Bård Økland', undefined],
            [81, 'Stine Kristoffersen', undefined], [82, 'Linn Marie Aasen', undefined], [83, 'Sverre Myklebust', undefined],
        ]);
        expect(signers.map(s => person(f, s.person))).toEqual(json(f).attendance[0].attendees.map((a: any) => a.name));
        expect(json(f).nextMeeting).toEqual({ text: 'torsdag 24. april 2025 kl. 09.00, Industriveien 7', date: '2025-04-24', time: { from: '09:00', to: null }, place: 'Industriveien 7', line: 85 });
    });
});

// ---- 14 -------------------------------------------------------------------------------------------

describe('14 working group notes (the near-miss file)', () => {
    const f = '14';
    it('header: only the date is a keyword line; the lower-case «referent:» is read as the minute-taker', () => {
        expect(header(f)).toEqual({
            documentKind: null, body: null, meetingNumber: null, date: '2025-01-09', time: null, place: null, status: null, chair: null, referent: 'Vegard Hauge',
        });
        expect(json(f).headerFields.map((h: any) => [h.line, h.kind, h.label])).toEqual([[3, 'date', 'Dato'], [14, 'referent', 'referent']]);
    });

    it('no attendance, cases, next meeting or signatures: all prose', () => {
        const j = json(f);
        expect([j.attendance, j.cases, j.sections, j.signatures, j.nextMeeting]).toEqual([[], [], [], [], null]);
        expect(j.preamble.map((b: any) => b.kind).filter((k: string) => k !== 'paragraph' && k !== 'list')).toEqual(['misplaced']);
        // The near misses: what each nearly is, and why it is not.
        expect(meeting(f).nearMisses.map(n => [n.span.line + 1, n.keyword, n.reason])).toEqual([
            [6, 'Til stede:', 'blanks'], [12, 'Forfall:', 'typo'], [13, 'Møteleder:', 'blanks'], [29, 'Vedtak:', 'bullet'],
            [42, 'Unntatt offentlighet:', 'typo'], [64, 'Neste møte:', 'colon'],
        ]);
    });
});
