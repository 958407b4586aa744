/**
 * Quality bars that need a real browser or validator:
 * - accessibility: axe-core in headless Chromium over every page made from the examples and fixtures
 *   (meeting pages in both editions, index pages, deadlines page), light and dark: zero violations;
 * - valid HTML: html-validate (recommended rules): zero errors;
 * - safety: an XSS corpus in every field of a document; loaded in Chromium, no script runs and no
 *   markup from the input survives (only the generator's own elements and attributes exist).
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { HtmlValidate } from 'html-validate';
import { renderMeetingHtml } from '../../packages/language/src/generator/html.js';
import { collectDeadlines } from '../../packages/language/src/generator/deadlines.js';
import { renderBodyIndexHtml, renderDeadlinesHtml, renderSiteIndexHtml } from '../../packages/language/src/generator/pages.js';
import { launchChromium } from '../support/chromium.js';
import { attr, byClass, exampleFiles, fixtureFiles, model, modelsOf, NYNORSK, parseHtml } from './support.js';
import type { Meeting } from '../../packages/language/src/model/types.js';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;
const TODAY = { year: 2024, month: 9, day: 1 };

let browser: Browser;
let page: Page;
beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
});
afterAll(async () => { await browser?.close(); });

/** Every page `referat html` makes for these meetings (same generators, in memory). */
function pagesOf(meetings: Meeting[]): Array<{ name: string; html: string }> {
    const pages = meetings.flatMap(m => {
        const name = m.uri.split('/').pop()!;
        return [
            { name, html: renderMeetingHtml(m, { links: [{ href: 'organ.html', text: 'Alle møter' }, { href: 'frister.html', text: 'Frister' }] }) },
            { name: `${name} (offentlig)`, html: renderMeetingHtml(m, { publicEdition: true }) },
        ];
    });
    const bodies = [...new Set(meetings.map(m => m.body?.name ?? 'Uten organ'))];
    pages.push({ name: 'index', html: renderSiteIndexHtml(bodies.map((name, i) => ({
        name, href: `organ-${i}.html`, meetings: meetings.filter(m => (m.body?.name ?? 'Uten organ') === name).map((meeting, j) => ({ meeting, href: `m${j}.html` })),
    })), { deadlinesHref: 'frister.html' }) });
    for (const body of bodies) {
        const own = meetings.filter(m => (m.body?.name ?? 'Uten organ') === body);
        pages.push({ name: `organ ${body}`, html: renderBodyIndexHtml(body, own.map((meeting, i) => ({ meeting, href: `m${i}.html` })), { indexHref: 'index.html', deadlinesHref: 'frister.html' }) });
    }
    pages.push({ name: 'frister', html: renderDeadlinesHtml(collectDeadlines(meetings, TODAY), { today: TODAY, hrefFor: () => 'm.html#sak-1', indexHref: 'index.html' }) });
    return pages;
}

describe('published pages of the examples and fixtures', async () => {
    const meetings = await modelsOf([...exampleFiles(), ...fixtureFiles()]);
    const english = meetings.filter(m => m.language === 'en');
    const nynorsk = await model(NYNORSK);
    // Every page of the examples together, and the pages of English minutes alone and of nynorsk ones (lang="en", lang="nn").
    const pages = [
        ...pagesOf(meetings),
        ...pagesOf(english).filter(p => !p.name.endsWith('.referat') && !p.name.endsWith('(offentlig)')).map(p => ({ ...p, name: `English: ${p.name}` })),
        ...pagesOf([nynorsk]).map(p => ({ ...p, name: `nynorsk: ${p.name}` })),
    ];
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

    it('has English and nynorsk pages among them', () => {
        expect(english.length).toBeGreaterThan(0);
        const langs = new Set(pages.map(p => attr(parseHtml(p.html), 'lang')));
        expect([...langs].sort()).toEqual(['en', 'nb', 'nn']);
    });

    for (const { name, html } of pages) {
        it(`${name}: valid HTML`, async () => {
            const report = await validator.validateString(html, name);
            const errors = report.results.flatMap(r => r.messages.map(m => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
            expect(errors).toEqual([]);
        });

        for (const colorScheme of ['light', 'dark'] as const) {
            it(`${name}: no axe-core violations (${colorScheme})`, async () => {
                await page.emulateMedia({ colorScheme });
                await page.setContent(html);
                await page.addScriptTag({ content: axeSource });
                const violations = await page.evaluate(async () => {
                    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } })
                        .axe.run(document, { resultTypes: ['violations'] });
                    return result.violations.map(v => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')})`);
                });
                expect(violations).toEqual([]);
            });
        }
    }

    it('printing gives paper minutes (print stylesheet applies, decisions kept whole)', async () => {
        await page.emulateMedia({ media: 'print', colorScheme: 'light' });
        await page.setContent(pages[0].html);
        const style = await page.evaluate(() => {
            const d = document.querySelector('.vedtak');
            return { font: getComputedStyle(document.body).fontFamily, breakInside: d ? getComputedStyle(d).breakInside : 'avoid' };
        });
        expect(style.font).toMatch(/Georgia|Times/);
        expect(style.breakInside).toBe('avoid');
        const pdf = await page.pdf({ format: 'A4' });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        await page.emulateMedia({ media: 'screen' });
    });
});

// ---- XSS ------------------------------------------------------------------------------------

const PAYLOADS = [
    '<script>window.__xss=1</script>',
    '<img src=x onerror="window.__xss=2">',
    '"><svg onload=window.__xss=3>',
    "'><iframe srcdoc=\"<script>parent.__xss=4</script>\">",
    'javascript:window.__xss=5',
    '<a href="javascript:window.__xss=6">klikk</a>',
    '</p></section></main><style>body{display:none}</style><!--',
    'https://example.com/"onmouseover="window.__xss=7"x=',
    'www.example.com/<script>window.__xss=8</script>',
    'x@example.no?subject=<b>',
    '<math><mi xlink:href="javascript:window.__xss=9">m</mi></math>',
    '&lt;script&gt; ]]> <![CDATA[ x ]]> <?php ?>',
];
const X = PAYLOADS.join(' ');

/** A document with the corpus in every field the format has. */
const XSS_DOCUMENT = `Organ: ${X} (${X})
Møte: ${X}
Dato: 10. januar 2024 ${X}
Tid: 10:00–12:00
Sted: ${X}
Status: godkjent 12.1.2024 ${X}
Møteleder: Kari Nordmann ${X}
Referent: ${X}

${X}

Til stede:
- Kari Nordmann, ${X}, leder ${X} (${X})
- ${X}, ${X}, ${X}

Forfall:
- Ola ${X}

Andre:
- ${X}

Sak 1/24 ${X}
Vedtakssak: ${X}
Innledning ved Kari Nordmann, ${X}
Ansvarlig: ${X}
- Kari Nordmann, ${X} (${X})
Vedlegg: ${X}
- ${X}
Saksdokument: ${X}
Inhabil: Kari Nordmann (${X})

${X} (jf. sak 2/24 ${X}) (jf. sak 9/23 (01/2023)) ${X}
- ${X}
  - ${X}
1. ${X}

Vedtak: ${X}
1. ${X}
Votering: ${X}
Dissens: Kari Nordmann – ${X}
Frist 1.2.2024: Kari Nordmann – ${X}
Frist for ${X}: 3. februar (ansvarlig: ${X}). ${X}
Frist: ${X}

Sak 2/24 ${X}
Unntatt offentlighet: ${X}

${X}

Sak 2.1 ${X}

${X}

Neste møte: ${X}
`;

/** The generator's own vocabulary: anything else in the DOM came from the input. */
const ALLOWED_TAGS = new Set(['HTML', 'HEAD', 'META', 'TITLE', 'STYLE', 'BODY', 'MAIN', 'HEADER', 'NAV', 'SECTION', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
    'P', 'SPAN', 'STRONG', 'A', 'BR', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'TIME']);
const ALLOWED_ATTRIBUTES = new Set(['lang', 'charset', 'name', 'content', 'class', 'id', 'href', 'title', 'data-line', 'data-dato', 'data-utgave',
    'aria-labelledby', 'aria-label', 'role', 'scope', 'colspan', 'start', 'datetime']);

describe('XSS corpus in every field', async () => {
    const meeting = await model(XSS_DOCUMENT);
    // Another meeting with the corpus in what a link to it shows (body, meeting number, case title).
    const other = await model(`Organ: ${X}\nMøte: ${X}\nDato: 1.1.2023\n\nSak 9/23 ${X}\nVedtak: ${X}\n`);
    const elsewhere = { meeting: other, case: other.cases[0] };
    const pages = [
        { name: 'møteside', html: renderMeetingHtml(meeting, { resolve: () => elsewhere, hrefOf: () => 'javascript:window.__xss=10' }) },
        { name: 'møteside med lenke ut', html: renderMeetingHtml(meeting, { resolve: () => elsewhere, hrefOf: () => 'annet.html#sak-9-2023' }) },
        { name: 'møteside uten resolver', html: renderMeetingHtml(meeting) },
        { name: 'offentlig utgave', html: renderMeetingHtml(meeting, { publicEdition: true }) },
        ...pagesOf([meeting]).slice(2).map(p => ({ name: p.name === 'index' ? 'forside' : p.name.startsWith('organ') ? 'organside' : 'fristside', html: p.html })),
    ];

    it('the document really puts the corpus into the model', () => {
        expect(meeting.cases).toHaveLength(2);
        expect(meeting.cases[0].content.length).toBeGreaterThan(4);
        expect(meeting.cases[0].deadlines).toHaveLength(3);
        expect(meeting.attendance.flatMap(l => l.attendees)).toHaveLength(4);
        // The links out carry the corpus in their title (only the generator's safe href is used).
        const links = byClass(parseHtml(pages[1].html), 'saksreferanse');
        expect(links.length).toBeGreaterThan(0);
        for (const a of links) {
            expect(attr(a, 'href')).toBe('annet.html#sak-9-2023');
            expect(attr(a, 'title')).toContain(`Sak 9/23 ${X}`);
        }
    });

    for (const { name, html } of pages) {
        it(`${name}: still valid HTML`, async () => {
            const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html, name);
            expect(report.results.flatMap(r => r.messages.map(m => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
        });

        it(`${name}: no script runs and no input markup survives`, async () => {
            const dialogs: string[] = [];
            const onDialog = (d: { message(): string; dismiss(): Promise<void> }) => { dialogs.push(d.message()); void d.dismiss(); };
            page.on('dialog', onDialog);
            const requests: string[] = [];
            await page.route('**/*', route => { requests.push(route.request().url()); return route.abort(); });
            await page.setContent(html);
            // Fire the usual handler events on every element, and click every link that is not a plain
            // http(s)/mailto/in-page/relative page link (those only navigate): injected handlers or javascript: URLs would run now.
            await page.evaluate(() => {
                for (const e of document.querySelectorAll('*')) {
                    for (const type of ['mouseover', 'mouseenter', 'focus', 'load', 'error']) e.dispatchEvent(new Event(type));
                }
                for (const a of document.querySelectorAll('a')) if (!/^(https?:|mailto:|#|[\w-]+\.html(#|$))/.test(a.getAttribute('href') ?? '')) a.click();
            });
            await page.waitForTimeout(50);
            const dom = await page.evaluate(() => ({
                xss: (window as unknown as { __xss?: number }).__xss,
                tags: [...new Set([...document.querySelectorAll('*')].map(e => e.tagName))],
                attributes: [...new Set([...document.querySelectorAll('*')].flatMap(e => e.getAttributeNames()))],
                hrefs: [...document.querySelectorAll('a')].map(a => a.getAttribute('href') ?? ''),
                styles: document.querySelectorAll('style').length,
                visible: getComputedStyle(document.body).display,
                text: document.body.textContent ?? '',
            }));
            page.off('dialog', onDialog);
            await page.unroute('**/*');
            expect(dom.xss).toBeUndefined();
            expect(dialogs).toEqual([]);
            expect(requests).toEqual([]);
            expect(dom.tags.filter(t => !ALLOWED_TAGS.has(t))).toEqual([]);
            expect(dom.attributes.filter(a => !ALLOWED_ATTRIBUTES.has(a))).toEqual([]);
            expect(dom.styles).toBe(1);
            expect(dom.visible).toBe('block');
            for (const href of dom.hrefs) expect(href).toMatch(/^(https?:\/\/|mailto:|#|[\w-]+\.html(#|$))/);
            // The markup arrived as text: the payloads are readable on the page.
            expect(dom.text).toContain('<script>window.__xss=1</script>');
        });
    }
});
