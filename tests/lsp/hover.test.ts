import { afterEach, describe, it } from 'vitest';
import { expectHover } from 'langium/test';
import { addFile, createTestServices, EARLIER, MINUTES, offsetOf, reset } from './services.js';

const services = createTestServices();
const hover = expectHover(services.Referat);

/** MINUTES with the cursor marker inserted `delta` characters into the `n`-th `needle`. */
function at(needle: string, delta = 1, n = 1, text = MINUTES): string {
    const offset = offsetOf(text, needle, delta, n);
    return text.slice(0, offset) + '<|>' + text.slice(offset);
}

afterEach(() => reset(services));

describe('hover', () => {
    it('on a person: institution, role, list, duties', async () => {
        await hover({ text: at('Kari Nordmann', 2, 3), index: 0, hover: /^\*\*Kari Nordmann\*\* — Testkommune · leder\n\nTil stede · møteleder$/ });
        await hover({ text: at('Lise Li', 1, 2), index: 0, hover: /\*\*Lise Li\*\* — Bygdøy vel · fast medlem\n\nForfall \(fraværende\)\n\nVara: Per Bakke/ });
        await hover({ text: at('Per Bakke'), index: 0, hover: /vara for Lise Li\n\nTil stede \(Teams\)/ });
    });

    it('on an unknown person, with a likely spelling', async () => {
        const text = MINUTES.replace('Innledning ved Kari Nordmann', 'Innledning ved Kari Nordman');
        await hover({ text: at('Kari Nordman,', 1, 1, text), index: 0, hover: /står ikke i noen deltakerliste.*\n\nMente du \*\*Kari Nordmann\*\*\?/s });
    });

    it('on a responsible group and its members', async () => {
        const text = MINUTES.replace('Orienteringssak: Regnskap.\n', 'Orienteringssak: Regnskap.\nAnsvarlig: Økonomiutvalget\n- Ola Hansen, Testkommune\n');
        await hover({ text: at('Økonomiutvalget', 1, 1, text), index: 0, hover: '**Økonomiutvalget** — ansvarlig gruppe i Sak 18/24 Økonomi\n\nMedlemmer: Ola Hansen' });
        const alone = MINUTES.replace('Orienteringssak: Regnskap.\n', 'Orienteringssak: Regnskap.\nAnsvarlig: Styret\n');
        await hover({ text: at('Styret', 1, 2, alone), index: 0, hover: /^\*\*Styret\*\* — gruppe eller organ/ });
    });

    it('on a case reference: title, type, decision and meeting', async () => {
        await hover({
            text: at('17/24)'), index: 0,
            hover: '**Sak 17/24 Godkjenning av innkalling**\n\nVedtakssak · dette møtet\n\nVedtak: Innkallingen godkjennes.',
        });
    });

    it('on a reference to a case in another file', async () => {
        await addFile(services, EARLIER, 'tidligere.referat');
        const text = MINUTES.replace('(jf. sak 17/24)', '(jf. sak 12/24)');
        await hover({ text: at('12/24', 1, 1, text), index: 0, hover: /^\*\*Sak 12\/24 Vedlikehold av taket\*\*\n\nVedtakssak · møte 01\/2024, 9\. april 2024 \\\(tidligere\.referat\\\)\n\nVedtak: Taket repareres\.$/ });
    });

    it('on an unresolved reference', async () => {
        const text = MINUTES.replace('(jf. sak 17/24)', '(jf. sak 5/24)');
        await hover({ text: at('5/24', 0, 1, text), index: 0, hover: /^Finner ingen sak 5\/24/ });
    });

    it('on a case number', async () => {
        await hover({ text: at('18/24'), index: 0, hover: /^\*\*Sak 18\/24 Økonomi\*\*\n\nOrienteringssak · dette møtet\n\nVedtak: Saken tas til orientering\.$/ });
    });

    it('on a deadline: weekday, days left (today is fixed), who and what', async () => {
        await hover({
            text: at('Frist'), index: 0,
            hover: '**Frist** lørdag 1. juni 2024 — om 12 dager\n\nAnsvarlig: Ola Hansen\n\nHva: regnskapet sendes revisor.\n\nSak 18/24 Økonomi',
        });
        const overdue = MINUTES.replace('Frist 1. juni', 'Frist 15. mai');
        await hover({ text: at('15. mai', 1, 1, overdue), index: 0, hover: /^\*\*Frist\*\* onsdag 15\. mai 2024 — 5 dager over fristen/ });
        const done = MINUTES.replace('revisor.', 'revisor. (utført)');
        await hover({ text: at('Frist', 1, 1, done), index: 0, hover: /^\*\*Frist\*\* lørdag 1\. juni 2024 — utført/ });
    });

    it('on the meeting date', async () => {
        await hover({ text: at('14. mai'), index: 0, hover: '**Møtedato:** tirsdag 14. mai 2024 (6 dager siden)' });
    });

    it('on the next meeting\'s date: labelled as the next meeting, not the meeting date', async () => {
        const text = MINUTES + '\nNeste møte: 11. juni 2024, Rådhuset\n';
        await hover({ text: at('11. juni', 1, 1, text), index: 0, hover: '**Neste møte:** tirsdag 11. juni 2024 (om 22 dager)' });
        await hover({ text: at('14. mai', 1, 1, text), index: 0, hover: '**Møtedato:** tirsdag 14. mai 2024 (6 dager siden)' });
    });

    it('on a deadline without a name: the case\'s responsible, marked as such', async () => {
        const text = MINUTES.replace('Orienteringssak: Regnskap.\n', 'Orienteringssak: Regnskap.\nAnsvarlig: Ola Hansen\n')
            .replace('Frist 1. juni: Ola Hansen – regnskapet sendes revisor.', 'Frist 1. juni: regnskapet sendes revisor.');
        await hover({
            text: at('Frist', 1, 1, text), index: 0,
            hover: '**Frist** lørdag 1. juni 2024 — om 12 dager\n\nAnsvarlig: Ola Hansen (sakens ansvarlige)\n\nHva: regnskapet sendes revisor.\n\nSak 18/24 Økonomi',
        });
    });

    it('shows text from the minutes as written: Markdown in names, titles and deadlines is escaped', async () => {
        const text = MINUTES
            .replace('- Kari Nordmann, Testkommune, leder', '- Kari Nordmann, Test_kommune *AS*, leder')
            .replace('Sak 18/24 Økonomi', 'Sak 18/24 Økonomi [utkast] `v2`')
            .replace('regnskapet sendes revisor.', 'regnskapet <b>sendes</b> revisor #2.');
        await hover({ text: at('Kari Nordmann', 2, 3, text), index: 0, hover: '**Kari Nordmann** — Test\\_kommune \\*AS\\* · leder\n\nTil stede · møteleder' });
        await hover({ text: at('18/24', 1, 1, text), index: 0, hover: '**Sak 18/24 Økonomi \\[utkast\\] \\`v2\\`**\n\nOrienteringssak · dette møtet\n\nVedtak: Saken tas til orientering.' });
        await hover({
            text: at('Frist', 1, 1, text), index: 0,
            hover: '**Frist** lørdag 1. juni 2024 — om 12 dager\n\nAnsvarlig: Ola Hansen\n\nHva: regnskapet \\<b\\>sendes\\</b\\> revisor \\#2.\n\nSak 18/24 Økonomi \\[utkast\\] \\`v2\\`',
        });
    });

    it('nothing on prose', async () => {
        await hover({ text: at('Tallene'), index: 0, hover: undefined });
    });
});
