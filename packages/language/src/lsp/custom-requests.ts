/**
 * Referat's own LSP requests, beyond the protocol. The VS Code extension uses them for the preview,
 * the deadlines view, exports and new minutes; any client may use them.
 *
 * - `referat/preview` { uri, publicEdition? } -> { uri, version, html, css }
 * - `referat/export` { uri, kind: 'html' | 'public' | 'ical' } -> { text, extension, errors, count?, draft }
 * - `referat/deadlines` { today? } -> DeadlineEntry[] of the whole workspace
 * - `referat/bodies` {} -> the bodies with meetings in the workspace
 * - `referat/newMinutesTemplate` { bodyKey?, today? } -> { text, fileStem, folderUri?, selection } (new-minutes.ts)
 * - notification `referat/didBuild` after each build, so views of the workspace can refresh.
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { collectDeadlines } from '../generator/deadlines.js';
import { meetingStylesheet, PublicationRefused, renderMeetingBody, renderMeetingHtml } from '../generator/html.js';
import { escapeHtml } from '../generator/html-text.js';
import { deadlinesToIcs } from '../generator/ics.js';
import { bodyShortName } from '../model/labels.js';
import { isDraft } from '../model/queries.js';
import type { Meeting } from '../model/types.js';
import { type CalendarDate, formatDate, isValidDate, toIsoDate } from '../model/values/dates.js';
import type { ReferatServices } from '../referat-module.js';
import { lastMeeting, newMinutesTemplate } from './new-minutes.js';
import { type BodyInfo, ReferatNotifications, ReferatRequests } from './protocol.js';

import { labelsFor } from '../generator/labels.js';
export * from './protocol.js';
export { newMinutesTemplate } from './new-minutes.js';

export function registerCustomRequests(connection: Connection, shared: LangiumSharedServices, referat: ReferatServices): void {
    const index = referat.referat.MeetingIndex;
    const lock = shared.workspace.WorkspaceLock;
    const documents = shared.workspace.LangiumDocuments;

    /**
     * Runs once the pending document updates (writes, each a full build) are done, so the answer
     * reflects the text the client has sent. Never awaits a build inside the read: writes wait for reads.
     */
    const afterUpdates = async <T>(action: () => T | Promise<T>): Promise<T> => {
        await shared.workspace.WorkspaceManager.ready;
        return lock.read(action);
    };
    const documentOf = (uri: string): LangiumDocument => {
        const document = documents.getDocument(URI.parse(uri));
        if (!document) throw new ResponseError(-32602, `Dokumentet er ikke åpnet i språktjeneren: ${uri}`);
        return document;
    };
    const todayOf = (iso?: string): CalendarDate => parseIsoDate(iso) ?? referat.referat.Clock.today();

    connection.onRequest(ReferatRequests.preview, (params) => afterUpdates(() => {
        const document = documentOf(params.uri);
        const meeting = index.get(document);
        let html: string;
        try {
            html = renderMeetingBody(meeting, { publicEdition: params.publicEdition, resolve: ref => index.resolve(meeting, ref).target });
        } catch (e) {
            if (!(e instanceof PublicationRefused)) throw e;
            // The public preview is refused like every public output: say why instead of showing the case.
            html = `<main class="referat" data-utgave="offentlig"><p class="avvist" role="alert">${escapeHtml(e.message)}</p></main>`;
        }
        return { uri: params.uri, version: document.textDocument.version, html, css: meetingStylesheet() };
    }));

    connection.onRequest(ReferatRequests.export, (params) => afterUpdates(() => {
        const document = documentOf(params.uri);
        const meeting = index.get(document);
        const errors = (document.diagnostics ?? []).filter(d => d.severity === 1).length;
        if (params.kind === 'ical') {
            const name = [labelsFor(meeting.language).deadlines, bodyShortName(meeting.body), meeting.date?.value && formatDate(meeting.date.value, meeting.language)].filter(Boolean).join(' – ');
            const { text, count } = deadlinesToIcs(collectDeadlines([meeting], todayOf()), { name });
            return { text, extension: '.ics', errors, count, draft: isDraft(meeting) };
        }
        const publicEdition = params.kind === 'public';
        let text: string;
        try {
            text = renderMeetingHtml(meeting, { publicEdition, resolve: ref => index.resolve(meeting, ref).target });
        } catch (e) {
            if (e instanceof PublicationRefused) throw new ResponseError(-32803, e.message);
            throw e;
        }
        return { text, extension: publicEdition ? '.offentlig.html' : '.html', errors, draft: isDraft(meeting) };
    }));

    connection.onRequest(ReferatRequests.deadlines, (params) =>
        afterUpdates(() => collectDeadlines(index.all(), todayOf(params?.today))));

    connection.onRequest(ReferatRequests.bodies, () => afterUpdates(() => listBodies(index.all())));

    connection.onRequest(ReferatRequests.newMinutesTemplate, (params) => afterUpdates(() => {
        const meetings = index.all();
        const bodyMeetings = params?.bodyKey ? meetings.filter(m => m.body?.key === params.bodyKey) : [];
        return newMinutesTemplate(lastMeeting(bodyMeetings), todayOf(params?.today), bodyMeetings);
    }));

    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        void connection.sendNotification(ReferatNotifications.didBuild);
    });
}

/** `today` of a request: a real date as YYYY-MM-DD, or absent; anything else is an InvalidParams error. */
function parseIsoDate(iso?: string): CalendarDate | undefined {
    if (iso === undefined || iso === null) return undefined;
    const m = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
    const date = m ? { year: +m[1], month: +m[2], day: +m[3] } : undefined;
    if (!date || !isValidDate(date)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `«today» må være en dato som finnes, skrevet ÅÅÅÅ-MM-DD (for eksempel 2024-05-14), ikke ${JSON.stringify(iso)}.`);
    }
    return date;
}

/** The bodies of the workspace, most recently met first. */
export function listBodies(meetings: Meeting[]): BodyInfo[] {
    const byKey = new Map<string, Meeting[]>();
    for (const m of meetings) if (m.body) byKey.set(m.body.key, [...(byKey.get(m.body.key) ?? []), m]);
    return [...byKey.values()].map((group) => {
        const last = lastMeeting(group)!;
        return {
            key: last.body!.key, name: last.body!.name, shortName: last.body!.shortName,
            lastMeetingDate: last.date?.value && toIsoDate(last.date.value), lastMeetingUri: last.uri, meetings: group.length,
        };
    }).sort((a, b) => (b.lastMeetingDate ?? '').localeCompare(a.lastMeetingDate ?? ''));
}
