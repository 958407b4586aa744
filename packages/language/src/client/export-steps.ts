/**
 * What a client does after the server has rendered an export (`referat/export`): stop, ask first, or
 * save — and the words it shows. One home for the VS Code extension and the editor page.
 */
import type { ExportKind, ExportResult } from '../lsp/protocol.js';

export const EXPORT_TITLES: Readonly<Record<ExportKind, string>> = {
    html: 'Eksporter referatet som HTML',
    public: 'Eksporter offentlig utgave (HTML)',
    ical: 'Eksporter frister og neste møte som iCalendar',
};

/** The progress notification while the server renders the export. */
export function exportProgressTitle(kind: ExportKind): string {
    return `${EXPORT_TITLES[kind]} …`;
}

export const EXPORT_BUTTON = 'Eksporter';
export const EXPORT_DRAFT_BUTTON = 'Eksporter utkastet';

export type ExportStep =
    /** Nothing to write: tell the author why. */
    | { step: 'stop'; message: string }
    /** The minutes have errors: ask (modal) before going on; only `confirm` goes on. */
    | { step: 'confirm'; message: string; confirm: string }
    /** Ask where to save. */
    | { step: 'save' };

/** The first step after the server has rendered an export. */
export function exportStep(kind: ExportKind, result: ExportResult): ExportStep {
    if (kind === 'ical' && result.count === 0) {
        return { step: 'stop', message: 'Referatet har ingen daterte frister å eksportere. En frist skrives «Frist 11.04.2024: Navn – hva».' };
    }
    // A draft is not yet approved: publishing one is a decision (the CLI asks for --utkast).
    const draft = kind === 'public' && result.draft;
    if (result.errors > 0) {
        const also = draft ? ' Referatet er også et utkast (Status: utkast), ikke godkjent.' : '';
        return { step: 'confirm', message: `Referatet har ${result.errors} feil (se Problemer).${also} Eksportere likevel?`, confirm: EXPORT_BUTTON };
    }
    if (draft) {
        return {
            step: 'confirm',
            message: 'Referatet er et utkast (Status: utkast) og ikke godkjent. Den offentlige utgaven merkes «Utkast» på hver side. Eksportere likevel?',
            confirm: EXPORT_DRAFT_BUTTON,
        };
    }
    return { step: 'save' };
}
