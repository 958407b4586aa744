/** Referat services for LSP tests: in-memory file system and a fixed "today". */
import { EmptyFileSystem, URI } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import type { CalendarDate } from '../../packages/language/src/model/values/dates.js';
import { createReferatServices } from '../../packages/language/src/referat-module.js';

export const TODAY: CalendarDate = { year: 2024, month: 5, day: 20 };

export function createTestServices(today: CalendarDate = TODAY) {
    return createReferatServices(EmptyFileSystem, { referat: { Clock: () => ({ today: () => today }) } });
}

export type TestServices = ReturnType<typeof createTestServices>;

let counter = 0;

/** Parses and validates `text` as a workspace file (kept until `reset`). */
export async function addFile(services: TestServices, text: string, name = `fil-${++counter}.referat`) {
    const parse = parseHelper(services.Referat);
    return parse(text, { documentUri: URI.file(`/arbeidsområde/${name}`).toString(), validation: true });
}

export async function reset(services: TestServices): Promise<void> {
    await clearDocuments(services.shared);
}

/** Offset of the `n`-th occurrence of `needle` (plus `delta`). */
export function offsetOf(text: string, needle: string, delta = 0, n = 1): number {
    let at = -1;
    for (let i = 0; i < n; i++) {
        at = text.indexOf(needle, at + 1);
        if (at < 0) throw new Error(`«${needle}» (${n}) finnes ikke i teksten`);
    }
    return at + delta;
}

/** Small minutes that use the features the editor services work on. */
export const MINUTES = `Organ: Styret i Testlaget (TL)
Møte: 02/2024
Dato: 14. mai 2024
Møteleder: Kari Nordmann
Referent: Ola Hansen

Til stede:
- Kari Nordmann, Testkommune, leder
- Ola Hansen, Testkommune, sekretær
- Per Bakke, Bygdøy vel, vara for Lise Li (Teams)

Forfall:
- Lise Li, Bygdøy vel, fast medlem

Sak 17/24 Godkjenning av innkalling
Vedtakssak:
Innledning ved Kari Nordmann, leder.

Vedtak: Innkallingen godkjennes.
Votering: enstemmig

Sak 18/24 Økonomi
Orienteringssak: Regnskap.

Tallene ble lagt fram (jf. sak 17/24).

Vedtak: Saken tas til orientering.
Frist 1. juni: Ola Hansen – regnskapet sendes revisor.
`;

/** An earlier meeting of the same body. */
export const EARLIER = `Organ: Styret i Testlaget (TL)
Møte: 01/2024
Dato: 9. april 2024

Til stede:
- Kari Nordmann, Testkommune, leder

Sak 12/24 Vedlikehold av taket
Vedtakssak:

Vedtak: Taket repareres.
Neste møte: 14. mai 2024
`;
