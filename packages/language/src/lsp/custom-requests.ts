/**
 * Referat's own LSP requests, beyond the protocol. The VS Code extension uses them for the preview,
 * the deadlines view, exports and new minutes; any client may use them.
 *
 * - `referat/preview` { uri, publicEdition? } -> { uri, version, html, css }
 * - `referat/export` { uri, kind: 'html' | 'public' | 'ical' } -> { text, extension, errors }
 * - `referat/deadlines` { today? } -> DeadlineEntry[] of the whole workspace
 * - `referat/bodies` {} -> the bodies with meetings in the workspace
 * - `referat/newMinutesTemplate` { bodyKey?, today? } -> { text, fileStem, folderUri? }
 * - notification `referat/didBuild` after each build, so views of the workspace can refresh.
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { collectDeadlines } from '../generator/deadlines.js';
import { meetingStylesheet, PublicationRefused, renderMeetingBody, renderMeetingHtml } from '../generator/html.js';
import { escapeHtml } from '../generator/html-text.js';
import { deadlinesToIcs } from '../generator/ics.js';
import { bodyDisplayName, bodyShortName, longDate } from '../model/labels.js';
import { allCases } from '../model/queries.js';
import type { Meeting } from '../model/types.js';
import { formatCaseNumber } from '../model/values/case-numbers.js';
import { type CalendarDate, compareDates, formatDate, isValidDate, toIsoDate } from '../model/values/dates.js';
import type { ReferatServices } from '../referat-module.js';

import { type BodyInfo, type NewMinutesResult, ReferatNotifications, ReferatRequests } from './protocol.js';

export * from './protocol.js';

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
            html = renderMeetingBody(meeting, { publicEdition: params.publicEdition, today: todayOf(), resolve: ref => index.resolve(meeting, ref).target });
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
            const name = ['Frister', bodyShortName(meeting.body), meeting.date?.value && formatDate(meeting.date.value)].filter(Boolean).join(' – ');
            const { text, count } = deadlinesToIcs(collectDeadlines([meeting], todayOf()), { name });
            return { text, extension: '.ics', errors, count };
        }
        const publicEdition = params.kind === 'public';
        let text: string;
        try {
            text = renderMeetingHtml(meeting, { publicEdition, today: todayOf(), resolve: ref => index.resolve(meeting, ref).target });
        } catch (e) {
            if (e instanceof PublicationRefused) throw new ResponseError(-32803, e.message);
            throw e;
        }
        return { text, extension: publicEdition ? '.offentlig.html' : '.html', errors };
    }));

    connection.onRequest(ReferatRequests.deadlines, (params) =>
        afterUpdates(() => collectDeadlines(index.all(), todayOf(params?.today))));

    connection.onRequest(ReferatRequests.bodies, () => afterUpdates(() => listBodies(index.all())));

    connection.onRequest(ReferatRequests.newMinutesTemplate, (params) => afterUpdates(() => {
        const meetings = index.all();
        const previous = params?.bodyKey ? lastMeeting(meetings.filter(m => m.body?.key === params.bodyKey)) : undefined;
        return newMinutesTemplate(previous, todayOf(params?.today));
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

/** The latest meeting by date (meetings without a date count as oldest). */
function lastMeeting(meetings: Meeting[]): Meeting | undefined {
    let last: Meeting | undefined;
    for (const m of meetings) {
        const date = m.date?.value, lastDate = last?.date?.value;
        if (!last || (date && (!lastDate || compareDates(date, lastDate) > 0))) last = m;
    }
    return last;
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

/**
 * Minutes for the next meeting of the body of `previous` (or a blank body): header, the attendance
 * lists of the previous meeting as a starting point (to be corrected), and the standard opening cases numbered after the
 * previous meeting's last case in the same year (approval of notice and agenda, approval of the
 * previous minutes), then Eventuelt.
 */
export function newMinutesTemplate(previous: Meeting | undefined, today: CalendarDate): NewMinutesResult {
    const year = today.year;
    const previousDate = previous?.date?.value;
    const sameYear = previousDate?.year === year;
    const cases = previous ? allCases(previous).filter(c => !c.number.problem && c.number.sub.length === 0) : [];
    const lastNumber = sameYear ? cases.reduce((max, c) => Math.max(max, c.number.main), 0) : 0;
    const like = cases.find(c => c.number.year !== undefined)?.number;
    const numberOf = (n: number) => like || !previous ? formatCaseNumber(n, year, like) : String(n);
    const meetingNumber = nextMeetingNumber(previous?.meetingNumber?.text, year, sameYear);
    const body = previous?.body;
    const bodyText = body ? bodyDisplayName(body) : '';

    const lines: string[] = [];
    lines.push(`Organ: ${bodyText}`);
    if (meetingNumber) lines.push(`Møte: ${meetingNumber}`);
    lines.push(`Dato: ${longDate(today)}`);
    // The body usually meets at the same time; an empty `Tid:` would be an error, so it is left out.
    const time = previous?.headerFields.find(f => f.kind === 'time')?.text.trim();
    if (time) lines.push(`Tid: ${time}`);
    lines.push(`Sted: ${previous?.place?.text.trim() ?? ''}`);
    lines.push('Status: utkast');
    lines.push(`Møteleder: ${previous?.chair?.name ?? ''}`);
    lines.push(`Referent: ${previous?.referent?.name ?? ''}`);
    lines.push('');
    // Attendance as at the previous meeting (members, substitutes, secretariat), to be corrected.
    const lists = previous?.attendance.filter(l => l.attendees.length > 0) ?? [];
    if (lists.length === 0) lines.push('Til stede:', '- ', '', 'Forfall:', '');
    for (const list of lists) {
        lines.push(`${list.label}:`);
        for (const a of list.attendees) lines.push(`- ${personLine(a)}`);
        lines.push('');
    }

    let n = lastNumber + 1;
    lines.push(`Sak ${numberOf(n++)} Godkjenning av innkalling og dagsorden`);
    lines.push('Vedtakssak:');
    lines.push('');
    lines.push('Vedtak: Innkalling og dagsorden godkjennes.');
    lines.push('');
    if (previous) {
        const when = previousDate ? ` ${formatDate(previousDate)}` : '';
        const which = previous.meetingNumber ? ` (${previous.meetingNumber.text.trim()})` : '';
        lines.push(`Sak ${numberOf(n++)} Godkjenning av referat fra møte${when}${which}`);
    } else {
        lines.push(`Sak ${numberOf(n++)} Godkjenning av referat fra forrige møte`);
    }
    lines.push('Vedtakssak:');
    lines.push('');
    lines.push('Vedtak: Referatet godkjennes.');
    lines.push('');
    lines.push(`Sak ${numberOf(n++)} Eventuelt`);
    lines.push('');

    const stem = (body?.shortName ?? body?.name ?? 'referat').toLowerCase().normalize('NFC')
        .replace(/[^a-z0-9æøå]+/g, '-').replace(/^-+|-+$/g, '') || 'referat';
    const folderUri = previous ? previous.uri.replace(/\/[^/]*$/, '') : undefined;
    return { text: lines.join('\n'), fileStem: `${stem}-${toIsoDate(today)}`, folderUri };
}

function personLine(a: Meeting['people'][number]): string {
    const line = [a.name, a.institution, a.role].filter(Boolean).join(', ');
    return a.note ? `${line} (${a.note})` : line;
}

/** "03/2024" after "02/2024" in the same year; "01/2025" in a new year; undefined when the body numbers no meetings. */
function nextMeetingNumber(previous: string | undefined, year: number, sameYear: boolean): string | undefined {
    const m = previous ? /^(\d+)\/(\d{2}|\d{4})$/.exec(previous.trim()) : null;
    if (!m) return undefined;
    const number = sameYear ? parseInt(m[1], 10) + 1 : 1;
    const yearText = m[2].length === 2 ? String(year % 100).padStart(2, '0') : String(year);
    return `${String(number).padStart(m[1].length, '0')}/${yearText}`;
}
