/**
 * The language server's own requests used by the VS Code extension (custom-requests.ts), called the
 * way the extension calls them, on a workspace holding the examples: preview, exports, deadlines,
 * bodies and the template for new minutes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { parseHelper } from 'langium/test';
import type { Connection, RequestType } from 'vscode-languageserver';
import { beforeAll, describe, expect, it } from 'vitest';
import {
    registerCustomRequests, ReferatNotifications, ReferatRequests, newMinutesTemplate,
} from '../../packages/language/src/lsp/custom-requests.js';
import { createReferatServices } from '../../packages/language/src/referat-module.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TODAY = { year: 2024, month: 5, day: 20 };
const uriOf = (name: string) => URI.file(`/arbeidsområde/${name}`).toString();

type Handler = (params: unknown) => Promise<unknown>;
type Method = string | { method: string };
const methodOf = (type: Method) => (typeof type === 'string' ? type : type.method);
const handlers = new Map<string, Handler>();
const sent: string[] = [];
const connection = {
    onRequest: (type: Method, handler: Handler) => { handlers.set(methodOf(type), handler); },
    sendNotification: (type: Method) => { sent.push(methodOf(type)); return Promise.resolve(); },
} as unknown as Connection;
const { shared, Referat } = createReferatServices(EmptyFileSystem, { referat: { Clock: () => ({ today: () => TODAY }) } });
registerCustomRequests(connection, shared, Referat);

/** Calls a handler through the protocol's typed declaration, as the extension does: params and result are typed. */
function request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R> {
    const handler = handlers.get(type.method);
    if (!handler) throw new Error(`ingen handler for ${type.method}`);
    return handler(params) as Promise<R>;
}

const FAULTY = `Organ: Testrådet (TR)
Dato: 10.01.2024

Sak 1/24 Budsjett
Vedtakssak:

Sak 1/24 Eventuelt
`;

beforeAll(async () => {
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    const parse = parseHelper(Referat);
    for (const file of fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.referat'))) {
        await parse(fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8'), { documentUri: uriOf(file), validation: true });
    }
    await parse(FAULTY, { documentUri: uriOf('feil.referat'), validation: true });
});

describe('the protocol (@referat/language/protocol)', () => {
    it('declares every request the server answers, each under referat/', () => {
        expect([...handlers.keys()].sort()).toEqual(Object.values(ReferatRequests).map((r) => r.method).sort());
        expect(Object.values(ReferatRequests).map((r) => r.method).sort()).toEqual([
            'referat/bodies', 'referat/deadlines', 'referat/export', 'referat/newMinutesTemplate', 'referat/preview',
        ]);
        expect(ReferatNotifications.didBuild.method).toBe('referat/didBuild');
    });
});

describe('referat/preview', () => {
    it('renders the <main> fragment with source lines, the stylesheet and the document version', async () => {
        const result = await request(ReferatRequests.preview, { uri: uriOf('alt-i-ett.referat') });
        expect(result.uri).toBe(uriOf('alt-i-ett.referat'));
        expect(typeof result.version).toBe('number');
        expect(result.html).toMatch(/^<main/);
        expect(result.html).toContain('Utleiepriser for 2025');
        const line = fs.readFileSync(path.join(ROOT, 'examples/alt-i-ett.referat'), 'utf8').split('\n').findIndex((l) => l.startsWith('Sak 20/24'));
        expect(result.html).toMatch(new RegExp(`data-line="${line}"[^>]*>[^]*?Utleiepriser for 2025`));
        expect(result.css).toContain('.vedtak');
    });

    it('never passes markup from the minutes through as script', async () => {
        const hostile = 'Organ: Testrådet (TR)\nDato: 10.01.2024\n\nSak 1/24 <script>alert(1)</script>\nOrienteringssak:\n<img src=x onerror="alert(2)"> og [lenke](javascript:alert(3)) og javascript:alert(4)\n';
        await parseHelper(Referat)(hostile, { documentUri: uriOf('fiendtlig.referat'), validation: true });
        const { html } = await request(ReferatRequests.preview, { uri: uriOf('fiendtlig.referat') });
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
        expect(tags.filter((t) => /^<(script|img|iframe|object)|\son\w+=|javascript:/i.test(t))).toEqual([]);
    });

    it('answers with a clear error for a document the server does not know', async () => {
        await expect(request(ReferatRequests.preview, { uri: uriOf('finnes-ikke.referat') })).rejects.toThrow(/ikke åpnet i språktjeneren/);
    });
});

describe('referat/export', () => {
    it('exports a whole HTML page, the public edition and iCalendar, and counts errors', async () => {
        const html = await request(ReferatRequests.export, { uri: uriOf('alt-i-ett.referat'), kind: 'html' });
        expect(html.text).toMatch(/^<!doctype html>/i);
        expect(html.extension).toBe('.html');
        expect(html.errors).toBe(0);
        const pub = await request(ReferatRequests.export, { uri: uriOf('alt-i-ett.referat'), kind: 'public' });
        expect(pub.extension).toBe('.offentlig.html');
        expect(pub.text).not.toBe(html.text);
        expect(pub.errors).toBe(0);
        // The exempt case (Sak 21/24): in the public edition only its number, title and legal basis;
        // what was said, decided and who was conflicted stays out. The internal edition has it all.
        const exempt = ['fire søkere ble intervjuet', 'Styret tilsetter søker nr. 1', 'svigersønn', 'skriftlig tilbud sendes søkeren'];
        expect(exempt.filter((t) => html.text.includes(t))).toEqual(exempt);
        expect(exempt.filter((t) => pub.text.includes(t))).toEqual([]);
        const sections = pub.text.match(/<section class="sak unntatt"[^>]*>[\s\S]*?<\/section>/g) ?? [];
        expect(sections).toHaveLength(1);
        expect(sections[0].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim())
            .toBe('Sak 21/24 Tilsetting av driftsleder Unntatt offentlighet: offl. § 13 jf. fvl. § 13 første ledd nr. 1');
        expect(pub.text).toContain('Offentlig utgave. Saker som er unntatt offentlighet, vises bare med nummer, tittel og hjemmel.');
        // The other cases are all there.
        expect(pub.text).toContain('Høringsnotat om endringer i kulturlova');
        const ics = await request(ReferatRequests.export, { uri: uriOf('alt-i-ett.referat'), kind: 'ical' });
        expect(ics.text).toContain('BEGIN:VCALENDAR');
        expect(ics.count).toBeGreaterThan(0);
        const faulty = await request(ReferatRequests.export, { uri: uriOf('feil.referat'), kind: 'html' });
        expect(faulty.errors).toBe(2);
        expect([html.draft, pub.draft, ics.draft, faulty.draft]).toEqual([false, false, false, false]);
    });

    it('says when the minutes are a draft, so the client asks before publishing them', async () => {
        await parseHelper(Referat)('Organ: Testrådet (TR)\nDato: 10.01.2024\nStatus: utkast\n\nSak 1/24 Orientering\nOrienteringssak:\nTatt til orientering.\n',
            { documentUri: uriOf('utkast.referat'), validation: true });
        const pub = await request(ReferatRequests.export, { uri: uriOf('utkast.referat'), kind: 'public' });
        expect(pub.draft).toBe(true);
        expect(pub.text).toContain('<strong>Utkast</strong> – referatet er ikke godkjent.');
    });
});

describe('referat/deadlines', () => {
    it('lists the deadlines of every meeting of the workspace with status relative to today', async () => {
        const entries = await request(ReferatRequests.deadlines, { today: '2024-08-10' });
        const anbud = entries.find((e) => e.what.includes('tre anbud'));
        expect(anbud).toMatchObject({ status: 'soon', daysLeft: 5, responsible: 'Bjørn Kvåle', caseNumber: '19.2', meetingUri: uriOf('alt-i-ett.referat') });
        expect(new Set(entries.map((e) => e.meetingUri))).toEqual(new Set([uriOf('alt-i-ett.referat'), uriOf('ho21-2016-02-29.referat')]));
        const later = await request(ReferatRequests.deadlines, { today: '2025-01-01' });
        expect(later.find((e) => e.what.includes('tre anbud'))?.status).toBe('overdue');
    });
});

describe('referat/bodies and referat/newMinutesTemplate', () => {
    it('lists the bodies of the workspace, most recent meeting first', async () => {
        const bodies = await request(ReferatRequests.bodies, {});
        expect(bodies.map((b) => b.shortName)).toEqual(['BKH', 'TR', 'NSG', 'HO21-rådet']);
        expect(bodies[0]).toMatchObject({ lastMeetingDate: '2024-05-14', meetings: 1, lastMeetingUri: uriOf('alt-i-ett.referat') });
    });

    it('numbers the opening cases after the last meeting of the body in the same year', async () => {
        const bodies = await request(ReferatRequests.bodies, {});
        const bkh = bodies.find((b) => b.shortName === 'BKH')!;
        const result = await request(ReferatRequests.newMinutesTemplate, { bodyKey: bkh.key, today: '2024-06-11' });
        const lines = result.text.split('\n');
        expect(lines[0]).toBe('Organ: Styret i Bygdøy kulturhus (BKH)');
        expect(lines).toContain('Møte: 04/2024');
        expect(lines).toContain('Dato: tirsdag 11. juni 2024');
        expect(lines.filter((l) => l.startsWith('Sak '))).toEqual([
            'Sak 30/24 Godkjenning av innkalling og dagsorden',
            'Sak 31/24 Godkjenning av referat fra møte 14. mai 2024 (03/2024)',
            'Sak 32/24 Eventuelt',
        ]);
        expect(result.fileStem).toBe('bkh-2024-06-11');
        // The members of the previous meeting, present or absent, carried over as present (not the
        // substitute who met for one of them): the template has no warnings. The cursor starts on the date.
        expect(lines).toContain('- Eirik Sæther, Bygdøy vel, fast medlem');
        expect(lines.some((l) => l.includes('Håkon Bræin'))).toBe(false);
        expect(lines.slice(lines.length - 3)).toEqual(['', 'Neste møte: ', '']);
        expect(result.selection).toEqual({ line: 3, start: 6, end: 27 });
        const parse = parseHelper(Referat);
        const document = await parse(result.text, { documentUri: uriOf('bkh-ny.referat'), validation: true });
        expect((document.diagnostics ?? []).map((d) => d.message)).toEqual([]);
        expect(result.folderUri).toBe(URI.file('/arbeidsområde').toString());
    });

    it('starts at 1 in a new year, and the template is valid minutes', async () => {
        const bodies = await request(ReferatRequests.bodies, {});
        const ho21 = bodies.find((b) => b.shortName === 'HO21-rådet')!;
        const result = await request(ReferatRequests.newMinutesTemplate, { bodyKey: ho21.key, today: '2017-01-16' });
        const lines = result.text.split('\n');
        expect(lines).toContain('Møte: 01/2017');
        expect(lines.filter((l) => l.startsWith('Sak ')).map((l) => l.split(' ')[1])).toEqual(['01/17', '02/17', '03/17']);

        const parse = parseHelper(Referat);
        const document = await parse(result.text, { documentUri: uriOf('ny.referat'), validation: true });
        const errors = (document.diagnostics ?? []).filter((d) => d.severity === 1);
        expect(errors.map((d) => d.message)).toEqual([]);
    });

    it('without a body: a blank template numbered from 1', () => {
        const result = newMinutesTemplate(undefined, { year: 2024, month: 3, day: 4 });
        expect(result.text).toContain('Organ: \n');
        expect(result.text.split('\n').filter((l) => l.startsWith('Sak '))).toEqual([
            'Sak 01/24 Godkjenning av innkalling og dagsorden', 'Sak 02/24 Godkjenning av referat fra forrige møte', 'Sak 03/24 Eventuelt',
        ]);
        expect(result.fileStem).toBe('referat-2024-03-04');
    });
});

describe('referat/didBuild', () => {
    it('is sent after each build, so views of the workspace refresh', async () => {
        sent.length = 0;
        await parseHelper(Referat)('Organ: X\nDato: 1.1.2024\n', { documentUri: uriOf('x.referat'), validation: true });
        expect(sent.length).toBeGreaterThan(0);
        expect(new Set(sent)).toEqual(new Set(['referat/didBuild']));
    });
});
