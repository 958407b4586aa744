/**
 * Builds the semantic model of a meeting from its syntax tree. The grammar accepts every line kind
 * everywhere; here lines get their structure: attendance lists, case fields, decisions that run on
 * over several lines, group members under `Ansvarlig:`, paragraphs and lists.
 */
import { type CstNode, isCompositeCstNode, isLeafCstNode } from 'langium';
import type * as ast from '../generated/ast.js';
import { normalizeKeyword } from '../grammar/keywords.js';
import { compareDates, type DateMatch, findDate, isValidDate, parseDateAt, parseTimeRangeAt } from './dates.js';
import { findCaseReferences, inlineText, leadingName, LineIndex, looksLikePerson, nameKey, nameList, parseCaseNumber, personRef } from './text.js';
import type {
    AttendanceKind, AttendanceList, Attendee, Block, Case, CaseKind, Deadline, Decision, HeaderValue, InlineText,
    ListItem, Meeting, NextMeeting, PersonRef, Span, Vote,
} from './types.js';

/** One physical line of the source as the model builder sees it. */
interface SourceLine {
    node: ast.Line;
    /** Canonical keyword ("dato:", "vedtak:"), "casetype" or "prose". */
    keyword: string;
    keywordSpan: Span;
    value?: string;
    valueStart: number;
    span: Span;
    /** Column of the first character. */
    indent: number;
    /** A blank line stands between this line and the previous one. */
    afterBlank: boolean;
}

const ATTENDANCE_KINDS: Record<string, Exclude<AttendanceKind, 'member'>> = {
    'til stede:': 'present', 'til stades:': 'present', 'forfall:': 'absent',
    'andre:': 'other', 'observatører:': 'other', 'inviterte:': 'other', 'sekretariat:': 'other',
};

const ROLE_WORDS = ['fast medlem', 'varamedlem', 'vara', 'nestleder', 'leder', 'medlem', 'observatør', 'sekretariat', 'sekretær', 'referent', 'invitert', 'gjest', 'møteleder', 'ordfører', 'varaordfører', 'rådsleder', 'styreleder', 'gruppeleder'];
const ROLE_PATTERN = new RegExp(`^(${ROLE_WORDS.join('|')})\\b`, 'iu');

const BULLET = /^([-*•–])[ \t]+/;
const NUMBERED = /^(\d{1,3})[.)][ \t]+/;

export function caseKind(typeName: string): CaseKind {
    if (/vedtak|beslutning|valg/.test(typeName)) return 'decision';
    if (/diskusjon|drøfting|høring|høyring|tema/.test(typeName)) return 'discussion';
    if (/orientering|referat|informasjon/.test(typeName)) return 'information';
    return 'other';
}

export function buildMeeting(root: ast.Meeting, text: string, uri: string): Meeting {
    return new MeetingBuilder(text, uri).build(root);
}

class MeetingBuilder {
    private readonly lines: LineIndex;
    private readonly meeting: Meeting;
    private previousEnd = 0;
    private year?: number;

    constructor(private readonly text: string, uri: string) {
        this.lines = new LineIndex(text);
        this.meeting = {
            uri, headerFields: [], attendance: [], people: [], preamble: [], cases: [], misplaced: [], personRefs: [],
        };
    }

    build(root: ast.Meeting): Meeting {
        const preamble = root.lines.map(line => this.sourceLine(line));
        // The year is needed for dates without one and for case numbers like "3": read it first.
        const dateLine = preamble.find(l => l.keyword === 'dato:');
        if (dateLine?.value) this.year = parseDateAt(dateLine.value)?.date?.year;
        this.buildPreamble(preamble);
        const all: Case[] = [];
        for (const node of root.cases) all.push(this.buildCase(node));
        this.nestSubCases(all);
        return this.meeting;
    }

    // ---- lines -------------------------------------------------------------------------------

    private sourceLine(node: ast.Line): SourceLine {
        const cst = node.$cstNode!;
        const first = firstLeaf(cst);
        const valueNode = tokenOf(cst, 'TEXT');
        const start = first.offset;
        const end = node.$type === 'Prose' ? first.end : (valueNode?.end ?? first.end);
        const keyword = node.$type === 'Prose' ? 'prose' : node.$type === 'CaseTypeLine' ? 'casetype' : canonicalKeyword(first.text);
        // Line breaks may be LF, CRLF or CR alone (the lexer accepts all three).
        const afterBlank = this.previousEnd > 0 && hasBlankLine(this.text, this.previousEnd, start);
        this.previousEnd = end;
        // Back to the line break (not lastIndexOf('\r'), which scans the whole file when it has no CR).
        let lineStart = start;
        while (lineStart > 0 && this.text[lineStart - 1] !== '\n' && this.text[lineStart - 1] !== '\r') lineStart--;
        return {
            node, keyword, keywordSpan: this.lines.span(first.offset, first.end),
            value: node.$type === 'Prose' ? first.text : valueNode?.text,
            valueStart: node.$type === 'Prose' ? first.offset : (valueNode?.offset ?? first.end),
            span: this.lines.span(start, end), indent: start - lineStart, afterBlank,
        };
    }

    private inline(line: SourceLine, skip = 0): InlineText {
        const value = line.value ?? '';
        return inlineText(value.slice(skip), line.valueStart + skip, this.lines, this.year);
    }

    private header(line: SourceLine): HeaderValue {
        return { text: line.value ?? '', keywordSpan: line.keywordSpan, span: line.span };
    }

    // ---- header and attendance -----------------------------------------------------------------

    private buildPreamble(lines: SourceLine[]): void {
        const m = this.meeting;
        let list: AttendanceList | undefined;
        const prose = new ProseCollector(this.lines);
        for (const line of lines) {
            const kind = ATTENDANCE_KINDS[line.keyword];
            if (kind) {
                list = { kind, label: line.keywordSpan && this.text.slice(line.keywordSpan.start, line.keywordSpan.end).replace(/\s*:$/, ''), span: line.span, attendees: [] };
                m.attendance.push(list);
                if (line.value) {
                    // "Til stede: Kari Nordmann, Ola Hansen": the names would be lost; one bullet per person is the format.
                    m.misplaced.push({
                        span: this.lines.span(line.valueStart, line.valueStart + line.value.length), keyword: list.label,
                        message: `Skriv deltakerne som punkter under «${list.label}:», én person per linje («- Navn, institusjon, rolle»).`,
                    });
                }
                continue;
            }
            if (line.keyword === 'prose' && list && BULLET.test(line.value!)) {
                const attendee = this.attendee(line, list.kind);
                if (attendee) list.attendees.push(attendee);
                continue;
            }
            list = undefined;
            if (line.keyword === 'prose') { prose.add(line, this.inline(line)); continue; }
            prose.flush();
            if (this.headerField(line)) continue;
            this.misplacedOrCaseLine(line, undefined);
        }
        m.preamble = prose.finish();
    }

    /** Returns true when `line` is a header field (and records it). */
    private headerField(line: SourceLine): boolean {
        const m = this.meeting;
        const value = line.value ?? '';
        const field = { ...this.header(line), key: line.keyword.replace(/:$/, '') };
        switch (line.keyword) {
            case 'organ:': {
                const short = /\(([^()]+)\)\s*$/.exec(value);
                const name = short ? value.slice(0, short.index).trim() : value.trim();
                m.body = { name, shortName: short?.[1].trim(), key: nameKey(short?.[1] ?? name), span: line.span };
                break;
            }
            case 'møte:': m.meetingNumber = this.header(line); break;
            case 'dato:': {
                m.dateField = this.header(line);
                const parsed = parseDateAt(value, this.year);
                if (parsed && parsed.end > 0) {
                    m.dateSpan = this.lines.span(line.valueStart + parsed.start, line.valueStart + parsed.end);
                    m.date = parsed.date;
                    m.dateError = parsed.error;
                    m.weekday = parsed.weekday;
                } else if (value) {
                    m.dateSpan = this.lines.span(line.valueStart, line.valueStart + value.length);
                    m.dateError = `«${value}» er ikke en dato. Skriv for eksempel «22. november 2023» eller «22.11.2023».`;
                }
                break;
            }
            case 'tid:': {
                const t = parseTimeRangeAt(value);
                const span = t ? this.lines.span(line.valueStart + t.start, line.valueStart + t.end) : this.lines.span(line.valueStart, line.valueStart + value.length);
                m.time = t ? { from: t.from, to: t.to, error: t.error, span } : { error: `«${value}» er ikke et klokkeslett. Skriv for eksempel «10:00–15:00» eller «kl. 10.00».`, span };
                break;
            }
            case 'sted:': m.place = this.header(line); break;
            case 'status:': {
                const lower = value.normalize('NFC').toLowerCase();
                const kind = lower.startsWith('utkast') ? 'utkast' : lower.startsWith('godkjent') ? 'godkjent' : 'ukjent';
                const date = kind === 'godkjent' ? findDate(value, this.year) : undefined;
                const dateSpan = date ? this.lines.span(line.valueStart + date.start, line.valueStart + date.end) : undefined;
                m.status = { kind, text: value, date: date?.date, dateSpan, dateError: date?.error, span: line.span };
                break;
            }
            case 'møteleder:':
            case 'referent:': {
                const name = leadingName(value);
                if (name) {
                    const ref = this.personRef(name.name, line.valueStart + name.start, line.valueStart + name.end, line.keyword === 'referent:' ? 'referent' : 'chair');
                    if (line.keyword === 'referent:') m.referent = ref; else m.chair = ref;
                }
                break;
            }
            default: return false;
        }
        m.headerFields.push(field);
        return true;
    }

    /** `- Name, Institution, role (note)` */
    private attendee(line: SourceLine, list: AttendanceKind): Attendee | undefined {
        const value = line.value!;
        const bullet = BULLET.exec(value)!;
        let body = value.slice(bullet[0].length);
        let note: string | undefined;
        const noteMatch = /\s*\(([^()]*)\)\s*$/.exec(body);
        if (noteMatch) { note = noteMatch[1].trim(); body = body.slice(0, noteMatch.index); }
        const fields = body.split(/,\s+/);
        const nameText = fields[0].trim();
        if (!nameText) return undefined;
        let institution: string | undefined, role: string | undefined;
        if (fields.length >= 3) { institution = fields.slice(1, -1).join(', '); role = fields[fields.length - 1]; }
        else if (fields.length === 2) { if (ROLE_PATTERN.test(fields[1])) role = fields[1]; else institution = fields[1]; }
        const nameStart = line.valueStart + bullet[0].length + (value.slice(bullet[0].length).indexOf(nameText));
        const attendee: Attendee = {
            name: nameText, key: nameKey(nameText), nameSpan: this.lines.span(nameStart, nameStart + nameText.length),
            span: line.span, institution: institution?.trim(), role: role?.trim(), note, list,
        };
        const roleKind = role ? ROLE_PATTERN.exec(role.trim())?.[1].toLowerCase() : undefined;
        if (roleKind) attendee.roleKind = roleKind === 'varamedlem' ? 'vara' : roleKind;
        const substitute = role ? /\bvara(?:medlem)?\s+for\s+(.+)$/iu.exec(role) : undefined;
        if (substitute) {
            const name = substitute[1].trim();
            const at = line.valueStart + value.lastIndexOf(name, noteMatch ? line.value!.length - noteMatch[0].length : undefined);
            attendee.substituteFor = this.personRef(name, at, at + name.length, 'substitute');
        }
        this.meeting.people.push(attendee);
        return attendee;
    }

    private personRef(name: string, start: number, end: number, role: PersonRef['role']): PersonRef {
        const ref = personRef(name, this.lines.span(start, end), role);
        this.meeting.personRefs.push(ref);
        return ref;
    }

    // ---- cases --------------------------------------------------------------------------------

    private buildCase(node: ast.Case): Case {
        const cst = node.$cstNode!;
        const numberNode = tokenOf(cst, 'CASENO');
        const titleNode = tokenOf(cst, 'TEXT');
        const head = firstLeaf(cst);
        const headingEnd = titleNode?.end ?? numberNode?.end ?? head.end;
        this.previousEnd = headingEnd;
        const number = parseCaseNumber(node.number ?? '');
        if (number.year === undefined && number.sub.length === 0 && this.year !== undefined && !number.error) {
            // Cases numbered 1..n per meeting belong to the meeting's year.
            number.key = `${number.main}`;
        }
        // "Sak 17/23 – Tittel", "Sak 3: Tittel": the separator is not part of the title.
        const lead = /^[:–—-][ \t]*/.exec(node.title ?? '')?.[0].length ?? 0;
        const title = (node.title ?? '').slice(lead);
        const titleStart = (titleNode?.offset ?? 0) + lead;
        const c: Case = {
            number,
            numberSpan: numberNode ? this.lines.span(numberNode.offset, numberNode.offset + number.text.length) : this.lines.span(head.offset, head.end),
            title,
            titleSpan: titleNode && title ? this.lines.span(titleStart, titleNode.end) : undefined,
            headingSpan: this.lines.span(head.offset, headingEnd),
            span: this.lines.span(head.offset, headingEnd),
            subCases: [], attachments: [], conflicts: [], content: [], decisions: [], dissent: [], deadlines: [], references: [],
            anyOtherBusiness: /^eventuelt\b/i.test(title.normalize('NFC').trim()),
        };
        if (titleNode) c.references.push(...findCaseReferences(title, titleStart, this.lines, this.year));
        this.caseBody(c, node.lines.map(line => this.sourceLine(line)));
        return c;
    }

    private caseBody(c: Case, lines: SourceLine[]): void {
        const prose = new ProseCollector(this.lines);
        let mode: 'body' | 'decision' | 'attachments' | 'members' = 'body';
        let decision: Decision | undefined;
        let decisionProse: ProseCollector | undefined;
        const endDecision = () => {
            if (decision && decisionProse) {
                decision.blocks = decisionProse.finish();
                const last = decision.blocks[decision.blocks.length - 1];
                if (last) decision.span = this.lines.span(decision.span.start, last.span.end);
            }
            decision = undefined; decisionProse = undefined;
        };
        for (const line of lines) {
            c.span = this.lines.span(c.span.start, Math.max(c.span.end, line.span.end));
            if (line.keyword === 'prose') {
                const value = line.value!;
                const isItem = BULLET.test(value) || NUMBERED.test(value);
                if (mode === 'decision' && decision && decisionProse && (!line.afterBlank || (decision.blocks.length === 0 && decisionProse.empty))) {
                    decisionProse.add(line, this.inline(line));
                    c.references.push(...decisionProse.lastReferences());
                    continue;
                }
                if (mode === 'attachments' && BULLET.test(value) && !line.afterBlank) {
                    const kind = c.attachments[c.attachments.length - 1]?.kind ?? 'vedlegg';
                    const text = this.inline(line, BULLET.exec(value)![0].length);
                    c.attachments.push({ kind, text });
                    continue;
                }
                if (mode === 'members' && BULLET.test(value) && !line.afterBlank && c.responsible) {
                    const member = this.attendee(line, 'member');
                    if (member) c.responsible.members.push(member);
                    continue;
                }
                endDecision();
                mode = 'body';
                const inline = this.inline(line);
                c.references.push(...inline.references);
                if (!isItem && line.afterBlank) prose.flush();
                prose.add(line, inline);
                continue;
            }
            endDecision();
            mode = 'body';
            prose.flush();
            switch (line.keyword) {
                case 'casetype': {
                    const label = this.text.slice(line.keywordSpan.start, line.keywordSpan.end).replace(/\s*:$/, '');
                    const name = label.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
                    c.type = { label, name, kind: caseKind(name), span: line.keywordSpan, text: line.value ? this.inline(line) : undefined };
                    if (c.type.text) c.references.push(...c.type.text.references);
                    break;
                }
                case 'innledning ved': {
                    const text = this.inline(line);
                    const name = leadingName(text.text);
                    c.introducer = { text, person: name ? this.personRef(name.name, line.valueStart + name.start, line.valueStart + name.end, 'introducer') : undefined };
                    break;
                }
                case 'ansvarlig:': {
                    const text = this.inline(line);
                    const name = leadingName(text.text);
                    c.responsible = { text, members: [], person: name ? this.personRef(name.name, line.valueStart + name.start, line.valueStart + name.end, 'responsible') : undefined };
                    mode = 'members';
                    break;
                }
                case 'vedlegg:': case 'saksdokument:': case 'saksdokumenter:': case 'bakgrunnsdokument:': case 'bakgrunnsdokumenter:': {
                    const kind = line.keyword.startsWith('vedlegg') ? 'vedlegg' : line.keyword.startsWith('saks') ? 'saksdokument' : 'bakgrunnsdokument';
                    if (line.value) c.attachments.push({ kind, text: this.inline(line) });
                    else c.attachments.push({ kind, text: { text: '', span: line.keywordSpan, references: [] } });
                    mode = 'attachments';
                    break;
                }
                case 'unntatt offentlighet:':
                    c.exemption = {
                        keywordSpan: line.keywordSpan, span: line.span, basis: line.value,
                        basisSpan: line.value ? this.lines.span(line.valueStart, line.valueStart + line.value.length) : undefined,
                    };
                    break;
                case 'inhabil:':
                    if (line.value) (c.conflictLines ??= []).push(this.inline(line));
                    for (const n of nameList(line.value ?? '')) c.conflicts.push(this.personRef(n.name, line.valueStart + n.start, line.valueStart + n.end, 'conflict'));
                    break;
                case 'vedtak:': {
                    decision = { keywordSpan: line.keywordSpan, span: line.span, blocks: [] };
                    decisionProse = new ProseCollector(this.lines);
                    if (line.value) {
                        const inline = this.inline(line);
                        c.references.push(...inline.references);
                        decisionProse.add(line, inline);
                    }
                    c.content.push({ kind: 'decision', index: c.decisions.length, span: line.span });
                    c.decisions.push(decision);
                    mode = 'decision';
                    break;
                }
                case 'votering:': case 'avstemning:':
                    c.vote = this.vote(line);
                    c.content.push({ kind: 'vote', span: line.span });
                    break;
                case 'dissens:':
                    if (line.value) (c.dissentLines ??= []).push(this.inline(line));
                    for (const n of nameList(line.value ?? '')) c.dissent.push(this.personRef(n.name, line.valueStart + n.start, line.valueStart + n.end, 'dissent'));
                    break;
                case 'frist': {
                    const deadline = this.deadline(line, c);
                    c.content.push({ kind: 'deadline', index: c.deadlines.length, span: line.span });
                    c.deadlines.push(deadline);
                    break;
                }
                case 'neste møte:':
                    this.meeting.nextMeeting = this.nextMeeting(line);
                    break;
                default:
                    this.misplacedOrCaseLine(line, c);
            }
        }
        endDecision();
        c.content.push(...prose.finish());
        c.content.sort((a, b) => a.span.start - b.span.start);
    }

    private misplacedOrCaseLine(line: SourceLine, c: Case | undefined): void {
        const keyword = this.text.slice(line.keywordSpan.start, line.keywordSpan.end);
        if (!c) {
            if (line.keyword === 'neste møte:') { this.meeting.nextMeeting = this.nextMeeting(line); return; }
            this.meeting.misplaced.push({ span: line.keywordSpan, keyword, message: `«${keyword}» hører hjemme i en sak. Flytt linjen ned under en «Sak»-linje.` });
            return;
        }
        const where = ATTENDANCE_KINDS[line.keyword] ? 'deltakerlistene' : 'møtehodet';
        this.meeting.misplaced.push({ span: line.keywordSpan, keyword, message: `«${keyword}» hører hjemme i ${where}, før den første saken. Flytt linjen opp.` });
    }

    private vote(line: SourceLine): Vote {
        const text = line.value ?? '';
        const valueSpan = text ? this.lines.span(line.valueStart, line.valueStart + text.length) : undefined;
        const lower = text.normalize('NFC').toLowerCase();
        const vote: Vote = { span: line.span, valueSpan, text, unanimous: /enstemmig|samrøystes|samstemmig/.test(lower) };
        const count = (word: string) => { const m = new RegExp(`(\\d+)\\s+(?:stemmer\\s+)?${word}`).exec(lower); return m ? parseInt(m[1], 10) : undefined; };
        vote.for = count('for');
        vote.against = count('mot');
        vote.abstain = count('(?:avholdende|blank|blanke|avstår)');
        if (!vote.unanimous && vote.for === undefined && vote.against === undefined) {
            vote.error = text
                ? `Forstår ikke voteringen «${text}». Skriv «enstemmig» eller for eksempel «7 for, 2 mot, 1 avholdende».`
                : 'Voteringen mangler resultat. Skriv «enstemmig» eller for eksempel «7 for, 2 mot, 1 avholdende».';
        }
        return vote;
    }

    /** `Frist 11.04.2024: Arbeidsgruppen – notat` / `Frist for notat: 11. april (ansvarlig: X). Rest.` */
    private deadline(line: SourceLine, c: Case): Deadline {
        const text = line.value ?? '';
        const base = line.valueStart;
        const deadline: Deadline = {
            span: line.span, keywordSpan: line.keywordSpan, text, yearImplied: false, responsibleFromCase: false, what: '', caseKey: c.number.key,
            done: false,
        };
        const done = /\s*\((?:utført|ferdig|levert)(?:\s[^)]*)?\)\s*\.?\s*$/iu.exec(text);
        if (done) deadline.done = true;
        let what = '';
        let rest = text;
        let restStart = 0;
        const forPart = /^for\s+([^:]*):/iu.exec(text);
        if (forPart) { what = forPart[1].trim(); restStart = forPart[0].length; }
        else if (text.startsWith(':')) restStart = 1;
        rest = text.slice(restStart, done ? done.index : undefined);
        const date = this.rollForward(parseDateAt(rest, this.year));
        if (date) {
            deadline.date = date.date;
            deadline.dateError = date.error;
            deadline.weekday = date.weekday;
            deadline.yearImplied = date.yearImplied;
            deadline.dateSpan = this.lines.span(base + restStart + date.start, base + restStart + date.end);
            restStart += date.end;
            rest = text.slice(restStart, done ? done.index : undefined);
        } else {
            deadline.dateError = 'Fristen mangler dato. Skriv for eksempel «Frist 11.04.2024: Ansvarlig – hva som skal gjøres».';
            deadline.dateSpan = this.lines.span(line.keywordSpan.start, line.span.end);
        }
        // "(ansvarlig: X)" anywhere, else "– X" / ", X" / ": X –" right after the date.
        const explicit = /\(ansvarlig:?\s*([^)]+)\)/iu.exec(rest);
        let who: { name: string; start: number } | undefined;
        if (explicit) {
            who = { name: explicit[1].trim(), start: restStart + explicit.index + explicit[0].indexOf(explicit[1]) };
            rest = rest.slice(0, explicit.index) + rest.slice(explicit.index + explicit[0].length);
        } else {
            const after = /^\s*(?:[:,]|[–—-])\s*/.exec(rest);
            const segment = after ? rest.slice(after[0].length) : '';
            const name = after ? leadingName(segment) : undefined;
            // Several people: "Kari Nordmann og Ola Hansen – notat", "Kari Nordmann, Ola Hansen – notat".
            const names = name ? [name] : [];
            while (names.length > 0) {
                const last = names[names.length - 1];
                const joiner = /^(?:[ \t]*,[ \t]*|[ \t]+og[ \t]+)/.exec(segment.slice(last.end));
                const next = joiner ? leadingName(segment, last.end + joiner[0].length) : undefined;
                if (!next || !looksLikePerson(last.name) || !looksLikePerson(next.name)) break;
                names.push(next);
            }
            const last = names[names.length - 1];
            if (name && isResponsibleName(last.name, segment.slice(last.end))) {
                who = { name: name.name, start: restStart + after![0].length + name.start };
                for (const other of names.slice(1)) {
                    const at = base + restStart + after![0].length + other.start;
                    (deadline.alsoResponsible ??= []).push(this.personRef(other.name, at, at + other.name.length, 'deadline'));
                }
                rest = segment.slice(last.end);
            }
        }
        if (who) deadline.responsible = this.personRef(who.name, base + who.start, base + who.start + who.name.length, 'deadline');
        else if (c.responsible?.text.text) {
            deadline.responsibleFromCase = true;
            // A group name may contain " og " ("Arbeidsgruppen for helse og omsorg"): cut at , ( : only.
            const name = c.responsible.text.text.split(/[,(:]/)[0].trim();
            if (name) deadline.responsible = personRef(name, c.responsible.text.span, 'responsible');
        }
        const tail = rest.replace(/^\s*[.,:;–—-]?\s*/, '').trim();
        deadline.what = [what, tail].filter(Boolean).join(': ');
        return deadline;
    }

    /** `Neste møte: Mandag 25. april 2016, kl 10 -16.00, Lysaker, Forskningsrådet.` */
    private nextMeeting(line: SourceLine): NextMeeting {
        const text = line.value ?? '';
        const next: NextMeeting = { span: line.span, keywordSpan: line.keywordSpan, text };
        const date = this.rollForward(findDate(text, this.year));
        let restStart = 0;
        if (date) {
            next.date = date.date;
            next.dateError = date.error;
            next.weekday = date.weekday;
            next.dateSpan = this.lines.span(line.valueStart + date.start, line.valueStart + date.end);
            restStart = date.end;
        }
        const afterDate = text.slice(restStart).replace(/^\s*,?\s*/, '');
        const skipped = text.length - restStart - afterDate.length;
        const time = parseTimeRangeAt(afterDate);
        if (time) {
            const at = line.valueStart + restStart + skipped;
            next.time = { from: time.from, to: time.to, error: time.error, span: this.lines.span(at + time.start, at + time.end) };
            restStart += skipped + time.end;
        }
        const place = text.slice(restStart).replace(/^[\s,.;–—-]+/, '').replace(/[\s.]+$/, '');
        if (place) next.place = place;
        return next;
    }

    /** A date written without a year that would fall before the meeting means next year ("11. april" in November). */
    private rollForward(match: DateMatch | undefined): DateMatch | undefined {
        const meetingDate = this.meeting.date;
        if (match?.date && match.yearImplied && meetingDate && compareDates(match.date, meetingDate) < 0) {
            const next = { ...match.date, year: match.date.year + 1 };
            if (isValidDate(next)) return { ...match, date: next };
        }
        return match;
    }

    /** Moves "17.1" under the case "17/16" (or "17") before it; keeps order. */
    private nestSubCases(all: Case[]): void {
        const top: Case[] = [];
        for (const c of all) {
            if (c.number.sub.length > 0) {
                const parent = [...top].reverse().find(p => p.number.main === c.number.main && p.number.sub.length === 0);
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

/** Groups prose lines into paragraphs and (nested) lists. */
class ProseCollector {
    private readonly blocks: Block[] = [];
    private paragraph?: { lines: InlineText[]; start: number; end: number; line: number };
    private list?: { items: ListItem[]; start: number; end: number; line: number; baseIndent: number };
    private last: InlineText[] = [];

    constructor(private readonly lines: LineIndex) { }

    get empty(): boolean { return !this.paragraph && !this.list && this.blocks.length === 0; }

    lastReferences() { return this.last.flatMap(t => t.references); }

    add(line: SourceLine, text: InlineText): void {
        const value = text.text;
        const bullet = BULLET.exec(value);
        const numbered = bullet ? undefined : NUMBERED.exec(value);
        const marker = bullet ?? numbered;
        if (marker) {
            if (this.paragraph) this.flushParagraph();
            if (!this.list) this.list = { items: [], start: line.span.start, end: line.span.end, line: line.span.line, baseIndent: line.indent };
            const depth = Math.max(0, Math.round((line.indent - this.list.baseIndent) / 2));
            const content: InlineText = {
                text: value.slice(marker[0].length),
                span: this.lines.span(text.span.start + marker[0].length, text.span.end),
                references: text.references,
            };
            this.list.items.push({ content, depth, ordered: !!numbered, number: numbered ? parseInt(numbered[1], 10) : undefined });
            this.list.end = line.span.end;
            this.last = [content];
            return;
        }
        if (this.list) {
            // An indented line right after an item continues that item.
            const lastItem = this.list.items[this.list.items.length - 1];
            if (!line.afterBlank && line.indent > this.list.baseIndent && lastItem) {
                lastItem.content = {
                    text: `${lastItem.content.text} ${value}`, span: this.lines.span(lastItem.content.span.start, text.span.end),
                    references: [...lastItem.content.references, ...text.references],
                };
                this.list.end = line.span.end;
                this.last = [text];
                return;
            }
            this.flushList();
        }
        if (this.paragraph && line.afterBlank) this.flushParagraph();
        if (!this.paragraph) this.paragraph = { lines: [], start: line.span.start, end: line.span.end, line: line.span.line };
        this.paragraph.lines.push(text);
        this.paragraph.end = line.span.end;
        this.last = [text];
    }

    flush(): void { this.flushParagraph(); this.flushList(); }

    finish(): Block[] { this.flush(); return this.blocks; }

    private flushParagraph(): void {
        if (!this.paragraph) return;
        const p = this.paragraph;
        this.blocks.push({ kind: 'paragraph', lines: p.lines, span: { start: p.start, end: p.end, line: p.line } });
        this.paragraph = undefined;
    }

    private flushList(): void {
        if (!this.list) return;
        const l = this.list;
        this.blocks.push({ kind: 'list', items: l.items, span: { start: l.start, end: l.end, line: l.line } });
        this.list = undefined;
    }
}

/** After a deadline's date: "Arbeidsgruppen – notat …", "Kari Nordmann", but not "Notat sendes sekretariatet." */
function isResponsibleName(name: string, after: string): boolean {
    if (!/^\p{Lu}/u.test(name)) return false;
    if (/^\s*[–—:,-]/.test(after)) return true;
    return /^[\s.]*$/.test(after) && (looksLikePerson(name) || !/\s/.test(name));
}

/**
 * The first token of a line (or of a `Sak` line) with the given token type: the value (TEXT), the
 * case number (CASENO). Lines are flat, so this reads only the line's own tokens; much faster than
 * GrammarUtils.findNodeForProperty, which walks the grammar for every node.
 */
function tokenOf(node: CstNode, tokenName: string): CstNode | undefined {
    while (isCompositeCstNode(node) && node.content.length === 1 && isCompositeCstNode(node.content[0])) node = node.content[0];
    if (!isCompositeCstNode(node)) return undefined;
    for (const child of node.content) {
        if (!isLeafCstNode(child)) break; // the lines inside a case
        if (!child.hidden && child.tokenType.name === tokenName) return child;
    }
    return undefined;
}

const KEYWORDS = new Map<string, string>();

/** "Innledning  ved:" -> "innledning ved"; cached, since keyword spellings repeat. */
function canonicalKeyword(image: string): string {
    let keyword = KEYWORDS.get(image);
    if (keyword === undefined) {
        keyword = normalizeKeyword(image).replace(/^innledning ved:$/, 'innledning ved');
        if (KEYWORDS.size < 1000) KEYWORDS.set(image, keyword);
    }
    return keyword;
}

/** True when a blank line (only blanks between two line breaks: LF, CRLF or CR) lies in text[from, to). */
function hasBlankLine(text: string, from: number, to: number): boolean {
    let afterBreak = false;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 || c === 10) {
            if (afterBreak) return true;
            if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
            afterBreak = true;
        } else if (c !== 32 && c !== 9) afterBreak = false;
    }
    return false;
}

function firstLeaf(node: CstNode): CstNode {
    let current = node;
    while (isCompositeCstNode(current) && current.content.length > 0) current = current.content.find(n => !n.hidden) ?? current.content[0];
    return current;
}
