/**
 * Visible labels of the published pages, read as text and compared exactly: the approval date on the
 * meeting page and the body's index, the next meeting's date, time and place, the attachment labels
 * in singular and plural, and the deadlines page's count of overdue deadlines.
 */
import { describe, expect, it } from 'vitest';
import { renderMeetingHtml } from '../../packages/language/src/generator/html.js';
import { meetingToJson } from '../../packages/language/src/generator/json.js';
import { collectDeadlines } from '../../packages/language/src/generator/deadlines.js';
import { renderBodyIndexHtml, renderDeadlinesHtml } from '../../packages/language/src/generator/pages.js';
import { attr, byClass, byTag, model, one, parseHtml, text, type Element } from './support.js';

const HEADER = `Organ: Testrådet i Ås (TR)
Møte: 01/2024
Dato: 10.1.2024
Sted: Rådhuset
`;

/** The meeting page's header fields, label → visible text. */
function headerFields(html: string): Record<string, string> {
    const info = one(parseHtml(html), e => attr(e, 'class') === 'moteinfo');
    return Object.fromEntries(byTag(info, 'div').map(d => [text(byTag(d, 'dt')[0]), text(byTag(d, 'dd')[0])]));
}

const cells = (row: Element) => byTag(row, 'td').map(text);

describe('the approval date', () => {
    it('is the date of the Status line on the meeting page, not the meeting date', async () => {
        const m = await model(`${HEADER}Status: godkjent 12.1.2024\n\nSak 1/24 Budsjett\nVedtak: Godkjent.\n`);
        const html = renderMeetingHtml(m);
        expect(headerFields(html)).toEqual({ Møte: '01/2024', Dato: 'onsdag 10. januar 2024', Sted: 'Rådhuset', Status: 'Godkjent 12. januar 2024' });
        const info = one(parseHtml(html), e => attr(e, 'class') === 'moteinfo');
        expect(byTag(info, 'time').map(t => [attr(t, 'datetime'), text(t)])).toEqual([['2024-01-10', 'onsdag 10. januar 2024'], ['2024-01-12', '12. januar 2024']]);
    });

    it('is the date of the Status line in the body\'s index, and a draft says so', async () => {
        const approved = await model(`${HEADER}Status: godkjent 12.1.2024\n\nSak 1/24 Budsjett\nVedtak: Godkjent.\n\nSak 2/24 Eventuelt\n`);
        const draft = await model(`${HEADER.replace('10.1.2024', '7.3.2024').replace('01/2024', '02/2024').replace('Rådhuset', 'Skolen')}Status: utkast\n\nSak 3/24 Vår\nVedtak: Ja.\n`);
        const undated = await model(`${HEADER.replace('Møte: 01/2024\n', '').replace('Dato: 10.1.2024\n', '')}Status: godkjent\n`);
        const index = parseHtml(renderBodyIndexHtml('Testrådet i Ås', [
            { meeting: approved, href: 'm1.html' }, { meeting: draft, href: 'm2.html' }, { meeting: undated, href: 'm3.html' },
        ]));
        expect(byTag(index, 'h2').map(text)).toEqual(['2024', 'Uten dato']);
        expect(byTag(index, 'tr').filter(r => byTag(r, 'td').length).map(cells)).toEqual([
            ['torsdag 7. mars 2024', 'Møte 02/2024', 'Skolen', '1', 'Utkast'],
            ['onsdag 10. januar 2024', 'Møte 01/2024', 'Rådhuset', '2', 'Godkjent 12. januar 2024'],
            ['Uten dato', 'Referat', 'Rådhuset', '0', 'Godkjent'],
        ]);
    });
});

describe('the next meeting', () => {
    it('keeps its date, time and place', async () => {
        const m = await model(`${HEADER}\nSak 1/24 Budsjett\nVedtak: Godkjent.\n\nNeste møte: onsdag 21. februar 2024, kl. 10.00–15.00, Gardermoen\n`);
        const section = one(parseHtml(renderMeetingHtml(m)), e => attr(e, 'class') === 'neste-mote');
        expect(text(byTag(section, 'h2')[0])).toBe('Neste møte');
        expect(text(byTag(section, 'p')[0])).toBe('onsdag 21. februar 2024, kl. 10:00–15:00, Gardermoen');
        expect(attr(byTag(section, 'time')[0], 'datetime')).toBe('2024-02-21');
        expect((meetingToJson(m) as { nextMeeting: unknown }).nextMeeting).toEqual({
            text: 'onsdag 21. februar 2024, kl. 10.00–15.00, Gardermoen', date: '2024-02-21', time: { from: '10:00', to: '15:00' }, place: 'Gardermoen', line: 9,
        });
    });

    it('keeps the place without a time', async () => {
        const m = await model(`${HEADER}\nSak 1/24 Budsjett\nVedtak: Godkjent.\n\nNeste møte: 21.2.2024, Rådhuset\n`);
        const section = one(parseHtml(renderMeetingHtml(m)), e => attr(e, 'class') === 'neste-mote');
        expect(text(byTag(section, 'p')[0])).toBe('onsdag 21. februar 2024, Rådhuset');
    });
});

describe('attachments', () => {
    /** Each attachment block of the page: its label and its items. */
    async function attachmentBlocks(lines: string) {
        const m = await model(`${HEADER}\nSak 1/24 Budsjett\n${lines}\nVedtak: Godkjent.\n`);
        return byClass(parseHtml(renderMeetingHtml(m)), 'vedlegg').map(b => ({
            label: text(byTag(b, 'strong')[0]), items: byTag(b, 'li').map(text),
        }));
    }

    it('says «Saksdokument» for one and «Saksdokumenter» for several', async () => {
        expect(await attachmentBlocks('Saksdokument: Budsjettforslag')).toEqual([{ label: 'Saksdokument:', items: [] }]);
        expect(await attachmentBlocks('Saksdokumenter:\n- Budsjettforslag\n- Regnskap')).toEqual([{ label: 'Saksdokumenter:', items: ['Budsjettforslag', 'Regnskap'] }]);
        expect(await attachmentBlocks('Bakgrunnsdokument: Notat\n- Tabell')).toEqual([{ label: 'Bakgrunnsdokumenter:', items: ['Notat', 'Tabell'] }]);
    });

    it('says «Vedlegg» for one and for several (the word has no plural form)', async () => {
        expect(await attachmentBlocks('Vedlegg: Notat')).toEqual([{ label: 'Vedlegg:', items: [] }]);
        expect(await attachmentBlocks('Vedlegg: Notat\n- Presentasjon')).toEqual([{ label: 'Vedlegg:', items: ['Notat', 'Presentasjon'] }]);
    });
});

describe('the deadlines page', () => {
    it('counts only overdue deadlines as overdue, not those due soon or done', async () => {
        const m = await model(`${HEADER}\nSak 1/24 Budsjett\nVedtak: Godkjent.
Frist 5.1.2024: Kari Nordmann – sende brevet.
Frist 20.1.2024: Ola Hansen – ringe.
Frist 1.3.2024: Per Olsen – evaluere.
Frist 2.1.2024: Per Olsen – bestille rom (utført)
`);
        const today = { year: 2024, month: 1, day: 11 };
        const page = parseHtml(renderDeadlinesHtml(collectDeadlines([m], today), { today }));
        expect(text(byTag(one(page, e => e.tagName === 'main'), 'p')[0])).toBe('4 frister, 1 forfalt per 11. januar 2024.');
        const rows = byTag(one(page, e => e.tagName === 'tbody'), 'tr');
        expect(rows.map(r => [cells(r).slice(0, 3), attr(r, 'class')])).toEqual([
            [['2. januar 2024', 'Utført', 'Per Olsen'], 'done'],
            [['5. januar 2024', 'Forfalt for 6 dager siden', 'Kari Nordmann'], 'forfalt'],
            [['20. januar 2024', 'Om 9 dager', 'Ola Hansen'], 'soon'],
            [['1. mars 2024', 'Om 50 dager', 'Per Olsen'], 'later'],
        ]);
        // Only the overdue one is in bold.
        expect(rows.map(r => byTag(r, 'strong').map(text))).toEqual([[], ['Forfalt for 6 dager siden'], [], []]);
    });
});
