/**
 * Completion that knows where the cursor is. The grammar accepts every line kind everywhere, so the
 * context comes from the line being typed and the semantic model:
 * - at the start of a line: the keywords valid there (header fields and attendance headings before
 *   the first case; case types and case lines inside a case), and snippets for a new case with the
 *   next free number of the body and year, a decision and a deadline;
 * - after a keyword: people from the attendance lists (chair, referent, introducer, responsible,
 *   conflicts, dissent, deadlines, `vara for`), roles in attendance lines, case references with their
 *   titles after `jf. sak`, dates, legal bases after `Unntatt offentlighet:`, vote results, status.
 */
import type { LangiumDocument } from 'langium';
import { DefaultCompletionProvider, type CompletionProviderOptions } from 'langium/lsp';
import {
    type CompletionItem, CompletionItemKind, type CompletionList, type CompletionParams, CompletionTriggerKind, InsertTextFormat, type MarkupContent,
} from 'vscode-languageserver';
import { meetingLabel, shorten } from '../model/labels.js';
import { allCases, caseAt, decisionTexts } from '../model/queries.js';
import type { Case, Meeting } from '../model/types.js';
import { addDays, type CalendarDate, findDate, formatDate, formatDateShort, weekdayOf } from '../model/values/dates.js';
import { nameKey } from '../model/values/names.js';
import type { ReferatServices } from '../referat-module.js';
import { CASE_TYPES, canonicalSpelling, COMMON_CASE_TYPES, docsOf, type Keyword, KEYWORDS } from '../vocabulary/keywords.js';
import { COMMON_ROLES, LEGAL_BASES } from '../vocabulary/values.js';
import type { Clock } from '../workspace/clock.js';
import type { MeetingIndex } from '../workspace/meeting-index.js';

/** Keywords completion offers at the start of a line: their canonical spelling and documentation. */
const offered = (place: Keyword['place']) => KEYWORDS.filter(k => k.place === place && k.kind !== 'case')
    .map(k => ({ keyword: k, label: canonicalSpelling(k), documentation: docsOf(k) }));
const HEADER_FIELDS = offered('header');
const ATTENDANCE_HEADINGS = offered('attendance');
// `Frist` is offered as a snippet with date, responsible and what (below), not as a bare keyword.
const CASE_LINES = [...offered('case'), ...offered('anywhere')].filter(o => o.keyword.kind !== 'case' && o.keyword.kind !== 'deadline');
const CASE_TYPE_ITEMS = [...COMMON_CASE_TYPES, ...CASE_TYPES.map(t => t.label).filter(l => !COMMON_CASE_TYPES.includes(l))]
    .map(label => ({ label, documentation: CASE_TYPES.find(t => t.label === label)?.docs ?? '' }));
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
        items.push(...this.values(context));
        return { isIncomplete: false, items };
    }

    // ---- line start ------------------------------------------------------------------------------

    private lineStart(ctx: Context, exact: boolean): CompletionItem[] {
        const m = ctx.meeting;
        const indent = /^[ \t\uFEFF]*/.exec(ctx.before)![0].length;
        const typed = ctx.before.slice(indent);
        const c = caseAt(m, ctx.offset);
        const items: CompletionItem[] = [];
        const keyword = (label: string, documentation: string, kind: CompletionItemKind = CompletionItemKind.Keyword, sortText = '1') =>
            items.push(this.item(ctx, indent, { label, kind, documentation, insertText: label.endsWith(':') || label === 'Innledning ved' ? label + ' ' : label, sortText: sortText + label }));
        const currentLine = m.headerFields.find(f => f.span.line === lineOf(ctx));
        const next = this.index.nextFreeNumber(m);
        if (!c) {
            for (const { keyword: k, label, documentation } of HEADER_FIELDS) {
                if (!m.headerFields.some(f => f.kind === k.kind && f !== currentLine)) keyword(label, documentation, CompletionItemKind.Keyword, '1');
            }
            for (const { label, documentation } of ATTENDANCE_HEADINGS) keyword(label, documentation, CompletionItemKind.Keyword, '2');
        } else {
            if (!c.type || c.type.span.line === lineOf(ctx)) for (const { label, documentation } of CASE_TYPE_ITEMS) keyword(label, documentation, CompletionItemKind.Keyword, '1');
            for (const { keyword: k, label, documentation } of CASE_LINES) {
                if (k.kind === 'nextMeeting' && m.nextMeeting && m.nextMeeting.span.line !== lineOf(ctx)) continue;
                keyword(label, documentation, CompletionItemKind.Keyword, '2');
            }
            items.push(this.item(ctx, indent, {
                label: 'Vedtak med votering', kind: CompletionItemKind.Snippet, documentation: 'Vedtak og votering',
                insertText: 'Vedtak: ${1:Saken tas til orientering.}\nVotering: ${2:enstemmig}$0', insertTextFormat: InsertTextFormat.Snippet, sortText: '3',
            }));
            const due = formatDateShort(addDays(this.clock.today(), 14));
            items.push(this.item(ctx, indent, {
                label: 'Frist', kind: CompletionItemKind.Snippet, documentation: 'En frist: dato, ansvarlig og hva som skal gjøres',
                insertText: `Frist \${1:${due}}: \${2:Ansvarlig} – \${3:hva som skal gjøres}$0`, insertTextFormat: InsertTextFormat.Snippet, sortText: '3',
            }));
            const parent = c.parentKey ? m.cases.find(p => p.number.key === c.parentKey) : c;
            if (parent && !parent.number.problem) {
                const sub = Math.max(0, ...parent.subCases.map(s => s.number.sub[0] ?? 0)) + 1;
                items.push(this.caseSnippet(ctx, indent, `${parent.number.main}.${sub}`, 'Ny undersak', '5'));
            }
        }
        items.push(this.caseSnippet(ctx, indent, next, `Ny sak med neste ledige nummer for ${m.body?.shortName ?? m.body?.name ?? 'organet'}${m.date?.value ? ' i ' + m.date.value.year : ''}`, '4'));
        const lower = typed.normalize('NFC').toLowerCase();
        return items.filter(i => exact
            ? (i.filterText ?? i.label).toLowerCase().startsWith(lower)
            : typed === '' || this.fuzzyMatcher.match(typed, i.filterText ?? i.label));
    }

    private caseSnippet(ctx: Context, indent: number, number: string, documentation: string, sort: string): CompletionItem {
        return this.item(ctx, indent, {
            label: `Sak ${number}`, kind: CompletionItemKind.Snippet, documentation, detail: documentation,
            insertText: `Sak ${number} \${1:Tittel}\n\${2|Vedtakssak,Orienteringssak,Diskusjonssak,Beslutningssak,Drøftingssak,Referatsak|}: \$3\n\n\$0`,
            insertTextFormat: InsertTextFormat.Snippet, sortText: sort,
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
        let match: RegExpExecArray | null;
        const reference = /\b(?:jf|jfr|jmf|jamfør|se)\.?[ \t]+sak[ \t]+([\d./]*)$/iu.exec(b);
        if (reference) return this.caseReferences(ctx, b.length - reference[1].length);
        if ((match = /^[ \t]*(?:møteleder|referent)[ \t]*:[ \t]*([^,]*)$/iu.exec(b))
            || (match = /^[ \t]*innledning[ \t]+ved[ \t]*:?[ \t]+([^,]*)$/iu.exec(b))
            || (match = /^[ \t]*ansvarlig[ \t]*:[ \t]*([^,]*)$/iu.exec(b))
            || (match = /^[ \t]*(?:inhabil|dissens)[ \t]*:(?:.*(?:,|[ \t]og[ \t]))?[ \t]*([^,:]*)$/iu.exec(b))
            || (match = /\(ansvarlig:?[ \t]*([^)]*)$/iu.exec(b))
            || (match = /vara(?:medlem)?[ \t]+for[ \t]+([^,(]*)$/iu.exec(b))) {
            return this.people(ctx, b.length - match[1].length);
        }
        if ((match = /^[ \t]*frist\b(.*)$/iu.exec(b))) return this.deadline(ctx, match[1]);
        if ((match = /^[ \t]*dato[ \t]*:[ \t]*(.*)$/iu.exec(b))) {
            return this.dates(ctx, b.length - match[1].length, this.meetingDates(m), '');
        }
        const held = m.date?.value;
        if ((match = /^[ \t]*neste[ \t]+møte[ \t]*:[ \t]*(.*)$/iu.exec(b)) && held) {
            const dates = [2, 4, 6, 8].map(weeks => ({ date: addDays(held, weeks * 7), detail: `${weeks} uker etter møtet` }));
            return this.dates(ctx, b.length - match[1].length, dates, '', true);
        }
        if ((match = /^[ \t]*unntatt[ \t]+offentlighet[ \t]*:[ \t]*(.*)$/iu.exec(b))) {
            return LEGAL_BASES.map(([label, doc], i) => this.item(ctx, b.length - match![1].length, { label, detail: doc, kind: CompletionItemKind.Reference, insertText: label, sortText: String(i).padStart(2, '0') }));
        }
        if ((match = /^[ \t]*status[ \t]*:[ \t]*(.*)$/iu.exec(b))) {
            const today = formatDateShort(this.clock.today());
            return [['utkast', 'Referatet er ikke godkjent'], [`godkjent ${today}`, 'Godkjent i dag']].map(([label, detail]) =>
                this.item(ctx, b.length - match![1].length, { label, detail, kind: CompletionItemKind.Value, insertText: label }));
        }
        if ((match = /^[ \t]*(?:votering|avstemning)[ \t]*:[ \t]*(.*)$/iu.exec(b))) {
            const from = b.length - match[1].length;
            return [
                this.item(ctx, from, { label: 'enstemmig', kind: CompletionItemKind.Value, insertText: 'enstemmig' }),
                this.item(ctx, from, { label: 'for, mot, avholdende', kind: CompletionItemKind.Snippet, insertText: '${1:0} for, ${2:0} mot, ${3:0} avholdende', insertTextFormat: InsertTextFormat.Snippet }),
            ];
        }
        if ((match = CASE_LINE.exec(b))) {
            // "PS ", "V-sak ": the next free number of that series.
            const series = KEYWORDS.find(k => k.kind === 'case')!.spellings.find(s => s.variant && s.text.toLowerCase() === match![1].toLowerCase())?.variant;
            const next = this.index.nextFreeNumber(m, undefined, series);
            return [this.item(ctx, b.length - match[2].length, { label: next, detail: 'Neste ledige saksnummer', kind: CompletionItemKind.Value, insertText: next + ' ' })];
        }
        if (BULLET.test(b) && !caseAt(m, ctx.offset) && this.inAttendanceList(ctx)) {
            const field = /,[ \t]*([^,]*)$/.exec(b);
            if (field) return COMMON_ROLES.map(([label, doc]) => this.item(ctx, b.length - field[1].length, { label: label.trim(), detail: doc || undefined, kind: CompletionItemKind.EnumMember, insertText: label }));
        }
        return [];
    }

    private inAttendanceList(ctx: Context): boolean {
        const line = lineOf(ctx);
        return ctx.meeting.attendance.some(l => l.span.line < line && (l.attendees.length === 0 || l.attendees.some(a => a.span.line >= line - 1)));
    }

    private people(ctx: Context, from: number): CompletionItem[] {
        const seen = new Set<string>();
        const items: CompletionItem[] = [];
        const line = lineOf(ctx);
        for (const p of ctx.meeting.people) {
            if (seen.has(p.key) || p.span.line === line) continue; // not the person being written
            seen.add(p.key);
            const list = ctx.meeting.attendance.find(l => l.attendees.includes(p));
            items.push(this.item(ctx, from, {
                label: p.name, kind: CompletionItemKind.Variable, insertText: p.name,
                detail: [p.institution, p.role].filter(Boolean).join(', ') || undefined,
                documentation: list ? list.label : 'medlem av en ansvarlig gruppe',
                sortText: (list?.kind === 'absent' ? '2' : '1') + nameKey(p.name),
            }));
        }
        return items;
    }

    private deadline(ctx: Context, rest: string): CompletionItem[] {
        const from = ctx.before.length - rest.length;
        if (/^[ \t]*$/.test(rest)) return this.dates(ctx, ctx.before.length, this.deadlineDates(ctx.meeting), rest ? '' : ' ', false, ': ');
        const forPart = /^([ \t]+for[ \t][^:]*:[ \t]*)$/iu.exec(rest);
        if (forPart) return this.dates(ctx, from + forPart[1].length, this.deadlineDates(ctx.meeting), '', false, '');
        if (findDate(rest, ctx.meeting.date?.value?.year)) {
            const who = /(?:[–—-]|[:,])[ \t]*([^–—:,(]*)$/.exec(rest);
            if (who) return this.people(ctx, ctx.before.length - who[1].length);
        }
        return [];
    }

    private meetingDates(m: Meeting): Array<{ date: CalendarDate; detail: string }> {
        const today = this.clock.today();
        const result = [{ date: today, detail: 'i dag' }];
        // The date the body's previous meeting set for this one.
        for (const other of this.index.sameBody(m)) {
            const set = other.nextMeeting?.date?.value;
            if (other.uri !== m.uri && set) result.push({ date: set, detail: `neste møte etter ${meetingLabel(other)}` });
        }
        return result;
    }

    private deadlineDates(m: Meeting): Array<{ date: CalendarDate; detail: string }> {
        const held = m.date?.value;
        const base = held ?? this.clock.today();
        const next = m.nextMeeting?.date?.value;
        return [
            { date: this.clock.today(), detail: 'i dag' },
            ...(held ? [{ date: held, detail: 'møtedatoen' }] : []),
            { date: addDays(base, 14), detail: 'to uker etter møtet' },
            { date: addDays(base, 28), detail: 'fire uker etter møtet' },
            ...(next ? [{ date: next, detail: 'neste møte' }] : []),
        ];
    }

    private dates(ctx: Context, from: number, dates: Array<{ date: CalendarDate; detail: string }>, prefix: string, weekday = false, suffix = ''): CompletionItem[] {
        const seen = new Set<string>();
        return dates.flatMap((d, i) => {
            const text = (weekday ? weekdayOf(d.date) + ' ' : '') + (suffix ? formatDateShort(d.date) : formatDate(d.date));
            if (seen.has(text)) return [];
            seen.add(text);
            return [this.item(ctx, from, {
                label: text, detail: `${d.detail} (${weekdayOf(d.date)})`, kind: CompletionItemKind.Constant,
                insertText: prefix + text + suffix, sortText: String(i).padStart(2, '0'), filterText: prefix + text,
            })];
        });
    }

    private caseReferences(ctx: Context, from: number): CompletionItem[] {
        const m = ctx.meeting;
        const items: CompletionItem[] = [];
        const add = (meeting: Meeting, c: Case, order: number) => {
            if (c.number.problem || !c.number.text) return;
            const own = meeting.uri === m.uri;
            const held = meeting.date?.value;
            const qualifier = own ? '' : meeting.meetingNumber?.text.trim() ? ` (${meeting.meetingNumber.text.trim()})` : held ? ` møte ${formatDateShort(held)}` : '';
            const decision = decisionTexts(c)[0];
            items.push(this.item(ctx, from, {
                label: c.number.text + qualifier, kind: CompletionItemKind.Reference, insertText: c.number.text + qualifier,
                detail: c.title.trim() || undefined,
                documentation: { kind: 'markdown', value: [own ? 'Dette møtet' : meetingLabel(meeting), decision ? `Vedtak: ${shorten(decision, 200)}` : undefined].filter(Boolean).join('\n\n') },
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
