/** The HTML generator: structure of the page (parsed with parse5), links, data-line, the public edition. */
import { caseLabel } from '../../packages/language/src/model/labels.js';
import { describe, expect, it } from 'vitest';
import { renderMeetingBody, renderMeetingHtml } from '../../packages/language/src/generator/html.js';
import { linkify, safeHref } from '../../packages/language/src/generator/html-text.js';
import { all, attr, byClass, byTag, exampleFiles, fixtureFiles, model, modelsOf, one, parseHtml, text } from './support.js';
import { minutes } from '../language/helpers.js';

const TODAY = { year: 2024, month: 9, day: 1 };

describe('page structure of every example and fixture', async () => {
    const files = [...exampleFiles(), ...fixtureFiles()];
    const meetings = await modelsOf(files);
    it('has examples and fixtures to test', () => expect(meetings.length).toBeGreaterThanOrEqual(2));

    for (const meeting of meetings) {
        const name = meeting.uri.split('/').pop()!;
        describe(name, () => {
            const html = parseHtml(renderMeetingHtml(meeting, { today: TODAY }));

            it('is Norwegian, titled and self-contained', () => {
                expect(attr(html, 'lang')).toBe('nb');
                expect(text(one(html, e => e.tagName === 'title'))).not.toBe('');
                expect(all(html, e => e.tagName === 'link' || e.tagName === 'script')).toEqual([]);
                expect(text(one(html, e => e.tagName === 'style'))).toContain('@media print');
            });

            it('has one h1 and never skips a heading level', () => {
                const headings = all(html, e => /^h[1-6]$/.test(e.tagName)).map(e => Number(e.tagName[1]));
                expect(headings.filter(l => l === 1)).toHaveLength(1);
                expect(headings[0]).toBe(1);
                for (let i = 1; i < headings.length; i++) expect(headings[i] - headings[i - 1]).toBeLessThanOrEqual(1);
            });

            it('has one case section per case, headed by its number and title, in source order', () => {
                const cases: string[] = [];
                // "PS 12/25 Tittel", an item without a number by its title, a withdrawn case marked so.
                const visit = (cs: typeof meeting.cases) => { for (const c of cs) { cases.push(`${caseLabel(c)}${c.withdrawn ? ' Trukket' : ''}`); visit(c.subCases); } };
                visit(meeting.cases);
                const sections = byClass(html, 'sak');
                expect(sections.map(s => text(s.childNodes.find((n): n is typeof s => 'tagName' in n && /^h\d$/.test(n.tagName))!))).toEqual(cases);
            });

            it('links every table-of-contents entry to a case section', () => {
                const ids = new Set(all(html, e => attr(e, 'id') !== undefined).map(e => attr(e, 'id')));
                const nav = one(html, e => e.tagName === 'nav');
                const links = byTag(nav, 'a');
                expect(links.length).toBe(byClass(html, 'sak').length);
                for (const a of links) expect(ids.has(attr(a, 'href')!.slice(1))).toBe(true);
            });

            it('lays out attendance as tables with column and row headers', () => {
                const tables = byClass(html, 'deltakere');
                expect(tables.length).toBe(meeting.attendance.length);
                for (const [i, table] of tables.entries()) {
                    expect(text(byTag(table, 'caption')[0])).toBe(meeting.attendance[i].label);
                    expect(byTag(byTag(table, 'thead')[0], 'th').every(th => attr(th, 'scope') === 'col')).toBe(true);
                    const rows = byTag(byTag(table, 'tbody')[0], 'tr');
                    expect(rows.map(r => text(byTag(r, 'th')[0] ?? r))).toEqual(meeting.attendance[i].attendees.length ? meeting.attendance[i].attendees.map(a => a.name) : ['Ingen oppført.']);
                }
            });

            it('marks decisions, keeps their numbered lists, and carries source lines', () => {
                const decisions = byClass(html, 'vedtak');
                const count = (cs: typeof meeting.cases): number => cs.reduce((n, c) => n + c.decisions.length + count(c.subCases), 0);
                expect(decisions.length).toBe(count(meeting.cases));
                for (const d of decisions) expect(attr(d, 'data-line')).toMatch(/^\d+$/);
                const lines = all(html, e => attr(e, 'data-line') !== undefined).map(e => Number(attr(e, 'data-line')));
                expect(lines.length).toBeGreaterThan(10);
                const expected = { p: true, li: true, tr: meeting.attendance.some(l => l.attendees.length), section: meeting.cases.length > 0 };
                const tagged = (tag: string) => all(html, e => e.tagName === tag && attr(e, 'data-line') !== undefined).length > 0;
                expect(Object.fromEntries(Object.keys(expected).map(tag => [tag, tagged(tag)]))).toEqual(expected);
            });
        });
    }
});

describe('content', () => {
    it('renders a numbered decision as an ordered list and the vote, dissent and deadlines after it', async () => {
        const m = await model(minutes(`Sak 1/24 Budsjett
Vedtakssak:

Vedtak:
3. Tredje punkt.
4. Fjerde punkt.
Votering: 2 for, 1 mot
Dissens: Per Olsen – uenig i punkt 4.
Frist 1.2.2024: Ola Hansen – lage budsjett.
`));
        const html = parseHtml(renderMeetingHtml(m, { today: { year: 2024, month: 3, day: 1 } }));
        const decision = one(html, e => attr(e, 'class') === 'vedtak');
        const ol = one(decision, e => e.tagName === 'ol');
        expect(attr(ol, 'start')).toBe('3');
        expect(byTag(ol, 'li').map(text)).toEqual(['Tredje punkt.', 'Fjerde punkt.']);
        const section = one(html, e => attr(e, 'id') === 'sak-1-2024');
        const order = all(section, e => ['vedtak', 'votering', 'dissens', 'frist forfalt'].includes(attr(e, 'class') ?? '')).map(e => attr(e, 'class'));
        expect(order).toEqual(['vedtak', 'votering', 'dissens', 'frist forfalt']);
        expect(text(one(section, e => attr(e, 'class') === 'dissens'))).toBe('Dissens: Per Olsen – uenig i punkt 4.');
        expect(text(one(section, e => attr(e, 'class') === 'frist forfalt'))).toContain('Forfalt');
    });

    it('marks nothing overdue without a today, and nothing done as overdue', async () => {
        const m = await model(minutes(`Sak 1/24 Budsjett
Frist 1.2.2024: Ola Hansen – lage budsjett.
Frist 1.2.2024: Ola Hansen – levere regnskap (utført)
`));
        expect(byClass(parseHtml(renderMeetingHtml(m)), 'forfalt')).toEqual([]);
        const later = parseHtml(renderMeetingHtml(m, { today: { year: 2024, month: 6, day: 1 } }));
        expect(byClass(later, 'frist').map(e => attr(e, 'class'))).toEqual(['frist forfalt', 'frist utfort']);
    });

    it('nests bullet lists by indentation', async () => {
        const m = await model(minutes(`Sak 1/24 Liste
- en
  - en.a
  - en.b
- to
1. nummer
`));
        const html = parseHtml(renderMeetingBody(m));
        const section = one(html, e => attr(e, 'id') === 'sak-1-2024');
        const outer = byTag(section, 'ul')[0];
        const items = outer.childNodes.filter((n): n is typeof outer => 'tagName' in n);
        expect(items.map(li => text(li.childNodes[0] as typeof li))).toEqual(['en', 'to']);
        expect(byTag(byTag(items[0], 'ul')[0], 'li').map(text)).toEqual(['en.a', 'en.b']);
        expect(byTag(section, 'ol').map(ol => byTag(ol, 'li').map(text))).toEqual([['nummer']]);
    });

    it('links case references within the page and to other pages through the resolver', async () => {
        const m = await model(minutes(`Sak 1/24 Først
Vedtakssak:

Vedtak: Ja.

Sak 2/24 Deretter

Som i forrige sak (jf. sak 1/24) og tidligere (jf. sak 9/23 (04/2023)).
`));
        const html = parseHtml(renderMeetingBody(m));
        expect(byClass(html, 'saksreferanse').map(a => [attr(a, 'href'), text(a), attr(a, 'title')])).toEqual([['#sak-1-2024', 'sak 1/24', 'Sak 1/24 Først']]);
        // The earlier meeting the reference names, as the workspace's resolver would find it.
        const earlier = await model('Organ: Testrådet i Ås (TR)\nMøte: 04/2023\nDato: 22.11.2023\n\nSak 9/23 Budsjett\nVedtak: A.\n');
        const target = { meeting: earlier, case: earlier.cases[0] };
        const resolved = parseHtml(renderMeetingBody(m, {
            resolve: ref => (ref.meeting ? target : undefined),
            hrefOf: t => (t === target ? 'annet-mote.html#sak-9-2023' : undefined),
        }));
        expect(byClass(resolved, 'saksreferanse').map(a => [attr(a, 'href'), text(a), attr(a, 'title')])).toEqual([
            ['annet-mote.html#sak-9-2023', 'sak 9/23 (04/2023)', 'Sak 9/23 Budsjett (TR – møte 04/2023, 22. november 2023)'],
        ]);
        // A case of another meeting without a page is not linked.
        const withoutPage = parseHtml(renderMeetingBody(m, { resolve: ref => (ref.meeting ? target : undefined) }));
        expect(byClass(withoutPage, 'saksreferanse')).toEqual([]);
        const unsafe = parseHtml(renderMeetingBody(m, { resolve: () => target, hrefOf: () => 'javascript:alert(1)' }));
        expect(byClass(unsafe, 'saksreferanse')).toEqual([]);
    });

    it('shows header fields with dates in words and machine-readable <time>', async () => {
        const m = await model(`Organ: Testrådet i Ås (TR)
Møte: 01/2024
Dato: 10.1.2024
Tid: kl. 9–11
Status: utkast
`);
        const html = parseHtml(renderMeetingHtml(m));
        const info = one(html, e => attr(e, 'class') === 'moteinfo');
        const rows = Object.fromEntries(byTag(info, 'div').map(d => [text(byTag(d, 'dt')[0]), text(byTag(d, 'dd')[0])]));
        expect(rows).toEqual({ Møte: '01/2024', Dato: 'onsdag 10. januar 2024', Tid: '09:00–11:00', Status: 'Utkast – ikke godkjent' });
        expect(attr(byTag(info, 'time')[0], 'datetime')).toBe('2024-01-10');
        expect(text(byTag(html, 'h1')[0])).toBe('Møtereferat Testrådet i Ås (TR)');
        expect(text(byTag(html, 'title')[0])).toBe('TR – møte 01/2024, 10. januar 2024');
    });
});

describe('header fields as written', () => {
    it('keeps what follows the approval date and the chair\'s description', async () => {
        const m = await model(`Organ: Testrådet i Ås (TR)
Dato: 10.1.2024
Status: godkjent 12.1.2024 på e-post
Møteleder: Kari Nordmann, Ås kommune

Til stede:
- Kari Nordmann, Ås kommune, leder
`);
        const info = one(parseHtml(renderMeetingBody(m)), e => attr(e, 'class') === 'moteinfo');
        const rows = Object.fromEntries(byTag(info, 'div').map(d => [text(byTag(d, 'dt')[0]), text(byTag(d, 'dd')[0])]));
        expect(rows).toMatchObject({ Status: 'godkjent 12.1.2024 på e-post', Møteleder: 'Kari Nordmann, Ås kommune' });
    });
});

describe('links from prose', () => {
    it('links http, https, www and e-mail addresses, and trims sentence punctuation', () => {
        const html = parseHtml(`<p>${linkify('Se https://lovdata.no/lov/2007-06-29-89 (loven), www.nav.no. Skriv til post@ås.no, eller http://x.no/a_(b).')}</p>`);
        expect(byTag(html, 'a').map(a => [attr(a, 'href'), text(a)])).toEqual([
            ['https://lovdata.no/lov/2007-06-29-89', 'https://lovdata.no/lov/2007-06-29-89'],
            ['https://www.nav.no/', 'www.nav.no'],
            ['mailto:post@ås.no', 'post@ås.no'],
            ['http://x.no/a_(b)', 'http://x.no/a_(b)'],
        ]);
    });

    it('never links other schemes', () => {
        for (const text of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', 'ftp://x.no']) {
            expect(linkify(text)).not.toContain('<a');
        }
        expect(safeHref('javascript:alert(1)')).toBeUndefined();
        expect(safeHref('java\tscript:alert(1)')).toBeUndefined();
        expect(safeHref('//evil.example/x')).toBeUndefined();
        expect(safeHref('HTTPS://ok.no')).toBe('HTTPS://ok.no');
        expect(safeHref('side.html#sak-1')).toBe('side.html#sak-1');
    });

    it('escapes everything else', () => {
        expect(linkify(`<b onclick="x">'&'</b>`)).toBe('&lt;b onclick=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;');
        const link = linkify('https://example.com/"onmouseover="alert(1)');
        expect(parseHtml(link).attrs).toEqual([]);
        expect(byTag(parseHtml(`<p>${link}</p>`), 'a').map(a => a.attrs.map(x => x.name))).toEqual([['href']]);
    });
});
