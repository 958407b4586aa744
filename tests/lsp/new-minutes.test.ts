/**
 * New minutes for a body's next meeting (lsp/new-minutes.ts, the "Nytt møtereferat" command): what is
 * carried over from the last meeting and what is left out, numbering, the `Neste møte:` stub, where
 * the cursor starts, and that the template is minutes without problems (or, blank, with exactly the
 * error that stops it being published without a title).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lastingRole, newMinutesTemplate } from '../../packages/language/src/lsp/new-minutes.js';
import type { Meeting } from '../../packages/language/src/model/types.js';
import { addFile, createTestServices, reset } from './services.js';

const services = createTestServices();
const ROOT = path.resolve(import.meta.dirname, '../..');
const example = (name: string) => fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');

afterEach(() => reset(services));

async function meetingOf(text: string, name?: string): Promise<Meeting> {
    return services.Referat.referat.MeetingIndex.get(await addFile(services, text, name));
}

/** The diagnostics of the template read as minutes: [code, 1-based line]. */
async function problems(text: string): Promise<Array<[string, number]>> {
    const doc = await addFile(services, text, 'ny.referat');
    return (doc.diagnostics ?? []).map(d => [(d.data as { code: string }).code, d.range.start.line + 1]);
}

describe('nytt møtereferat etter forrige møte', () => {
    it('carries the members over as present — guests invited for a case, the substitute, notes and stale roles left out', async () => {
        const nsg = await meetingOf(example('nsg-2023-11-22.referat'), 'nsg.referat');
        const result = newMinutesTemplate(nsg, { year: 2023, month: 12, day: 4 }, [nsg]);
        expect(result.text).toBe(`Organ: Nasjonal samarbeidsgruppe for helseforskning i spesialisthelsetjenesten (NSG)
Møte: 02/2023
Dato: mandag 4. desember 2023
Tid: 10:00-15:00
Sted: Radisson Hotel Trondheim Airport Værnes
Status: utkast
Møteleder: Siv Mørkved
Referent: Mai Hege Stokke

Til stede:
- Siv Mørkved, Helse Midt-Norge RHF, leder
- Lars Eikvar, Helse Sør-Øst RHF, fast medlem
- Bjørn Egil Vikse, Helse Vest RHF, fast medlem
- Tove Klæboe Nilsen, Helse Nord RHF, fast medlem
- Renate Grüner, Fellesrepresentant universitetssykehusene, fast medlem
- Erlend B. Smeland, Oslo Universitetssjukehus, fast medlem
- Gunbjørg Svineng, Universitetet i Tromsø, fast medlem
- Hanne-Cathrin Flinstad Harbo, Universitetet i Oslo, fast medlem
- Torstein Baade Rø, NTNU, fast medlem
- Toril Forbord, UHR (helsefag), fast medlem
- Ole Johan Borge, Norges forskingsråd, observatør
- Marianne van der Wel, Helse- og omsorgsdepartementet, observatør
- Martin Fredheim, Kunnskapsdepartementet, observatør
- Jahn Fredrik Frøen, Folkehelseinstituttet, observatør
- Maria Tårland, Helse Midt-Norge RHF, sekretariat
- Mai Hege Stokke, Helse Midt-Norge RHF, referent
- Per Bakke, Universitetet i Bergen, fast medlem
- Fred Godtliebsen, UHR (helserelevant MN-fag), fast medlem

Forfall:

Sak 22/23 Godkjenning av innkalling og dagsorden
Vedtakssak:

Vedtak: Innkalling og dagsorden godkjennes.

Sak 23/23 Godkjenning av referat fra møte 22. november 2023
Vedtakssak:

Vedtak: Referatet godkjennes.

Sak 24/23 Eventuelt

Neste møte: 
`);
        // The cursor starts on the date, the first thing to check.
        expect(result.selection).toEqual({ line: 2, start: 6, end: 29 });
        expect(await problems(result.text)).toEqual([]);
    });

    it('keeps the secretariat and observers as their own lists, drops the guest lists, and numbers after the last meeting', async () => {
        const bkh = await meetingOf(example('alt-i-ett.referat'), 'bkh.referat');
        const { text } = newMinutesTemplate(bkh, { year: 2024, month: 6, day: 11 }, [bkh]);
        const lines = text.split('\n');
        expect(lines.slice(0, 3)).toEqual(['Organ: Styret i Bygdøy kulturhus (BKH)', 'Dokument: Møteprotokoll', 'Møte: 04/2024']);
        expect(lines.slice(lines.indexOf('Til stede:'), lines.indexOf('Sak 30/24 Godkjenning av innkalling og dagsorden'))).toEqual([
            'Til stede:',
            '- Ingrid Åsheim, Oslo kommune, leder',
            '- Bjørn Kvåle, Bygdøy vel, nestleder',
            '- Marte Lægreid, Norsk Folkemuseum, fast medlem',
            '- Jonas Ødegård, Kulturrådet, medlem',
            '- Fatima Øverland, Bygdøy kulturhus, medlem valgt av de ansatte',
            '- Eirik Sæther, Bygdøy vel, fast medlem',
            '- Nora Kielland, Oslo kommune, fast medlem',
            '',
            'Forfall:',
            '',
            'Sekretariat:',
            '- Sølvi Haugland, Bygdøy kulturhus, sekretær',
            '',
            'Observatører:',
            '- Anders Nyquist, Kulturetaten i Oslo kommune, observatør',
            '',
        ]);
        expect(lines.filter(l => l.startsWith('Sak '))).toEqual([
            // After 29/24, the last case (14/24, an older case treated again, does not count).
            'Sak 30/24 Godkjenning av innkalling og dagsorden', 'Sak 31/24 Godkjenning av referat fra møte 14. mai 2024 (03/2024)', 'Sak 32/24 Eventuelt',
        ]);
        expect(text.endsWith('Sak 32/24 Eventuelt\n\nNeste møte: \n')).toBe(true);
        expect(text).not.toMatch(/Håkon Bræin|Camilla Fjeld|Per-Åge Lund|Liv Torsen|Teams|fra sak/);
        expect(await problems(text)).toEqual([]);
    });

    it('numbers the meeting after the last one: 05/2023 after 04/2023, 01 in a new year', async () => {
        const previous = await meetingOf('Organ: Rådet\nMøte: 04/2023\nDato: 22.11.2023\n\nTil stede:\n- Kari Nordmann, leder i 2023\n\nSak 7/23 Eventuelt\n');
        expect(newMinutesTemplate(previous, { year: 2023, month: 12, day: 13 }).text.split('\n').slice(0, 2)).toEqual(['Organ: Rådet', 'Møte: 05/2023']);
        const next = newMinutesTemplate(previous, { year: 2024, month: 1, day: 10 }).text.split('\n');
        expect(next[1]).toBe('Møte: 01/2024');
        expect(next.filter(l => l.startsWith('Sak ') || l.startsWith('- '))).toEqual([
            // Case numbers written as the body writes them («7/23»).
            '- Kari Nordmann, leder', 'Sak 1/24 Godkjenning av innkalling og dagsorden', 'Sak 2/24 Godkjenning av referat fra møte 22. november 2023 (04/2023)', 'Sak 3/24 Eventuelt',
        ]);
    });

    it('counts every meeting of the body in the year for case numbers', async () => {
        const earlier = await meetingOf('Organ: Rådet\nDato: 1.2.2024\n\nSak 9/24 Budsjett\n', 'a.referat');
        const latest = await meetingOf('Organ: Rådet\nDato: 1.3.2024\n\nSak 3/24 Eventuelt\n', 'b.referat');
        const lines = newMinutesTemplate(latest, { year: 2024, month: 4, day: 2 }, [earlier, latest]).text.split('\n');
        expect(lines[1]).toBe('Møte: 03/2024');
        expect(lines.filter(l => l.startsWith('Sak ')).map(l => l.split(' ')[1])).toEqual(['10/24', '11/24', '12/24']);
    });

    it('keeps what roles say for good, not what held last time', () => {
        expect(lastingRole('leder i 2023')).toBe('leder');
        expect(lastingRole('fast medlem 2022–2024')).toBe('fast medlem');
        expect(lastingRole('medlem fra sak 19/24')).toBe('medlem');
        expect(lastingRole('vara for Per Lunde')).toBe('vara for Per Lunde');
        expect(lastingRole('2023')).toBe('2023');
    });
});

describe('nytt møtereferat for et annet organ', () => {
    it('starts the cursor on the empty «Organ:», which is an error until the body is named', async () => {
        const result = newMinutesTemplate(undefined, { year: 2024, month: 3, day: 4 });
        const lines = result.text.split('\n');
        expect(lines.slice(0, 12)).toEqual([
            'Organ: ', 'Dato: mandag 4. mars 2024', 'Sted: ', 'Status: utkast', 'Møteleder: ', 'Referent: ', '', 'Til stede:', '- ', '', 'Forfall:', '',
        ]);
        expect(result.selection).toEqual({ line: 0, start: 7, end: 7 });
        expect(lines.filter(l => l.startsWith('Sak '))).toEqual([
            'Sak 01/24 Godkjenning av innkalling og dagsorden', 'Sak 02/24 Godkjenning av referat fra forrige møte', 'Sak 03/24 Eventuelt',
        ]);
        expect(result.fileStem).toBe('referat-2024-03-04');
        expect(result.folderUri).toBeUndefined();
        // The only error: no body, so no page can be published from it without a title.
        const errors = (await problems(result.text)).filter(([code]) => code !== 'empty-attendee');
        expect(errors).toEqual([['missing-header-field', 1]]);
    });
});
