/**
 * Fail closed: a line that nearly is `Unntatt offentlighet:` could publish a confidential case. For
 * every such spelling, with a canary in every field of the case, no public output — page, JSON,
 * deadlines page, iCalendar — contains a canary: the exemption is read (and the case redacted) or the
 * output is refused. The internal edition shows every canary, so the test can fail.
 */
import { describe, expect, it } from 'vitest';
import { collectDeadlines } from '../../packages/language/src/generator/deadlines.js';
import { PublicationRefused, renderMeetingHtml } from '../../packages/language/src/generator/html.js';
import { deadlinesToIcs } from '../../packages/language/src/generator/ics.js';
import { meetingToJson } from '../../packages/language/src/generator/json.js';
import { renderDeadlinesHtml } from '../../packages/language/src/generator/pages.js';
import { KEYWORDS } from '../../packages/language/src/vocabulary/keywords.js';
import { model } from './support.js';

const NBSP = '\u00a0', ZWSP = '\u200b';

/** The 24 spellings tried in the report of issue 9, and those the vocabulary adds. */
const EXEMPTION_LINES = [
    'Unntatt offentlighet: offl. § 13',
    'Unntatt offentlighet offl. § 13',
    `Unntatt${NBSP}offentlighet: offl. § 13`,
    'Untatt offentlighet: offl. § 13',
    '- Unntatt offentlighet: offl. § 13',
    `Unntatt off${ZWSP}entlighet: offl. § 13`,
    'Unnateke frå offentlegheit: offl. § 13',
    'Unntatt fra offentlighet: offl. § 13',
    'UNNTATT OFFENTLIGHET: offl. § 13',
    'unntatt offentlighet: offl. § 13',
    'Unntatt  offentlighet : offl. § 13',
    '\tUnntatt offentlighet: offl. § 13',
    `${ZWSP}Unntatt offentlighet: offl. § 13`,
    `Unntatt offentlighet:${NBSP}offl. § 13`,
    'Unntatt offentlighet; offl. § 13',
    'Unntat offentlighet: offl. § 13',
    'Unntatt offentlighett: offl. § 13',
    'Unntatt offenlighet: offl. § 13',
    'Unnatt offentlighet: offl. § 13',
    '* Unntatt offentlighet: offl. § 13',
    '• Unntatt offentlighet: offl. § 13',
    'Unntatt offentlighet, jf. offl. § 13',
    'Unntatt offentlighet – offl. § 13',
    'Unnateke offentlegheit: offl. § 13',
    ...KEYWORDS.find(k => k.kind === 'exemption')!.spellings.map(s => `${s.text} offl. § 13`),
];

const CANARIES = Array.from({ length: 9 }, (_, i) => `Kanari${String(i + 1).padStart(2, '0')}`);

function document(exemptionLine: string): string {
    return `Organ: Styret i Kanarifuglen AS (KAS)
Dato: 4. mars 2024

Til stede:
- Kari Nordmann, Kanarifuglen AS, leder
- Ola Hansen, Kanarifuglen AS, medlem

Sak 1/24 Personalsak
Vedtakssak: Kanari01 typetekst.
${exemptionLine}
Innledning ved Ola Hansen, Kanari02 beskrivelse.
Ansvarlig: Kanari03 gruppen

Kanari04 prosa.
- Kanari05 punkt

Vedtak: Kanari06 vedtak.
Votering: 2 for, 0 mot Kanari07
Frist 1.4.2024: Kari Nordmann – Kanari08 oppgave.
Dissens: Ola Hansen – Kanari09 begrunnelse.
`;
}

/** Every public output of the meeting, or «refused» where it is refused. */
async function publicOutputs(text: string): Promise<Record<string, string>> {
    const m = await model(text);
    const today = { year: 2024, month: 3, day: 5 };
    const attempt = (make: () => string) => {
        try { return make(); } catch (e) {
            if (e instanceof PublicationRefused) return 'refused';
            throw e;
        }
    };
    return {
        page: attempt(() => renderMeetingHtml(m, { publicEdition: true })),
        json: attempt(() => JSON.stringify(meetingToJson(m, { publicEdition: true }))),
        deadlines: attempt(() => renderDeadlinesHtml(collectDeadlines([m], today, { publicEdition: true }), { today, publicEdition: true })),
        ics: attempt(() => deadlinesToIcs(collectDeadlines([m], today, { publicEdition: true })).text),
    };
}

describe('fail closed: no public output publishes a case whose exemption line is nearly right', () => {
    it('the internal edition shows every canary (so the test can fail)', async () => {
        const m = await model(document('Unntatt offentlighet: offl. § 13'));
        const page = renderMeetingHtml(m);
        for (const canary of CANARIES) expect(page, canary).toContain(canary);
    });

    it.each(EXEMPTION_LINES)('%j', async line => {
        const outputs = await publicOutputs(document(line));
        for (const [output, text] of Object.entries(outputs)) {
            for (const canary of CANARIES) expect(text, `${output}: ${canary}`).not.toContain(canary);
        }
        // The exemption is read, or every output is refused; never a mix.
        const refused = Object.values(outputs).filter(o => o === 'refused').length;
        expect([0, 4]).toContain(refused);
    });

    it('names the line in the refusal', async () => {
        const m = await model(document('Untatt offentlighet: offl. § 13'));
        expect(() => renderMeetingHtml(m, { publicEdition: true })).toThrow('Den offentlige utgaven kan ikke lages: linje 10 ser ut som «Unntatt offentlighet:»');
    });
});
