/**
 * The texts and decisions of the extension's commands (exports, new minutes), as plain functions:
 * commands.ts asks VS Code to show them. No `vscode` import; tests/extension/ checks every text.
 */
import { formatDate, parseDateAt } from '@referat/language/client';
import type { BodyInfo, ExportKind } from '@referat/language/protocol';
export { EXPORT_BUTTON, EXPORT_DRAFT_BUTTON, EXPORT_TITLES, exportProgressTitle, exportStep, type ExportStep } from '@referat/language/client';

export const LANGUAGE_ID = 'referat';

export function isReferat(document: { languageId: string } | undefined): boolean {
    return document?.languageId === LANGUAGE_ID;
}

/** "Referat: <message>" for an error thrown by a command. */
export function commandErrorMessage(error: unknown): string {
    return `Referat: ${error instanceof Error ? error.message : String(error)}`;
}

/** What to do when a command needs a Referat document and none is active. */
export function openReferatFirst(action: 'eksport' | 'forhåndsvisning'): string {
    return `Åpne et Referat-dokument (.referat) først, og velg så ${action}.`;
}

// ---- exports ---------------------------------------------------------------------------------

/** The path offered in the save dialog: the source's path with the export's extension (`møte.referat` → `møte.html`). */
export function exportTargetPath(sourcePath: string, extension: string): string {
    return sourcePath.replace(/\.referat$/i, '') + extension;
}

export function exportFilters(kind: ExportKind): Record<string, string[]> {
    return kind === 'ical' ? { iCalendar: ['ics'] } : { HTML: ['html'] };
}

export const EXPORT_OVER_SOURCE = 'Eksporten kan ikke skrives over selve referatet. Velg et annet filnavn.';

export function exportedMessage(relativePath: string): string {
    return `Eksportert til ${relativePath}`;
}

export const OPEN_EXPORT = 'Åpne';

// ---- new minutes -----------------------------------------------------------------------------

export const NEW_MINUTES_TITLE = 'Nytt møtereferat';
export const NEW_MINUTES_PLACEHOLDER = 'Hvilket organ gjelder møtet?';

export interface BodyChoice {
    label: string;
    description?: string;
    detail?: string;
    /** undefined: "Annet organ", a blank template. */
    body?: BodyInfo;
}

/** The quick pick of "Nytt møtereferat": each body of the workspace (short name first), then "Annet organ". */
export function bodyChoices(bodies: readonly BodyInfo[]): BodyChoice[] {
    return [
        ...bodies.map((body): BodyChoice => ({
            label: body.shortName ?? body.name,
            description: body.shortName ? body.name : undefined,
            detail: lastMeetingText(body),
            body,
        })),
        { label: 'Annet organ', description: 'tomt referat' },
    ];
}

/** "3 møter i arbeidsområdet, siste 14. mai 2024". */
export function lastMeetingText(body: BodyInfo): string {
    const count = `${body.meetings} ${body.meetings === 1 ? 'møte' : 'møter'} i arbeidsområdet`;
    const last = body.lastMeetingDate ? parseDateAt(body.lastMeetingDate)?.date : undefined;
    return last ? `${count}, siste ${formatDate(last)}` : count;
}

/** `stem.ext`, then `stem-2.ext`, `stem-3.ext`, … (the first free one is used: no file is overwritten). */
export function numberedFileName(stem: string, n: number, extension: string): string {
    return `${stem}${n === 1 ? '' : `-${n}`}${extension}`;
}

export function newMinutesMessage(relativePath: string): string {
    return `Nytt møtereferat: ${relativePath}`;
}
