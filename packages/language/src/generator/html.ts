/**
 * The minutes of one meeting as HTML. Pure (no Node APIs): used by `referat html`, the VS Code
 * preview and the browser worker. Every element made from a source line carries `data-line`
 * (0-based) so an editor preview can sync scrolling. All text is escaped; only http(s) and mailto
 * links are made from the text.
 */
import { daysBetween, findDate, formatDate, formatTime, toIsoDate, weekdayOf, type CalendarDate, type ClockTime } from '../model/dates.js';
import type { Attachment, Attendee, AttendanceList, Block, Case, CaseReference, Deadline, InlineText, ListItem, Meeting } from '../model/types.js';
import { escapeHtml, linkify, safeHref } from './html-text.js';
import { meetingStylesheet } from './stylesheet.js';

export { meetingStylesheet } from './stylesheet.js';

export interface HtmlOptions {
    /** --offentlig: exempt cases show number, title and legal basis only. */
    publicEdition?: boolean;
    /** For "overdue" marks; defaults to none. */
    today?: CalendarDate;
    /**
     * Link target for a resolved case reference (another meeting's page in the same run), or
     * undefined for no link. The href must be relative or http(s); anything else is not linked.
     * Without a resolver, references to cases of the same meeting link to them on the page.
     */
    resolveReference?: (ref: CaseReference) => { href: string; title: string } | undefined;
    /** Links to other published pages (the body's index, the deadlines page), shown above the header. */
    links?: Array<{ href: string; text: string }>;
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
    const body = shorten(meeting.body?.shortName ?? meeting.body?.name ?? 'Møtereferat', 36);
    const parts = [meeting.meetingNumber?.text && `møte ${meeting.meetingNumber.text}`, meeting.date && formatDate(meeting.date)].filter(Boolean);
    return parts.length ? `${body} – ${parts.join(', ')}` : body;
}

/** The id of a case's section on its page: "sak-17-2024", "sak-19-1". */
export function caseAnchor(c: Case): string {
    const key = c.number.error ? c.number.text : c.number.key;
    return `sak-${key.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'uten-nummer'}`;
}

/** The `<main>` fragment of the page (the VS Code preview adds its own document around it). */
export function renderMeetingBody(meeting: Meeting, options: HtmlOptions = {}): string {
    return new MeetingRenderer(meeting, options).render();
}

function numberKey(n: { main: number; sub: number[] }): string {
    return [n.main, ...n.sub].join('.');
}

const CASE_KIND_CLASS = { decision: 'vedtakssak', discussion: 'diskusjonssak', information: 'orienteringssak', other: 'annen-sak' } as const;
const ATTACHMENT_LABELS = { vedlegg: ['Vedlegg', 'Vedlegg'], saksdokument: ['Saksdokument', 'Saksdokumenter'], bakgrunnsdokument: ['Bakgrunnsdokument', 'Bakgrunnsdokumenter'] } as const;

class MeetingRenderer {
    private readonly anchors = new Map<Case, string>();
    /** Cases with their anchors by number ("17.1"), in document order: references resolve without a scan. */
    private readonly byNumber = new Map<string, Array<[Case, string]>>();

    constructor(private readonly meeting: Meeting, private readonly options: HtmlOptions) {
        const used = new Set<string>();
        const visit = (cases: Case[]) => {
            for (const c of cases) {
                let id = caseAnchor(c);
                for (let n = 2; used.has(id); n++) id = `${caseAnchor(c)}-${n}`;
                used.add(id);
                this.anchors.set(c, id);
                const key = numberKey(c.number);
                const same = this.byNumber.get(key);
                if (same) same.push([c, id]); else this.byNumber.set(key, [[c, id]]);
                visit(c.subCases);
            }
        };
        visit(meeting.cases);
    }

    render(): string {
        const m = this.meeting;
        const links = (this.options.links ?? []).flatMap(l => { const href = safeHref(l.href); return href ? [`<li><a href="${escapeHtml(href)}">${escapeHtml(l.text)}</a></li>`] : []; });
        const parts = links.length ? [`<nav class="sider" aria-label="Andre sider"><ul>${links.join('')}</ul></nav>`, this.header()] : [this.header()];
        if (m.preamble.length) parts.push(`<div class="innledning">\n${this.blocks(m.preamble, undefined, 2)}\n</div>`);
        if (m.attendance.length) parts.push(this.attendance(m.attendance));
        if (m.cases.length) parts.push(this.tableOfContents());
        for (const c of m.cases) parts.push(this.case(c, 2, false));
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
        const body = m.body ? (m.body.shortName ? `${m.body.name} (${m.body.shortName})` : m.body.name) : 'Organ ikke oppgitt';
        const fields: string[] = [];
        const field = (label: string, line: number | undefined, html: string) =>
            fields.push(`<div${line === undefined ? '' : ` data-line="${line}"`}><dt>${label}</dt><dd>${html}</dd></div>`);
        if (m.meetingNumber) field('Møte', m.meetingNumber.span.line, escapeHtml(m.meetingNumber.text));
        if (m.dateField) field('Dato', m.dateField.span.line, m.date && !m.dateError ? timeElement(m.date, withWeekday(m.date)) : escapeHtml(m.dateField.text));
        if (m.time) field('Tid', m.time.span.line, m.time.from && !m.time.error ? escapeHtml(timeRange(m.time.from, m.time.to)) : escapeHtml(this.headerText('tid')));
        if (m.place) field('Sted', m.place.span.line, linkify(m.place.text));
        if (m.status) field('Status', m.status.span.line, this.status(m.status));
        // Chair and referent as written ("Mai Hege Stokke, Helse Midt-Norge RHF"), not only the name.
        if (m.chair) field('Møteleder', m.chair.span.line, linkify(this.headerText('møteleder') || m.chair.name));
        if (m.referent) field('Referent', m.referent.span.line, linkify(this.headerText('referent') || m.referent.name));
        const line = m.body ? ` data-line="${m.body.span.line}"` : '';
        return `<header class="hode">
<h1${line}><span class="dokumenttype">Møtereferat</span> ${escapeHtml(body)}</h1>
${fields.length ? `<dl class="moteinfo">\n${fields.join('\n')}\n</dl>` : ''}
${this.options.publicEdition ? '<p class="utgave">Offentlig utgave. Saker som er unntatt offentlighet, vises bare med nummer, tittel og hjemmel.</p>' : ''}
</header>`;
    }

    /** «Godkjent 28. mai 2024», «Utkast – ikke godkjent», or the text as written when it says more. */
    private status(status: NonNullable<Meeting['status']>): string {
        const date = status.kind === 'godkjent' ? findDate(status.text, this.meeting.date?.year) : undefined;
        const rest = date ? status.text.slice(date.end).trim() : '';
        if (status.kind === 'godkjent' && !rest) return `Godkjent${status.date ? ` ${timeElement(status.date, formatDate(status.date))}` : ''}`;
        if (status.kind === 'utkast' && !/^utkast\s*\S/iu.test(status.text.trim())) return '<strong class="merke utkast">Utkast</strong> – ikke godkjent';
        return status.kind === 'utkast' ? `<strong class="merke utkast">Utkast</strong> ${linkify(status.text.trim().slice('utkast'.length).trim())}` : linkify(status.text);
    }

    private headerText(key: string): string {
        return this.meeting.headerFields.find(f => f.key === key)?.text ?? '';
    }

    // ---- attendance --------------------------------------------------------------------------

    private attendance(lists: AttendanceList[]): string {
        const tables = lists.map((list, i) => {
            const hasNote = list.attendees.some(a => a.note);
            const rows = list.attendees.map(a => `<tr data-line="${a.span.line}"><th scope="row">${escapeHtml(a.name)}</th><td>${escapeHtml(a.institution ?? '')}</td><td>${escapeHtml(a.role ?? '')}</td>${hasNote ? `<td>${escapeHtml(a.note ?? '')}</td>` : ''}</tr>`);
            const body = rows.length ? rows.join('\n') : `<tr><td colspan="${hasNote ? 4 : 3}">Ingen oppført.</td></tr>`;
            return `<table class="deltakere" data-line="${list.span.line}" id="deltakere-${i + 1}">
<caption>${escapeHtml(list.label)}</caption>
<thead><tr><th scope="col">Navn</th><th scope="col">Institusjon</th><th scope="col">Rolle</th>${hasNote ? '<th scope="col">Merknad</th>' : ''}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
        });
        return `<section class="deltakerlister" aria-labelledby="deltakere"><h2 id="deltakere">Deltakere</h2>\n${tables.join('\n')}\n</section>`;
    }

    // ---- table of contents -------------------------------------------------------------------

    private tableOfContents(): string {
        const list = (cases: Case[]): string => `<ol>\n${cases.map(c => `<li data-line="${c.headingSpan.line}"><a href="#${this.anchors.get(c)}">${escapeHtml(caseHeading(c))}</a>${c.subCases.length ? list(c.subCases) : ''}</li>`).join('\n')}\n</ol>`;
        return `<nav class="saksliste" aria-labelledby="saksliste"><h2 id="saksliste">Saksliste</h2>\n${list(this.meeting.cases)}\n</nav>`;
    }

    // ---- cases -------------------------------------------------------------------------------

    private case(c: Case, level: number, parentExempt: boolean): string {
        const id = this.anchors.get(c)!;
        const h = `h${Math.min(level, 6)}`;
        const exempt = parentExempt || !!c.exemption;
        const heading = `<${h} id="${id}-tittel" data-line="${c.headingSpan.line}"><span class="saksnr">Sak ${escapeHtml(c.number.text)}</span> ${escapeHtml(c.title)}</${h}>`;
        if (exempt && this.options.publicEdition) {
            // Only number, title and legal basis: nothing else of the case (or of its sub-cases) is read.
            const basis = c.exemption?.basis ?? this.exemptParentBasis(c);
            const note = basis ? `Unntatt offentlighet: ${escapeHtml(basis)}` : 'Unntatt offentlighet.';
            const subs = c.subCases.map(s => this.case(s, level + 1, true)).join('\n');
            return `<section class="sak unntatt" id="${id}" aria-labelledby="${id}-tittel" data-line="${c.headingSpan.line}">
${heading}
<p class="unntatt-merknad">${note}</p>${subs ? `\n${subs}` : ''}
</section>`;
        }
        const kind = c.type ? ` ${CASE_KIND_CLASS[c.type.kind]}` : '';
        const parts = [heading, ...this.caseInfo(c), this.caseContent(c, level)];
        for (const s of c.subCases) parts.push(this.case(s, level + 1, exempt));
        return `<section class="sak${kind}" id="${id}" aria-labelledby="${id}-tittel" data-line="${c.headingSpan.line}">\n${parts.filter(Boolean).join('\n')}\n</section>`;
    }

    /** The legal basis of the nearest exempt parent, for a sub-case of an exempt case. */
    private exemptParentBasis(c: Case): string | undefined {
        const find = (cases: Case[], parent?: Case): string | undefined => {
            for (const x of cases) {
                if (x === c) return parent?.exemption?.basis;
                const found = find(x.subCases, x.exemption ? x : parent);
                if (found !== undefined) return found;
            }
            return undefined;
        };
        return find(this.meeting.cases);
    }

    /** Type, introducer, responsible, attachments, exemption and conflicts: the lines before the prose. */
    private caseInfo(c: Case): string[] {
        const out: string[] = [];
        if (c.type) out.push(`<p class="sakstype" data-line="${c.type.span.line}"><strong>${escapeHtml(c.type.label)}</strong>${c.type.text ? `: ${this.inline(c.type.text)}` : ''}</p>`);
        if (c.exemption) out.push(`<p class="unntatt-merknad" data-line="${c.exemption.span.line}"><strong>Unntatt offentlighet</strong>${c.exemption.basis ? `: ${escapeHtml(c.exemption.basis)}` : ''}</p>`);
        if (c.introducer) out.push(`<p class="innledning-ved" data-line="${c.introducer.text.span.line}"><strong>Innledning ved</strong> ${this.inline(c.introducer.text)}</p>`);
        if (c.responsible) {
            const members = c.responsible.members.map(a => `<li data-line="${a.span.line}">${attendeeText(a)}</li>`);
            out.push(`<div class="ansvarlig" data-line="${c.responsible.text.span.line}"><p><strong>Ansvarlig:</strong> ${this.inline(c.responsible.text)}</p>${members.length ? `\n<ul>\n${members.join('\n')}\n</ul>` : ''}</div>`);
        }
        for (const group of this.attachments(c.attachments)) out.push(group);
        const conflicts = c.conflictLines ?? (c.conflicts.length ? [{ text: c.conflicts.map(p => p.name).join(', '), span: c.conflicts[0].span, references: [] }] : []);
        for (const line of conflicts) out.push(`<p class="inhabil" data-line="${line.span.line}"><strong>Inhabil:</strong> ${this.inline(line)}</p>`);
        return out;
    }

    private attachments(attachments: Attachment[]): string[] {
        const groups: Attachment[][] = [];
        for (const a of attachments) {
            const last = groups[groups.length - 1];
            if (last && last[0].kind === a.kind) last.push(a); else groups.push([a]);
        }
        return groups.map(group => {
            const items = group.filter(a => a.text.text.trim());
            const [one, many] = ATTACHMENT_LABELS[group[0].kind];
            const line = group[0].text.span.line;
            if (items.length === 1) return `<p class="vedlegg" data-line="${line}"><strong>${one}:</strong> ${this.inline(items[0].text)}</p>`;
            return `<div class="vedlegg" data-line="${line}"><p><strong>${items.length ? many : one}:</strong></p>${items.length ? `\n<ul>\n${items.map(a => `<li data-line="${a.text.span.line}">${this.inline(a.text)}</li>`).join('\n')}\n</ul>` : ''}</div>`;
        });
    }

    private caseContent(c: Case, level: number): string {
        const parts = c.content.map(b => this.block(b, c, level));
        const dissent = (c.dissentLines ?? (c.dissent.length ? [{ text: c.dissent.map(p => p.name).join(', '), span: c.dissent[0].span, references: [] }] : []))
            .map(line => `<p class="dissens" data-line="${line.span.line}"><strong>Dissens:</strong> ${this.inline(line)}</p>`);
        // Dissent belongs with the vote; without a vote it follows the content (no spread into
        // splice: a case can have more dissent lines than the stack has room for arguments).
        const vote = c.content.findIndex(b => b.kind === 'vote');
        const at = vote < 0 ? parts.length : vote + 1;
        return [parts.slice(0, at), dissent, parts.slice(at)].flat().filter(Boolean).join('\n');
    }

    private blocks(blocks: Block[], c: Case | undefined, level: number): string {
        return blocks.map(b => this.block(b, c, level)).filter(Boolean).join('\n');
    }

    private block(b: Block, c: Case | undefined, level: number): string {
        switch (b.kind) {
            case 'paragraph':
                return `<p data-line="${b.span.line}">${b.lines.map(l => this.inline(l)).join('<br>\n')}</p>`;
            case 'list':
                return this.list(b.items);
            case 'decision': {
                const d = c?.decisions[b.index];
                if (!d) return '';
                const body = this.blocks(d.blocks, c, level);
                return `<div class="vedtak" data-line="${d.keywordSpan.line}" role="group" aria-label="Vedtak">\n<p class="vedtak-etikett"><strong>Vedtak</strong></p>\n${body || '<p class="mangler">Vedtaksteksten mangler.</p>'}\n</div>`;
            }
            case 'vote':
                return c?.vote ? `<p class="votering" data-line="${c.vote.span.line}"><strong>Votering:</strong> ${escapeHtml(c.vote.text)}</p>` : '';
            case 'deadline': {
                const d = c?.deadlines[b.index];
                return d ? this.deadline(d) : '';
            }
        }
    }

    private deadline(d: Deadline): string {
        const today = this.options.today;
        const overdue = !!(today && d.date && !d.done && daysBetween(today, d.date) < 0);
        const cls = ['frist', d.done ? 'utfort' : '', overdue ? 'forfalt' : ''].filter(Boolean).join(' ');
        const from = d.responsibleFromCase && d.responsible ? ` <span class="frist-ansvarlig">(ansvarlig: ${escapeHtml(d.responsible.name)})</span>` : '';
        const mark = overdue ? ` <strong class="merke forfalt">Forfalt</strong>` : '';
        const date = d.date ? ` data-dato="${toIsoDate(d.date)}"` : '';
        return `<p class="${cls}" data-line="${d.span.line}"${date}><strong>Frist</strong> ${linkify(d.text.trim())}${from}${mark}</p>`;
    }

    /** Bullet and numbered lists, nested by depth; a change of list kind starts a new list. */
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
        const refs = text.references
            .map(ref => ({ ref, start: ref.span.start - text.span.start, end: ref.span.end - text.span.start }))
            .filter(r => r.start >= 0 && r.end <= text.text.length)
            .sort((a, b) => a.start - b.start);
        for (const { ref, start, end } of refs) {
            if (start < last) continue;
            const target = this.resolve(ref);
            const href = target && safeHref(target.href);
            if (!href) continue;
            // Link from the word "sak": "jf. <a>sak 19.1</a>".
            const sak = text.text.slice(start, end).search(/sak/i);
            const from = sak > 0 ? start + sak : start;
            out += linkify(text.text.slice(last, from)) + `<a class="saksreferanse" href="${escapeHtml(href)}" title="${escapeHtml(target!.title)}">${escapeHtml(text.text.slice(from, end))}</a>`;
            last = end;
        }
        return out + linkify(text.text.slice(last));
    }

    private resolve(ref: CaseReference): { href: string; title: string } | undefined {
        if (this.options.resolveReference) return this.options.resolveReference(ref);
        if (ref.meeting) return undefined;
        for (const [c, id] of this.byNumber.get(numberKey(ref.number)) ?? []) {
            if (ref.number.year === undefined || (c.number.year ?? this.meeting.date?.year) === ref.number.year) {
                return { href: `#${id}`, title: caseHeading(c) };
            }
        }
        return undefined;
    }

    private nextMeetingText(): string {
        const n = this.meeting.nextMeeting!;
        if (!n.date || n.dateError) return linkify(n.text);
        const when = [timeElement(n.date, withWeekday(n.date)), n.time?.from && !n.time.error ? `kl. ${escapeHtml(timeRange(n.time.from, n.time.to))}` : ''].filter(Boolean).join(', ');
        return n.place ? `${when}, ${linkify(n.place)}` : when;
    }
}

/** The title escaped, shortened so the escaped text stays within 70 characters (validators and tabs cut longer ones). */
function escapedTitle(title: string): string {
    let text = title;
    for (let max = 70; escapeHtml(text).length > 70 && max > 10; max -= 5) text = shorten(title, max);
    return escapeHtml(text);
}

/** Cuts `text` at a word boundary to at most `max` characters, with «…». */
export function shorten(text: string, max: number): string {
    if (text.length <= max) return text;
    const cut = text.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

export function caseHeading(c: Case): string {
    return `Sak ${c.number.text} ${c.title}`.trim();
}

function attendeeText(a: Attendee): string {
    const parts = [a.name, a.institution, a.role].filter(Boolean).join(', ');
    return escapeHtml(a.note ? `${parts} (${a.note})` : parts);
}

function withWeekday(d: CalendarDate): string {
    return `${weekdayOf(d)} ${formatDate(d)}`;
}

function timeElement(d: CalendarDate, text: string): string {
    return `<time datetime="${toIsoDate(d)}">${escapeHtml(text)}</time>`;
}

function timeRange(from: ClockTime, to?: ClockTime): string {
    return to ? `${formatTime(from)}–${formatTime(to)}` : formatTime(from);
}
