/**
 * Pages in the document's language, read with the HTML parser as a person reads them: `lang`, the
 * headings, table headers, labels, votes and dates of an English and a nynorsk meeting page; the
 * index pages, the deadlines page and the iCalendar text of English minutes. Bokmål pages keep
 * theirs (tests/publishing/html.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMeetingHtml } from '../../packages/language/src/generator/html.js';
import { collectDeadlines } from '../../packages/language/src/generator/deadlines.js';
import { deadlinesToIcs } from '../../packages/language/src/generator/ics.js';
import { renderBodyIndexHtml, renderDeadlinesHtml, renderSiteIndexHtml } from '../../packages/language/src/generator/pages.js';
import { all, attr, byClass, byTag, model, NYNORSK, one, parseHtml, root, text } from './support.js';

const read = (name: string) => fs.readFileSync(path.join(root, 'examples', name), 'utf8');


const strong = (html: ReturnType<typeof parseHtml>) => all(html, e => e.tagName === 'strong').map(text);
const headings = (html: ReturnType<typeof parseHtml>, tag: string) => byTag(html, tag).map(text);
const columns = (table: ReturnType<typeof parseHtml>) => byTag(byTag(table, 'thead')[0], 'th').map(text);

describe('the English example page', async () => {
    const meeting = await model(read('lanternfish-board-2025-03-11.referat'));
    const html = parseHtml(renderMeetingHtml(meeting));

    it('is lang="en", titled in English', () => {
        expect(attr(html, 'lang')).toBe('en');
        expect(text(one(html, e => e.tagName === 'title'))).toBe('LSF – meeting 2025-03, 11 March 2025');
        expect(text(one(html, e => e.tagName === 'h1'))).toBe('Minutes Board of Directors of the Lanternfish Software Foundation (LSF)');
    });

    it('has English headings and header labels, dates as "Tuesday, 11 March 2025"', () => {
        expect(headings(html, 'h2')).toEqual(['Attendance', 'Agenda', 'Items for decision', 'Items for information', 'Next meeting', 'Signatures']);
        const info = one(html, e => attr(e, 'class') === 'moteinfo');
        expect(byTag(info, 'dt').map(text)).toEqual(['Language', 'Document', 'Meeting', 'Date', 'Time', 'Place', 'Status', 'Chair', 'Minutes', 'Quorum', 'Attendance']);
        expect(byTag(info, 'dd').map(text)).toEqual([
            'en', 'Minutes', '2025-03', 'Tuesday, 11 March 2025', '17:00–19:15 UTC', "Video call (Jitsi), and the foundation's office, 14 Quay Street, Bristol",
            'Approved 8 April 2025', 'Dr Amara Osei', 'Lukas Brandt', '6 of 8 directors present', '5 of 7 members present, 1 alternate',
        ]);
        expect(text(byClass(html, 'neste-mote')[0].childNodes[2] as never)).toBe('Tuesday, 8 April 2025, 17:00–19:00 UTC, video call');
        expect(text(byClass(html, 'godkjent')[0])).toBe('The minutes were approved on 8 April 2025.');
    });

    it('has English table headers and the agenda by item numbers', () => {
        for (const table of byClass(html, 'deltakere')) expect(columns(table).slice(0, 3)).toEqual(['Name', 'Organisation', 'Role']);
        const agenda = one(html, e => e.tagName === 'nav' && attr(e, 'class') === 'saksliste');
        expect(byTag(agenda, 'a').map(text).slice(0, 3)).toEqual(['Item 1 Approval of the agenda', 'Item 2 Minutes of the meeting of February 11, 2025', 'Item 3 Finance']);
        expect(text(agenda)).toContain('Item 8 Conference sponsorship (withdrawn)');
    });

    it('labels decisions, motions, votes, dissent, deadlines and actions in English', () => {
        const labels = new Set(strong(html));
        for (const label of ['Decision', 'Vote:', 'Dissent:', 'Deadline', 'Action:', 'Presented by', 'Confidential', 'Conflict of interest:', 'Responsible:', 'Attachments:', 'Paper:', 'Background paper:', 'Withdrawn',
            'Motion by Priya Nair', 'Motion by Sofia Lindgren', 'Amendment by Yusuf Demir']) expect(labels, label).toContain(label);
        expect([...labels].some(l => /Vedtak|Votering|Frist|Forslag|Trukket|Ansvarlig/.test(l))).toBe(false);
        const outcomes = byClass(html, 'votering').map(p => byClass(p, 'merke').map(text)[0]);
        expect(outcomes).toEqual(['Carried', 'Carried', 'Carried', 'Failed', 'Carried', 'Carried']);
        expect(all(html, e => attr(e, 'role') === 'group').map(e => attr(e, 'aria-label'))).toContain('Decision');
        expect(text(byClass(html, 'lukket-merknad')[0])).toBe('Considered in closed session.');
        // A due date in words with the date it comes to, in English.
        expect(byClass(html, 'frist-dato').map(text)).toContain('(8 April 2025)');
    });

    it('the public edition says so in English', async () => {
        const pub = parseHtml(renderMeetingHtml(meeting, { publicEdition: true }));
        expect(text(byClass(pub, 'utgave')[0])).toBe('Public edition. Confidential items are shown with their number, title and basis only.');
        expect(byClass(pub, 'unntatt').map(s => text(byClass(s, 'unntatt-merknad')[0]))).toEqual(["Confidential: commercially sensitive (negotiations with the project's sponsor)"]);
    });
});

describe('a nynorsk page', async () => {
    const meeting = await model(NYNORSK);
    const page = renderMeetingHtml(meeting);
    const html = parseHtml(page);

    it('is lang="nn" with nynorsk labels', () => {
        expect(meeting.language).toBe('nn');
        expect(attr(html, 'lang')).toBe('nn');
        expect(headings(html, 'h2')).toEqual(['Deltakarar', 'Saksliste', 'Sak 1/25 Skulebruksplan', 'Sak 2/25 Personalsak', 'Sak 3/25 Leige av salen Trekt', 'Sak 4/25 Eventuelt', 'Neste møte', 'Underskrifter']);
        const info = one(html, e => attr(e, 'class') === 'moteinfo');
        expect(byTag(info, 'dt').map(text)).toEqual(['Språk', 'Møte', 'Dato', 'Tid', 'Stad', 'Status', 'Møteleiar', 'Referent', 'Frammøte']);
        expect(byTag(info, 'dd').map(text).slice(2)).toEqual(['tysdag 4. februar 2025', '13:00–16:15', 'Heradshuset', 'Utkast – ikkje godkjend', 'Sigrid Hjelmeland', 'Olav Tveit', '2 av 3 medlemer til stades, 1 vara']);
        expect(text(byClass(html, 'utkastmerke')[0])).toBe('Utkast – referatet er ikkje godkjent.');
        expect(page).toContain('@top-center { content: "Utkast – ikkje godkjent"; }');
        for (const table of byClass(html, 'deltakere')) expect(columns(table).slice(0, 3)).toEqual(['Namn', 'Institusjon', 'Rolle']);
    });

    it('labels the case in nynorsk', () => {
        const labels = new Set(strong(html));
        for (const label of ['Vedtakssak', 'Innleiing ved', 'Vedlegg:', 'Ansvarleg:', 'Framlegg frå Olav Tveit', 'Røysting:', 'Dissens:', 'Frist', 'Unnateke offentlegheit', 'Trekt']) expect(labels, label).toContain(label);
        expect(byClass(html, 'votering').map(p => byClass(p, 'merke').map(text)[0])).toEqual(['Vedteke']);
        expect(text(byClass(html, 'neste-mote')[0].childNodes[2] as never)).toBe('tysdag 4. mars 2025, kl. 13:00–16:00, Heradshuset');
    });
});

describe('pages of several English meetings, and their iCalendar text', async () => {
    const meeting = await model(read('lanternfish-board-2025-03-11.referat'));
    const today = { year: 2025, month: 4, day: 1 };

    it('the front page and the body\'s index', () => {
        const site = parseHtml(renderSiteIndexHtml([{ name: 'Lanternfish board', href: 'lsf/index.html', meetings: [{ meeting, href: 'lsf/m.html' }] }], { deadlinesHref: 'deadlines.html' }));
        expect(attr(site, 'lang')).toBe('en');
        expect(text(byTag(site, 'h1')[0])).toBe('Minutes');
        expect(columns(byTag(site, 'table')[0])).toEqual(['Body', 'Meetings', 'Years', 'Latest meeting']);
        expect(byTag(site, 'a').map(text)).toEqual(['Lanternfish board', '11 March 2025', 'Deadlines from all meetings']);
        const body = parseHtml(renderBodyIndexHtml('Lanternfish board', [{ meeting, href: 'm.html' }], { indexHref: '../index.html', deadlinesHref: '../deadlines.html' }));
        expect(attr(body, 'lang')).toBe('en');
        expect(columns(byTag(body, 'table')[0])).toEqual(['Date', 'Minutes', 'Place', 'Items', 'Status']);
        expect(text(byTag(body, 'caption')[0])).toBe('Meetings in 2025');
        expect(byTag(byTag(body, 'tbody')[0], 'td').map(text).filter((_, i) => i !== 2)).toEqual(['Tuesday, 11 March 2025', 'Meeting 2025-03', '14', 'Approved 8 April 2025']);
    });

    it('the deadlines page', () => {
        const entries = collectDeadlines([meeting], today);
        const html = parseHtml(renderDeadlinesHtml(entries, { today, indexHref: 'index.html' }));
        expect(attr(html, 'lang')).toBe('en');
        expect(text(byTag(html, 'h1')[0])).toBe('Deadlines');
        expect(columns(byTag(html, 'table')[0])).toEqual(['Due', 'Status', 'Owner', 'What', 'Item', 'Meeting']);
        expect(text(byTag(html, 'p')[1])).toBe('7 deadlines, 3 overdue as of 1 April 2025.');
        const first = byTag(byTag(html, 'tbody')[0], 'tr')[0];
        expect(byTag(first, 'td').map(text)).toEqual(['18 March 2025', '14 days overdue', 'Sofia Lindgren', 'publish the policy and the FAQ on the website within a week.', 'Item 4 Trademark policy', 'Board of Directors of the Lanternfish Software Foundation, 11 March 2025']);
        const statuses = byTag(byTag(html, 'tbody')[0], 'tr').map(tr => text(byTag(tr, 'td')[1]));
        expect(statuses).toContain('No date');
    });

    it('the iCalendar text', () => {
        const { text: ics } = deadlinesToIcs(collectDeadlines([meeting], today), { stamp: new Date(Date.UTC(2025, 3, 1)) });
        const unfolded = ics.replace(/\r\n[ \t]/g, '');
        expect(unfolded).toContain('X-WR-CALNAME:Deadlines from minutes');
        expect(unfolded).toContain('SUMMARY:Deadline: sign the engagement letter with the auditor. – Priya Nair');
        expect(unfolded).toContain('DESCRIPTION:Item 3.2 Appointment of the auditor\\nFrom Board of Directors of the Lanternfish Software Foundation\\, meeting on 2025-03-11\\nOwner: Priya Nair');
        expect(unfolded).not.toMatch(/Frist|Ansvarlig|møte/);
    });
});
