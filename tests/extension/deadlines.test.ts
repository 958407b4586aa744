/**
 * The "Frister" view's text (packages/extension/src/logic/deadlines.ts): groups, and each row's label,
 * description and tooltip, compared exactly. Entries come from the real pipeline (example minutes →
 * collectDeadlines → JSON, as the server sends them), so a date object printed as text fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../packages/language/src/generator/markdown-text.js';
import {
    DEADLINE_GROUPS, deadlineDescription, deadlineLabel, deadlineRow, deadlineTooltip, groupDeadlines, isoToday,
} from '../../packages/extension/src/logic/deadlines.js';
import { collectDeadlines, type DeadlineEntry } from '../../packages/language/src/generator/deadlines.js';
import { model } from '../language/helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const example = (name: string) => fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');

/** Entries as the extension receives them: through JSON (dates are plain objects). */
async function wireEntries(texts: string[], today: { year: number; month: number; day: number }): Promise<DeadlineEntry[]> {
    const meetings = [];
    for (const text of texts) meetings.push(await model(text));
    return JSON.parse(JSON.stringify(collectDeadlines(meetings, today))) as DeadlineEntry[];
}

const MINUTES = `Organ: Testrådet (TR)
Dato: 10.01.2024

Til stede:
- Kari Nordmann, Testinstituttet, leder
- Ola Åsheim, Testinstituttet, medlem

Sak 1/24 Oppfølging [vedlegg] *viktig*
Orienteringssak:
Frist 7.1.2024: Kari Nordmann – sende brevet.
Frist 11.1.2024: Ola Åsheim – ringe #2 (snart).
Frist 12.1.2024: Kari Nordmann og Ola Åsheim – lage budsjett_2024.
Frist 20.1.2024: Ola Åsheim – lese høringen.
Frist 1.3.2024: Kari Nordmann – evaluere.
Frist 15.1.2024: Ola Åsheim – bestille rom. (utført)
Frist 31.2.2024: Kari Nordmann – noe med umulig dato.
`;
const TODAY = { year: 2024, month: 1, day: 11 };

describe('Frister-visningen: grupper', () => {
    let entries: DeadlineEntry[];
    beforeAll(async () => { entries = await wireEntries([MINUTES], TODAY); });

    it('groups overdue, within 14 days, later, undated and done, in that order, with counts', () => {
        expect(groupDeadlines(entries).map((g) => [g.label, g.description, g.group.icon, g.group.color, g.group.expanded, g.id])).toEqual([
            ['Forfalt', '1', 'warning', 'list.errorForeground', true, 'group:overdue'],
            ['Innen 14 dager', '3', 'clock', 'list.warningForeground', true, 'group:soon'],
            ['Senere', '1', 'calendar', undefined, true, 'group:later'],
            ['Uten gyldig dato', '1', 'question', undefined, false, 'group:undated'],
            ['Utført', '1', 'pass', undefined, false, 'group:done'],
        ]);
    });

    it('puts each deadline in its own group, in the server\'s order', () => {
        const labels = Object.fromEntries(groupDeadlines(entries).map((g) => [g.label, g.entries.map(deadlineLabel)]));
        expect(labels).toEqual({
            'Forfalt': ['7. januar 2024: sende brevet.'],
            'Innen 14 dager': ['11. januar 2024: ringe #2 (snart).', '12. januar 2024: lage budsjett_2024.', '20. januar 2024: lese høringen.'],
            'Senere': ['1. mars 2024: evaluere.'],
            'Uten gyldig dato': ['uten dato: noe med umulig dato.'],
            'Utført': ['15. januar 2024: bestille rom.'],
        });
    });

    it('leaves out empty groups and keeps the order of DEADLINE_GROUPS', () => {
        const soonOnly = entries.filter((e) => e.status === 'soon');
        expect(groupDeadlines(soonOnly).map((g) => g.label)).toEqual(['Innen 14 dager']);
        expect(groupDeadlines([])).toEqual([]);
        expect(DEADLINE_GROUPS.map((g) => g.status)).toEqual(['overdue', 'soon', 'later', 'undated', 'done']);
    });
});

describe('Frister-visningen: rader', () => {
    let entries: DeadlineEntry[];
    const byWhat = (what: string) => entries.find((e) => e.what.startsWith(what))!;
    beforeAll(async () => { entries = await wireEntries([MINUTES], TODAY); });

    it('describes each row with the responsible, the case and the meeting (body and date)', () => {
        expect(deadlineDescription(byWhat('sende brevet'))).toBe('Kari Nordmann · sak 1/24 · Testrådet 10.01.2024');
        expect(deadlineDescription(byWhat('lage budsjett'))).toBe('Kari Nordmann og Ola Åsheim · sak 1/24 · Testrådet 10.01.2024');
    });

    it('says in the tooltip how far away the deadline is, overdue with the days passed', () => {
        expect(deadlineTooltip(byWhat('sende brevet'))).toBe([
            '**sende brevet.**',
            'Frist: 7\\. januar 2024 (forfalt for 4 dager siden)',
            'Ansvarlig: Kari Nordmann',
            'Sak 1/24 Oppfølging \\[vedlegg\\] \\*viktig\\*',
            'Møte: Testrådet, 10. januar 2024',
        ].join('  \n'));
        const lines = (what: string) => deadlineTooltip(byWhat(what)).split('  \n');
        expect(lines('ringe')[1]).toBe('Frist: 11\\. januar 2024 (i dag)');
        expect(lines('lage budsjett')[1]).toBe('Frist: 12\\. januar 2024 (i morgen)');
        expect(lines('lese høringen')[1]).toBe('Frist: 20\\. januar 2024 (om 9 dager)');
        expect(lines('bestille rom')[1]).toBe('Frist: 15\\. januar 2024 (utført)');
        expect(lines('noe med umulig')[1]).toBe('Frist: uten dato');
    });

    it('escapes Markdown in text from the minutes', () => {
        expect(deadlineTooltip(byWhat('ringe'))).toContain('**ringe \\#2 \\(snart\\).**');
        expect(deadlineTooltip(byWhat('lage budsjett'))).toContain('**lage budsjett\\_2024.**');
        expect(escapeMarkdown('a*b_c`d[e]f<g>h|i#j-k!l.m(n)o{p}q+r~s\\t')).toBe('a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\|i\\#j-k\\!l.m\\(n\\)o\\{p\\}q+r\\~s\\\\t');
        // List and heading markers only where they would start a list.
        expect(escapeMarkdown('- punkt\n+ punkt\n1. punkt\n2) punkt')).toBe('\\- punkt\n\\+ punkt\n1\\. punkt\n2\\) punkt');
    });

    it('gives each row its icon and the place a click leads to', () => {
        const row = deadlineRow(byWhat('sende brevet'));
        expect(row.icon).toBe('circle-outline');
        expect(row.uri).toBe(byWhat('sende brevet').meetingUri);
        expect(row.line).toBe(MINUTES.split('\n').findIndex((l) => l.startsWith('Frist 7.1.2024')));
        expect(deadlineRow(byWhat('bestille rom')).icon).toBe('pass');
    });

    it('never shows an object as text in any row', () => {
        expect(entries).toHaveLength(7);
        for (const entry of entries) {
            const row = deadlineRow(entry);
            expect(`${row.label}\n${row.description}\n${row.tooltip}`).not.toMatch(/\[object |undefined|null|NaN/);
        }
    });
});

describe('Frister-visningen på eksemplene', () => {
    it('shows the example deadline as written, with the meeting\'s body and date', async () => {
        const entries = await wireEntries([example('alt-i-ett.referat'), example('ho21-2016-02-29.referat')], { year: 2024, month: 8, day: 10 });
        const anbud = deadlineRow(entries.find((e) => e.what.startsWith('tre anbud'))!);
        expect(anbud.label).toBe('15. august 2024: tre anbud legges fram for styret.');
        expect(anbud.description).toBe('Bjørn Kvåle · sak 19.2 · Styret i Bygdøy kulturhus 14.05.2024');
        expect(anbud.tooltip).toBe([
            '**tre anbud legges fram for styret.**',
            'Frist: 15\\. august 2024 (om 5 dager)',
            'Ansvarlig: Bjørn Kvåle',
            'Sak 19.2 Reparasjon av taket over storsalen',
            'Møte: Styret i Bygdøy kulturhus, 14. mai 2024',
        ].join('  \n'));
        const ho21 = entries.filter((e) => e.bodyName === 'HelseOmsorg21-rådet').map(deadlineDescription);
        expect(ho21.length).toBeGreaterThan(0);
        for (const description of ho21) expect(description).toMatch(/ · sak 1\d\/16 · HelseOmsorg21-rådet 29\.02\.2016$/);
    });

    it('leaves out what a deadline does not have: no responsible, no body', async () => {
        const entries = await wireEntries(['Dato: 10.01.2024\n\nSak 1/24 Saken\nOrienteringssak:\nFrist 1.2.2024: – noe.\n'], TODAY);
        expect(entries).toHaveLength(1);
        const row = deadlineRow(entries[0]);
        expect(row.description).toBe('sak 1/24 · 10.01.2024');
        expect(row.tooltip.split('  \n').slice(2)).toEqual(['Ansvarlig: ikke oppgitt', 'Sak 1/24 Saken', 'Møte: 10\\. januar 2024']);
    });
});

describe('Frister-visningen: det som mangler', () => {
    /** An entry as the server sends it (JSON), with only what every deadline has. */
    const bare: DeadlineEntry = {
        dateText: 'uten dato', what: '', done: false, status: 'undated', caseNumber: '3', caseTitle: 'Saken',
        meetingUri: 'file:///a/m%C3%B8te.referat', line: 4,
    };

    it('says «(uten beskrivelse)» for a deadline without text, and leaves out a meeting without body and date', () => {
        expect(deadlineLabel(bare)).toBe('uten dato: (uten beskrivelse)');
        expect(deadlineDescription(bare)).toBe('sak 3');
        expect(deadlineTooltip(bare)).toBe(['**\\(uten beskrivelse\\)**', 'Frist: uten dato', 'Ansvarlig: ikke oppgitt', 'Sak 3 Saken'].join('  \n'));
        expect(deadlineRow(bare)).toEqual({
            label: 'uten dato: (uten beskrivelse)', description: 'sak 3',
            tooltip: deadlineTooltip(bare), icon: 'circle-outline', uri: 'file:///a/m%C3%B8te.referat', line: 4,
        });
    });
});

describe('isoToday', () => {
    it('is the local date as YYYY-MM-DD', () => {
        expect(isoToday(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
        expect(isoToday(new Date(2024, 11, 31, 0, 0))).toBe('2024-12-31');
    });
});
