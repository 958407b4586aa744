/**
 * The semantic model of one meeting: what the minutes say, with source positions.
 * Built from the syntax tree by `buildMeeting` (build.ts); plain data (JSON-serialisable, no cycles),
 * shared by validation, the LSP features and the generators. The model records facts — including
 * what could not be read (`problem`) — and never messages: the validator owns every message.
 * Offsets are into the document text; `line` is 0-based.
 *
 * Nothing typed is lost: every line of the source (but comments) is found in the model, as structure
 * or as prose, in source order (`preamble`, each case's `content`), or as a fact a diagnostic reports.
 */
import type { CaseKind, KeywordKind, Language } from '../vocabulary/keywords.js';
import type { CalendarDate, ClockTime, DateProblem, TimeProblem } from './values/dates.js';

export type { CaseKind, KeywordKind, Language };

export interface Span {
    start: number;
    end: number;
    line: number;
}

/** A piece of prose with the case (and meeting) references found in it. */
export interface InlineText {
    text: string;
    span: Span;
    references: CaseReference[];
    /** "jf. møte 03/2025", "jf. protokoll fra møtet 12.03.2024". */
    meetingRefs?: MeetingReference[];
}

/** A reference to another meeting of the body: "jf. møte 03/2025", "jf. møtet 12. mars 2024". */
export interface MeetingReference {
    span: Span;
    text: string;
    number?: string;
    date?: CalendarDate;
}

/** A date as written somewhere (meeting date, deadline, next meeting, approval): declared, parsed and checked once. */
export interface DateField {
    /**
     * A due date written in words: "innen neste møte", "før jul", "neste uke", "innen 1 uke" — then
     * `value` is the date it comes to where the meeting gives one; free text ("til høsten") has no value
     * and no problem.
     */
    relative?: 'next-meeting' | 'next-week' | 'within' | 'christmas' | 'free';
    /** The date expression as written. */
    text: string;
    span: Span;
    /** Undefined when the text is not a usable date (`problem` says why). */
    value?: CalendarDate;
    /** The last day of a range ("23.–24. oktober 2016"); `value` is then the first. */
    lastDay?: CalendarDate;
    /** The weekday written before the date ("tirsdag"), lower case NFC. */
    weekday?: string;
    /** No year was written: the meeting's year (or the next) was taken. */
    yearImplied: boolean;
    problem?: DateProblem;
}

/** A time or time range as written ("kl. 10.00–15.00"). */
export interface TimeField {
    text: string;
    span: Span;
    from?: ClockTime;
    to?: ClockTime;
    /** Written after the time ("UTC", "CET"). */
    zone?: string;
    problem?: TimeProblem;
    /** Text of the value that was not read as part of the time. */
    rest?: string;
}

export type CaseNumberProblem = { kind: 'malformed'; text: string };

export interface CaseNumber {
    /** As written: "17/23", "17.1", "3". */
    text: string;
    /** 17 in "17/23" and in "17.1". */
    main: number;
    /** [1] in "17.1"; empty for a main case. */
    sub: number[];
    /** Full year: 2023 for "17/23" and "17/2023"; undefined for "3" and "17.1". */
    year?: number;
    /** Canonical form for comparisons: "17/2023", "17.1", "3". */
    key: string;
    /** Set when the text is not a usable case number ("17//23"). */
    problem?: CaseNumberProblem;
}

export type PersonRole = 'chair' | 'referent' | 'introducer' | 'responsible' | 'conflict' | 'dissent' | 'deadline' | 'substitute' | 'proposer' | 'signer';

/** A place where a person is referred to by name. */
export interface PersonRef {
    name: string;
    /** Comparison key: NFC, lower case, single spaces. */
    key: string;
    span: Span;
    role: PersonRole;
    /** True when the name has the shape of a person's name (not a group such as "Arbeidsgruppen"). */
    isPerson: boolean;
    /** A short form ("Nordmann", "Kari", "K. Nordmann") that is unique in the meeting: `key` is then the person's. */
    shortForm?: boolean;
    /** A short form that fits several people of the meeting: their names. */
    candidates?: string[];
}

export type AttendanceKind = 'present' | 'absent' | 'other' | 'member';

export interface Attendee {
    name: string;
    key: string;
    nameSpan: Span;
    /** The person's line (or, for names written on a heading line, the name's part of it). */
    span: Span;
    institution?: string;
    /** As written: "fast medlem", "vara for Per Bakke", "leder i 2023". */
    role?: string;
    /** The role's first word(s), normalised: "leder", "fast medlem", "vara", "kasserer", … */
    roleKind?: string;
    /** A title written before the name ("Kommunalsjef Siri Holm"). */
    title?: string;
    /** Party abbreviation in parentheses: "(Sp)". */
    party?: string;
    substituteFor?: PersonRef;
    /** Trailing parenthesised note: "Teams". */
    note?: string;
    /** Present for part of the meeting: "(fra sak 19/23)", "(til sak 5)", "(forlot møtet etter sak 4)". */
    presence?: Presence;
    list: AttendanceKind;
}

/** Attendance for part of the meeting: from a case on, until a case (the case numbers as written). */
export interface Presence {
    from?: string;
    until?: string;
    /** "til og med sak 5", "etter sak 4": present in the `until` case too. */
    untilIncluded: boolean;
}

export interface AttendanceList {
    kind: Exclude<AttendanceKind, 'member'>;
    /** The heading as written, without colon: "Til stede", "Fra administrasjonen". */
    label: string;
    /** Varamedlemmer: the people listed attended as substitutes. */
    substitutes: boolean;
    /** The heading is not a keyword of the vocabulary, but a label followed by people ("Fra administrasjonen:"). */
    custom: boolean;
    span: Span;
    attendees: Attendee[];
    /** Text on the heading line that names no one ("Til stede: 9 av 11 medlemmer"). */
    note?: InlineText;
    /** Bullet lines with nothing after the bullet. */
    emptyItems: Span[];
}

export interface ListItem {
    content: InlineText;
    /** Nesting depth, 0 for top level. */
    depth: number;
    ordered: boolean;
    /** The number written for an ordered item. */
    number?: number;
    /** The item is a deadline or follow-up action ("- Oppfølging: …"): index into the case's `deadlines`. */
    deadline?: number;
}

/** What a case (or the part before the first case) holds, in source order. Indexes point into the case's (or meeting's) arrays. */
export type Block =
    | { kind: 'paragraph'; lines: InlineText[]; span: Span }
    | { kind: 'list'; items: ListItem[]; span: Span }
    | { kind: 'attendance'; index: number; span: Span }
    | { kind: 'decision'; index: number; span: Span }
    | { kind: 'vote'; index: number; span: Span }
    | { kind: 'deadline'; index: number; span: Span }
    | { kind: 'responsible'; index: number; span: Span }
    | { kind: 'attachments'; from: number; to: number; span: Span }
    | { kind: 'conflict'; index: number; span: Span }
    | { kind: 'dissent'; index: number; span: Span }
    | { kind: 'proposal'; index: number; span: Span }
    | { kind: 'withdrawn'; span: Span }
    | { kind: 'heading'; level: number; text: InlineText; span: Span }
    | { kind: 'misplaced'; index: number; span: Span };

export interface Decision {
    /** The `Vedtak:` keyword. */
    keywordSpan: Span;
    span: Span;
    /** Paragraphs and lists of the decision, in order. */
    blocks: Block[];
    /** The whole text is a placeholder in parentheses ("(skriv vedtaket her)"): no decision yet. */
    placeholder: boolean;
    /** The decision says it was adopted unanimously ("Enstemmig vedtatt."). */
    unanimous: boolean;
}

export type ProposalKind = 'forslag' | 'endringsforslag' | 'tilleggsforslag' | 'innstilling';

/** A proposal in a case: "Forslag fra Kari Bjørge (Sp): …", "Endringsforslag fra …: …", "Forslag: … (fremmet av …)". */
export interface Proposal {
    kind: ProposalKind;
    keywordSpan: Span;
    span: Span;
    /** Who proposed it, as written ("Kari Bjørge (Sp)", "ordføreren"). */
    proposer?: string;
    /** The proposer when it is a person of the meeting. */
    person?: PersonRef;
    /** The proposal's text, over the lines that follow it like a decision's. */
    blocks: Block[];
    /** The vote on it: index into the case's `votes`. */
    vote?: number;
}

export type VoteProblem = { kind: 'empty' } | { kind: 'unreadable'; text: string };

export interface Vote {
    span: Span;
    valueSpan?: Span;
    text: string;
    unanimous: boolean;
    /** "ved akklamasjon". */
    acclamation: boolean;
    for?: number;
    against?: number;
    abstain?: number;
    /** Adopted or rejected, as written or as the counts say. */
    outcome?: 'adopted' | 'rejected';
    /** Parties or names written for each side: "13 for, 5 mot (H, FrP)". */
    sides: { for: string[]; against: string[]; abstain: string[] };
    /** What it is a vote on: the proposal or decision directly above it. */
    on?: { kind: 'proposal' | 'decision'; index: number };
    problem?: VoteProblem;
}

export interface Deadline {
    /** `Frist …` (a deadline) or `Oppfølging: …` (a follow-up action). */
    kind: 'deadline' | 'action';
    span: Span;
    keywordSpan: Span;
    /** What the line says after the keyword. */
    text: string;
    /** When it is due: a date, or a date in words; undefined when the line names none (no error). */
    due?: DateField;
    responsible?: PersonRef;
    /** Further people named with the first: "Kari Nordmann og Ola Hansen – notat". */
    alsoResponsible: PersonRef[];
    /** True when nobody is named on the line and the case's `Ansvarlig:` is taken. */
    responsibleFromCase: boolean;
    /** What is due. */
    what: string;
    /** Number of the case it belongs to (key). */
    caseKey?: string;
    /** Marked done with "(utført)", "(utført 12.04.2024)" or "(ferdig)" at the end of the line. */
    done: boolean;
}

export interface CaseReference {
    span: Span;
    /** Span of the number alone (for rename and go-to). */
    numberSpan: Span;
    number: CaseNumber;
    /** "jf. PS 12/25": the series named; undefined for "jf. sak". */
    series?: string;
    /** The earlier meeting named with the reference: "(01/16)" or "møte 25.1.2016". */
    meeting?: { text: string; number?: string; date?: CalendarDate };
}

export interface CaseType {
    /** As written, without colon: "Diskusjons- og beslutningssak". */
    label: string;
    /** Normalised: lower case, NFC. */
    name: string;
    kind: CaseKind;
    span: Span;
    /** Prose after the colon on the same line. */
    text?: InlineText;
}

export type AttachmentKind = 'vedlegg' | 'saksdokument' | 'bakgrunnsdokument';

export interface Attachment {
    kind: AttachmentKind;
    text: InlineText;
}

export interface Exemption {
    keywordSpan: Span;
    span: Span;
    basis?: string;
    basisSpan?: Span;
}

export interface Introducer {
    text: InlineText;
    person?: PersonRef;
    span: Span;
}

export interface Responsible {
    text: InlineText;
    person?: PersonRef;
    /** Bullet lines directly below: the members of a responsible group. */
    members: Attendee[];
    span: Span;
}

/** An `Inhabil:` line: who, and (before the first case) which cases. */
export interface Conflict {
    text: InlineText;
    people: PersonRef[];
    /** Cases named on the line ("(sak 10)"); for a line before the first case. */
    cases: CaseReference[];
    span: Span;
}

/** A `Dissens:` line: who voted against, and why. */
export interface Dissent {
    text: InlineText;
    people: PersonRef[];
    span: Span;
}

export interface Case {
    /** The number series: "PS", "RS", "V-sak" …; undefined for plain `Sak`. */
    series?: string;
    /** False for an item without a number (`Sak: Innsjekk`). */
    numbered: boolean;
    number: CaseNumber;
    numberSpan: Span;
    title: string;
    titleSpan?: Span;
    /** The `Sak …` line. */
    headingSpan: Span;
    /** From the `Sak` line to the case's last line. */
    span: Span;
    /** Key of the parent case for a sub-case ("17/2016" for 17.1), else undefined. */
    parentKey?: string;
    subCases: Case[];
    // The case head, shown at the top of the case.
    type?: CaseType;
    introducers: Introducer[];
    exemption?: Exemption;
    // The rest, in source order in `content`.
    responsibles: Responsible[];
    attachments: Attachment[];
    conflicts: Conflict[];
    decisions: Decision[];
    votes: Vote[];
    dissents: Dissent[];
    deadlines: Deadline[];
    /** Every line of the case after the head, in source order. */
    content: Block[];
    references: CaseReference[];
    /** References to other meetings in the case's text: "jf. møte 03/2025". */
    meetingRefs: MeetingReference[];
    /** Title is «Eventuelt». */
    anyOtherBusiness: boolean;
    proposals: Proposal[];
    /** `Utgår.`, `Trukket: grunn`: the case was withdrawn. */
    withdrawn?: { reason?: InlineText; span: Span };
    /** An older case treated again: "(fra møtet 10.01.2025)" in the title. */
    treatedAgain?: { text: string; date?: CalendarDate; meetingNumber?: string };
    /** The section the case stands in: index into the meeting's `sections`. */
    section?: number;
    /** Treated in a closed session (a section titled «lukket møte»). Closed is not exempt. */
    closedSession: boolean;
}

/** A Markdown-style heading between cases: "# Saker til behandling i lukket møte", "## Referatsaker". */
export interface Section {
    title: InlineText;
    level: number;
    span: Span;
    /** The title says «lukket møte»: its cases were treated in a closed session. */
    closed: boolean;
    /** The legal basis of the closed session, in parentheses after the title. */
    basis?: string;
    /** Index of the section this one stands in (a lower level before it). */
    parent?: number;
    /** Prose between the heading and the first case under it. */
    intro: Block[];
}

/** Who signs or approved the minutes: `Underskrifter:`, `Justert av:`, `Godkjent av: … , 21. mars 2025`. */
export interface Signatures {
    label: string;
    keywordSpan: Span;
    span: Span;
    signers: Signer[];
    /** The date written on the line ("Godkjent av: …, 21. mars 2025"). */
    date?: DateField;
    /** Text on the line besides names and date. */
    note?: string;
}

export interface Signer {
    name: string;
    person: PersonRef;
    role?: string;
    span: Span;
}

/** A header line: a keyword of the vocabulary, or a label the vocabulary does not know ("Arkivsak: 25/00412"). */
export interface HeaderField {
    kind: KeywordKind | 'custom';
    /** The label as written, without colon: "Møtedato", "Arkivsak". */
    label: string;
    /** The value as written. */
    text: string;
    keywordSpan: Span;
    valueSpan?: Span;
    span: Span;
}

export interface Status {
    kind: 'utkast' | 'godkjent' | 'ukjent';
    text: string;
    date?: DateField;
    span: Span;
}

export interface NextMeeting {
    span: Span;
    keywordSpan: Span;
    text: string;
    date?: DateField;
    time?: TimeField;
    /** What follows date and time: "Lysaker, Forskningsrådet". */
    place?: string;
}

export type MisplacedReason =
    /** a header or attendance line inside a case */
    | 'before-cases'
    /** a case line (Vedtak, Frist …) before the first case */
    | 'in-case'
    /** a line that can stand once, written again (a second case type, `Unntatt offentlighet:`, `Neste møte:`) */
    | 'repeated'
    /** `Møteleder:`/`Referent:` in a case that elects them, where the header names none: in order, not reported */
    | 'elected';

/** A keyword line outside its place: kept as written, where it was written, and reported. */
export interface MisplacedLine {
    kind: KeywordKind | 'caseType';
    /** The keyword as written. */
    keyword: string;
    keywordSpan: Span;
    /** The whole line as written. */
    text: InlineText;
    span: Span;
    reason: MisplacedReason;
    /** For a repeated line: the line (0-based) of the first. */
    firstLine?: number;
}

export type NearMissReason = 'blanks' | 'bullet' | 'colon' | 'typo' | 'number';

/** A prose line that nearly is a keyword line ("Til\u00a0stede:", "Untatt offentlighet:", "- Vedtak:"). */
export interface NearMiss {
    kind: KeywordKind;
    /** The spelling it nearly is. */
    keyword: string;
    reason: NearMissReason;
    /** The part of the line the fix rewrites, and what it becomes. */
    replace: Span;
    replacement: string;
    span: Span;
}

export interface Meeting {
    uri: string;
    /** The document's language, from the spellings of its keywords (bokmål when nothing says otherwise). */
    language: Language;
    /** Every header line in source order, known and custom. */
    headerFields: HeaderField[];
    /** From `Organ:`; undefined when the line is missing or empty. */
    body?: { name: string; shortName?: string; key: string; span: Span };
    /** `Dokument: Møteprotokoll`: what kind of document this is. */
    documentKind?: string;
    meetingNumber?: HeaderField;
    date?: DateField;
    time?: TimeField;
    place?: HeaderField;
    status?: Status;
    chair?: PersonRef;
    referent?: PersonRef;
    attendance: AttendanceList[];
    /** Everyone named in attendance lists and as members of responsible groups. */
    people: Attendee[];
    /** `Inhabil:` lines before the first case. */
    conflicts: Conflict[];
    /** Everything before the first case but header fields, in source order: prose, attendance lists, … */
    preamble: Block[];
    /** Top-level cases; sub-cases are in `subCases`. */
    cases: Case[];
    nextMeeting?: NextMeeting;
    sections: Section[];
    signatures: Signatures[];
    misplaced: MisplacedLine[];
    nearMisses: NearMiss[];
    /** Every place a person is referred to. */
    personRefs: PersonRef[];
}
