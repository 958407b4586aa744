/**
 * The public edition (--offentlig): a case exempt from public access shows its number, title and
 * legal basis, and nothing else. Every field of the exempt case (and of its sub-case) holds its own
 * canary; the internal edition must show each canary (so the test can fail), the public edition —
 * page, deadlines page, iCalendar and JSON — none.
 */
import { describe, expect, it } from 'vitest';
import { renderMeetingHtml } from '../../packages/language/src/generator/html.js';
import { collectDeadlines } from '../../packages/language/src/generator/deadlines.js';
import { deadlinesToIcs } from '../../packages/language/src/generator/ics.js';
import { meetingToJson } from '../../packages/language/src/generator/json.js';
import { renderBodyIndexHtml, renderDeadlinesHtml } from '../../packages/language/src/generator/pages.js';
import { attr, byClass, model, one, parseHtml, text } from './support.js';

const DOCUMENT = `Organ: Styret i Kanarifuglen AS (KAS)
Møte: 02/2024
Dato: 4. mars 2024

Til stede:
- Kari Nordmann, Kanarifuglen AS, leder
- Ola Hansen, Kanarifuglen AS, medlem
- Kanari Fugl, Kanarifuglen AS, medlem

Sak 1/24 Åpen sak
Vedtakssak:

Vedtak: Åpen sak vedtas.
Frist 1.5.2024: Kari Nordmann – åpen oppgave.

Sak 2/24 Personalsak
Vedtakssak: Kanari01 typetekst.
Unntatt offentlighet: offl. § 13 jf. fvl. § 13 første ledd nr. 1
Innledning ved Ola Hansen, Kanari02 beskrivelse.
Ansvarlig: Kanari03 gruppen
- Kari Nordmann, Kanari04 institusjon (Kanari05 rolle)
Vedlegg: Kanari06 vedlegg
- Kanari07 vedlegg
Saksdokument: Kanari08 saksdokument
Bakgrunnsdokumenter: Kanari09 bakgrunn
Inhabil: Kanari Fugl (Kanari10 grunn)

Kanari11 prosa med lenke https://kanari12.example/ og e-post kanari13@example.no (jf. sak 1/24 Kanari14).
- Kanari15 punkt
  - Kanari16 underpunkt
1. Kanari17 nummerert

Vedtak: Kanari18 vedtak.
- Kanari19 vedtakspunkt
Votering: 2 for, 1 mot Kanari20
Dissens: Ola Hansen – Kanari21 begrunnelse.
Frist 1.4.2024: Kari Nordmann – Kanari22 oppgave.
Frist for Kanari23 notat: 2. april (ansvarlig: Ola Hansen). Kanari24 hale.

Sak 2.1 Underpunkt i personalsaken
Orienteringssak: Kanari25 undersakstype.

Kanari26 undersak prosa.

Vedtak: Kanari27 undersaksvedtak.
Frist 3.4.2024: Ola Hansen – Kanari28 undersaksfrist.

Sak 3/24 Eventuelt

Ingenting.

Neste møte: 6. mai 2024
`;
const CANARIES = Array.from({ length: 28 }, (_, i) => `kanari${String(i + 1).padStart(2, '0')}`);
const TODAY = { year: 2024, month: 3, day: 10 };

const found = (output: string) => CANARIES.filter(c => output.toLowerCase().includes(c));

describe('public edition', async () => {
    const meeting = await model(DOCUMENT);
    const internal = renderMeetingHtml(meeting);
    const published = renderMeetingHtml(meeting, { publicEdition: true });

    it('the internal edition shows every canary (the test can fail)', () => {
        expect(found(internal)).toEqual(CANARIES);
        expect(found(JSON.stringify(meetingToJson(meeting)))).toEqual(CANARIES);
    });

    it('shows number, title and legal basis of the exempt case, and nothing else of it', () => {
        expect(found(published)).toEqual([]);
        const html = parseHtml(published);
        const section = one(html, e => attr(e, 'id') === 'sak-2-2024');
        expect(text(section)).toBe('Sak 2/24 Personalsak Unntatt offentlighet: offl. § 13 jf. fvl. § 13 første ledd nr. 1 '
            + 'Sak 2.1 Underpunkt i personalsaken Unntatt offentlighet: offl. § 13 jf. fvl. § 13 første ledd nr. 1');
        expect(section.attrs.map(a => a.name).sort()).toEqual(['aria-labelledby', 'class', 'data-line', 'id']);
        // The open cases around it are published in full.
        expect(text(one(html, e => attr(e, 'id') === 'sak-1-2024'))).toContain('Åpen sak vedtas.');
        expect(byClass(html, 'utgave')).toHaveLength(1);
    });

    it('leaves the exempt case out of the deadlines page and the calendar', () => {
        const entries = collectDeadlines([meeting], TODAY, { publicEdition: true });
        expect(entries.map(e => e.what)).toEqual(['åpen oppgave.']);
        const page = renderDeadlinesHtml(entries, { today: TODAY, publicEdition: true });
        expect(found(page)).toEqual([]);
        expect(found(deadlinesToIcs(entries).text)).toEqual([]);
        // Internally they are all there.
        expect(collectDeadlines([meeting], TODAY).map(e => e.caseNumber)).toEqual(['2/24', '2/24', '2.1', '1/24']);
    });

    it('keeps the exempt case out of the body index and the JSON', () => {
        expect(found(renderBodyIndexHtml('KAS', [{ meeting, href: 'm.html' }]))).toEqual([]);
        const json = meetingToJson(meeting, { publicEdition: true }) as { cases: Array<Record<string, unknown>> };
        expect(found(JSON.stringify(json))).toEqual([]);
        const exempt = json.cases[1];
        expect(exempt).toMatchObject({ number: '2/24', title: 'Personalsak', redacted: true, exemption: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' }, content: [], deadlines: [] });
    });
});
