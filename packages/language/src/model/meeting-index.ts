/**
 * The meetings of the workspace: the semantic model of each Referat document (built once per parse)
 * and the cross-file lookups that validation and the LSP features need (cases by body and year).
 */
import type { LangiumDocument, LangiumDocuments } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Meeting as MeetingNode } from '../generated/ast.js';
import type { ReferatServices } from '../referat-module.js';
import { buildMeeting } from './build.js';
import { nameKey } from './text.js';
import type { Case, CaseReference, Meeting } from './types.js';

export interface CaseInMeeting {
    meeting: Meeting;
    case: Case;
}

/** All cases of a meeting, sub-cases after their parent. */
export function allCases(meeting: Meeting): Case[] {
    const result: Case[] = [];
    const visit = (cases: Case[]) => { for (const c of cases) { result.push(c); visit(c.subCases); } };
    visit(meeting.cases);
    return result;
}

/** The year a case number belongs to: its own ("17/23"), its parent's, or the meeting's. */
export function caseYear(c: Case, meeting: Meeting): number | undefined {
    return c.number.year ?? meeting.date?.year;
}

/** Key that identifies a case across the workspace: body, year and number. */
export function workspaceCaseKey(meeting: Meeting, c: Case): string | undefined {
    if (!meeting.body || c.number.error) return undefined;
    const number = [c.number.main, ...c.number.sub].join('.');
    return `${meeting.body.key}|${caseYear(c, meeting) ?? '?'}|${number}`;
}

/** The body key written in a document's `Organ:` line, read without parsing (for cheap relinking decisions). */
export function bodyKeyOfText(text: string): string | undefined {
    const m = /^[ \t\uFEFF]*organ[ \t]*:[ \t]*(.*)$/im.exec(text);
    if (!m) return undefined;
    const value = m[1].trim();
    const short = /\(([^()]+)\)\s*$/.exec(value);
    return nameKey(short ? short[1] : value);
}

/** Does the meeting match the qualifier of a reference ("(01/16)", "møte 25.1.2016")? */
export function meetingMatches(meeting: Meeting, qualifier: NonNullable<CaseReference['meeting']>): boolean {
    if (qualifier.number && meeting.meetingNumber) {
        const a = qualifier.number.split('/'), b = meeting.meetingNumber.text.trim().split('/');
        if (a.length === 2 && b.length === 2 && parseInt(a[0], 10) === parseInt(b[0], 10) && parseInt(a[1], 10) % 100 === parseInt(b[1], 10) % 100) return true;
    }
    const d = qualifier.date, m = meeting.date;
    return !!(d && m && d.year === m.year && d.month === m.month && d.day === m.day);
}

export class MeetingIndex {
    private readonly documents: LangiumDocuments;
    private readonly models = new WeakMap<MeetingNode, Meeting>();

    constructor(services: ReferatServices | { shared: LangiumSharedServices }) {
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    /** The semantic model of a document, built once per parse. */
    get(document: LangiumDocument): Meeting {
        const root = document.parseResult.value as MeetingNode;
        let model = this.models.get(root);
        if (!model) {
            model = buildMeeting(root, document.textDocument.getText(), document.uri.toString());
            this.models.set(root, model);
        }
        return model;
    }

    /** Models of every Referat document in the workspace. */
    all(): Meeting[] {
        return this.documents.all
            .filter(d => d.textDocument.languageId === 'referat' || d.uri.path.endsWith('.referat'))
            .map(d => this.get(d))
            .toArray();
    }

    /** Meetings of the same body as `meeting` (including itself). */
    sameBody(meeting: Meeting): Meeting[] {
        const key = meeting.body?.key;
        if (!key) return [meeting];
        return this.all().filter(m => m.body?.key === key);
    }

    /** Cases elsewhere in the workspace with the same body, year and number. */
    duplicatesElsewhere(meeting: Meeting, c: Case): CaseInMeeting[] {
        const key = workspaceCaseKey(meeting, c);
        if (!key) return [];
        const result: CaseInMeeting[] = [];
        for (const other of this.sameBody(meeting)) {
            if (other.uri === meeting.uri) continue;
            for (const oc of allCases(other)) if (workspaceCaseKey(other, oc) === key) result.push({ meeting: other, case: oc });
        }
        return result;
    }

    /**
     * The case a reference points to: in the named earlier meeting when the reference names one,
     * else in this meeting first, then in the body's other meetings (same year when the number has one).
     * `external` is true when the reference names a meeting that is not in the workspace.
     */
    resolve(meeting: Meeting, ref: CaseReference): { target?: CaseInMeeting; external: boolean } {
        const candidates = this.sameBody(meeting);
        const matchNumber = (m: Meeting, c: Case) =>
            c.number.main === ref.number.main && sameSub(c.number.sub, ref.number.sub)
            && (ref.number.year === undefined || caseYear(c, m) === ref.number.year);
        if (ref.meeting) {
            const named = candidates.filter(m => meetingMatches(m, ref.meeting!));
            for (const m of named) for (const c of allCases(m)) if (matchNumber(m, c)) return { target: { meeting: m, case: c }, external: false };
            return { external: named.length === 0 };
        }
        const ordered = [meeting, ...candidates.filter(m => m.uri !== meeting.uri)];
        for (const m of ordered) for (const c of allCases(m)) if (matchNumber(m, c)) return { target: { meeting: m, case: c }, external: false };
        return { external: false };
    }
}

function sameSub(a: number[], b: number[]): boolean {
    return a.length === b.length && a.every((n, i) => n === b[i]);
}
