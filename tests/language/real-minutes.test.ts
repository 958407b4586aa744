/**
 * Readings the realistic corpus (tests/corpus) asked of the value parsers and the case layer: titles
 * before names, a role in parentheses, partial presence named by a series, the person behind an
 * introducer or an owner with a title, votes after `Ansvarlig:` and on the recommendation, the sides
 * of «N mot M stemmer (parti)», «N for, M avholdende», «innen én uke» and a line «Enstemmig.».
 */
import { describe, expect, it } from 'vitest';
import { codes, minutes, validate } from './helpers.js';

const HEADER = `Organ: Kommunestyret i Ås
Dato: 20.03.2025

Til stede:
- Ordfører Hanne Strøm (Ap)
- Liv Moen (Ap)
`;

describe('a title before a name is not part of the name', () => {
    it.each([
        ['Utvalgssekretær Mona Teigen', 'Mona Teigen', 'Utvalgssekretær'],
        ['Kommunalsjef økonomi Frode Lien', 'Frode Lien', 'Kommunalsjef økonomi'],
        ['Prorektor for utdanning Arvid Nyland', 'Arvid Nyland', 'Prorektor for utdanning'],
        ['Nestleder Else Marie Holt', 'Else Marie Holt', 'Nestleder'],
        ['Styremedlem Jonas Berntsen', 'Jonas Berntsen', 'Styremedlem'],
        ['Økonomidirektør Hilde Rasch', 'Hilde Rasch', 'Økonomidirektør'],
        ['Administrerende direktør Kjersti Falk', 'Kjersti Falk', 'Administrerende direktør'],
        ['Statsautorisert revisor Kjell Arne Vold', 'Kjell Arne Vold', 'Statsautorisert revisor'],
        ['Kommunedirektør Bente Alstad', 'Bente Alstad', 'Kommunedirektør'],
        // Not a title: a name of three words, a word that only contains a role, a role with no name after it.
        ['Anne Grethe Moen', 'Anne Grethe Moen', undefined],
        ['Hektor Lund Berg', 'Hektor Lund Berg', undefined],
        ['Styremedlem Berntsen', 'Styremedlem Berntsen', undefined],
    ])('%j', async (written, name, title) => {
        const m = (await validate(minutes('Sak 1 A\nVedtak: A.\n', `Organ: Rådet\nDato: 20.03.2025\n\nTil stede:\n- ${written}, Ås kommune\n`))).meeting;
        expect([m.people[0].name, m.people[0].title, m.people[0].institution]).toEqual([name, title, 'Ås kommune']);
    });

    it('the minute-taker listed with a title is the person of the header: no unknown person', async () => {
        const checked = await validate(minutes('Sak 1 A\nVedtak: A.\n', `Referent: Mona Teigen\n${HEADER}\nFra administrasjonen:\n- Utvalgssekretær Mona Teigen\n`));
        expect(checked.meeting.attendance.map(l => [l.label, l.attendees.map(a => a.name)])).toEqual([['Til stede', ['Hanne Strøm', 'Liv Moen']], ['Fra administrasjonen', ['Mona Teigen']]]);
        expect(codes(checked)).toEqual([]);
    });

    it('a group of people with titles is an attendance list', async () => {
        const checked = await validate(minutes('Sak 1 A\nVedtak: A.\n', `Organ: Styret\nDato: 20.03.2025\nReferent: Mari Aasen\n\nTil stede:\n- Styreleder Gunnar Tveit\n\nFra administrasjonen:\n- Administrerende direktør Kjersti Falk\n- Styresekretær Mari Aasen, referent\n`));
        expect(checked.meeting.attendance.map(l => [l.label, l.kind, l.attendees.map(a => [a.name, a.title, a.role])])).toEqual([
            ['Til stede', 'present', [['Gunnar Tveit', 'Styreleder', undefined]]],
            ['Fra administrasjonen', 'other', [['Kjersti Falk', 'Administrerende direktør', undefined], ['Mari Aasen', 'Styresekretær', 'referent']]],
        ]);
        expect(codes(checked)).toEqual([]);
    });

    it('introducers and owners with a title are the people listed', async () => {
        const checked = await validate(minutes(`Sak 1 Budsjett
Innledning ved kommunedirektør Bente Alstad
Vedtak: Vedtatt.
Oppfølging: Kommunedirektør Bente Alstad – legger fram ny sak.
`, `${HEADER}\nFra administrasjonen:\n- Kommunedirektør Bente Alstad\n`));
        const c = checked.meeting.cases[0];
        expect([c.introducers[0].text.text, c.introducers[0].person?.name, c.introducers[0].person?.key]).toEqual(['kommunedirektør Bente Alstad', 'Bente Alstad', 'bente alstad']);
        expect([c.deadlines[0].responsible?.name, c.deadlines[0].responsible?.key, c.deadlines[0].what]).toEqual(['Bente Alstad', 'bente alstad', 'legger fram ny sak.']);
        expect(checked.text.slice(c.introducers[0].person!.span.start, c.introducers[0].person!.span.end)).toBe('Bente Alstad');
        expect(checked.text.slice(c.deadlines[0].responsible!.span.start, c.deadlines[0].responsible!.span.end)).toBe('Bente Alstad');
        expect(codes(checked)).toEqual([]);
    });
});

describe('attendance notes', () => {
    it('a role in parentheses is the role; other notes stay notes', async () => {
        const m = (await validate(minutes('Sak 1 A\nVedtak: A.\n', `Organ: Styret\nDato: 6.12.2018\n\nTilstede: Anne Grethe Moen (styreleder), Per Ove Lia (kasserer) og Linn Aasen (ansattvalgt)\n\nAndre:\n- Rolf Dahle (Teams)\n- Trine Aas (vara for Ola Mykland)\n`))).meeting;
        expect(m.people.map(p => [p.name, p.role, p.roleKind, p.note])).toEqual([
            ['Anne Grethe Moen', 'styreleder', 'styreleder', undefined], ['Per Ove Lia', 'kasserer', 'kasserer', undefined], ['Linn Aasen', undefined, undefined, 'ansattvalgt'],
            ['Rolf Dahle', undefined, undefined, 'Teams'], ['Trine Aas', undefined, undefined, 'vara for Ola Mykland'],
        ]);
    });

    it.each([
        ['til PS 12/25', { until: '12/25', untilIncluded: false }],
        ['fra V-sak 33/25', { from: '33/25', untilIncluded: false }],
        ['forlot møtet etter RS 2/25', { until: '2/25', untilIncluded: true }],
        ['fra sak 3', { from: '3', untilIncluded: false }],
    ])('partial presence «(%s)»', async (note, presence) => {
        const m = (await validate(minutes('Sak 1 A\nVedtak: A.\n', `Organ: Rådet\nDato: 20.03.2025\n\nTil stede:\n- Frode Lien (${note})\n`))).meeting;
        expect(m.people[0].presence).toEqual(presence);
    });

    it('a member who left before a PS case cannot be inhabil in it', async () => {
        const checked = await validate(minutes('PS 1/25 A\nVedtak: A.\n\nPS 2/25 B\nInhabil: Liv Moen\nVedtak: B.\n', `Organ: Rådet\nDato: 20.03.2025\n\nTil stede:\n- Kari Nordmann\n- Liv Moen (til PS 2/25)\n`));
        expect(codes(checked)).toEqual(['person-not-present']);
    });
});

describe('votes', () => {
    const votesOf = async (body: string) => (await validate(minutes(body, HEADER))).meeting.cases[0];

    it('a vote after `Ansvarlig:` is on the decision above it; «N for, M avholdende» is adopted', async () => {
        const c = await votesOf('Sak 1 A\nVedtak: Gymsalen lånes ut.\nAnsvarlig: Liv Moen\nVotering: 6 for, 1 avholdende\n');
        expect(c.votes.map(v => [v.on, v.outcome, v.for, v.against, v.abstain])).toEqual([[{ kind: 'decision', index: 0 }, 'adopted', 6, undefined, 1]]);
    });

    it('«Innstillingen ble vedtatt …» after another proposal is on the recommendation, not on that proposal', async () => {
        const c = await votesOf('Sak 1 A\nForslag: Rammen skjermes. (fremmet av Liv Moen)\nVotering: Innstillingen ble vedtatt med 11 mot 8 stemmer.\n\nSak 2 B\nInnstilling: Planen vedtas.\nVotering: Innstillingen ble vedtatt med 11 mot 8 stemmer.\n');
        expect([c.votes[0].on, c.proposals[0].vote]).toEqual([undefined, undefined]);
        const recommendation = (await validate(minutes('Sak 1 B\nInnstilling: Planen vedtas.\nVotering: Innstillingen ble vedtatt med 11 mot 8 stemmer.\n', HEADER))).meeting.cases[0];
        expect([recommendation.votes[0].on, recommendation.proposals[0].vote]).toEqual([{ kind: 'proposal', index: 0 }, 0]);
    });

    it.each([
        ['Innstillingen ble vedtatt med 5 mot 2 stemmer (H).', 5, 2, { for: [], against: ['H'], abstain: [] }, 'adopted'],
        ['Forslaget falt med 12 mot 17 stemmer (Sp, KrF).', 12, 17, { for: [], against: ['Sp', 'KrF'], abstain: [] }, 'rejected'],
        ['vedtatt med 11 mot 8 stemmer', 11, 8, { for: [], against: [], abstain: [] }, 'adopted'],
    ])('%j', async (text, forCount, against, sides, outcome) => {
        const c = await votesOf(`Sak 1 A\nVedtak: A.\nVotering: ${text}\n`);
        expect([c.votes[0].for, c.votes[0].against, c.votes[0].sides, c.votes[0].outcome]).toEqual([forCount, against, sides, outcome]);
    });
});

describe('due dates and decisions', () => {
    it('«innen én uke» is a week after the meeting', async () => {
        const c = (await validate(minutes('Sak 1 A\nVedtak: A.\nOppfølging: Liv Moen – sender beskjed innen én uke.\n', HEADER))).meeting.cases[0];
        expect([c.deadlines[0].due?.text, c.deadlines[0].due?.relative, c.deadlines[0].due?.value]).toEqual(['innen én uke', 'within', { year: 2025, month: 3, day: 27 }]);
    });

    it('a line «Enstemmig.» under a decision says it was unanimous; a sentence with the word does not', async () => {
        const m = (await validate(minutes('Sak 1 A\nVedtak: Felleskostnadene økes.\nEnstemmig.\n\nSak 2 B\nVedtak: Styret var enstemmig enig i retningen.\n', HEADER))).meeting;
        expect(m.cases.map(c => c.decisions[0].unanimous)).toEqual([true, false]);
    });
});
