/**
 * The semantic model of one meeting: what the minutes say, with source positions.
 * Built from the syntax tree by `buildMeeting` (build.ts); plain data (JSON-serialisable, no cycles),
 * shared by validation, the LSP features and the HTML / iCalendar generators.
 * Offsets are into the document text; `line` is 0-based.
 */
import type { CalendarDate, ClockTime } from './dates.js';

export interface Span {
    start: number;
    end: number;
    line: number;
}

/** A piece of prose with the case references found in it. */
export interface InlineText {
    text: string;
    span: Span;
    references: CaseReference[];
}

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
    error?: string;
}

export type PersonRole = 'chair' | 'referent' | 'introducer' | 'responsible' | 'conflict' | 'dissent' | 'deadline' | 'substitute';

/** A place where a person is referred to by name. */
export interface PersonRef {
    name: string;
    /** Comparison key: NFC, lower case, single spaces. */
    key: string;
    span: Span;
    role: PersonRole;
    /** True when the name has the shape of a person's name (not a group such as "Arbeidsgruppen"). */
    isPerson: boolean;
}

export type AttendanceKind = 'present' | 'absent' | 'other' | 'member';

export interface Attendee {
    name: string;
    key: string;
    nameSpan: Span;
    /** The whole line. */
    span: Span;
    institution?: string;
    /** As written: "fast medlem", "vara for Per Bakke", "leder i 2023". */
    role?: string;
    /** The role's first word, normalised: "leder", "fast medlem", "vara", "observatør", … */
    roleKind?: string;
    substituteFor?: PersonRef;
    /** Trailing parenthesised note: "Teams". */
    note?: string;
    list: AttendanceKind;
}

export interface AttendanceList {
    kind: Exclude<AttendanceKind, 'member'>;
    /** The heading as written, without colon: "Til stede". */
    label: string;
    span: Span;
    attendees: Attendee[];
}

export interface ListItem {
    content: InlineText;
    /** Nesting depth, 0 for top level. */
    depth: number;
    ordered: boolean;
    /** The number written for an ordered item. */
    number?: number;
}

export type Block =
    | { kind: 'paragraph'; lines: InlineText[]; span: Span }
    | { kind: 'list'; items: ListItem[]; span: Span }
    | { kind: 'decision'; index: number; span: Span }
    | { kind: 'vote'; span: Span }
    | { kind: 'deadline'; index: number; span: Span };

export interface Decision {
    /** The `Vedtak:` keyword. */
    keywordSpan: Span;
    span: Span;
    /** Paragraphs and lists of the decision, in order. */
    blocks: Block[];
}

export interface Vote {
    span: Span;
    valueSpan?: Span;
    text: string;
    unanimous: boolean;
    for?: number;
    against?: number;
    abstain?: number;
    error?: string;
}

export interface Deadline {
    span: Span;
    keywordSpan: Span;
    /** What the line says after `Frist`. */
    text: string;
    date?: CalendarDate;
    dateSpan?: Span;
    dateError?: string;
    /** The weekday written before the date ("fredag"), lower case NFC. */
    weekday?: string;
    yearImplied: boolean;
    responsible?: PersonRef;
    /** Further people named with the first: "Kari Nordmann og Ola Hansen – notat". */
    alsoResponsible?: PersonRef[];
    /** True when nobody is named on the line and the case's `Ansvarlig:` is taken. */
    responsibleFromCase: boolean;
    /** What is due. */
    what: string;
    /** Number of the case it belongs to (key), if any. */
    caseKey?: string;
    /** Marked done with "(utført)", "(utført 12.04.2024)" or "(ferdig)" at the end of the line. */
    done: boolean;
}

export interface CaseReference {
    span: Span;
    /** Span of the number alone (for rename and go-to). */
    numberSpan: Span;
    number: CaseNumber;
    /** The earlier meeting named with the reference: "(01/16)" or "møte 25.1.2016". */
    meeting?: { text: string; number?: string; date?: CalendarDate };
}

export type CaseKind = 'decision' | 'discussion' | 'information' | 'other';

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

export interface Attachment {
    kind: 'vedlegg' | 'saksdokument' | 'bakgrunnsdokument';
    text: InlineText;
}

export interface Exemption {
    keywordSpan: Span;
    span: Span;
    basis?: string;
    basisSpan?: Span;
}

export interface Case {
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
    type?: CaseType;
    introducer?: { text: InlineText; person?: PersonRef };
    responsible?: { text: InlineText; person?: PersonRef; members: Attendee[] };
    attachments: Attachment[];
    exemption?: Exemption;
    conflicts: PersonRef[];
    /** The value of each `Inhabil:` line as written, names and reasons (for publishing). */
    conflictLines?: InlineText[];
    /** The value of each `Dissens:` line as written, names and reasons (for publishing). */
    dissentLines?: InlineText[];
    /** Prose, decisions, votes and deadlines in source order. */
    content: Block[];
    decisions: Decision[];
    vote?: Vote;
    dissent: PersonRef[];
    deadlines: Deadline[];
    references: CaseReference[];
    /** Title is «Eventuelt». */
    anyOtherBusiness: boolean;
}

export interface HeaderValue {
    text: string;
    keywordSpan: Span;
    span: Span;
}

export interface NextMeeting {
    span: Span;
    keywordSpan: Span;
    text: string;
    date?: CalendarDate;
    dateSpan?: Span;
    dateError?: string;
    weekday?: string;
    time?: { from?: ClockTime; to?: ClockTime; error?: string; span: Span };
    /** What follows date and time: "Lysaker, Forskningsrådet". */
    place?: string;
}

/** A line that has meaning only elsewhere (a header field inside a case, …). */
export interface MisplacedLine {
    span: Span;
    keyword: string;
    message: string;
}

export interface Meeting {
    uri: string;
    body?: { name: string; shortName?: string; key: string; span: Span };
    meetingNumber?: HeaderValue;
    date?: CalendarDate;
    dateField?: HeaderValue;
    dateSpan?: Span;
    dateError?: string;
    /** The weekday written before the date ("tirsdag"), lower case NFC. */
    weekday?: string;
    time?: { from?: ClockTime; to?: ClockTime; error?: string; span: Span };
    place?: HeaderValue;
    status?: { kind: 'utkast' | 'godkjent' | 'ukjent'; text: string; date?: CalendarDate; dateSpan?: Span; dateError?: string; span: Span };
    chair?: PersonRef;
    referent?: PersonRef;
    /** Header fields in source order (for duplicates and the outline). */
    headerFields: Array<HeaderValue & { key: string }>;
    attendance: AttendanceList[];
    /** Everyone named in attendance lists and as members of responsible groups. */
    people: Attendee[];
    /** Prose before the first case that is not part of an attendance list. */
    preamble: Block[];
    /** Top-level cases; sub-cases are in `subCases`. */
    cases: Case[];
    nextMeeting?: NextMeeting;
    misplaced: MisplacedLine[];
    /** Every place a person is referred to. */
    personRefs: PersonRef[];
}
