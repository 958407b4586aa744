/**
 * Completion that knows where the cursor is. The grammar accepts every line kind everywhere, so the
 * context comes from the line being typed and the semantic model:
 * - at the start of a line: what may stand there, ranked by need and the first pre-selected — in an
 *   empty file the whole minutes, then `Organ:`; before the first case the header fields not yet
 *   written (`Organ:` and `Dato:` first when missing), attendance headings and, below them, the
 *   first case; in a case what it lacks first (`Vedtak:` in a decision case without one), its lines,
 *   a deadline, a decision with vote, the next case with the next free number of the body and year,
 *   a sub-case, Eventuelt. These snippets are the only ones: the extension has no static snippets,
 *   so nothing snippet-like pops up where it cannot stand (a case title, after `Møteleder:`);
 * - after a keyword: people from the attendance lists (chair, referent, introducer, responsible,
 *   conflicts, dissent, deadlines, `vara for`), roles in attendance lines, case references with their
 *   titles after `jf. sak`, dates, legal bases after `Unntatt offentlighet:`, vote results, status.
 */
import type { LangiumDocument } from 'langium';
import { DefaultCompletionProvider, type CompletionProviderOptions } from 'langium/lsp';
import {
    type CompletionItem, CompletionItemKind, type CompletionList, type CompletionParams, CompletionTriggerKind, InsertTextFormat, type MarkupContent,
} from 'vscode-languageserver';
import { bodyShortName, meetingLabel, shorten } from '../model/labels.js';
import { allCases, caseAt, decisionTexts } from '../model/queries.js';
import type { Case, Meeting } from '../model/types.js';
import { addDays, type CalendarDate, compareDates, findDate, formatDate, formatDateShort, formatLongDate, weekdayOf } from '../model/values/dates.js';
import { nameKey } from '../model/values/names.js';
import type { ReferatServices } from '../referat-module.js';
import { CASE_TYPES, canonicalSpelling, COMMON_CASE_TYPES, COMMON_CASE_TYPES_EN, docsOf, type Keyword, keyword as keywordOf, type KeywordKind, KEYWORDS, type Language } from '../vocabulary/keywords.js';
import { keywordPattern } from '../vocabulary/patterns.js';
import { COMMON_ROLES, COMMON_ROLES_EN, LEGAL_BASES } from '../vocabulary/values.js';
import { labelsFor } from '../generator/labels.js';
import { shortDate } from '../model/labels.js';
import type { Clock } from '../workspace/clock.js';
import type { MeetingIndex } from '../workspace/meeting-index.js';
import { escapeSnippet, lastMeeting, minutesTemplate, templateSnippet } from './new-minutes.js';

/**
 * Keywords completion offers at the start of a line, in the document's language: their canonical
 * spelling and documentation (`Språk:` itself is not offered; a document is in its language already).
 */
const offered = (place: Keyword['place'], language: Language) => KEYWORDS.filter(k => k.place === place && k.kind !== 'case' && k.kind !== 'language')
    .map(k => ({ keyword: k, label: canonicalSpelling(k, language), documentation: docsOf(k, language) }));

/** What completion offers, per language: keywords by where they stand, case types. */
function offers(language: Language) {
    const english = language === 'en';
    const common = english ? COMMON_CASE_TYPES_EN : COMMON_CASE_TYPES;
    const types = CASE_TYPES.filter(t => (t.language === 'en') === english);
    return {
        HEADER_FIELDS: offered('header', language),
        ATTENDANCE_HEADINGS: offered('attendance', language),
        // `Frist` is offered as a snippet with date, responsible and what (below), not as a bare keyword.
        CASE_LINES: offered('case', language).filter(o => o.keyword.kind !== 'deadline'),
        /** Lines that close the minutes: `Neste møte:`, `Underskrifter:`. */
        CLOSING_LINES: offered('anywhere', language).filter(o => o.keyword.kind === 'nextMeeting' || o.keyword.kind === 'signatures'),
        /** `Sak:`, an item without a number, offered with the cases. (Section headings, `#`, are not offered.) */
        ITEM: offered('anywhere', language).filter(o => o.keyword.kind === 'item'),
        CASE_TYPE_ITEMS: [...common, ...types.map(t => t.label).filter(l => !common.includes(l))]
            .map(label => ({ label, documentation: types.find(t => t.label === label)?.docs ?? '' })),
    };
}
const OFFERS: Record<Language, ReturnType<typeof offers>> = { nb: offers('nb'), nn: offers('nn'), en: offers('en') };

/** Regex source of the keywords of these kinds, in every language ("Møteleder:", "Chair:" …). */
const spelled = (...kinds: KeywordKind[]) => `(?:${kinds.map(kind => keywordPattern(keywordOf(kind))).join('|')})`;
const CHAIR_OR_REFERENT = new RegExp(`^[ \\t]*${spelled('chair', 'referent')}[ \\t]*([^,]*)$`, 'iu');
const INTRODUCER = new RegExp(`^[ \\t]*${spelled('introducer')}[ \\t]*:?[ \\t]+([^,]*)$`, 'iu');
const RESPONSIBLE = new RegExp(`^[ \\t]*${spelled('responsible')}[ \\t]*([^,]*)$`, 'iu');
const CONFLICT_OR_DISSENT = new RegExp(`^[ \\t]*${spelled('conflict', 'dissent')}(?:.*(?:,|[ \\t]og[ \\t]|[ \\t]and[ \\t]))?[ \\t]*([^,:]*)$`, 'iu');
const DEADLINE = /^[ \t]*(?:frist|deadline)\b(.*)$/iu;
const DATE = new RegExp(`^[ \\t]*${spelled('date')}[ \\t]*(.*)$`, 'iu');
const NEXT_MEETING = new RegExp(`^[ \\t]*${spelled('nextMeeting')}[ \\t]*(.*)$`, 'iu');
const EXEMPTION = new RegExp(`^[ \\t]*${spelled('exemption')}[ \\t]*(.*)$`, 'iu');
const STATUS = new RegExp(`^[ \\t]*${spelled('status')}[ \\t]*(.*)$`, 'iu');
const VOTE = new RegExp(`^[ \\t]*${spelled('vote')}[ \\t]*(.*)$`, 'iu');
/** Bases of confidentiality an English board writes, offered after `Confidential:`. */
const BASES_EN: ReadonlyArray<[string, string]> = [
    ['personal data of named individuals', 'Information about identifiable people'],
    ['commercially sensitive', 'Negotiations, tenders, contracts'],
    ['legal advice', 'Advice covered by legal privilege'],
    ['staff matter', 'Employment of a named person'],
];
const BULLET = /^[ \t]*[-*•–][ \t]+/;
/** "Sak 1", "PS 1", "V-sak 1" being typed: the case keyword of the vocabulary and the number so far. */
const CASE_LINE = new RegExp(`^[ \\t]*(${KEYWORDS.find(k => k.kind === 'case')!.spellings.map(s => s.text).join('|')})[ \\t]+(\\d*)$`, 'iu');

interface Context {
    document: LangiumDocument;
    meeting: Meeting;
    offset: number;
    /** Text of the line up to the cursor. */
    before: string;
    lineStart: number;
}

export class ReferatCompletionProvider extends DefaultCompletionProvider {
    private readonly index: MeetingIndex;
    private readonly clock: Clock;

    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: [' ', ':', ','] };

    constructor(services: ReferatServices) {
        super(services);
        this.index = services.referat.MeetingIndex;
        this.clock = services.referat.Clock;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams): Promise<CompletionList | undefined> {
        const text = document.textDocument.getText();
        const offset = document.textDocument.offsetAt(params.position);
        const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
        const context: Context = { document, meeting: this.index.get(document), offset, before: text.slice(lineStart, offset), lineStart };
        // A space or colon typed in prose asks only for values: keywords then need their exact beginning.
        const triggered = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter;
        const items = /^[ \t\uFEFF]*[\p{L}-]*(?: [\p{L}-]*)?$/u.test(context.before) ? this.lineStart(context, triggered) : [];
        for (const item of this.values(context)) items.push(item);
        return { isIncomplete: false, items };
    }

    // ---- line start ------------------------------------------------------------------------------

    /**
     * What may start the line, ranked by need: the first item is what the minutes lack most where
     * the cursor is (the whole template in an empty file, `Vedtak:` in a decision case without one …)
     * and is pre-selected; nothing is offered where it cannot stand.
     */
    private lineStart(ctx: Context, exact: boolean): CompletionItem[] {
        const indent = /^[ \t\uFEFF]*/.exec(ctx.before)![0].length;
        const typed = ctx.before.slice(indent);
        // «Sak» being typed is a case line of its own already: what stands here belongs to the case above it.
        let c = caseAt(ctx.meeting, ctx.offset);
        if (c && c.headingSpan.line === lineOf(ctx)) c = ctx.lineStart > 0 ? caseAt(ctx.meeting, ctx.lineStart - 1) : undefined;
        const ranked = c ? this.inCase(ctx, c, indent) : this.beforeCases(ctx, indent);
        ranked.forEach((item, i) => { item.sortText = String(i).padStart(3, '0'); });
        if (ranked.length) ranked[0].preselect = true;
        const lower = typed.normalize('NFC').toLowerCase();
        return ranked.filter(i => exact
            ? (i.filterText ?? i.label).toLowerCase().startsWith(lower)
            : typed === '' || this.fuzzyMatcher.match(typed, i.filterText ?? i.label));
    }

    private keyword(ctx: Context, indent: number, label: string, documentation: string): CompletionItem {
        const insertText = label.endsWith(':') || KEYWORDS.some(k => k.kind === 'introducer' && k.spellings.some(s => s.text === label)) ? label + ' ' : label;
        return this.item(ctx, indent, { label, kind: CompletionItemKind.Keyword, documentation, insertText });
    }

    /** Before the first case: the header, the attendance lists and, once they are written, the first case. */
    private beforeCases(ctx: Context, indent: number): CompletionItem[] {
        const m = ctx.meeting;
        const { HEADER_FIELDS, ATTENDANCE_HEADINGS } = OFFERS[m.language];
        const c = labelsFor(m.language).completion;
        const line = lineOf(ctx);
        const keyword = (o: { label: string; documentation: string }) => this.keyword(ctx, indent, o.label, o.documentation);
        if (isBlankBut(ctx)) {
            // An empty file: the whole minutes first, then the header field every minutes begin with.
            const template = this.item(ctx, indent, {
                label: 'Møtereferat', kind: CompletionItemKind.Snippet, detail: 'Hele referatet',
                documentation: 'Et helt referat: møtehode, deltakere, godkjenning av innkalling og referat, Eventuelt og neste møte.',
                insertText: templateSnippet(minutesTemplate(undefined, this.clock.today())), insertTextFormat: InsertTextFormat.Snippet,
            });
            return [template, ...HEADER_FIELDS.map(keyword), ...ATTENDANCE_HEADINGS.map(keyword)];
        }
        const currentField = m.headerFields.find(f => f.span.line === line);
        const missing = HEADER_FIELDS.filter(o => !m.headerFields.some(f => f.kind === o.keyword.kind && f !== currentField));
        // Organ and Dato are required: when missing they come first.
        const required = missing.filter(o => o.keyword.kind === 'body' || o.keyword.kind === 'date');
        const header = [...required, ...missing.filter(o => !required.includes(o))].map(keyword);
        const written = new Set<string>(m.attendance.filter(l => l.span.line !== line).map(l => l.substitutes ? 'substitutes' : l.kind === 'other' ? 'others' : l.kind));
        const attendance = [...ATTENDANCE_HEADINGS.filter(o => !written.has(o.keyword.kind)), ...ATTENDANCE_HEADINGS.filter(o => written.has(o.keyword.kind))].map(keyword);
        // The first case, once the cursor is below the header and the attendance lists.
        // A loop, not Math.max(...lines): a list can have more lines than a call has room for arguments.
        let below = -1;
        for (const f of m.headerFields) below = Math.max(below, f.span.line);
        for (const l of m.attendance) for (const a of l.attendees) below = Math.max(below, l.span.line, a.span.line);
        for (const l of m.attendance) below = Math.max(below, l.span.line);
        const firstCase = m.cases.every(x => x.headingSpan.line === line) && m.body && line > below
            ? [this.caseSnippet(ctx, indent, `${c.caseWord} ${this.index.nextFreeNumber(m)}`, c.firstCase(bodyShortName(m.body), m.date?.value?.year))]
            : [];
        const belowLists = m.attendance.some(l => l.span.line < line);
        return belowLists ? [...firstCase, ...attendance, ...header] : [...header, ...attendance, ...firstCase];
    }

    /** In a case (or after the last one): what the case lacks first, then its lines, deadlines, the next case. */
    private inCase(ctx: Context, c: Case, indent: number): CompletionItem[] {
        const m = ctx.meeting;
        const { CASE_LINES, CLOSING_LINES, ITEM, CASE_TYPE_ITEMS } = OFFERS[m.language];
        const t = labelsFor(m.language).completion;
        const line = lineOf(ctx);
        const keyword = (o: { label: string; documentation: string }) => this.keyword(ctx, indent, o.label, o.documentation);
        const inHead = c.content.every(b => b.span.line >= line);
        const types = !c.type || c.type.span.line === line ? CASE_TYPE_ITEMS.map(keyword) : [];
        const hasDecision = c.decisions.some(d => !d.placeholder && d.blocks.length > 0);
        const decisionCase = c.type?.kind === 'decision';
        const lines = [...CASE_LINES, ...CLOSING_LINES].filter(o => {
            if (o.keyword.kind === 'nextMeeting') return !m.nextMeeting || m.nextMeeting.span.line === line;
            if (o.keyword.kind === 'exemption') return !c.exemption || c.exemption.span.line === line;
            // A decision under Eventuelt is a warning (decision-in-any-other-business).
            if (o.keyword.kind === 'decision' || o.keyword.kind === 'vote' || o.keyword.kind === 'dissent') return !c.anyOtherBusiness;
            return true;
        });
        const lineOfKind = (kind: string) => lines.filter(o => o.keyword.kind === kind);
        const needs: Array<{ label: string; documentation: string }> = [];
        if (decisionCase && !hasDecision) needs.push(...lineOfKind('decision'));
        else if (decisionCase && c.votes.length === 0) needs.push(...lineOfKind('vote'));
        if (c.anyOtherBusiness) needs.push(...lineOfKind('nextMeeting'));

        const snippets: CompletionItem[] = [];
        const due = addDays(m.date?.value ?? this.clock.today(), 14);
        snippets.push(this.item(ctx, indent, {
            label: t.deadlineLabel, kind: CompletionItemKind.Snippet, documentation: t.deadlineDoc,
            insertText: t.deadlineSnippet(shortDate(due, m.language)), insertTextFormat: InsertTextFormat.Snippet,
        }));
        if (!c.anyOtherBusiness) {
            snippets.push(this.item(ctx, indent, {
                label: t.decisionWithVote, kind: CompletionItemKind.Snippet, documentation: t.decisionWithVoteDoc,
                insertText: t.decisionWithVoteSnippet, insertTextFormat: InsertTextFormat.Snippet,
            }));
        }
        // The next case in the number series of the meeting's last case («Sak», «PS», «V-sak» …).
        const next = this.index.nextFreeNumber(m);
        const series = [...m.cases].reverse().find(x => x.numbered && !x.number.problem)?.series ?? t.caseWord;
        const cases: CompletionItem[] = [this.caseSnippet(ctx, indent, `${series} ${next}`, t.nextCase(bodyShortName(m.body), m.date?.value?.year))];
        const parent = c.parentKey ? m.cases.find(p => p.number.key === c.parentKey) : c;
        if (parent && parent.numbered && !parent.number.problem && !parent.anyOtherBusiness) {
            const sub = parent.subCases.reduce((max, s) => Math.max(max, s.number.sub[0] ?? 0), 0) + 1;
            cases.push(this.caseSnippet(ctx, indent, `${parent.series ?? t.caseWord} ${parent.number.main}.${sub}`, t.subCase));
        }
        if (!allCases(m).some(x => x.anyOtherBusiness)) {
            cases.push(this.item(ctx, indent, {
                label: t.anyOtherBusiness, kind: CompletionItemKind.Snippet, detail: `${series} ${next} ${t.anyOtherBusiness}`, documentation: t.anyOtherBusinessDoc,
                insertText: `${escapeSnippet(`${series} ${next}`)} ${t.anyOtherBusiness}\n$0`, insertTextFormat: InsertTextFormat.Snippet,
            }));
        }
        cases.push(...ITEM.map(keyword));
        const rest = lines.filter(o => !needs.includes(o));
        // A case without a type: its type comes first while the cursor is in the case head.
        return inHead && !c.type && !c.anyOtherBusiness
            ? [...types, ...needs.map(keyword), ...rest.map(keyword), ...snippets, ...cases]
            : [...needs.map(keyword), ...rest.map(keyword), ...snippets, ...types, ...cases];
    }

    /** A new case: «Sak 19/24», «PS 13/25» with a title and a type to fill in. */
    private caseSnippet(ctx: Context, indent: number, heading: string, documentation: string): CompletionItem {
        const t = labelsFor(ctx.meeting.language).completion;
        return this.item(ctx, indent, {
            label: heading, kind: CompletionItemKind.Snippet, documentation, detail: documentation,
            insertText: `${escapeSnippet(heading)} \${1:${t.title}}\n\${2|${t.typeChoices}|}: \$3\n\n\$0`,
            insertTextFormat: InsertTextFormat.Snippet,
        });
    }

    /** An item that replaces the line from `from` (relative to the line start) to the cursor. */
    private item(ctx: Context, from: number, item: Omit<CompletionItem, 'documentation'> & { documentation?: string | MarkupContent; insertText: string }): CompletionItem {
        const text = ctx.document.textDocument;
        const range = { start: text.positionAt(ctx.lineStart + from), end: text.positionAt(ctx.offset) };
        const { insertText, ...rest } = item;
        return { filterText: item.label, ...rest, textEdit: { range, newText: insertText } };
    }

    // ---- values after a keyword -------------------------------------------------------------------

    private values(ctx: Context): CompletionItem[] {
        const b = ctx.before;
        const m = ctx.meeting;
        const t = labelsFor(m.language).completion;
        let match: RegExpExecArray | null;
        const reference = /\b(?:jf|jfr|jmf|jamfør|se|see|cf)\.?[ \t]+(?:sak|item)[ \t]+([\d./]*)$/iu.exec(b);
        if (reference) return this.caseReferences(ctx, b.length - reference[1].length);
        if ((match = CHAIR_OR_REFERENT.exec(b))) {
            // Who led the meeting or wrote the minutes was there: those with Forfall are left out.
            return this.people(ctx, b.length - match[1].length, false);
        }
        if ((match = INTRODUCER.exec(b))
            || (match = RESPONSIBLE.exec(b))
            || (match = CONFLICT_OR_DISSENT.exec(b))
            || (match = /\((?:ansvarlig|ansvarleg|owner|responsible):?[ \t]*([^)]*)$/iu.exec(b))
            || (match = /(?:vara(?:medlem)?|alternate)[ \t]+for[ \t]+([^,(]*)$/iu.exec(b))) {
            return this.people(ctx, b.length - match[1].length);
        }
        if ((match = DEADLINE.exec(b))) return this.deadline(ctx, match[1]);
        if ((match = DATE.exec(b))) {
            return this.dates(ctx, b.length - match[1].length, this.meetingDates(m), { format: 'long' });
        }
        const held = m.date?.value;
        if ((match = NEXT_MEETING.exec(b)) && held) {
            const dates = [2, 4, 6, 8].map(weeks => ({ date: addDays(held, weeks * 7), detail: t.weeksAfter(weeks) }));
            return this.dates(ctx, b.length - match[1].length, dates, { format: 'weekday' });
        }
        if ((match = EXEMPTION.exec(b))) {
            return (m.language === 'en' ? BASES_EN : LEGAL_BASES).map(([label, doc], i) => this.item(ctx, b.length - match![1].length, { label, detail: doc, kind: CompletionItemKind.Reference, insertText: label, sortText: String(i).padStart(2, '0') }));
        }
        if ((match = STATUS.exec(b))) {
            const today = m.language === 'en' ? formatDate(this.clock.today(), 'en') : formatDateShort(this.clock.today());
            return t.status(today).map(([label, detail]) =>
                this.item(ctx, b.length - match![1].length, { label, detail, kind: CompletionItemKind.Value, insertText: label }));
        }
        if ((match = VOTE.exec(b))) {
            const from = b.length - match[1].length;
            return [
                this.item(ctx, from, { label: t.unanimous, kind: CompletionItemKind.Value, insertText: t.unanimous }),
                this.item(ctx, from, { label: t.counts, kind: CompletionItemKind.Snippet, insertText: t.countsSnippet, insertTextFormat: InsertTextFormat.Snippet }),
            ];
        }
        if ((match = CASE_LINE.exec(b))) {
            // "PS ", "V-sak ": the next free number of that series.
            const series = KEYWORDS.find(k => k.kind === 'case')!.spellings.find(s => s.variant && s.text.toLowerCase() === match![1].toLowerCase())?.variant;
            const next = this.index.nextFreeNumber(m, undefined, series);
            return [this.item(ctx, b.length - match[2].length, { label: next, detail: t.nextNumber, kind: CompletionItemKind.Value, insertText: next + ' ' })];
        }
        if (BULLET.test(b) && !caseAt(m, ctx.offset) && this.inAttendanceList(ctx)) {
            const field = /,[ \t]*([^,]*)$/.exec(b);
            if (field) return (m.language === 'en' ? COMMON_ROLES_EN : COMMON_ROLES).map(([label, doc]) => this.item(ctx, b.length - field[1].length, { label: label.trim(), detail: doc || undefined, kind: CompletionItemKind.EnumMember, insertText: label }));
        }
        return [];
    }

    private inAttendanceList(ctx: Context): boolean {
        const line = lineOf(ctx);
        return ctx.meeting.attendance.some(l => l.span.line < line && (l.attendees.length === 0 || l.attendees.some(a => a.span.line >= line - 1)));
    }

    /** People of the attendance lists (present first); `absent: false` leaves out those with Forfall. */
    private people(ctx: Context, from: number, absent = true): CompletionItem[] {
        const seen = new Set<string>();
        const items: CompletionItem[] = [];
        const line = lineOf(ctx);
        for (const p of ctx.meeting.people) {
            if (seen.has(p.key) || p.span.line === line) continue; // not the person being written
            seen.add(p.key);
            const list = ctx.meeting.attendance.find(l => l.attendees.includes(p));
            if (!absent && list?.kind === 'absent') continue;
            items.push(this.item(ctx, from, {
                label: p.name, kind: CompletionItemKind.Variable, insertText: p.name,
                detail: [p.institution, p.role].filter(Boolean).join(', ') || undefined,
                documentation: list ? list.label : labelsFor(ctx.meeting.language).lists.member,
                sortText: (list?.kind === 'absent' ? '2' : '1') + nameKey(p.name),
            }));
        }
        return items;
    }

    /**
     * After `Frist`: the dates (the meeting date first, then later ones; never one before the meeting,
     * which would be an error), or after the date the people. A date is inserted without the colon
     * that follows it: typing `:` accepts the date and writes the colon once.
     */
    private deadline(ctx: Context, rest: string): CompletionItem[] {
        const dates = this.deadlineDates(ctx.meeting);
        const short = ctx.meeting.language === 'en' ? 'iso' : 'short';
        if (rest === '') return this.dates(ctx, ctx.before.length, dates, { format: short, prefix: ' ' });
        const typing = /^[ \t]+([\d.-]*)$/.exec(rest);
        if (typing) return this.dates(ctx, ctx.before.length - typing[1].length, dates, { format: short });
        const forPart = /^([ \t]+for[ \t][^:]*:[ \t]*)$/iu.exec(rest);
        if (forPart) return this.dates(ctx, ctx.before.length - rest.length + forPart[1].length, dates, { format: short });
        if (findDate(rest, ctx.meeting.date?.value?.year)) {
            const who = /(?:[–—-]|[:,])[ \t]*([^–—:,(]*)$/.exec(rest);
            if (who) return this.people(ctx, ctx.before.length - who[1].length);
        }
        return [];
    }

    /** For `Dato:`: the date the body's latest other meeting set for this one, then today. */
    private meetingDates(m: Meeting): Array<{ date: CalendarDate; detail: string }> {
        const result: Array<{ date: CalendarDate; detail: string }> = [];
        const previous = lastMeeting(this.index.sameBody(m).filter(o => o.uri !== m.uri));
        const set = previous?.nextMeeting?.date?.value;
        const t = labelsFor(m.language).completion;
        if (previous && set) result.push({ date: set, detail: t.nextAfter(meetingLabel(previous, m.language)) });
        result.push({ date: this.clock.today(), detail: t.today });
        return result;
    }

    /** Deadline dates from the meeting date on, in date order: the meeting date, today, two and four weeks after, the next meeting. */
    private deadlineDates(m: Meeting): Array<{ date: CalendarDate; detail: string }> {
        const held = m.date?.value;
        const today = this.clock.today();
        const next = m.nextMeeting?.date?.value;
        const t = labelsFor(m.language).completion;
        const dates = held
            ? [{ date: held, detail: t.meetingDate }, { date: today, detail: t.today }, { date: addDays(held, 14), detail: t.twoWeeksAfter },
                { date: addDays(held, 28), detail: t.fourWeeksAfter }]
            : [{ date: today, detail: t.today }, { date: addDays(today, 14), detail: t.inTwoWeeks }, { date: addDays(today, 28), detail: t.inFourWeeks }];
        if (next) dates.push({ date: next, detail: t.nextMeeting });
        return dates.filter(d => !held || compareDates(d.date, held) >= 0)
            .map((d, i) => ({ ...d, i })).sort((a, b) => compareDates(a.date, b.date) || a.i - b.i);
    }

    /** Date items in the given order, the first pre-selected; the same date once. */
    private dates(ctx: Context, from: number, dates: Array<{ date: CalendarDate; detail: string }>, options: { format: 'short' | 'iso' | 'long' | 'weekday'; prefix?: string }): CompletionItem[] {
        const seen = new Set<string>();
        const language = ctx.meeting.language;
        const items = dates.flatMap(d => {
            const text = options.format === 'short' ? formatDateShort(d.date) : options.format === 'iso' ? shortDate(d.date, 'en')
                : options.format === 'weekday' ? formatLongDate(d.date, language) : formatDate(d.date, language);
            if (seen.has(text)) return [];
            seen.add(text);
            const prefix = options.prefix ?? '';
            return [this.item(ctx, from, {
                label: text, detail: `${d.detail} (${weekdayOf(d.date, language)})`, kind: CompletionItemKind.Constant,
                insertText: prefix + text, filterText: prefix + text,
                ...(options.format === 'short' || options.format === 'iso' ? { commitCharacters: [':'] } : {}),
            })];
        });
        items.forEach((item, i) => { item.sortText = String(i).padStart(2, '0'); });
        if (items.length) items[0].preselect = true;
        return items;
    }

    private caseReferences(ctx: Context, from: number): CompletionItem[] {
        const m = ctx.meeting;
        const items: CompletionItem[] = [];
        const add = (meeting: Meeting, c: Case, order: number) => {
            if (c.number.problem || !c.number.text) return;
            const own = meeting.uri === m.uri;
            const held = meeting.date?.value;
            const t = labelsFor(m.language).completion;
            const qualifier = own ? '' : meeting.meetingNumber?.text.trim() ? ` (${meeting.meetingNumber.text.trim()})` : held ? t.ofMeeting(shortDate(held, m.language)) : '';
            const decision = decisionTexts(c)[0];
            items.push(this.item(ctx, from, {
                label: c.number.text + qualifier, kind: CompletionItemKind.Reference, insertText: c.number.text + qualifier,
                detail: c.title.trim() || undefined,
                documentation: { kind: 'markdown', value: [own ? t.thisMeeting : meetingLabel(meeting, m.language), decision ? `${labelsFor(m.language).hoverDecision}: ${shorten(decision, 200)}` : undefined].filter(Boolean).join('\n\n') },
                sortText: `${order}${String(c.headingSpan.start).padStart(9, '0')}`,
            }));
        };
        for (const c of allCases(m)) add(m, c, 0);
        for (const other of this.index.sameBody(m)) if (other.uri !== m.uri) for (const c of allCases(other)) add(other, c, 1);
        return items;
    }
}

function lineOf(ctx: Context): number {
    return ctx.document.textDocument.positionAt(ctx.offset).line;
}

/** True when the document holds nothing but blanks and comments apart from the line being typed. */
function isBlankBut(ctx: Context): boolean {
    const text = ctx.document.textDocument.getText();
    const lineEnd = text.slice(ctx.offset).search(/\r|\n|$/) + ctx.offset;
    return /^(?:[ \t\uFEFF]*(?:\/\/.*)?(?:\r\n?|\n|$))*$/.test(text.slice(0, ctx.lineStart) + text.slice(lineEnd));
}
