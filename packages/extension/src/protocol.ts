/** The language server's own requests (packages/language/src/lsp/custom-requests.ts; types from its build). */
export type {
    BodyInfo, DeadlineEntry, ExportKind, ExportResult, NewMinutesResult, PreviewResult,
} from '../../language/out/lsp/custom-requests.js';

export const Requests = {
    preview: 'referat/preview',
    export: 'referat/export',
    deadlines: 'referat/deadlines',
    bodies: 'referat/bodies',
    newMinutesTemplate: 'referat/newMinutesTemplate',
} as const;
export const Notifications = { didBuild: 'referat/didBuild' } as const;

export const LANGUAGE_ID = 'referat';

export function isReferat(document: { languageId: string } | undefined): boolean {
    return document?.languageId === LANGUAGE_ID;
}
