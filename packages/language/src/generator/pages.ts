/**
 * The pages that tie published meetings together: an overview of the bodies, an index per body
 * (meetings by year) and the deadlines across all meetings. Pure, like html.ts.
 */
import { longDate, shorten } from '../model/labels.js';
import { allCases } from '../model/queries.js';
import type { Meeting } from '../model/types.js';
import { formatDate, toIsoDate, type CalendarDate } from '../model/values/dates.js';
import { deadlineStatusText, type DeadlineEntry } from './deadlines.js';
import { htmlDocument } from './html.js';
import { escapeHtml, linkify, safeHref } from './html-text.js';

export interface PublishedMeeting {
    meeting: Meeting;
    /** Relative link to the meeting's page. */
    href: string;
}

export interface BodyPage {
    name: string;
    href: string;
    meetings: number;
}

/** The front page: every body with a link to its index, and the deadlines page. */
export function renderSiteIndexHtml(bodies: BodyPage[], options: { deadlinesHref?: string } = {}): string {
    const items = bodies.map(b => `<li>${link(b.href, b.name)} (${b.meetings} ${b.meetings === 1 ? 'møte' : 'møter'})</li>`);
    const main = `<main class="oversikt">
<h1>Møtereferater</h1>
<section aria-labelledby="organer"><h2 id="organer">Organer</h2>
<ul>
${items.join('\n')}
</ul>
</section>
${options.deadlinesHref ? `<p>${link(options.deadlinesHref, 'Frister fra alle møtene')}</p>` : ''}
</main>`;
    return htmlDocument('Møtereferater', main);
}

/** A body's meetings by year, newest first. */
export function renderBodyIndexHtml(name: string, meetings: PublishedMeeting[], options: { indexHref?: string; deadlinesHref?: string; shortName?: string } = {}): string {
    const byYear = new Map<string, PublishedMeeting[]>();
    const sorted = meetings.slice().sort((a, b) => dateKey(b.meeting.date?.value).localeCompare(dateKey(a.meeting.date?.value)) || a.href.localeCompare(b.href));
    for (const p of sorted) {
        const year = p.meeting.date?.value ? String(p.meeting.date.value.year) : 'Uten dato';
        byYear.set(year, [...byYear.get(year) ?? [], p]);
    }
    const sections = [...byYear].map(([year, list]) => {
        const id = `ar-${year.replace(/\s+/g, '-').toLowerCase()}`;
        const rows = list.map(({ meeting: m, href }) => {
            const held = m.date?.value;
            const date = held ? `<time datetime="${toIsoDate(held)}">${escapeHtml(longDate(held))}</time>` : 'Uten dato';
            const cases = allCases(m).length;
            return `<tr><td>${date}</td><td>${link(href, m.meetingNumber?.text ? `Møte ${m.meetingNumber.text}` : 'Referat')}</td><td>${escapeHtml(m.place?.text ?? '')}</td><td>${cases}</td><td>${statusText(m)}</td></tr>`;
        });
        return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(year)}</h2>
<table>
<caption>Møter i ${escapeHtml(year === 'Uten dato' ? 'referater uten dato' : year)}</caption>
<thead><tr><th scope="col">Dato</th><th scope="col">Referat</th><th scope="col">Sted</th><th scope="col">Saker</th><th scope="col">Status</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
    });
    const nav = [options.indexHref && link(options.indexHref, 'Alle organer'), options.deadlinesHref && link(options.deadlinesHref, 'Frister')].filter(Boolean);
    const main = `<main class="oversikt">
<h1><span class="dokumenttype">Møtereferater</span> ${escapeHtml(name)}</h1>
${nav.length ? `<p>${nav.join(' · ')}</p>` : ''}
${sections.join('\n')}
</main>`;
    return htmlDocument(`Møtereferater – ${shorten(options.shortName ?? name, 50)}`, main);
}

export interface DeadlinesPageOptions {
    today: CalendarDate;
    /** Link to the deadline's case on its meeting's page. */
    hrefFor?: (entry: DeadlineEntry) => string | undefined;
    indexHref?: string;
    publicEdition?: boolean;
}

/** Every deadline in one table, sorted by date, with overdue ones marked in words and style. */
export function renderDeadlinesHtml(entries: DeadlineEntry[], options: DeadlinesPageOptions): string {
    const overdue = entries.filter(e => e.status === 'overdue').length;
    const rows = entries.map(e => {
        const date = e.date ? `<time datetime="${e.iso}">${escapeHtml(formatDate(e.date))}</time>` : escapeHtml(e.dateText);
        const status = e.status === 'overdue' ? `<strong>${escapeHtml(capitalise(deadlineStatusText(e)))}</strong>` : escapeHtml(capitalise(deadlineStatusText(e)));
        const href = options.hrefFor?.(e);
        const caseNumber = e.caseLabel;
        const meeting = [e.bodyName, e.meetingDate && formatDate(e.meetingDate)].filter(Boolean).join(', ');
        return `<tr class="${e.status === 'overdue' ? 'forfalt' : e.status}"><td>${date}</td><td>${status}</td><td>${escapeHtml(e.responsible ?? '')}</td><td>${linkify(e.what)}</td><td>${href ? link(href, caseNumber) : escapeHtml(caseNumber)} ${escapeHtml(e.caseTitle)}</td><td>${escapeHtml(meeting)}</td></tr>`;
    });
    const summary = `${entries.length} ${entries.length === 1 ? 'frist' : 'frister'}, ${overdue} forfalt per ${formatDate(options.today)}.`;
    const main = `<main class="oversikt">
<h1>Frister</h1>
${options.indexHref ? `<p>${link(options.indexHref, 'Alle organer')}</p>` : ''}
<p>${escapeHtml(summary)}${options.publicEdition ? ' Frister i saker som er unntatt offentlighet, er ikke med.' : ''}</p>
<table class="fristliste">
<caption>Frister sortert etter dato</caption>
<thead><tr><th scope="col">Frist</th><th scope="col">Status</th><th scope="col">Ansvarlig</th><th scope="col">Hva</th><th scope="col">Sak</th><th scope="col">Møte</th></tr></thead>
<tbody>
${rows.join('\n') || '<tr><td colspan="6">Ingen frister.</td></tr>'}
</tbody>
</table>
</main>`;
    return htmlDocument('Frister', main);
}

function link(href: string, text: string): string {
    const safe = safeHref(href);
    return safe ? `<a href="${escapeHtml(safe)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function dateKey(d: CalendarDate | undefined): string {
    return d ? toIsoDate(d) : '';
}

function statusText(m: Meeting): string {
    if (!m.status) return '';
    const approved = m.status.date?.value;
    if (m.status.kind === 'godkjent') return approved ? `Godkjent ${escapeHtml(formatDate(approved))}` : 'Godkjent';
    return m.status.kind === 'utkast' ? 'Utkast' : escapeHtml(m.status.text);
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
