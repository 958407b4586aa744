/**
 * Builds the semantic model of a meeting from its syntax tree: the structure layer. The grammar
 * accepts every line kind everywhere; here lines get their structure — header fields, attendance
 * lists, sections, cases with their head and content (cases.ts), signatures — and values are read
 * by the small parsers in values/. Every line ends up in the model, in source order: as structure,
 * as prose, or (misplaced, near misses) as prose with a fact the validator reports. No recursion
 * over the input's size.
 */
import type * as ast from '../generated/ast.js';
import { canonicalSpelling, DOCUMENT_KINDS, type Keyword, keyword, type KeywordKind, KEYWORDS, type Language, type Spelling } from '../vocabulary/keywords.js';
import { spellingPattern } from '../vocabulary/patterns.js';
import { STATUS_WORDS } from '../vocabulary/values.js';
import { CaseBuilder } from './cases.js';
import { LineReader, type SourceLine } from './lines.js';
import { findNearMiss, type NearMissPlace } from './near-miss.js';
import { ProseCollector } from './prose.js';
import { allCases } from './queries.js';
import { inlineText, LineIndex } from './spans.js';
import type {
    AttendanceKind, AttendanceList, Attendee, Block, Case, CaseReference, Conflict, DateField, ForeignKeyword, HeaderField, InlineText, Meeting,
    MisplacedReason, NextMeeting, PersonRef, PersonRole, Section, Signatures, Span, TimeField,
} from './types.js';
import { attendeesOnLine, type AttendeeFields, parseAttendee, roleInDefiniteForm, withoutTitle } from './values/attendees.js';
import { parseCaseNumber } from './values/case-numbers.js';
import { languageFamily, parseLanguage } from './values/language.js';
import { type DateMatch, findDate, parseDateAt, parseTimeRangeAt, rollForward } from './values/dates.js';
import { leadingName, looksLikePerson, nameKey, nameList } from './values/names.js';

export function buildMeeting(root: ast.Meeting, text: string, uri: string): Meeting {
    return new MeetingBuilder(text, uri).build(root);
}

const ATTENDANCE: Partial<Record<KeywordKind, Exclude<AttendanceKind, 'member'>>> = { present: 'present', absent: 'absent', substitutes: 'present', others: 'other' };
export const BULLET_ONLY = /^[-*•–]$/;
export const BULLET = /^([-*•–])[ \t]+/;
/** "Arkivsak: 25/00412", "Møtetype: ekstraordinært": a label the vocabulary does not know, with a value. */
const LABEL_VALUE = /^(\p{Lu}[\p{L}\p{M}\p{N}.\-/ ]{0,38}?)[ \t]*:[ \t]+(\S.*)$/u;
/** "Fra administrasjonen:": a label alone on its line (a group of people when bullets follow). */
const LABEL_ONLY = /^(\p{Lu}[^:]{0,60}?)[ \t]*:$/u;
/** A second header field on the same line after a wide gap: "Møtedato: 14.03.2025      Tidspunkt: kl. 09.00". */
const INLINE_FIELD = new RegExp(`(?:[ \\t]{2,}|\\t)(?=(?:${KEYWORDS.filter(k => k.place === 'header').flatMap(k => k.spellings.map(s => spellingPattern(s.text))).join('|')}))`, 'iu');
/** The cases named on an `Inhabil:` line before the first case: "(sak 10)", "i sakene 10 og 12". */
const NAMED_CASES = /\b(?:sak(?:ene)?|(?:agenda[ \t]+)?items?)[ \t]+(\d+(?:[./]\d+)*(?:[ \t]*(?:,|og|and)[ \t]*\d+(?:[./]\d+)*)*)/giu;
/** A section title that says its cases were treated behind closed doors. */
const CLOSED = /lukket\s+møte|lukka\s+møte|lukkede\s+dører|lukka\s+dører|closed\s+session|in\s+camera|private\s+session|executive\s+session/iu;

/** The languages a spelling's text belongs to (read only; shared by every line written so). */
const SPELLING_LANGUAGES = new WeakMap<Spelling, Language[]>();

/** The state the structure layer shares between the meeting's parts and its cases. */
export class MeetingBuilder {
    readonly lines: LineIndex;
    readonly reader: LineReader;
    readonly meeting: Meeting;
    year?: number;
    hasCases = false;
    /** The open sections (innermost last) that the next case belongs to. */
    private openSections: number[] = [];
    /** The keyword lines written, with the languages their spellings belong to (see `setLanguage`). */
    private readonly written: Array<{ kind: KeywordKind | 'caseType'; keyword: string; keywordSpan: Span; languages: Language[]; header: boolean; spelling?: Spelling }> = [];

    constructor(readonly text: string, uri: string) {
        this.lines = new LineIndex(text);
        this.reader = new LineReader(text, this.lines);
        this.meeting = {
            uri, language: 'nb', languageSource: 'default', foreignKeywords: [], headerFields: [], attendance: [], people: [], conflicts: [], preamble: [], cases: [], sections: [],
            signatures: [], misplaced: [], nearMisses: [], personRefs: [],
        };
    }

    build(root: ast.Meeting): Meeting {
        this.hasCases = root.cases.length > 0;
        const preamble = root.lines.map(line => this.reader.line(line));
        // The year is needed for dates without one and for case numbers like "3": read it first.
        const dateLine = preamble.find(l => l.keyword?.kind === 'date');
        if (dateLine?.value) this.year = parseDateAt(dateLine.value)?.date?.year;
        this.buildPreamble(preamble);
        const cases = new CaseBuilder(this);
        const all: Case[] = [];
        for (const node of root.cases) all.push(cases.build(node));
        this.meeting.cases = nestSubCases(all);
        this.setLanguage();
        this.resolveLater();
        return this.meeting;
    }

    // ---- shared by the meeting's parts and its cases -------------------------------------------------

    /** Notes the languages a keyword line's spelling belongs to (a case line's too: `Item 3`). */
    noteLanguage(line: { keyword?: Keyword; spelling?: Spelling; rule?: string; keywordText: string; keywordSpan: Span }): void {
        const k = line.keyword, spelling = line.spelling;
        if (line.rule === 'CaseTypeLine') {
            const language: Language[] = caseTypeLanguage(line.keywordText) === 'en' ? ['en'] : ['nb', 'nn'];
            this.written.push({ kind: 'caseType', keyword: line.keywordText, keywordSpan: line.keywordSpan, languages: language, header: false });
            return;
        }
        if (!k || !spelling) return;
        let languages = SPELLING_LANGUAGES.get(spelling);
        if (!languages) {
            languages = [...new Set(k.spellings.filter(s => s.text === spelling.text).map(s => s.language))];
            SPELLING_LANGUAGES.set(spelling, languages);
        }
        this.written.push({ kind: k.kind, keyword: line.keywordText, keywordSpan: line.keywordSpan, languages, header: k.place === 'header' || k.place === 'attendance', spelling });
    }

    /**
     * The document's language: `Språk:` when it names one; else the language whose own spellings
     * (those no other language shares: "Til stades:", "Present:") the header and attendance lists use
     * most, then the whole document; bokmål when none tells. Keywords of the other family (English in
     * Norwegian minutes, Norwegian in English ones) are recorded: one document, one language.
     */
    private setLanguage(): void {
        const m = this.meeting;
        const count = (lines: typeof this.written) => {
            const counts = new Map<Language, number>();
            for (const w of lines) if (w.languages.length === 1) counts.set(w.languages[0], (counts.get(w.languages[0]) ?? 0) + 1);
            let best: Language | undefined, most = 0;
            for (const language of ['nb', 'nn', 'en'] as const) { const n = counts.get(language) ?? 0; if (n > most) { best = language; most = n; } }
            return best;
        };
        const declared = m.languageField?.language;
        const recognised = declared ? undefined : count(this.written.filter(w => w.header)) ?? count(this.written);
        m.language = declared ?? recognised ?? 'nb';
        m.languageSource = declared ? 'declared' : recognised ? 'recognised' : 'default';
        const family = languageFamily(m.language);
        for (const w of this.written) {
            if (w.languages.some(l => languageFamily(l) === family)) continue;
            const foreign: ForeignKeyword = { kind: w.kind, keyword: w.keyword, language: w.languages[0], keywordSpan: w.keywordSpan };
            if (w.kind !== 'caseType') {
                const k = keyword(w.kind);
                if (!w.spelling?.text.includes('{')) foreign.replacement = canonicalSpelling(k, m.language, w.spelling?.variant);
            }
            m.foreignKeywords.push(foreign);
        }
    }

    inline(line: SourceLine, skip = 0): InlineText {
        return inlineText(line.value.slice(skip), line.valueStart + skip, this.lines, this.year);
    }

    lineText(line: SourceLine): InlineText {
        return inlineText(this.text.slice(line.span.start, line.span.end), line.span.start, this.lines, this.year);
    }

    personRef(name: string, start: number, role: PersonRole): PersonRef {
        const ref = personRefAt(name, this.lines.span(start, start + name.length), role);
        this.meeting.personRefs.push(ref);
        return ref;
    }

    /** A date as written at `base + match.start`; a text that holds no date is kept with the problem `not-a-date`. */
    dateField(value: string, base: number, match: DateMatch | undefined): DateField {
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

    misplaced(line: SourceLine, reason: MisplacedReason, firstLine?: number): Block {
        const m = this.meeting;
        m.misplaced.push({
            kind: line.keyword?.kind ?? 'caseType', keyword: line.keywordText, keywordSpan: line.keywordSpan, text: this.lineText(line), span: line.span, reason,
            ...(firstLine === undefined ? {} : { firstLine }),
        });
        return { kind: 'misplaced', index: m.misplaced.length - 1, span: line.span };
    }

    nearMiss(line: SourceLine, place: NearMissPlace): boolean {
        const found = findNearMiss(line.value, this.hasCases ? place : 'anywhere');
        if (!found) return false;
        this.meeting.nearMisses.push({
            kind: found.keyword.kind, keyword: found.replacement ?? found.keyword.spellings[0].text, reason: found.reason,
            replace: this.lines.span(line.valueStart + found.start, line.valueStart + found.end), replacement: found.replacement ?? '', span: line.span,
        });
        return true;
    }

    conflict(line: SourceLine): Conflict {
        const people = nameList(line.value).map(n => this.personRef(n.name, line.valueStart + n.start, 'conflict'));
        return { text: this.inline(line), people, cases: [], span: line.span };
    }

    nextMeetingLine(line: SourceLine, blocks: Block[], prose: ProseCollector): void {
        if (this.meeting.nextMeeting) { prose.drainInto(blocks); blocks.push(this.misplaced(line, 'repeated', this.meeting.nextMeeting.span.line)); return; }
        this.meeting.nextMeeting = this.nextMeeting(line);
    }

    /** `Møteleder:`/`Referent:` inside a case sets the meeting's when the header has none; false when it has. */
    electedOfficer(line: SourceLine): boolean {
        const m = this.meeting, kind = line.keyword!.kind as 'chair' | 'referent';
        if (m.headerFields.some(f => f.kind === kind) || (kind === 'chair' ? m.chair : m.referent)) return false;
        const name = leadingName(line.value);
        if (!name) return false;
        const ref = this.personRef(name.name, line.valueStart + name.start, kind);
        if (kind === 'chair') m.chair = ref; else m.referent = ref;
        return true;
    }

    /** `Underskrifter:` with names on the line ("Godkjent av: Mona Ek og Roar Haug, 21. mars 2025"); bullets below are added by the caller. */
    signatures(line: SourceLine): Signatures {
        const value = line.value;
        const date = findDate(value, this.year);
        const names = date ? value.slice(0, date.start).replace(/[,\s]+$/, '') : value;
        const signatures: Signatures = { label: line.keywordText.replace(/[ \t]*:$/, ''), keywordSpan: line.keywordSpan, span: line.span, signers: [] };
        if (date) signatures.date = this.dateField(value, line.valueStart, date);
        for (const f of attendeesOnLine(names)) {
            this.signer(signatures, f, line.valueStart, this.lines.span(line.valueStart + f.start, line.valueStart + f.end));
        }
        const rest = date ? value.slice(date.end).replace(/^[\s.,]+/, '') : '';
        if (rest) signatures.note = rest;
        this.meeting.signatures.push(signatures);
        return signatures;
    }

    /** A bullet under `Underskrifter:`; returns false when it names no one. */
    signerLine(signatures: Signatures, line: SourceLine): boolean {
        const bullet = BULLET.exec(line.value);
        const fields = bullet ? parseAttendee(line.value.slice(bullet[0].length)) : undefined;
        if (!fields) return false;
        this.signer(signatures, fields, line.valueStart + bullet![0].length, line.span);
        signatures.span = this.lines.span(signatures.span.start, line.span.end);
        return true;
    }

    private signer(signatures: Signatures, f: AttendeeFields, base: number, span: Span): void {
        const person = this.personRef(f.name, base + f.nameStart, 'signer');
        signatures.signers.push({ name: f.name, person, role: f.role ?? f.title, span });
    }

    /**
     * A section heading ("# Saker til behandling i lukket møte"): a section of the cases after it when
     * no structure follows before the next case (`intro` then takes the prose); else a heading.
     */
    section(line: SourceLine): Section {
        const level = line.keywordText.length;
        const title = this.inline(line);
        const basis = /\(([^()]*)\)\s*$/.exec(line.value)?.[1].trim();
        while (this.openSections.length && this.meeting.sections[this.openSections[this.openSections.length - 1]].level >= level) this.openSections.pop();
        const section: Section = { title, level, span: line.span, closed: CLOSED.test(line.value), intro: [] };
        if (section.closed && basis) section.basis = basis;
        const parent = this.openSections[this.openSections.length - 1];
        if (parent !== undefined) section.parent = parent;
        this.meeting.sections.push(section);
        this.openSections.push(this.meeting.sections.length - 1);
        return section;
    }

    /** The section a case starting now belongs to, and whether it (or a section around it) is closed. */
    currentSection(): { index?: number; closed: boolean } {
        const index = this.openSections[this.openSections.length - 1];
        return { index, closed: this.openSections.some(i => this.meeting.sections[i].closed) };
    }

    // ---- before the first case ----------------------------------------------------------------

    private buildPreamble(lines: SourceLine[]): void {
        const m = this.meeting;
        const prose = new ProseCollector(this.lines);
        let list: AttendanceList | undefined;
        let signing: Signatures | undefined;
        let section: Section | undefined;
        let headerZone = true;
        const push = (block: Block) => { prose.drainInto(section ? section.intro : m.preamble); (section ? section.intro : m.preamble).push(block); };
        for (let i = 0; i < lines.length; i++) {
            const line = lines[i];
            this.noteLanguage(line);
            const k = line.keyword;
            if (signing && !k && !line.afterBlank && (BULLET.test(line.value)) && this.signerLine(signing, line)) continue;
            signing = undefined;
            if (k?.kind === 'section') {
                prose.drainInto(section ? section.intro : m.preamble);
                if (this.hasCases && onlyProseFollows(lines, i)) { section = this.section(line); continue; }
                push({ kind: 'heading', level: line.keywordText.length, text: this.inline(line), span: line.span });
                continue;
            }
            if (k?.place === 'header') { list = undefined; prose.drainInto(m.preamble); this.headerLine(line); continue; }
            const kind = k && ATTENDANCE[k.kind];
            if (kind) {
                headerZone = false;
                list = this.attendanceList(line, kind, k.kind === 'substitutes', false);
                push({ kind: 'attendance', index: m.attendance.length - 1, span: line.span });
                continue;
            }
            if (k?.kind === 'nextMeeting') { list = undefined; this.nextMeetingLine(line, m.preamble, prose); continue; }
            if (k?.kind === 'signatures') { list = undefined; signing = this.signatures(line); continue; }
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
            if (this.nearMiss(line, 'preamble')) { headerZone = false; prose.add(line, this.inline(line)); continue; }
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
            // A title line «Møteprotokoll» above the header names the kind of document (and stays prose).
            else if (headerZone && m.documentKind === undefined) m.documentKind = documentKindOf(value);
            prose.add(line, this.inline(line));
        }
        prose.drainInto(section ? section.intro : m.preamble);
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
        const starts = (kw: typeof KEYWORDS[number]) => new RegExp(`^(?:${kw.spellings.map(s => spellingPattern(s.text)).join('|')})`, 'iu').exec(rest);
        const k = KEYWORDS.find(kw => kw.place === 'header' && starts(kw))!;
        const keyword = starts(k)![0];
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
            case 'language': {
                const language = parseLanguage(value);
                m.languageField = {
                    text: value, span: line.span, ...(field.valueSpan ? { valueSpan: field.valueSpan } : {}), ...(language ? { language } : {}),
                };
                break;
            }
            case 'body': {
                const short = /\(([^()]+)\)\s*$/.exec(value);
                const name = short ? value.slice(0, short.index).trim() : value;
                m.body = { name, shortName: short?.[1].trim(), key: nameKey(short?.[1] ?? name), span: line.span };
                break;
            }
            case 'document': m.documentKind = value; break;
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
                const found = leadingName(value);
                // "Chair: Dr Helen Marsh": the person is Helen Marsh.
                const plain = found && withoutTitle(found.name);
                const name = found && plain && { name: plain.name, start: found.start + plain.offset };
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

    private timeField(value: string, base: number): TimeField {
        const t = parseTimeRangeAt(value);
        if (!t) return { text: value, span: this.lines.span(base, base + value.length), problem: { kind: 'not-a-time', written: value.normalize('NFC') } };
        const field: TimeField = { text: value.slice(t.start, t.end), span: this.lines.span(base + t.start, base + t.end) };
        if (t.from) field.from = t.from;
        if (t.to) field.to = t.to;
        if (t.problem) field.problem = t.problem;
        if (t.zone) field.zone = t.zone;
        const rest = value.slice(t.end).replace(/^[\s.,;]+|[\s.]+$/g, '');
        if (rest) {
            const zone = t.zone ? null : /^(UTC|GMT|CET|CEST|[A-Z]{2,4}T|norsk tid|local time)\b/u.exec(rest);
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
                for (const f of found) {
                    list.attendees.push(this.attendee(f, line.valueStart, this.lines.span(line.valueStart + f.start, line.valueStart + f.end), list));
                }
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

    attendee(f: AttendeeFields, base: number, span: Span, list: { kind: AttendanceKind; substitutes?: boolean }): Attendee {
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
        if (f.presence) attendee.presence = f.presence;
        if (f.substituteFor) attendee.substituteFor = this.personRef(f.substituteFor.name, base + f.substituteFor.start, 'substitute');
        this.meeting.people.push(attendee);
        return attendee;
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
            if (time.zone) next.time.zone = time.zone;
            restStart += skipped + time.end;
        }
        const place = text.slice(restStart).replace(/^[\s,.;–—-]+/, '').replace(/[\s.]+$/, '');
        if (place) next.place = place;
        return next;
    }

    // ---- what can be known only at the end ------------------------------------------------------------

    /**
     * What needs the whole meeting: "innen neste møte" comes to the date of `Neste møte:` (usually the
     * last line), and a short form of a name ("Nordmann", "Kari", "K. Nordmann") is the person it
     * uniquely fits.
     */
    private resolveLater(): void {
        const m = this.meeting;
        const next = m.nextMeeting?.date?.value;
        for (const c of allCases(m)) {
            for (const d of c.deadlines) if (d.due?.relative === 'next-meeting' && next && !d.due.value) d.due.value = next;
        }
        const keys = new Set(m.people.map(p => p.key));
        // Names split once; a short form met again (many refs name the same people) is looked up once.
        const people = m.people.map(p => ({ p, words: p.key.split(' ') }));
        const fitting = new Map<string, Attendee[]>();
        for (const ref of m.personRefs) {
            if (keys.has(ref.key)) continue;
            if (ref.byRole) {
                // "ordføreren": the one person of the meeting whose role or title it is.
                const holders = m.people.filter(p => p.roleKind === ref.byRole || (p.title !== undefined && roleInDefiniteForm(p.title) === ref.byRole));
                if (holders.length === 1) { ref.key = holders[0].key; ref.isPerson = true; }
                continue;
            }
            let fits = fitting.get(ref.key);
            if (!fits) {
                const parts = ref.key.split(' ');
                fits = people.filter(x => shortFormFits(parts, x.words)).map(x => x.p);
                fitting.set(ref.key, fits);
            }
            const names = [...new Set(fits.map(p => p.name))];
            if (names.length === 1) { ref.key = fits[0].key; ref.shortForm = true; ref.isPerson = true; }
            else if (names.length > 1) ref.candidates = names;
        }
    }
}

/** The language of a case type as written: "Decision item:" is English, "Vedtakssak:" Norwegian. */
export function caseTypeLanguage(written: string): 'en' | 'no' {
    return /item[ \t]*:?$/iu.test(written.normalize('NFC')) ? 'en' : 'no';
}

/** "nordmann", "kari", "k. nordmann" (or "k nordmann") against "kari nordmann" (both split at spaces). */
function shortFormFits(parts: string[], words: string[]): boolean {
    if (words.length < 2) return false;
    if (parts.length === 1) return parts[0] === words[words.length - 1] || parts[0] === words[0];
    if (parts.length === 2 && /^\p{L}\.?$/u.test(parts[0])) return parts[0].charAt(0) === words[0].charAt(0) && parts[1] === words[words.length - 1];
    return false;
}

/** Only prose, blank lines and other headings follow line `i` (up to the next case): a section heading. */
function onlyProseFollows(lines: SourceLine[], i: number): boolean {
    for (let j = i + 1; j < lines.length; j++) if (lines[j].rule !== 'Prose' && lines[j].keyword?.kind !== 'section') return false;
    return true;
}

/** Moves "17.1" under the case "17/16" (or "17") before it, in the same series; keeps order. */
function nestSubCases(all: Case[]): Case[] {
    const top: Case[] = [];
    for (const c of all) {
        if (c.number.sub.length > 0) {
            let parent: Case | undefined;
            for (let i = top.length - 1; i >= 0 && !parent; i--) {
                const p = top[i];
                if (p.numbered && p.series === c.series && p.number.main === c.number.main && p.number.sub.length === 0) parent = p;
            }
            if (parent) {
                c.parentKey = parent.number.key;
                if (parent.number.year !== undefined && c.number.year === undefined) c.number.year = parent.number.year;
                parent.subCases.push(c);
                continue;
            }
        }
        top.push(c);
    }
    return top;
}

/** A reference to a person; a role written for them ("ordføreren", "Universitetsdirektøren") is `byRole`. */
export function personRefAt(name: string, span: Span, role: PersonRole): PersonRef {
    const isPerson = looksLikePerson(name);
    const byRole = isPerson ? undefined : roleInDefiniteForm(name);
    return { name, key: nameKey(name), span, role, isPerson, ...(byRole ? { byRole } : {}) };
}

export { onlyProseFollows };

/** The document kind a title line names on its own ("Møteprotokoll", "MØTEBOK"), as the vocabulary spells it. */
function documentKindOf(text: string): string | undefined {
    const lower = text.trim().normalize('NFC').toLowerCase();
    return DOCUMENT_KINDS.find(kind => kind.toLowerCase() === lower);
}
