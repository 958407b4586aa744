/**
 * What one meeting shows the others: a summary of its model, small and quick to pass between
 * threads. A program that builds the models of a workspace in several threads (the CLI's
 * `referat html` for many files) gives each thread the full models of its own files and the
 * summaries of the rest; cross-file checks (duplicate case numbers, references between meetings),
 * links between pages and the index pages then come out as they do from the full models (the CLI's
 * tests compare the two).
 *
 * The summary holds what those read of another meeting: the header (body, document kind, meeting
 * number, date, time, place, status) and every case with its number, series, title, positions and
 * what says it is an older case treated again. `meetingFromSummary` makes it a `Meeting` again, with
 * empty lists for the rest (prose, attendance, decisions, deadlines …). It is JSON text: a string
 * passes between threads at the cost of a copy, where the model's many small objects take far
 * longer to clone. The cases are listed flat (each names its parent), so no depth of sub-cases
 * makes the conversion recurse. Pure, like the rest of the model.
 */
import type { Case, Meeting } from '../model/types.js';

/** A meeting's summary (JSON text): from `summarizeMeeting`, read by `meetingFromSummary`. */
export type MeetingSummary = string;

type Header = Pick<Meeting, 'uri' | 'language' | 'languageSource' | 'body' | 'documentKind' | 'meetingNumber' | 'date' | 'time' | 'place' | 'status'>;
type CaseFields = Pick<Case, 'series' | 'numbered' | 'number' | 'numberSpan' | 'title' | 'titleSpan' | 'headingSpan' | 'span' | 'parentKey'
    | 'anyOtherBusiness' | 'treatedAgain' | 'section' | 'closedSession'>;
/** A case of the summary and the position of its parent among the cases before it (-1: a case of the meeting). */
type CaseEntry = CaseFields & { parent: number };

/** The summary of a meeting's model. */
export function summarizeMeeting(m: Meeting): MeetingSummary {
    const header: Header = {
        uri: m.uri, language: m.language, languageSource: m.languageSource, body: m.body, documentKind: m.documentKind,
        meetingNumber: m.meetingNumber, date: m.date, time: m.time,
        place: m.place, status: m.status,
    };
    // Parents before their sub-cases, in document order (iterative: any depth).
    const cases: CaseEntry[] = [];
    const stack: Array<{ c: Case; parent: number }> = m.cases.map(c => ({ c, parent: -1 })).reverse();
    while (stack.length) {
        const { c, parent } = stack.pop()!;
        const at = cases.length;
        cases.push({
            parent, series: c.series, numbered: c.numbered, number: c.number, numberSpan: c.numberSpan, title: c.title, titleSpan: c.titleSpan,
            headingSpan: c.headingSpan, span: c.span, parentKey: c.parentKey, anyOtherBusiness: c.anyOtherBusiness, treatedAgain: c.treatedAgain,
            section: c.section, closedSession: c.closedSession,
        });
        for (let i = c.subCases.length - 1; i >= 0; i--) stack.push({ c: c.subCases[i], parent: at });
    }
    return JSON.stringify({ header, cases });
}

/** The meeting a summary stands for: its header and cases as in the model, every other list empty. */
export function meetingFromSummary(summary: MeetingSummary): Meeting {
    const { header, cases } = JSON.parse(summary) as { header: Header; cases: CaseEntry[] };
    const meeting: Meeting = {
        ...header, foreignKeywords: [], headerFields: [], attendance: [], people: [], conflicts: [], preamble: [], cases: [], sections: [], signatures: [],
        misplaced: [], nearMisses: [], personRefs: [],
    };
    const made: Case[] = [];
    for (const { parent, ...fields } of cases) {
        const c: Case = {
            ...fields, subCases: [], introducers: [], responsibles: [], attachments: [], conflicts: [], decisions: [], votes: [], dissents: [],
            deadlines: [], content: [], references: [], meetingRefs: [], proposals: [],
        };
        (parent < 0 ? meeting.cases : made[parent].subCases).push(c);
        made.push(c);
    }
    return meeting;
}
