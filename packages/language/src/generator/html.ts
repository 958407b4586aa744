/**
 * The minutes of one meeting as HTML. Pure (no Node APIs): used by `referat html`, the VS Code
 * preview and the browser worker. Everything renders in source order: the header fields gathered
 * in the header, then the lines before the first case as written (prose between the attendance
 * lists stays between them), then each case with its head (type, exemption, introducers) on top and
 * every other line in the order it was written. Every element made from a source line carries
 * `data-line` (0-based) so an editor preview can sync scrolling. All text is escaped; only http(s)
 * and mailto links are made from the text.
 */
import { bodyDisplayName, bodyShortName, caseLabel, longDate, shorten } from '../model/labels.js';
import { casesWithVisibility, publicationBlockers } from '../model/queries.js';
import { type CaseInMeeting, resolveReference, singleMeetingLookup } from '../model/resolve.js';
import type {
    Attachment, AttendanceList, Attendee, Block, Case, CaseReference, Deadline, HeaderField, InlineText, ListItem, Meeting, NearMiss,
} from '../model/types.js';
import { type CalendarDate, type ClockTime, daysBetween, formatDate, formatTime, toIsoDate } from '../model/values/dates.js';
import { escapeHtml, linkify, safeHref } from './html-text.js';
import { meetingStylesheet } from './stylesheet.js';

export { meetingStylesheet } from './stylesheet.js';

export interface HtmlOptions {
    /** --offentlig: exempt cases show number, title and legal basis only. */
    publicEdition?: boolean;
    /** For "overdue" marks; defaults to none. */
    today?: CalendarDate;
    /** Resolves a case reference (the workspace's index); by default only cases of this meeting resolve. */
    resolve?: (ref: CaseReference) => CaseInMeeting | undefined;
    /**
     * Link to a resolved case of another meeting (its page in the same run), or undefined for no
     * link. Must be relative or http(s); anything else is not linked. Cases of this meeting link to
     * their section on the page.
     */
    hrefOf?: (target: CaseInMeeting) => string | undefined;
    /** Links to other published pages (the body's index, the deadlines page), shown above the header. */
    links?: Array<{ href: string; text: string }>;
}

/** The public edition cannot be made while a line nearly is `Unntatt offentlighet:` (fail closed). */
export class PublicationRefused extends Error {
    constructor(readonly blockers: NearMiss[]) {
        super(`Den offentlige utgaven kan ikke lages: ${blockers.map(b => `linje ${b.span.line + 1}`).join(', ')} ser ut som «Unntatt offentlighet:», men leses som vanlig tekst. Rett linjen, så vet Referat om saken skal unntas.`);
        this.name = 'PublicationRefused';
    }
}

/** Throws PublicationRefused when the public edition of `meeting` may not be made. */
export function assertPublishable(meeting: Meeting): void {
    const blockers = publicationBlockers(meeting);
    if (blockers.length > 0) throw new PublicationRefused(blockers);
}

/** A complete, self-contained page: `<!DOCTYPE html>`, inline CSS (screen and print), `lang="nb"`. */
export function renderMeetingHtml(meeting: Meeting, options: HtmlOptions = {}): string {
    return htmlDocument(meetingTitle(meeting), renderMeetingBody(meeting, options));
}

/** A complete page around a `<main>` fragment, with the shared stylesheet. */
export function htmlDocument(title: string, main: string): string {
    return `<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="referat">
<title>${escapedTitle(title)}</title>
<style>
${meetingStylesheet()}
</style>
</head>
<body>
${main}
</body>
</html>
`;
}

/** The page title: "BKH – møte 03/2024, 14. mai 2024". */
export function meetingTitle(meeting: Meeting): string {
    const body = shorten(bodyShortName(meeting.body) ?? 'Møtereferat', 36);
    const date = meeting.date?.value;
    const parts = [meeting.meetingNumber?.text && `møte ${meeting.meetingNumber.text}`, date && formatDate(date)].filter(Boolean);
    return parts.length ? `${body} – ${parts.join(', ')}` : body;
}

/** The id of a case's section on its page: "sak-17-2024", "sak-19-1". */
export function caseAnchor(c: Case): string {
    const key = c.number.problem ? c.number.text : c.number.key;
    return `sak-${key.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'uten-nummer'}`;
}

/** The `<main>` fragment of the page (the VS Code preview adds its own document around it). */
export function renderMeetingBody(meeting: Meeting, options: HtmlOptions = {}): string {
    if (options.publicEdition) assertPublishable(meeting);
    return new MeetingRenderer(meeting, options).render();
}

const CASE_KIND_CLASS = { decision: 'vedtakssak', discussion: 'diskusjonssak', information: 'orienteringssak', other: 'annen-sak' } as const;
const ATTACHMENT_LABELS = { vedlegg: ['Vedlegg', 'Vedlegg'], saksdokument: ['Saksdokument', 'Saksdokumenter'], bakgrunnsdokument: ['Bakgrunnsdokument', 'Bakgrunnsdokumenter'] } as const;
/** Labels of known header fields on the page (custom fields keep their own). */
const FIELD_LABELS: Partial<Record<HeaderField['kind'], string>> = {
    meetingNumber: 'Møte', date: 'Dato', time: 'Tid', place: 'Sted', status: 'Status', chair: 'Møteleder', referent: 'Referent',
};

class MeetingRenderer {
    private readonly anchors = new Map<Case, string>();
    private readonly exempt = new Map<Case, { exempt: boolean; basis?: string }>();
    private readonly lookup;

    constructor(private readonly meeting: Meeting, private readonly options: HtmlOptions) {
        const used = new Set<string>();
        for (const v of casesWithVisibility(meeting)) {
            let id = caseAnchor(v.case);
            for (let n = 2; used.has(id); n++) id = `${caseAnchor(v.case)}-${n}`;
            used.add(id);
            this.anchors.set(v.case, id);
            this.exempt.set(v.case, v);
        }
        this.lookup = singleMeetingLookup(meeting);
    }

    render(): string {
        const m = this.meeting;
        const links = (this.options.links ?? []).flatMap(l => { const href = safeHref(l.href); return href ? [`<li><a href="${escapeHtml(href)}">${escapeHtml(l.text)}</a></li>`] : []; });
        const parts = links.length ? [`<nav class="sider" aria-label="Andre sider"><ul>${links.join('')}</ul></nav>`, this.header()] : [this.header()];
        parts.push(...this.preamble());
        if (m.cases.length) parts.push(this.tableOfContents());
        for (const c of m.cases) parts.push(this.case(c, 2));
        if (m.nextMeeting) {
            parts.push(`<section class="neste-mote" aria-labelledby="neste-mote"><h2 id="neste-mote" data-line="${m.nextMeeting.span.line}">Neste møte</h2>
<p data-line="${m.nextMeeting.span.line}">${this.nextMeetingText()}</p></section>`);
        }
        const edition = this.options.publicEdition ? ' data-utgave="offentlig"' : '';
        return `<main class="referat"${edition}>\n${parts.join('\n')}\n</main>`;
    }

    // ---- header ------------------------------------------------------------------------------

    private header(): string {
        const m = this.meeting;
        const body = m.body ? bodyDisplayName(m.body) : 'Organ ikke oppgitt';
        const title = m.body ? m.headerFields.find(f => f.kind === 'body') : undefined;
        const fields = m.headerFields.filter(f => f !== title)
            .map(f => `<div data-line="${f.span.line}"><dt>${escapeHtml(FIELD_LABELS[f.kind] ?? (f.kind === 'body' ? 'Organ' : f.label))}</dt><dd>${this.fieldValue(f)}</dd></div>`);
        const line = m.body ? ` data-line="${m.body.span.line}"` : '';
        return `<header class="hode">
<h1${line}><span class="dokumenttype">Møtereferat</span> ${escapeHtml(body)}</h1>
${fields.length ? `<dl class="moteinfo">\n${fields.join('\n')}\n</dl>` : ''}
${this.options.publicEdition ? '<p class="utgave">Offentlig utgave. Saker som er unntatt offentlighet, vises bare med nummer, tittel og hjemmel.</p>' : ''}
</header>`;
    }

    /** A header field's value: dates and times formatted when they were read whole, else as written. */
    private fieldValue(f: HeaderField): string {
        const m = this.meeting;
        const first = m.headerFields.find(x => x.kind === f.kind) === f;
        if (first && f.kind === 'date' && m.date?.value && !m.date.problem) {
            const rest = f.text.slice(f.text.indexOf(m.date.text) + m.date.text.length).trim();
            return timeElement(m.date.value, longDate(m.date.value)) + (rest ? ` ${linkify(rest)}` : '');
        }
        if (first && f.kind === 'time' && m.time?.from && !m.time.problem && !m.time.rest) {
            return escapeHtml(timeRange(m.time.from, m.time.to) + (m.time.zone ? ` ${m.time.zone}` : ''));
        }
        if (first && f.kind === 'status' && m.status) return this.status(m.status);
        return linkify(f.text);
    }

    /** «Godkjent 28. mai 2024», «Utkast – ikke godkjent», or the text as written when it says more. */
    private status(status: NonNullable<Meeting['status']>): string {
        const text = status.text.trim();
        const date = status.date;
        const at = date ? text.indexOf(date.text) : -1;
        const before = (at >= 0 ? text.slice(0, at) : text).trim().toLowerCase();
        const after = at >= 0 ? text.slice(at + date!.text.length).trim() : '';
        if (status.kind === 'godkjent' && before === 'godkjent' && !after) return `Godkjent${date?.value ? ` ${timeElement(date.value, formatDate(date.value))}` : ''}`;
        if (status.kind === 'utkast' && /^utkast$/iu.test(text)) return '<strong class="merke utkast">Utkast</strong> – ikke godkjent';
        if (status.kind === 'utkast' && /^utkast/iu.test(text)) return `<strong class="merke utkast">Utkast</strong> ${linkify(text.slice('utkast'.length).trim())}`;
        return linkify(text);
    }

    // ---- before the first case -----------------------------------------------------------------

    /** The preamble in source order; the attendance lists (and what stands between them) form the «Deltakere» section. */
    private preamble(): string[] {
        const blocks = this.meeting.preamble;
        const firstList = blocks.findIndex(b => b.kind === 'attendance');
        let lastList = -1;
        for (let i = blocks.length - 1; i >= 0 && lastList < 0; i--) if (blocks[i].kind === 'attendance') lastList = i;
        const render = (list: Block[]) => list.map(b => this.block(b, undefined)).filter(Boolean).join('\n');
        if (firstList < 0) return blocks.length ? [`<div class="innledning">\n${render(blocks)}\n</div>`] : [];
        const out: string[] = [];
        const before = blocks.slice(0, firstList), after = blocks.slice(lastList + 1);
        if (before.length) out.push(`<div class="innledning">\n${render(before)}\n</div>`);
        out.push(`<section class="deltakerlister" aria-labelledby="deltakere"><h2 id="deltakere">Deltakere</h2>\n${render(blocks.slice(firstList, lastList + 1))}\n</section>`);
        if (after.length) out.push(`<div class="innledning">\n${render(after)}\n</div>`);
        return out;
    }

    private attendanceTable(list: AttendanceList, index: number): string {
        const hasNote = list.attendees.some(a => a.note || a.party);
        const rows = list.attendees.map(a => `<tr data-line="${a.span.line}"><th scope="row">${escapeHtml(a.name)}</th><td>${escapeHtml(a.institution ?? '')}</td><td>${escapeHtml(a.role ?? a.title ?? '')}</td>${hasNote ? `<td>${escapeHtml([a.party, a.note].filter(Boolean).join(', '))}</td>` : ''}</tr>`);
        const empty = list.note ? this.inline(list.note) : 'Ingen oppført.';
        const body = rows.length ? rows.join('\n') : `<tr><td colspan="${hasNote ? 4 : 3}">${empty}</td></tr>`;
        const note = rows.length && list.note ? `\n<p class="merknad" data-line="${list.note.span.line}">${this.inline(list.note)}</p>` : '';
        return `<div class="tabell"><table class="deltakere" data-line="${list.span.line}" id="deltakere-${index + 1}">
<caption>${escapeHtml(list.label)}</caption>
<thead><tr><th scope="col">Navn</th><th scope="col">Institusjon</th><th scope="col">Rolle</th>${hasNote ? '<th scope="col">Merknad</th>' : ''}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>${note}`;
    }

    // ---- table of contents -------------------------------------------------------------------

    private tableOfContents(): string {
        const list = (cases: Case[]): string => `<ol>\n${cases.map(c => `<li data-line="${c.headingSpan.line}"><a href="#${this.anchors.get(c)}">${escapeHtml(caseLabel(c))}</a>${c.subCases.length ? list(c.subCases) : ''}</li>`).join('\n')}\n</ol>`;
        return `<nav class="saksliste" aria-labelledby="saksliste"><h2 id="saksliste">Saksliste</h2>\n${list(this.meeting.cases)}\n</nav>`;
    }

    // ---- cases -------------------------------------------------------------------------------

    private case(c: Case, level: number): string {
        const id = this.anchors.get(c)!;
        const h = `h${Math.min(level, 6)}`;
        const visibility = this.exempt.get(c)!;
        const heading = `<${h} id="${id}-tittel" data-line="${c.headingSpan.line}"><span class="saksnr">Sak ${escapeHtml(c.number.text)}</span> ${escapeHtml(c.title)}</${h}>`;
        const subs = c.subCases.map(s => this.case(s, level + 1));
        if (visibility.exempt && this.options.publicEdition) {
            // Only number, title and legal basis: nothing else of the case (or of its sub-cases) is read.
            const note = visibility.basis ? `Unntatt offentlighet: ${escapeHtml(visibility.basis)}` : 'Unntatt offentlighet.';
            return `<section class="sak unntatt" id="${id}" aria-labelledby="${id}-tittel" data-line="${c.headingSpan.line}">
${heading}
<p class="unntatt-merknad">${note}</p>${subs.length ? `\n${subs.join('\n')}` : ''}
</section>`;
        }
        const kind = c.type ? ` ${CASE_KIND_CLASS[c.type.kind]}` : '';
        const parts = [heading, ...this.caseHead(c), ...c.content.map(b => this.block(b, c)), ...subs];
        return `<section class="sak${kind}" id="${id}" aria-labelledby="${id}-tittel" data-line="${c.headingSpan.line}">\n${parts.filter(Boolean).join('\n')}\n</section>`;
    }

    /** The case head, gathered at the top: type, exemption, introducers. */
    private caseHead(c: Case): string[] {
        const out: string[] = [];
        if (c.type) out.push(`<p class="sakstype" data-line="${c.type.span.line}"><strong>${escapeHtml(c.type.label)}</strong>${c.type.text ? `: ${this.inline(c.type.text)}` : ''}</p>`);
        if (c.exemption) out.push(`<p class="unntatt-merknad" data-line="${c.exemption.span.line}"><strong>Unntatt offentlighet</strong>${c.exemption.basis ? `: ${escapeHtml(c.exemption.basis)}` : ''}</p>`);
        for (const i of c.introducers) out.push(`<p class="innledning-ved" data-line="${i.span.line}"><strong>Innledning ved</strong> ${this.inline(i.text)}</p>`);
        return out;
    }

    private attachments(items: Attachment[], line: number): string {
        const written = items.filter(a => a.text.text.trim());
        const [one, many] = ATTACHMENT_LABELS[items[0].kind];
        if (written.length === 1 && items.length === 1) return `<p class="vedlegg" data-line="${line}"><strong>${one}:</strong> ${this.inline(written[0].text)}</p>`;
        const list = written.map(a => `<li data-line="${a.text.span.line}">${this.inline(a.text)}</li>`);
        return `<div class="vedlegg" data-line="${line}"><p><strong>${written.length > 1 ? many : one}:</strong></p>${list.length ? `\n<ul>\n${list.join('\n')}\n</ul>` : ''}</div>`;
    }

    private block(b: Block, c: Case | undefined): string {
        const m = this.meeting;
        switch (b.kind) {
            case 'paragraph':
                return `<p data-line="${b.span.line}">${b.lines.map(l => this.inline(l)).join('<br>\n')}</p>`;
            case 'list':
                return this.list(b.items);
            case 'attendance':
                return this.attendanceTable(m.attendance[b.index], b.index);
            case 'misplaced':
                return `<p data-line="${b.span.line}">${this.inline(m.misplaced[b.index].text)}</p>`;
            case 'conflict': {
                const conflict = (c ? c.conflicts : m.conflicts)[b.index];
                return `<p class="inhabil" data-line="${b.span.line}"><strong>Inhabil:</strong> ${this.inline(conflict.text)}</p>`;
            }
        }
        if (!c) return '';
        switch (b.kind) {
            case 'decision': {
                const d = c.decisions[b.index];
                const body = d.blocks.map(x => this.block(x, c)).filter(Boolean).join('\n');
                return `<div class="vedtak" data-line="${d.keywordSpan.line}" role="group" aria-label="Vedtak">\n<p class="vedtak-etikett"><strong>Vedtak</strong></p>\n${body || '<p class="mangler">Vedtaksteksten mangler.</p>'}\n</div>`;
            }
            case 'vote': {
                const vote = c.votes[b.index];
                return `<p class="votering" data-line="${vote.span.line}"><strong>Votering:</strong> ${escapeHtml(vote.text)}</p>`;
            }
            case 'dissent':
                return `<p class="dissens" data-line="${b.span.line}"><strong>Dissens:</strong> ${this.inline(c.dissents[b.index].text)}</p>`;
            case 'deadline':
                return this.deadline(c.deadlines[b.index]);
            case 'responsible': {
                const r = c.responsibles[b.index];
                const members = r.members.map(a => `<li data-line="${a.span.line}">${attendeeText(a)}</li>`);
                return `<div class="ansvarlig" data-line="${r.span.line}"><p><strong>Ansvarlig:</strong> ${this.inline(r.text)}</p>${members.length ? `\n<ul>\n${members.join('\n')}\n</ul>` : ''}</div>`;
            }
            case 'attachments':
                return this.attachments(c.attachments.slice(b.from, b.to), b.span.line);
            default:
                return '';
        }
    }

    private deadline(d: Deadline): string {
        const today = this.options.today;
        const due = d.due.value;
        const overdue = !!(today && due && !d.done && daysBetween(today, due) < 0);
        const cls = ['frist', d.done ? 'utfort' : '', overdue ? 'forfalt' : ''].filter(Boolean).join(' ');
        const from = d.responsibleFromCase && d.responsible ? ` <span class="frist-ansvarlig">(ansvarlig: ${escapeHtml(d.responsible.name)})</span>` : '';
        const mark = overdue ? ` <strong class="merke forfalt">Forfalt</strong>` : '';
        const date = due ? ` data-dato="${toIsoDate(due)}"` : '';
        return `<p class="${cls}" data-line="${d.span.line}"${date}><strong>Frist</strong> ${linkify(d.text.trim())}${from}${mark}</p>`;
    }

    /** Bullet and numbered lists, nested by depth; a change of list kind starts a new list. Iterative over items. */
    private list(items: ListItem[]): string {
        let out = '';
        const open: Array<{ ordered: boolean }> = [];
        const openList = (item: ListItem) => {
            open.push({ ordered: item.ordered });
            out += item.ordered ? `<ol${item.number !== undefined && item.number !== 1 ? ` start="${item.number}"` : ''}>` : '<ul>';
        };
        const closeList = () => { out += open.pop()!.ordered ? '</li></ol>' : '</li></ul>'; };
        for (const item of items) {
            const depth = Math.min(item.depth, open.length);
            while (open.length > depth + 1) closeList();
            if (open.length === depth + 1) {
                if (open[depth].ordered !== item.ordered) { closeList(); openList(item); } else out += '</li>\n';
            } else openList(item);
            out += `<li data-line="${item.content.span.line}">${this.inline(item.content)}`;
        }
        while (open.length) closeList();
        return out;
    }

    // ---- inline text -------------------------------------------------------------------------

    /** Escaped prose with case references and URLs as links. */
    private inline(text: InlineText): string {
        let out = '';
        let last = 0;
        for (const ref of text.references) {
            const start = ref.span.start - text.span.start, end = ref.span.end - text.span.start;
            if (start < last || start < 0 || end > text.text.length) continue;
            const target = this.link(ref);
            if (!target) continue;
            // Link from the word "sak": "jf. <a>sak 19.1</a>".
            const sak = text.text.slice(start, end).search(/sak/i);
            const from = sak > 0 ? start + sak : start;
            out += linkify(text.text.slice(last, from)) + `<a class="saksreferanse" href="${escapeHtml(target.href)}" title="${escapeHtml(target.title)}">${escapeHtml(text.text.slice(from, end))}</a>`;
            last = end;
        }
        return out + linkify(text.text.slice(last));
    }

    private link(ref: CaseReference): { href: string; title: string } | undefined {
        const target = this.options.resolve ? this.options.resolve(ref) : resolveReference(this.lookup, this.meeting, ref).target;
        if (!target) return undefined;
        if (target.meeting.uri === this.meeting.uri) {
            const id = this.anchors.get(target.case);
            return id ? { href: `#${id}`, title: caseLabel(target.case) } : undefined;
        }
        const href = this.options.hrefOf?.(target);
        const safe = href && safeHref(href);
        return safe ? { href: safe, title: `${caseLabel(target.case)} (${meetingTitle(target.meeting)})` } : undefined;
    }

    private nextMeetingText(): string {
        const n = this.meeting.nextMeeting!;
        const date = n.date?.value;
        if (!date || n.date!.problem) return linkify(n.text);
        const when = [timeElement(date, longDate(date)), n.time?.from && !n.time.problem ? `kl. ${escapeHtml(timeRange(n.time.from, n.time.to))}` : ''].filter(Boolean).join(', ');
        return n.place ? `${when}, ${linkify(n.place)}` : when;
    }
}

/** The title escaped, shortened so the escaped text stays within 70 characters (validators and tabs cut longer ones). */
function escapedTitle(title: string): string {
    let text = title;
    for (let max = 70; escapeHtml(text).length > 70 && max > 10; max -= 5) text = shorten(title, max);
    return escapeHtml(text);
}

function attendeeText(a: Attendee): string {
    const parts = [a.name, a.institution, a.role].filter(Boolean).join(', ');
    return escapeHtml(a.note ? `${parts} (${a.note})` : parts);
}

function timeElement(d: CalendarDate, text: string): string {
    return `<time datetime="${toIsoDate(d)}">${escapeHtml(text)}</time>`;
}

function timeRange(from: ClockTime, to?: ClockTime): string {
    return to ? `${formatTime(from)}–${formatTime(to)}` : formatTime(from);
}
