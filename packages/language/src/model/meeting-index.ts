/**
 * The meetings of the workspace: the semantic model of each Referat document (built once per parse)
 * and the cross-file lookups that validation and the LSP features need (cases by body and year).
 */
import { DocumentState, type LangiumDocument, type LangiumDocuments } from 'langium';
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

/**
 * Key that identifies a case across the workspace: body, year and number. Only numbers with a year
 * ("17/23", and sub-cases of such a case) count across meetings; plain numbers ("1", "2", "2.1") are
 * numbered per meeting, so every meeting has its own "Sak 1".
 */
export function workspaceCaseKey(meeting: Meeting, c: Case): string | undefined {
    if (!meeting.body || c.number.error || c.number.year === undefined) return undefined;
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
    /** Lookups over the whole workspace, built on first use after each document update. */
    private lookups: WorkspaceLookups | undefined;
    private readonly ownCases = new WeakMap<Meeting, Map<string, Case[]>>();

    constructor(services: ReferatServices | { shared: LangiumSharedServices }) {
        this.documents = services.shared.workspace.LangiumDocuments;
        const builder = services.shared.workspace.DocumentBuilder;
        // Documents change only through the builder: forget the lookups when it starts an update,
        // and again once the changed documents are parsed, so validation sees the new models.
        builder.onUpdate(() => { this.lookups = undefined; });
        builder.onBuildPhase(DocumentState.IndexedContent, () => { this.lookups = undefined; });
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
        return this.workspace().meetings.slice();
    }

    /** Meetings of the same body as `meeting` (including itself). */
    sameBody(meeting: Meeting): Meeting[] {
        const key = meeting.body?.key;
        if (!key) return [meeting];
        return this.workspace().byBody.get(key)?.slice() ?? [];
    }

    /** Cases elsewhere in the workspace with the same body, year and number. */
    duplicatesElsewhere(meeting: Meeting, c: Case): CaseInMeeting[] {
        const key = workspaceCaseKey(meeting, c);
        if (!key) return [];
        return (this.workspace().byCaseKey.get(key) ?? []).filter(other => other.meeting.uri !== meeting.uri);
    }

    /**
     * The case a reference points to: in the named earlier meeting when the reference names one,
     * else in this meeting first, then in the body's other meetings (same year when the number has one).
     * `external` is true when the reference names a meeting that is not in the workspace.
     */
    resolve(meeting: Meeting, ref: CaseReference): { target?: CaseInMeeting; external: boolean } {
        const number = numberKey(ref.number.main, ref.number.sub);
        const matchYear = (m: Meeting, c: Case) => ref.number.year === undefined || caseYear(c, m) === ref.number.year;
        const bodyKey = meeting.body?.key;
        const elsewhere = (bodyKey ? this.workspace().byBodyNumber.get(`${bodyKey}|${number}`) : undefined) ?? [];
        if (ref.meeting) {
            const qualifier = ref.meeting;
            const inMeeting = meetingMatches(meeting, qualifier) ? this.casesNumbered(meeting, number).map(c => ({ meeting, case: c })) : [];
            for (const found of [...inMeeting, ...elsewhere.filter(f => f.meeting.uri !== meeting.uri && meetingMatches(f.meeting, qualifier))]) {
                if (matchYear(found.meeting, found.case)) return { target: found, external: false };
            }
            const named = this.sameBody(meeting).some(m => meetingMatches(m, qualifier));
            return { external: !named };
        }
        for (const c of this.casesNumbered(meeting, number)) if (matchYear(meeting, c)) return { target: { meeting, case: c }, external: false };
        for (const found of elsewhere) {
            if (found.meeting.uri !== meeting.uri && matchYear(found.meeting, found.case)) return { target: found, external: false };
        }
        return { external: false };
    }

    /** Cases of one meeting with a given number (main and sub-numbers, any year), in document order. */
    private casesNumbered(meeting: Meeting, number: string): Case[] {
        let byNumber = this.ownCases.get(meeting);
        if (!byNumber) {
            byNumber = new Map();
            for (const c of allCases(meeting)) push(byNumber, numberKey(c.number.main, c.number.sub), c);
            this.ownCases.set(meeting, byNumber);
        }
        return byNumber.get(number) ?? [];
    }

    private workspace(): WorkspaceLookups {
        if (this.lookups) return this.lookups;
        const lookups: WorkspaceLookups = { meetings: [], byBody: new Map(), byCaseKey: new Map(), byBodyNumber: new Map() };
        for (const document of this.documents.all) {
            if (document.textDocument.languageId !== 'referat' && !document.uri.path.endsWith('.referat')) continue;
            const meeting = this.get(document);
            lookups.meetings.push(meeting);
            const bodyKey = meeting.body?.key;
            if (!bodyKey) continue;
            push(lookups.byBody, bodyKey, meeting);
            for (const c of allCases(meeting)) {
                const entry = { meeting, case: c };
                const caseKey = workspaceCaseKey(meeting, c);
                if (caseKey) push(lookups.byCaseKey, caseKey, entry);
                push(lookups.byBodyNumber, `${bodyKey}|${numberKey(c.number.main, c.number.sub)}`, entry);
            }
        }
        this.lookups = lookups;
        return lookups;
    }
}

interface WorkspaceLookups {
    meetings: Meeting[];
    byBody: Map<string, Meeting[]>;
    /** By `workspaceCaseKey`: body, year and number. */
    byCaseKey: Map<string, CaseInMeeting[]>;
    /** By body and number (main and sub-numbers, any year), in workspace order. */
    byBodyNumber: Map<string, CaseInMeeting[]>;
}

function numberKey(main: number, sub: number[]): string {
    return sub.length ? `${main}.${sub.join('.')}` : String(main);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value); else map.set(key, [value]);
}
