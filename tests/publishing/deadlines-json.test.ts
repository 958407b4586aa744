/** Deadlines across meetings, their iCalendar export (parsed back with ical.js), and `meetingToJson` against its schema. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { collectDeadlines, deadlineStatusText } from '../../packages/language/src/generator/deadlines.js';
import { deadlinesToIcs } from '../../packages/language/src/generator/ics.js';
import { meetingToJson } from '../../packages/language/src/generator/json.js';
import { exampleFiles, fixtureFiles, model, modelsOf, root } from './support.js';
import { minutes } from '../language/helpers.js';

const TEXT = minutes(`Sak 1/24 Budsjett
Ansvarlig: Arbeidsgruppen
Frist 1.3.2024: Ola Hansen – lage budsjett.
Frist 20.1.2024: Kari Nordmann – levere regnskap (utført)
Frist for notat: 25. januar. Sendes sekretariatet.
Frist 10.1.2024: Per Olsen – «sjekke; tall, og \\ skråstrek» på møtet.

Sak 2/24 Uten dato
Frist: Kari Nordmann – en gang.
`);
const TODAY = { year: 2024, month: 1, day: 20 };

describe('collectDeadlines', async () => {
    const meeting = await model(TEXT);
    const entries = collectDeadlines([meeting], TODAY);

    it('sorts by date, undated last, and sets the status relative to today', () => {
        expect(entries.map(e => [e.iso ?? null, e.status, e.daysLeft ?? null])).toEqual([
            ['2024-01-10', 'overdue', -10],
            ['2024-01-20', 'done', 0],
            ['2024-01-25', 'soon', 5],
            ['2024-03-01', 'later', 41],
            [null, 'undated', null],
        ]);
        expect(entries.map(deadlineStatusText)).toEqual(['forfalt for 10 dager siden', 'utført', 'om 5 dager', 'om 41 dager', 'uten dato']);
    });

    it('says who, what and where', () => {
        expect(entries[2]).toMatchObject({ responsible: 'Arbeidsgruppen', what: 'notat: Sendes sekretariatet.', caseNumber: '1/24', caseTitle: 'Budsjett', bodyName: 'Testrådet i Ås', meetingDate: { year: 2024, month: 1, day: 10 } });
        expect(entries[0].line).toBe(TEXT.split('\n').findIndex(l => l.startsWith('Frist 10.1.2024')));
    });

    it('honours soonDays', () => {
        expect(collectDeadlines([meeting], TODAY, { soonDays: 3 }).map(e => e.status)).toEqual(['overdue', 'done', 'later', 'later', 'undated']);
    });

    it('sorts across meetings', async () => {
        const meetings = await modelsOf(fixtureFiles());
        const all = collectDeadlines(meetings, TODAY);
        const dates = all.map(e => e.iso);
        expect(dates).toEqual([...dates].sort());
        expect(new Set(all.map(e => e.meetingUri)).size).toBe(2);
    });
});

describe('iCalendar', async () => {
    const meeting = await model(TEXT);
    const entries = collectDeadlines([meeting], TODAY);
    const { text, count } = deadlinesToIcs(entries, { stamp: new Date(Date.UTC(2024, 0, 20, 12)) });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map(v => new ICAL.Event(v));

    it('has one all-day event per dated deadline, parsed back by ical.js', () => {
        expect(count).toBe(4);
        expect(events.map(e => [e.startDate.toString(), e.startDate.isDate, e.endDate.toString()])).toEqual([
            ['2024-01-10', true, '2024-01-11'], ['2024-01-20', true, '2024-01-21'], ['2024-01-25', true, '2024-01-26'], ['2024-03-01', true, '2024-03-02'],
        ]);
        expect(events[0].summary).toBe('Frist: «sjekke; tall, og \\ skråstrek» på møtet. – Per Olsen');
        expect(events[1].summary).toBe('(Utført) Frist: levere regnskap – Kari Nordmann');
        expect(events[0].description).toBe('Sak 1/24 Budsjett\nFra Testrådet i Ås, møte 10.1.2024\nAnsvarlig: Per Olsen');
    });

    it('gives every event a unique, stable UID', () => {
        const uids = events.map(e => e.uid);
        expect(new Set(uids).size).toBe(uids.length);
        expect(deadlinesToIcs(entries).text.match(/^UID:.*$/gm)).toEqual(text.match(/^UID:.*$/gm));
        for (const uid of uids) expect(uid).toMatch(/^frist-[0-9a-f]{8}(-\d+)?@referat$/);
    });

    it('keeps every UID when the minutes are edited above the deadlines, and on another day', async () => {
        // Lines added above every deadline (an attendee, prose in the case, a case before it):
        // calendar apps that imported the file before must update the events, not duplicate them.
        const edited = TEXT
            .replace('- Per Olsen, Ås kommune, medlem\n', '- Per Olsen, Ås kommune, medlem\n- Nils Nilsen, Ås kommune, medlem\n')
            .replace('Sak 1/24 Budsjett\n', 'Sak 1/24 Budsjett\nSaken ble drøftet.\n\nDet kom flere innspill.\n');
        expect(edited).not.toBe(TEXT);
        const after = collectDeadlines([await model(edited)], { year: 2024, month: 2, day: 1 });
        expect(after.map(e => e.line)).not.toEqual(entries.map(e => e.line));
        const uidsBy = (icsText: string) => new ICAL.Component(ICAL.parse(icsText)).getAllSubcomponents('vevent')
            .map(v => new ICAL.Event(v)).map(e => [e.summary, e.uid]);
        expect(uidsBy(deadlinesToIcs(after).text)).toEqual(uidsBy(text));
        // What the deadline says is part of its identity: a new text is a new event.
        const reworded = collectDeadlines([await model(TEXT.replace('lage budsjett.', 'lage nytt budsjett.'))], TODAY);
        const changed = uidsBy(deadlinesToIcs(reworded).text).filter(([, uid]) => !events.some(e => e.uid === uid));
        expect(changed).toHaveLength(1);
        expect(changed[0][0]).toBe('Frist: lage nytt budsjett. – Ola Hansen');
    });
});

describe('meetingToJson', async () => {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'packages/language/src/generator/meeting.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
    const meetings = await modelsOf([...exampleFiles(), ...fixtureFiles()]);

    for (const meeting of [await model(TEXT), ...meetings]) {
        const name = meeting.uri.split('/').pop();
        it(`${name}: both editions match the schema`, () => {
            for (const publicEdition of [false, true]) {
                const json = JSON.parse(JSON.stringify(meetingToJson(meeting, { publicEdition })));
                const ok = validate(json);
                expect(validate.errors ?? [], `${name}`).toEqual([]);
                expect(ok).toBe(true);
            }
        });
    }

    it('carries the meeting as data', async () => {
        const json = meetingToJson(await model(TEXT)) as Record<string, any>;
        expect(json).toMatchObject({ schemaVersion: 2, body: { name: 'Testrådet i Ås', shortName: 'TR' }, date: '2024-01-10' });
        expect(json.attendance[0].attendees.map((a: { name: string }) => a.name)).toEqual(['Kari Nordmann', 'Ola Hansen', 'Per Olsen']);
        expect(json.cases[0].deadlines[0]).toEqual({ kind: 'deadline', due: { text: '1.3.2024', relative: null }, text: '1.3.2024: Ola Hansen – lage budsjett.', date: '2024-03-01', what: 'lage budsjett.', responsible: 'Ola Hansen', alsoResponsible: [], responsibleFromCase: false, done: false, line: TEXT.split('\n').indexOf('Frist 1.3.2024: Ola Hansen – lage budsjett.') + 1 });
        // Source order: the Ansvarlig: line where it was written, then the deadlines.
        const lineOf = (start: string) => TEXT.split('\n').findIndex(l => l.startsWith(start)) + 1;
        expect(json.cases[0].content.map((b: { kind: string; deadline?: number; line: number }) => [b.kind, b.deadline, b.line])).toEqual([
            ['responsible', undefined, lineOf('Ansvarlig: Arbeidsgruppen')],
            ['deadline', 0, lineOf('Frist 1.3.2024')], ['deadline', 1, lineOf('Frist 20.1.2024')],
            ['deadline', 2, lineOf('Frist for notat')], ['deadline', 3, lineOf('Frist 10.1.2024')],
        ]);
        expect(json.cases[0].responsible).toEqual({ text: 'Arbeidsgruppen', name: 'Arbeidsgruppen', members: [] });
    });

    it('the schema rejects what it should (the test can fail)', async () => {
        const json = JSON.parse(JSON.stringify(meetingToJson(await model(TEXT))));
        expect(validate({ ...json, schemaVersion: 1 })).toBe(false);
        expect(validate({ ...json, extra: 1 })).toBe(false);
        expect(validate({ ...json, date: '10.01.2024' })).toBe(false);
    });
});
