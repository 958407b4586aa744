/**
 * The pages that tie published meetings together: an overview of the bodies, an index per body
 * (meetings by year) and the deadlines across all meetings. Pure, like html.ts.
 */
import { longDate, shorten } from '../model/labels.js';
import { allCases } from '../model/queries.js';
import type { Meeting } from '../model/types.js';
import { compareDates, formatDate, toIsoDate, type CalendarDate } from '../model/values/dates.js';
import { deadlineStatusTextIn, type DeadlineEntry } from './deadlines.js';
import { htmlDocument } from './html.js';
import { escapeHtml, linkify, safeHref } from './html-text.js';
import { commonLanguage, type Labels, labelsFor } from './labels.js';
import type { Language } from '../vocabulary/keywords.js';

export interface PublishedMeeting {
    meeting: Meeting;
    /** Relative link to the meeting's page. */
    href: string;
}

export interface BodyPage {
    name: string;
    /** The body's index page. */
    href: string;
    /** Its published meetings, with links from the front page. */
    meetings: PublishedMeeting[];
}

/**
 * The front page: every body with its number of meetings, the years they cover and its latest meeting;
 * the deadlines page. In the language most of the meetings are in.
 */
export function renderSiteIndexHtml(bodies: BodyPage[], options: { deadlinesHref?: string } = {}): string {
    const language = commonLanguage(bodies.flatMap(b => b.meetings.map(p => p.meeting.language)));
    const l = labelsFor(language);
    const rows = bodies.map(b => {
        const dated = b.meetings.filter(p => p.meeting.date?.value).sort((x, y) => compareDates(x.meeting.date!.value!, y.meeting.date!.value!));
        const first = dated[0]?.meeting.date!.value!, last = dated.at(-1);
        const years = first ? (first.year === last!.meeting.date!.value!.year ? String(first.year) : `${first.year}–${last!.meeting.date!.value!.year}`) : '';
        const latest = last ? link(last.href, formatDate(last.meeting.date!.value!, language)) : '';
        const count = `${b.meetings.length}`;
        return `<tr><th scope="row">${link(b.href, b.name)}</th><td>${count}</td><td>${escapeHtml(years)}</td><td>${latest}</td></tr>`;
    });
    const main = `<main class="oversikt forside">
<h1>${escapeHtml(l.minutes)}</h1>
<div class="tabell"><table class="organer">
<caption>${escapeHtml(l.siteCaption)}</caption>
<thead><tr>${columns([l.siteColumns.body, l.siteColumns.meetings, l.siteColumns.years, l.siteColumns.latest])}</tr></thead>
<tbody>
${rows.join('\n') || `<tr><td colspan="4">${escapeHtml(l.noMeetings)}</td></tr>`}
</tbody>
</table></div>
${options.deadlinesHref ? `<p>${link(options.deadlinesHref, l.deadlinesFromAll)}</p>` : ''}
</main>`;
    return htmlDocument(l.minutes, main, { language });
}

/** A body's meetings by year, newest first; in the language most of them are in. */
export function renderBodyIndexHtml(name: string, meetings: PublishedMeeting[], options: { indexHref?: string; deadlinesHref?: string; shortName?: string } = {}): string {
    const language = commonLanguage(meetings.map(p => p.meeting.language));
    const l = labelsFor(language);
    const byYear = new Map<string, PublishedMeeting[]>();
    const sorted = meetings.slice().sort((a, b) => dateKey(b.meeting.date?.value).localeCompare(dateKey(a.meeting.date?.value)) || a.href.localeCompare(b.href));
    for (const p of sorted) {
        const year = p.meeting.date?.value ? String(p.meeting.date.value.year) : l.noDate;
        byYear.set(year, [...byYear.get(year) ?? [], p]);
    }
    const sections = [...byYear].map(([year, list]) => {
        const id = `ar-${year.replace(/\s+/g, '-').toLowerCase()}`;
        const rows = list.map(({ meeting: m, href }) => {
            const held = m.date?.value;
            const date = held ? `<time datetime="${toIsoDate(held)}">${escapeHtml(longDate(held, language))}</time>` : escapeHtml(l.noDate);
            const cases = allCases(m).length;
            return `<tr><td>${date}</td><td>${link(href, m.meetingNumber?.text ? l.meetingNumber(m.meetingNumber.text) : l.minutesLink)}</td><td>${escapeHtml(m.place?.text ?? '')}</td><td>${cases}</td><td>${statusText(m, l, language)}</td></tr>`;
        });
        return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(year)}</h2>
<table>
<caption>${escapeHtml(l.meetingsIn(year === l.noDate ? l.minutesWithoutDate : year))}</caption>
<thead><tr>${columns([l.indexColumns.date, l.indexColumns.minutes, l.indexColumns.place, l.indexColumns.cases, l.indexColumns.status])}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
    });
    const nav = [options.indexHref && link(options.indexHref, l.allBodies), options.deadlinesHref && link(options.deadlinesHref, l.deadlines)].filter(Boolean);
    const main = `<main class="oversikt">
<h1><span class="dokumenttype">${escapeHtml(l.minutes)}</span> ${escapeHtml(name)}</h1>
${nav.length ? `<p>${nav.join(' · ')}</p>` : ''}
${sections.join('\n')}
</main>`;
    return htmlDocument(`${l.minutes} – ${shorten(options.shortName ?? name, 50)}`, main, { language });
}

export interface DeadlinesPageOptions {
    today: CalendarDate;
    /** Link to the deadline's case on its meeting's page. */
    hrefFor?: (entry: DeadlineEntry) => string | undefined;
    indexHref?: string;
    publicEdition?: boolean;
}

/** Every deadline in one table, sorted by date, with overdue ones marked in words and style; in the language most of their meetings are in. */
export function renderDeadlinesHtml(entries: DeadlineEntry[], options: DeadlinesPageOptions): string {
    const language: Language = commonLanguage(entries.map(e => e.language ?? 'nb'));
    const l = labelsFor(language);
    const overdue = entries.filter(e => e.status === 'overdue').length;
    const rows = entries.map(e => {
        const undated = !e.dueText && (e.dateText === labelsFor(e.language ?? 'nb').undated);
        const date = e.date ? `<time datetime="${e.iso}">${escapeHtml(formatDate(e.date, language))}</time>` : escapeHtml(undated ? l.undated : e.dateText);
        const statusWords = capitalise(deadlineStatusTextIn(e, language));
        const status = e.status === 'overdue' ? `<strong>${escapeHtml(statusWords)}</strong>` : escapeHtml(statusWords);
        const href = options.hrefFor?.(e);
        const caseNumber = e.caseLabel;
        const meeting = [e.bodyName, e.meetingDate && formatDate(e.meetingDate, language)].filter(Boolean).join(', ');
        return `<tr class="${e.status === 'overdue' ? 'forfalt' : e.status}"><td>${date}</td><td>${status}</td><td>${escapeHtml(e.responsible ?? '')}</td><td>${linkify(e.what)}</td><td>${href ? link(href, caseNumber) : escapeHtml(caseNumber)} ${escapeHtml(e.caseTitle)}</td><td>${escapeHtml(meeting)}</td></tr>`;
    });
    const summary = l.deadlinesSummary(entries.length, overdue, formatDate(options.today, language));
    const c = l.deadlineColumns;
    const main = `<main class="oversikt">
<h1>${escapeHtml(l.deadlines)}</h1>
${options.indexHref ? `<p>${link(options.indexHref, l.allBodies)}</p>` : ''}
<p>${escapeHtml(summary)}${options.publicEdition ? ` ${escapeHtml(l.deadlinesPublic)}` : ''}</p>
<table class="fristliste">
<caption>${escapeHtml(l.deadlinesCaption)}</caption>
<thead><tr>${columns([c.due, c.status, c.responsible, c.what, c.case, c.meeting])}</tr></thead>
<tbody>
${rows.join('\n') || `<tr><td colspan="6">${escapeHtml(l.noDeadlines)}</td></tr>`}
</tbody>
</table>
</main>`;
    return htmlDocument(l.deadlines, main, { language });
}

function link(href: string, text: string): string {
    const safe = safeHref(href);
    return safe ? `<a href="${escapeHtml(safe)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function dateKey(d: CalendarDate | undefined): string {
    return d ? toIsoDate(d) : '';
}

function statusText(m: Meeting, l: Labels, language: Language): string {
    if (!m.status) return '';
    const approved = m.status.date?.value;
    if (m.status.kind === 'godkjent') return approved ? `${escapeHtml(l.approved)} ${escapeHtml(formatDate(approved, language))}` : escapeHtml(l.approved);
    return m.status.kind === 'utkast' ? escapeHtml(l.draft) : escapeHtml(m.status.text);
}

/** Column headers: `<th scope="col">` each. */
function columns(labels: string[]): string {
    return labels.map(label => `<th scope="col">${escapeHtml(label)}</th>`).join('');
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
