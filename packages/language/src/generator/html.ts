/**
 * The minutes of one meeting as HTML. Pure (no Node APIs): used by `referat html`, the VS Code
 * preview and the browser worker. Everything renders in source order: the header fields gathered
 * in the header, then the lines before the first case as written (prose between the attendance
 * lists stays between them), then each case with its head (type, exemption, introducers) on top and
 * every other line in the order it was written. Every element made from a source line carries
 * `data-line` (0-based) so an editor preview can sync scrolling. All text is escaped; only http(s)
 * and mailto links are made from the text.
 */
import { bodyDisplayName, bodyShortName, caseLabel, caseNumberLabel, longDate, shorten } from '../model/labels.js';
import { caseKindOf, casesWithVisibility, type PublicationBlocker, publicationBlockers } from '../model/queries.js';
import { type CaseInMeeting, resolveReference, singleMeetingLookup } from '../model/resolve.js';
import type {
    Attachment, AttendanceList, Attendee, Block, Case, CaseReference, Deadline, HeaderField, InlineText, ListItem, Meeting, MeetingReference, Proposal,
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
    /** Resolves a reference to another meeting ("jf. møte 03/2025"); with `meetingHrefOf` the page links to it. */
    resolveMeeting?: (ref: MeetingReference) => Meeting | undefined;
    meetingHrefOf?: (meeting: Meeting) => string | undefined;
}

/** The public edition cannot be made while whether a case is exempt is in doubt (fail closed). */
export class PublicationRefused extends Error {
    constructor(readonly blockers: PublicationBlocker[]) {
        const lines = (reason: PublicationBlocker['reason']) => blockers.filter(b => b.reason === reason).map(b => `linje ${b.span.line + 1}`).join(', ');
        const why = [
            lines('near-miss') && `${lines('near-miss')} ser ut som «Unntatt offentlighet:», men leses som vanlig tekst`,
            lines('at-case-end') && `«Unntatt offentlighet:» på ${lines('at-case-end')} står sist i en sak og kan være ment for saken etter`,
        ].filter(Boolean).join('; ');
        super(`Den offentlige utgaven kan ikke lages: ${why}. Rett linjen, så vet Referat hvilken sak som skal unntas.`);
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
    const body = shorten(bodyShortName(meeting.body) ?? meeting.documentKind ?? 'Møtereferat', 36);
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
const PROPOSAL_LABELS: Record<Proposal['kind'], string> = { forslag: 'Forslag', endringsforslag: 'Endringsforslag', tilleggsforslag: 'Tilleggsforslag', innstilling: 'Innstilling' };

/** The legal basis of the closed session a case was treated in: of its section, else of a section around it. */
function closedBasis(m: Meeting, c: Case): string | undefined {
    for (let s = c.section; s !== undefined; s = m.sections[s].parent) if (m.sections[s].basis) return m.sections[s].basis;
    return undefined;
}
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
        parts.push(...this.cases());
        if (m.nextMeeting) {
            parts.push(`<section class="neste-mote" aria-labelledby="neste-mote"><h2 id="neste-mote" data-line="${m.nextMeeting.span.line}">Neste møte</h2>
<p data-line="${m.nextMeeting.span.line}">${this.nextMeetingText()}</p></section>`);
        }
        if (m.signatures.length) parts.push(this.signatures());
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
<h1${line}><span class="dokumenttype">${escapeHtml(m.documentKind ?? 'Møtereferat')}</span> ${escapeHtml(body)}</h1>
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
        const list = (cases: Case[]): string => `<ol>\n${cases.map(c => `<li data-line="${c.headingSpan.line}"><a href="#${this.anchors.get(c)}">${escapeHtml(caseLabel(c))}</a>${c.withdrawn ? ' (trukket)' : ''}${c.subCases.length ? list(c.subCases) : ''}</li>`).join('\n')}\n</ol>`;
        return `<nav class="saksliste" aria-labelledby="saksliste"><h2 id="saksliste">Saksliste</h2>\n${list(this.meeting.cases)}\n</nav>`;
    }

    // ---- cases -------------------------------------------------------------------------------

    private case(c: Case, level: number): string {
        const id = this.anchors.get(c)!;
        const h = `h${Math.min(level, 6)}`;
        const visibility = this.exempt.get(c)!;
        const number = c.numbered ? `<span class="saksnr">${escapeHtml(caseNumberLabel(c))}</span> ` : '';
        const withdrawn = c.withdrawn ? ' <span class="merke trukket">Trukket</span>' : '';
        const heading = `<${h} id="${id}-tittel" data-line="${c.headingSpan.line}">${number}${escapeHtml(c.title)}${withdrawn}</${h}>`;
        const subs = c.subCases.map(s => this.case(s, level + 1));
        if (visibility.exempt && this.options.publicEdition) {
            // Only number, title and legal basis: nothing else of the case (or of its sub-cases) is read.
            const note = visibility.basis ? `Unntatt offentlighet: ${escapeHtml(visibility.basis)}` : 'Unntatt offentlighet.';
            return `<section class="sak unntatt" id="${id}" aria-labelledby="${id}-tittel" data-line="${c.headingSpan.line}">
${heading}
<p class="unntatt-merknad">${note}</p>${subs.length ? `\n${subs.join('\n')}` : ''}
</section>`;
        }
        const caseKind = caseKindOf(c);
        const kind = (caseKind ? ` ${CASE_KIND_CLASS[caseKind]}` : '') + (c.withdrawn ? ' trukket' : '') + (c.closedSession ? ' lukket' : '');
        const parts = [heading, ...this.caseHead(c), ...c.content.map(b => this.block(b, c, level)), ...subs];
        return `<section class="sak${kind}" id="${id}" aria-labelledby="${id}-tittel" data-line="${c.headingSpan.line}">\n${parts.filter(Boolean).join('\n')}\n</section>`;
    }

    /** The cases, each section as a heading with its cases (and the prose after its heading) under it. */
    private cases(): string[] {
        const m = this.meeting;
        const out: string[] = [];
        const open: number[] = [];
        const close = (level: number) => { while (open.length && m.sections[open[open.length - 1]].level >= level) { open.pop(); out.push('</section>'); } };
        let current: number | undefined;
        for (const c of m.cases) {
            if (c.section !== undefined && c.section !== current) {
                // Open every section from the case's own up to the first already open (a heading may have no cases of its own).
                const chain: number[] = [];
                for (let s: number | undefined = c.section; s !== undefined && !open.includes(s); s = m.sections[s].parent) chain.unshift(s);
                for (const index of chain) {
                    const section = m.sections[index];
                    close(section.level);
                    const level = Math.min(2 + open.length, 6);
                    const intro = section.intro.map(b => this.block(b, undefined, level)).filter(Boolean).join('\n');
                    out.push(`<section class="del${section.closed ? ' lukket' : ''}" aria-labelledby="del-${index + 1}" data-line="${section.span.line}">\n<h${level} id="del-${index + 1}" data-line="${section.span.line}">${this.inline(section.title)}</h${level}>${intro ? `\n${intro}` : ''}`);
                    open.push(index);
                }
                current = c.section;
            }
            out.push(this.case(c, Math.min(2 + open.length, 6)));
        }
        close(0);
        return out;
    }

    /** Who signs or approved the minutes, and when: the end of the page. */
    private signatures(): string {
        const m = this.meeting;
        const approved = m.status?.kind === 'godkjent' && m.status.date?.value ? m.status.date.value : undefined;
        const blocks = m.signatures.map(s => {
            const signers = s.signers.map(x => `<li data-line="${x.span.line}"><span class="signatur-navn">${escapeHtml(x.name)}</span>${x.role ? `, ${escapeHtml(x.role)}` : ''}</li>`);
            const date = s.date?.value ? ` ${timeElement(s.date.value, formatDate(s.date.value))}` : '';
            return `<div class="signaturer" data-line="${s.span.line}"><p><strong>${escapeHtml(s.label)}</strong>${date}${s.note ? ` ${linkify(s.note)}` : ''}</p>${signers.length ? `\n<ul>\n${signers.join('\n')}\n</ul>` : ''}</div>`;
        });
        const approval = approved ? `\n<p class="godkjent">Referatet er godkjent ${timeElement(approved, formatDate(approved))}.</p>` : '';
        return `<section class="underskrifter" aria-labelledby="underskrifter"><h2 id="underskrifter">Underskrifter</h2>\n${blocks.join('\n')}${approval}\n</section>`;
    }

    /** The case head, gathered at the top: type, exemption, introducers (and a closed session, an older case treated again). */
    private caseHead(c: Case): string[] {
        const out: string[] = [];
        if (c.closedSession) {
            const basis = closedBasis(this.meeting, c);
            out.push(`<p class="lukket-merknad">Behandlet i lukket møte${basis ? ` (${escapeHtml(basis)})` : ''}.</p>`);
        }
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

    private block(b: Block, c: Case | undefined, level = 1): string {
        const m = this.meeting;
        switch (b.kind) {
            case 'paragraph':
                return `<p data-line="${b.span.line}">${b.lines.map(l => this.inline(l)).join('<br>\n')}</p>`;
            case 'list':
                return this.list(b.items, c);
            case 'heading': {
                const h = `h${Math.min(level + 1, 6)}`;
                return `<${h} class="mellomtittel" data-line="${b.span.line}">${this.inline(b.text)}</${h}>`;
            }
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
                const body = d.blocks.map(x => this.block(x, c, level)).filter(Boolean).join('\n');
                return `<div class="vedtak" data-line="${d.keywordSpan.line}" role="group" aria-label="Vedtak">\n<p class="vedtak-etikett"><strong>Vedtak</strong></p>\n${body || '<p class="mangler">Vedtaksteksten mangler.</p>'}\n</div>`;
            }
            case 'proposal': {
                const p = c.proposals[b.index];
                const label = `${PROPOSAL_LABELS[p.kind]}${p.proposer ? ` fra ${p.proposer}` : ''}`;
                const outcome = p.vote !== undefined ? c.votes[p.vote].outcome : undefined;
                const body = p.blocks.map(x => this.block(x, c, level)).filter(Boolean).join('\n');
                return `<div class="forslag${outcome ? ` ${outcome === 'adopted' ? 'vedtatt' : 'falt'}` : ''}" data-line="${p.keywordSpan.line}" role="group" aria-label="${escapeHtml(label)}">\n<p class="forslag-etikett"><strong>${escapeHtml(label)}</strong></p>\n${body}\n</div>`;
            }
            case 'vote': {
                const vote = c.votes[b.index];
                const outcome = vote.outcome ? ` <span class="merke ${vote.outcome === 'adopted' ? 'vedtatt' : 'falt'}">${vote.outcome === 'adopted' ? 'Vedtatt' : 'Falt'}</span>` : '';
                return `<p class="votering" data-line="${vote.span.line}"><strong>Votering:</strong> ${escapeHtml(vote.text)}${outcome}</p>`;
            }
            case 'withdrawn':
                return `<p class="trukket-merknad" data-line="${b.span.line}"><strong>Trukket</strong>${c.withdrawn?.reason ? `: ${this.inline(c.withdrawn.reason)}` : '.'}</p>`;
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
        const due = d.due?.problem ? undefined : d.due?.value;
        const overdue = !!(today && due && !d.done && daysBetween(today, due) < 0);
        const cls = ['frist', d.done ? 'utfort' : '', overdue ? 'forfalt' : ''].filter(Boolean).join(' ');
        const from = d.responsibleFromCase && d.responsible ? ` <span class="frist-ansvarlig">(ansvarlig: ${escapeHtml(d.responsible.name)})</span>` : '';
        const mark = overdue ? ` <strong class="merke forfalt">Forfalt</strong>` : '';
        const date = due ? ` data-dato="${toIsoDate(due)}"` : '';
        return `<p class="${cls}" data-line="${d.span.line}"${date}><strong>${d.kind === 'action' ? 'Oppfølging:' : 'Frist'}</strong> ${linkify(d.text.trim())}${from}${this.resolvedDue(d)}${mark}</p>`;
    }

    /** The date a due date in words comes to: "før jul" (24. desember 2024). */
    private resolvedDue(d: Deadline): string {
        return d.due?.relative && d.due.value ? ` <span class="frist-dato">(${timeElement(d.due.value, formatDate(d.due.value))})</span>` : '';
    }

    /** Bullet and numbered lists, nested by depth; a change of list kind starts a new list. Iterative over items. */
    private list(items: ListItem[], c?: Case): string {
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
            const deadline = item.deadline !== undefined && c ? c.deadlines[item.deadline] : undefined;
            out += deadline
                ? `<li class="frist${deadline.done ? ' utfort' : ''}" data-line="${item.content.span.line}">${this.inline(item.content)}${this.resolvedDue(deadline)}`
                : `<li data-line="${item.content.span.line}">${this.inline(item.content)}`;
        }
        while (open.length) closeList();
        return out;
    }

    // ---- inline text -------------------------------------------------------------------------

    /** Escaped prose with case references and URLs as links. */
    private inline(text: InlineText): string {
        let out = '';
        let last = 0;
        const links = [
            ...text.references.map(ref => ({ span: ref.span, cls: 'saksreferanse', target: () => this.link(ref) })),
            ...(text.meetingRefs ?? []).map(ref => ({ span: ref.span, cls: 'motereferanse', target: () => this.meetingLink(ref) })),
        ].sort((a, b) => a.span.start - b.span.start);
        for (const link of links) {
            const start = link.span.start - text.span.start, end = link.span.end - text.span.start;
            if (start < last || start < 0 || end > text.text.length) continue;
            const target = link.target();
            if (!target) continue;
            // Link from the word after "jf.": "jf. <a>sak 19.1</a>", "jf. <a>møte 03/2025</a>".
            const word = text.text.slice(start, end).search(/\s\S/);
            const from = word > 0 ? start + word + 1 : start;
            out += linkify(text.text.slice(last, from)) + `<a class="${link.cls}" href="${escapeHtml(target.href)}" title="${escapeHtml(target.title)}">${escapeHtml(text.text.slice(from, end))}</a>`;
            last = end;
        }
        return out + linkify(text.text.slice(last));
    }

    private meetingLink(ref: MeetingReference): { href: string; title: string } | undefined {
        const target = this.options.resolveMeeting?.(ref);
        const href = target && this.options.meetingHrefOf?.(target);
        const safe = href && safeHref(href);
        return safe ? { href: safe, title: meetingTitle(target!) } : undefined;
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
