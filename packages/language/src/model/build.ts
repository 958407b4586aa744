/**
 * Builds the semantic model of a meeting from its syntax tree: the structure layer. The grammar
 * accepts every line kind everywhere; here lines get their structure — header fields, attendance
 * lists, cases with their head and content, decisions that run on over several lines, group members
 * under `Ansvarlig:`, paragraphs and lists — and values are read by the small parsers in values/.
 * Every line ends up in the model, in source order: as structure, as prose, or (misplaced, near
 * misses) as prose with a fact the validator reports. No recursion over the input's size.
 */
import type * as ast from '../generated/ast.js';
import { caseKind, type KeywordKind, KEYWORDS, type Language } from '../vocabulary/keywords.js';
import { spellingPattern } from '../vocabulary/patterns.js';
import { STATUS_WORDS } from '../vocabulary/values.js';
import { type CaseHeading, LineReader, type SourceLine } from './lines.js';
import { findNearMiss, type NearMissPlace } from './near-miss.js';
import { isListItem, ProseCollector } from './prose.js';
import { caseReferences, inlineText, LineIndex } from './spans.js';
import type {
    AttachmentKind, AttendanceKind, AttendanceList, Attendee, Block, Case, CaseReference, Conflict, DateField, Deadline, Decision,
    HeaderField, InlineText, Meeting, MisplacedReason, NextMeeting, PersonRef, PersonRole, Span, TimeField, Vote,
} from './types.js';
import { attendeesOnLine, type AttendeeFields, parseAttendee } from './values/attendees.js';
import { parseCaseNumber } from './values/case-numbers.js';
import { type DateMatch, findDate, parseDateAt, parseTimeRangeAt } from './values/dates.js';
import { parseDeadline, rollForward } from './values/deadlines.js';
import { leadingName, looksLikePerson, nameKey, nameList } from './values/names.js';
import { parseVote } from './values/votes.js';

export function buildMeeting(root: ast.Meeting, text: string, uri: string): Meeting {
    return new MeetingBuilder(text, uri).build(root);
}

const ATTENDANCE: Partial<Record<KeywordKind, Exclude<AttendanceKind, 'member'>>> = { present: 'present', absent: 'absent', substitutes: 'present', others: 'other' };
const BULLET_ONLY = /^[-*•–]$/;
const BULLET = /^([-*•–])[ \t]+/;
/** "Arkivsak: 25/00412", "Møtetype: ekstraordinært": a label the vocabulary does not know, with a value. */
const LABEL_VALUE = /^(\p{Lu}[\p{L}\p{M}\p{N}.\-/ ]{0,38}?)[ \t]*:[ \t]+(\S.*)$/u;
/** "Fra administrasjonen:": a label alone on its line (a group of people when bullets follow). */
const LABEL_ONLY = /^(\p{Lu}[^:]{0,60}?)[ \t]*:$/u;
/** A second header field on the same line after a wide gap: "Møtedato: 14.03.2025      Tidspunkt: kl. 09.00". */
const INLINE_FIELD = new RegExp(`(?:[ \\t]{2,}|\\t)(?=(?:${KEYWORDS.filter(k => k.place === 'header').flatMap(k => k.spellings.map(s => spellingPattern(s.text))).join('|')}))`, 'iu');
/** The cases named on an `Inhabil:` line before the first case: "(sak 10)", "i sakene 10 og 12". */
const NAMED_CASES = /\bsak(?:ene)?[ \t]+(\d+(?:[./]\d+)*(?:[ \t]*(?:,|og)[ \t]*\d+(?:[./]\d+)*)*)/giu;

class MeetingBuilder {
    private readonly lines: LineIndex;
    private readonly reader: LineReader;
    private readonly meeting: Meeting;
    private year?: number;
    private readonly languages = new Map<Language, number>();

    constructor(private readonly text: string, uri: string) {
        this.lines = new LineIndex(text);
        this.reader = new LineReader(text, this.lines);
        this.meeting = {
            uri, language: 'nb', headerFields: [], attendance: [], people: [], conflicts: [], preamble: [], cases: [],
            misplaced: [], nearMisses: [], personRefs: [],
        };
    }

    private hasCases = false;

    build(root: ast.Meeting): Meeting {
        this.hasCases = root.cases.length > 0;
        const preamble = root.lines.map(line => this.reader.line(line));
        // The year is needed for dates without one and for case numbers like "3": read it first.
        const dateLine = preamble.find(l => l.keyword?.kind === 'date');
        if (dateLine?.value) this.year = parseDateAt(dateLine.value)?.date?.year;
        this.buildPreamble(preamble);
        const all: Case[] = [];
        for (const node of root.cases) all.push(this.buildCase(node));
        this.nestSubCases(all);
        this.meeting.language = this.documentLanguage();
        return this.meeting;
    }

    private noteLanguage(line: SourceLine): void {
        const k = line.keyword, spelling = line.spelling;
        if (!k || !spelling) return;
        // Only spellings of one language tell which it is ("Til stades:"; not "Forfall:").
        const same = k.spellings.filter(s => s.text === spelling.text);
        if (same.length === 1) this.languages.set(spelling.language, (this.languages.get(spelling.language) ?? 0) + 1);
    }

    private documentLanguage(): Language {
        let best: Language = 'nb', count = 0;
        for (const [language, n] of this.languages) if (n > count || (n === count && language === 'nb')) { best = language; count = n; }
        return best;
    }

    private inline(line: SourceLine, skip = 0): InlineText {
        return inlineText(line.value.slice(skip), line.valueStart + skip, this.lines, this.year);
    }

    private lineText(line: SourceLine): InlineText {
        return inlineText(this.text.slice(line.span.start, line.span.end), line.span.start, this.lines, this.year);
    }

    private personRef(name: string, start: number, role: PersonRole): PersonRef {
        const ref = personRefAt(name, this.lines.span(start, start + name.length), role);
        this.meeting.personRefs.push(ref);
        return ref;
    }

    // ---- before the first case ----------------------------------------------------------------

    private buildPreamble(lines: SourceLine[]): void {
        const m = this.meeting;
        const prose = new ProseCollector(this.lines);
        let list: AttendanceList | undefined;
        let headerZone = true;
        const push = (block: Block) => { prose.drainInto(m.preamble); m.preamble.push(block); };
        for (let i = 0; i < lines.length; i++) {
            const line = lines[i];
            this.noteLanguage(line);
            const k = line.keyword;
            if (k?.place === 'header') { list = undefined; prose.drainInto(m.preamble); this.headerLine(line); continue; }
            const kind = k && ATTENDANCE[k.kind];
            if (kind) {
                headerZone = false;
                list = this.attendanceList(line, kind, k.kind === 'substitutes', false);
                push({ kind: 'attendance', index: m.attendance.length - 1, span: line.span });
                continue;
            }
            if (k?.kind === 'nextMeeting') { list = undefined; this.nextMeetingLine(line, m.preamble, prose); continue; }
            if (k?.kind === 'conflict') {
                list = undefined;
                const conflict = this.conflict(line);
                conflict.cases = this.namedCases(line);
                m.conflicts.push(conflict);
                push({ kind: 'conflict', index: m.conflicts.length - 1, span: line.span });
                continue;
            }
            if (k || line.rule === 'CaseTypeLine') {
                list = undefined;
                push(this.misplaced(line, 'in-case'));
                continue;
            }
            // Prose.
            const value = line.value;
            if (list && (BULLET.test(value) || BULLET_ONLY.test(value))) { this.attendanceItem(line, list); continue; }
            list = undefined;
            if (this.nearMiss(line, this.hasCases ? 'preamble' : 'anywhere')) { headerZone = false; prose.add(line, this.inline(line)); continue; }
            const labelOnly = LABEL_ONLY.exec(value);
            if (labelOnly && this.personBulletFollows(lines, i)) {
                headerZone = false;
                list = this.attendanceList(line, 'other', false, true, labelOnly[1]);
                push({ kind: 'attendance', index: m.attendance.length - 1, span: line.span });
                continue;
            }
            const labelled = headerZone ? LABEL_VALUE.exec(value) : null;
            if (labelled && labelled[1].split(' ').length <= 4 && labelled[2].length <= 100) { prose.drainInto(m.preamble); this.customField(line, labelled[1], labelled[2]); continue; }
            if (m.headerFields.length > 0) headerZone = false;
            prose.add(line, this.inline(line));
        }
        prose.drainInto(m.preamble);
    }

    private personBulletFollows(lines: SourceLine[], i: number): boolean {
        const next = lines[i + 1];
        if (!next || next.keyword || next.rule !== 'Prose') return false;
        const bullet = BULLET.exec(next.value);
        if (!bullet) return false;
        const person = parseAttendee(next.value.slice(bullet[0].length));
        return !!person && (looksLikePerson(person.name) || !!person.role || !!person.institution);
    }

    /** A header keyword line; a second field after a wide gap on the same line is read as its own field. */
    private headerLine(line: SourceLine): void {
        const gap = INLINE_FIELD.exec(line.value);
        if (!gap) { this.headerField(line); return; }
        const first = { ...line, value: line.value.slice(0, gap.index), span: this.lines.span(line.span.start, line.valueStart + gap.index) };
        this.headerField(first);
        const restStart = line.valueStart + gap.index + gap[0].length;
        const rest = this.text.slice(restStart, line.valueStart + line.value.length);
        const k = KEYWORDS.find(kw => kw.place === 'header' && new RegExp(`^(?:${kw.spellings.map(s => spellingPattern(s.text)).join('|')})`, 'iu').test(rest))!;
        const keyword = new RegExp(`^(?:${k.spellings.map(s => spellingPattern(s.text)).join('|')})`, 'iu').exec(rest)![0];
        const valueOffset = keyword.length + (rest.slice(keyword.length).length - rest.slice(keyword.length).trimStart().length);
        this.headerLine({
            ...line, keyword: k, keywordText: keyword, keywordSpan: this.lines.span(restStart, restStart + keyword.length),
            value: rest.slice(valueOffset), valueStart: restStart + valueOffset, span: this.lines.span(restStart, line.span.end),
        });
    }

    private headerField(line: SourceLine): void {
        const m = this.meeting;
        const k = line.keyword!;
        const value = line.value.trim();
        const field: HeaderField = {
            kind: k.kind, label: line.keywordText.replace(/[ \t]*:$/, ''), text: value, keywordSpan: line.keywordSpan, span: line.span,
            valueSpan: value ? this.lines.span(line.valueStart, line.valueStart + value.length) : undefined,
        };
        m.headerFields.push(field);
        const first = !m.headerFields.some(f => f !== field && f.kind === k.kind);
        if (!first || !value) return; // a repeated field is reported; an empty one counts as missing
        switch (k.kind) {
            case 'body': {
                const short = /\(([^()]+)\)\s*$/.exec(value);
                const name = short ? value.slice(0, short.index).trim() : value;
                m.body = { name, shortName: short?.[1].trim(), key: nameKey(short?.[1] ?? name), span: line.span };
                break;
            }
            case 'meetingNumber': m.meetingNumber = field; break;
            case 'date': m.date = this.dateField(value, line.valueStart, parseDateAt(value, this.year)); break;
            case 'time': m.time = this.timeField(value, line.valueStart); break;
            case 'place': m.place = field; break;
            case 'status': {
                const lower = value.normalize('NFC').toLowerCase();
                const kind = STATUS_WORDS.utkast.some(w => lower.startsWith(w)) ? 'utkast' : STATUS_WORDS.godkjent.some(w => lower.startsWith(w)) ? 'godkjent' : 'ukjent';
                const found = kind === 'godkjent' ? findDate(value, this.year) : undefined;
                m.status = { kind, text: value, date: found && this.dateField(value, line.valueStart, found), span: line.span };
                break;
            }
            case 'chair':
            case 'referent': {
                const name = leadingName(value);
                if (name) {
                    const ref = this.personRef(name.name, line.valueStart + name.start, k.kind);
                    if (k.kind === 'chair') m.chair = ref; else m.referent = ref;
                }
                break;
            }
            default: break;
        }
    }

    private customField(line: SourceLine, label: string, value: string): void {
        const valueStart = line.valueStart + line.value.indexOf(value, label.length);
        this.meeting.headerFields.push({
            kind: 'custom', label, text: value, keywordSpan: this.lines.span(line.valueStart, line.valueStart + label.length),
            valueSpan: this.lines.span(valueStart, valueStart + value.length), span: line.span,
        });
    }

    /** A date as written at `base + match.start`; a text that holds no date is kept with the problem `not-a-date`. */
    private dateField(value: string, base: number, match: DateMatch | undefined): DateField {
        if (!match || match.end <= match.start) {
            return { text: value, span: this.lines.span(base, base + value.length), yearImplied: false, problem: { kind: 'not-a-date', written: value.normalize('NFC') } };
        }
        const field: DateField = {
            text: value.slice(match.start, match.end), span: this.lines.span(base + match.start, base + match.end), yearImplied: match.yearImplied,
        };
        if (match.date) field.value = match.date;
        if (match.lastDay) field.lastDay = match.lastDay;
        if (match.weekday) field.weekday = match.weekday;
        if (match.problem) field.problem = match.problem;
        return field;
    }

    private timeField(value: string, base: number): TimeField {
        const t = parseTimeRangeAt(value);
        if (!t) return { text: value, span: this.lines.span(base, base + value.length), problem: { kind: 'not-a-time', written: value.normalize('NFC') } };
        const field: TimeField = { text: value.slice(t.start, t.end), span: this.lines.span(base + t.start, base + t.end) };
        if (t.from) field.from = t.from;
        if (t.to) field.to = t.to;
        if (t.problem) field.problem = t.problem;
        const rest = value.slice(t.end).replace(/^[\s.,;]+|[\s.]+$/g, '');
        if (rest) {
            const zone = /^(UTC|GMT|CET|CEST|[A-Z]{2,4}T|norsk tid)\b/u.exec(rest);
            if (zone) field.zone = zone[1];
            if (!zone || rest.length > zone[0].length) field.rest = rest;
        }
        return field;
    }

    // ---- attendance -------------------------------------------------------------------------------

    private attendanceList(line: SourceLine, kind: Exclude<AttendanceKind, 'member'>, substitutes: boolean, custom: boolean, label?: string): AttendanceList {
        const list: AttendanceList = {
            kind, label: label ?? line.keywordText.replace(/[ \t]*:$/, ''), substitutes, custom, span: line.span, attendees: [], emptyItems: [],
        };
        this.meeting.attendance.push(list);
        if (!custom && line.value) {
            // "Forfall: Kari Nordmann og Per Hansen": names on the heading line are people of the list.
            const found = attendeesOnLine(line.value);
            if (found.some(f => looksLikePerson(f.name))) {
                for (const f of found) list.attendees.push(this.attendee(f, line.valueStart, this.lines.span(line.valueStart + f.start, line.valueStart + f.end), list));
            } else list.note = this.inline(line);
        }
        return list;
    }

    private attendanceItem(line: SourceLine, list: AttendanceList): void {
        const block = this.meeting.preamble[this.meeting.preamble.length - 1];
        if (block?.kind === 'attendance') block.span = this.lines.span(block.span.start, line.span.end);
        const bullet = BULLET.exec(line.value);
        const fields = bullet ? parseAttendee(line.value.slice(bullet[0].length)) : undefined;
        if (!fields) { list.emptyItems.push(line.span); return; }
        list.attendees.push(this.attendee(fields, line.valueStart + bullet![0].length, line.span, list));
    }

    private attendee(f: AttendeeFields, base: number, span: Span, list: { kind: AttendanceKind; substitutes?: boolean }): Attendee {
        const attendee: Attendee = {
            name: f.name, key: nameKey(f.name), nameSpan: this.lines.span(base + f.nameStart, base + f.nameEnd), span, list: list.kind,
        };
        if (f.institution) attendee.institution = f.institution;
        if (f.role) attendee.role = f.role;
        if (f.roleKind) attendee.roleKind = f.roleKind;
        else if (list.substitutes) attendee.roleKind = 'vara';
        if (f.title) attendee.title = f.title;
        if (f.party) attendee.party = f.party;
        if (f.note !== undefined) attendee.note = f.note;
        if (f.substituteFor) attendee.substituteFor = this.personRef(f.substituteFor.name, base + f.substituteFor.start, 'substitute');
        this.meeting.people.push(attendee);
        return attendee;
    }

    // ---- lines of any place ----------------------------------------------------------------------

    private misplaced(line: SourceLine, reason: MisplacedReason, firstLine?: number): Block {
        const m = this.meeting;
        m.misplaced.push({
            kind: line.keyword?.kind ?? 'caseType', keyword: line.keywordText, keywordSpan: line.keywordSpan, text: this.lineText(line), span: line.span, reason,
            ...(firstLine === undefined ? {} : { firstLine }),
        });
        return { kind: 'misplaced', index: m.misplaced.length - 1, span: line.span };
    }

    private nearMiss(line: SourceLine, place: NearMissPlace): boolean {
        const found = findNearMiss(line.value, place);
        if (!found) return false;
        this.meeting.nearMisses.push({
            kind: found.keyword.kind, keyword: found.replacement ?? found.keyword.spellings[0].text, reason: found.reason,
            replace: this.lines.span(line.valueStart + found.start, line.valueStart + found.end), replacement: found.replacement ?? '', span: line.span,
        });
        return true;
    }

    private conflict(line: SourceLine): Conflict {
        const people = nameList(line.value).map(n => this.personRef(n.name, line.valueStart + n.start, 'conflict'));
        return { text: this.inline(line), people, cases: [], span: line.span };
    }

    private namedCases(line: SourceLine): CaseReference[] {
        const result: CaseReference[] = [];
        NAMED_CASES.lastIndex = 0;
        for (let m = NAMED_CASES.exec(line.value); m; m = NAMED_CASES.exec(line.value)) {
            const listStart = m.index + m[0].length - m[1].length;
            for (const n of m[1].matchAll(/\d+(?:[./]\d+)*/g)) {
                const start = line.valueStart + listStart + n.index!;
                const span = this.lines.span(start, start + n[0].length);
                result.push({ span, numberSpan: span, number: parseCaseNumber(n[0]) });
            }
        }
        return result;
    }

    private nextMeetingLine(line: SourceLine, blocks: Block[], prose: ProseCollector): void {
        if (this.meeting.nextMeeting) { prose.drainInto(blocks); blocks.push(this.misplaced(line, 'repeated', this.meeting.nextMeeting.span.line)); return; }
        this.meeting.nextMeeting = this.nextMeeting(line);
    }

    /** `Neste møte: Mandag 25. april 2016, kl 10 -16.00, Lysaker, Forskningsrådet.` */
    private nextMeeting(line: SourceLine): NextMeeting {
        const text = line.value;
        const next: NextMeeting = { span: line.span, keywordSpan: line.keywordSpan, text };
        const date = rollForward(findDate(text, this.year), this.meeting.date?.value);
        let restStart = 0;
        if (date) {
            next.date = this.dateField(text, line.valueStart, date);
            restStart = date.end;
        }
        const afterDate = text.slice(restStart).replace(/^\s*,?\s*/, '');
        const skipped = text.length - restStart - afterDate.length;
        const time = parseTimeRangeAt(afterDate);
        if (time) {
            const at = line.valueStart + restStart + skipped;
            next.time = { text: afterDate.slice(time.start, time.end), span: this.lines.span(at + time.start, at + time.end) };
            if (time.from) next.time.from = time.from;
            if (time.to) next.time.to = time.to;
            if (time.problem) next.time.problem = time.problem;
            restStart += skipped + time.end;
        }
        const place = text.slice(restStart).replace(/^[\s,.;–—-]+/, '').replace(/[\s.]+$/, '');
        if (place) next.place = place;
        return next;
    }

    // ---- cases ----------------------------------------------------------------------------------

    private buildCase(node: ast.Case): Case {
        const heading: CaseHeading = this.reader.heading(node);
        const number = parseCaseNumber(heading.number?.text ?? '');
        if (number.year === undefined && number.sub.length === 0 && this.year !== undefined && !number.problem) {
            // Cases numbered 1..n per meeting belong to the meeting's year.
            number.key = `${number.main}`;
        }
        // "Sak 17/23 – Tittel", "Sak 3: Tittel": the separator is not part of the title.
        const rawTitle = heading.title?.text ?? '';
        const lead = /^[:–—-][ \t]*/.exec(rawTitle)?.[0].length ?? 0;
        const title = rawTitle.slice(lead);
        const titleStart = (heading.title?.start ?? 0) + lead;
        const c: Case = {
            number,
            numberSpan: heading.number ? this.lines.span(heading.number.start, heading.number.start + number.text.length) : heading.keywordSpan,
            title,
            titleSpan: heading.title && title ? this.lines.span(titleStart, heading.title.end) : undefined,
            headingSpan: heading.span,
            span: heading.span,
            subCases: [], introducers: [], responsibles: [], attachments: [], conflicts: [], decisions: [], votes: [], dissents: [], deadlines: [],
            content: [], references: [],
            anyOtherBusiness: /^eventuelt\b/i.test(title.normalize('NFC').trim()),
        };
        if (heading.title) this.addReferences(c, caseReferences(title, titleStart, this.lines, this.year));
        this.caseBody(c, node.lines.map(line => this.reader.line(line)));
        return c;
    }

    private addReferences(c: Case, references: CaseReference[]): void {
        for (const r of references) c.references.push(r);
    }

    private caseBody(c: Case, lines: SourceLine[]): void {
        const prose = new ProseCollector(this.lines);
        let mode: 'body' | 'decision' | 'attachments' | 'members' = 'body';
        let decision: { decision: Decision; prose: ProseCollector; text: string; block: Block } | undefined;
        let attachments: Extract<Block, { kind: 'attachments' }> | undefined;
        const endDecision = () => {
            if (decision) {
                const d = decision.decision;
                d.blocks = decision.prose.finish();
                const last = d.blocks[d.blocks.length - 1];
                if (last) d.span = this.lines.span(d.span.start, last.span.end);
                decision.block.span = d.span;
                d.placeholder = d.blocks.length === 1 && d.blocks[0].kind === 'paragraph' && d.blocks[0].lines.length === 1 && /^\([^()]*\)\.?$/.test(d.blocks[0].lines[0].text.trim());
            }
            decision = undefined;
        };
        const push = (block: Block) => { prose.drainInto(c.content); c.content.push(block); };
        for (const line of lines) {
            this.noteLanguage(line);
            if (line.span.end > c.span.end) c.span = this.lines.span(c.span.start, line.span.end);
            if (line.rule === 'Prose') {
                const value = line.value;
                const item = isListItem(value);
                if (mode === 'decision' && decision) {
                    const continues = !line.afterBlank
                        || (decision.prose.empty)
                        // "Vedtak: Styret vedtar følgende:" + blank line + a list: the list is the decision.
                        || (item && /:\s*$/.test(decision.text) && !decision.prose.openList);
                    if (continues) {
                        const inline = this.inline(line);
                        this.addReferences(c, inline.references);
                        decision.prose.add(line, inline);
                        decision.text = value;
                        continue;
                    }
                }
                if (mode === 'attachments' && BULLET.test(value) && !line.afterBlank && attachments) {
                    c.attachments.push({ kind: c.attachments[c.attachments.length - 1]?.kind ?? 'vedlegg', text: this.inline(line, BULLET.exec(value)![0].length) });
                    attachments.to = c.attachments.length;
                    attachments.span = this.lines.span(attachments.span.start, line.span.end);
                    continue;
                }
                const responsible = c.responsibles[c.responsibles.length - 1];
                if (mode === 'members' && BULLET.test(value) && !line.afterBlank && responsible) {
                    const fields = parseAttendee(value.slice(BULLET.exec(value)![0].length));
                    if (fields) {
                        responsible.members.push(this.attendee(fields, line.valueStart + BULLET.exec(value)![0].length, line.span, { kind: 'member' }));
                        responsible.span = this.lines.span(responsible.span.start, line.span.end);
                        const block = c.content[c.content.length - 1];
                        if (block?.kind === 'responsible') block.span = responsible.span;
                        continue;
                    }
                }
                endDecision();
                mode = 'body';
                this.nearMiss(line, 'case');
                const inline = this.inline(line);
                this.addReferences(c, inline.references);
                if (!item && line.afterBlank) prose.flush();
                prose.add(line, inline);
                continue;
            }
            endDecision();
            mode = 'body';
            prose.flush();
            const k = line.keyword;
            if (line.rule === 'CaseTypeLine') {
                if (c.type) { push(this.misplaced(line, 'repeated', c.type.span.line)); continue; }
                const label = line.keywordText.replace(/[ \t]*:$/, '');
                const name = label.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
                c.type = { label, name, kind: caseKind(name), span: line.keywordSpan, text: line.value ? this.inline(line) : undefined };
                if (c.type.text) this.addReferences(c, c.type.text.references);
                continue;
            }
            switch (k!.kind) {
                case 'introducer': {
                    const text = this.inline(line);
                    const name = leadingName(text.text);
                    c.introducers.push({ text, span: line.span, person: name ? this.personRef(name.name, line.valueStart + name.start, 'introducer') : undefined });
                    break;
                }
                case 'exemption':
                    if (c.exemption) { push(this.misplaced(line, 'repeated', c.exemption.span.line)); break; }
                    c.exemption = {
                        keywordSpan: line.keywordSpan, span: line.span, basis: line.value || undefined,
                        basisSpan: line.value ? this.lines.span(line.valueStart, line.valueStart + line.value.length) : undefined,
                    };
                    break;
                case 'responsible': {
                    const text = this.inline(line);
                    const name = leadingName(text.text);
                    c.responsibles.push({ text, members: [], span: line.span, person: name ? this.personRef(name.name, line.valueStart + name.start, 'responsible') : undefined });
                    push({ kind: 'responsible', index: c.responsibles.length - 1, span: line.span });
                    mode = 'members';
                    break;
                }
                case 'attachment': {
                    const kind = (line.spelling?.variant ?? 'vedlegg') as AttachmentKind;
                    const from = c.attachments.length;
                    c.attachments.push({ kind, text: line.value ? this.inline(line) : { text: '', span: line.keywordSpan, references: [] } });
                    attachments = { kind: 'attachments', from, to: from + 1, span: line.span };
                    push(attachments);
                    mode = 'attachments';
                    break;
                }
                case 'conflict':
                    c.conflicts.push(this.conflict(line));
                    push({ kind: 'conflict', index: c.conflicts.length - 1, span: line.span });
                    break;
                case 'decision': {
                    const d: Decision = { keywordSpan: line.keywordSpan, span: line.span, blocks: [], placeholder: false };
                    const block: Block = { kind: 'decision', index: c.decisions.length, span: line.span };
                    decision = { decision: d, prose: new ProseCollector(this.lines), text: line.value, block };
                    if (line.value) {
                        const inline = this.inline(line);
                        this.addReferences(c, inline.references);
                        decision.prose.add(line, inline);
                    }
                    c.decisions.push(d);
                    push(block);
                    mode = 'decision';
                    break;
                }
                case 'vote':
                    c.votes.push(this.vote(line));
                    push({ kind: 'vote', index: c.votes.length - 1, span: line.span });
                    break;
                case 'dissent': {
                    const people = nameList(line.value).map(n => this.personRef(n.name, line.valueStart + n.start, 'dissent'));
                    c.dissents.push({ text: this.inline(line), people, span: line.span });
                    push({ kind: 'dissent', index: c.dissents.length - 1, span: line.span });
                    break;
                }
                case 'deadline':
                    c.deadlines.push(this.deadline(line, c));
                    push({ kind: 'deadline', index: c.deadlines.length - 1, span: line.span });
                    break;
                case 'nextMeeting':
                    this.nextMeetingLine(line, c.content, prose);
                    break;
                default:
                    // A header or attendance line inside a case: kept where it was written.
                    push(this.misplaced(line, 'before-cases'));
            }
        }
        endDecision();
        prose.drainInto(c.content);
    }

    private vote(line: SourceLine): Vote {
        const text = line.value;
        const parsed = parseVote(text);
        const vote: Vote = { span: line.span, text, unanimous: parsed.unanimous };
        if (text) vote.valueSpan = this.lines.span(line.valueStart, line.valueStart + text.length);
        if (parsed.for !== undefined) vote.for = parsed.for;
        if (parsed.against !== undefined) vote.against = parsed.against;
        if (parsed.abstain !== undefined) vote.abstain = parsed.abstain;
        if (!text) vote.problem = { kind: 'empty' };
        else if (parsed.unreadable) vote.problem = { kind: 'unreadable', text };
        return vote;
    }

    private deadline(line: SourceLine, c: Case): Deadline {
        const text = line.value;
        const base = line.valueStart;
        const fields = parseDeadline(text, this.meeting.date?.value);
        const due: DateField = fields.date
            ? this.dateField(text, base, fields.date)
            : { text: '', span: this.lines.span(line.keywordSpan.start, line.span.end), yearImplied: false, problem: { kind: 'missing' } };
        const deadline: Deadline = {
            span: line.span, keywordSpan: line.keywordSpan, text, due, alsoResponsible: [], responsibleFromCase: false, what: fields.what,
            caseKey: c.number.key, done: fields.done,
        };
        const [first, ...others] = fields.responsible;
        if (first) {
            deadline.responsible = this.personRef(first.name, base + first.start, 'deadline');
            for (const other of others) deadline.alsoResponsible.push(this.personRef(other.name, base + other.start, 'deadline'));
        } else {
            const responsible = c.responsibles[0];
            // A group name may contain " og " ("Arbeidsgruppen for helse og omsorg"): cut at , ( : only.
            const name = responsible?.text.text.split(/[,(:]/)[0].trim();
            if (responsible && name) {
                deadline.responsibleFromCase = true;
                deadline.responsible = personRefAt(name, responsible.text.span, 'responsible');
            }
        }
        return deadline;
    }

    /** Moves "17.1" under the case "17/16" (or "17") before it; keeps order. */
    private nestSubCases(all: Case[]): void {
        const top: Case[] = [];
        for (const c of all) {
            if (c.number.sub.length > 0) {
                let parent: Case | undefined;
                for (let i = top.length - 1; i >= 0 && !parent; i--) if (top[i].number.main === c.number.main && top[i].number.sub.length === 0) parent = top[i];
                if (parent) {
                    c.parentKey = parent.number.key;
                    if (parent.number.year !== undefined && c.number.year === undefined) c.number.year = parent.number.year;
                    parent.subCases.push(c);
                    continue;
                }
            }
            top.push(c);
        }
        this.meeting.cases = top;
    }
}

export function personRefAt(name: string, span: Span, role: PersonRole): PersonRef {
    return { name, key: nameKey(name), span, role, isPerson: looksLikePerson(name) };
}
