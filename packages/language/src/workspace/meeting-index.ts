/**
 * The meetings of the workspace: the semantic model of each Referat document (built once per parse)
 * and the cross-file lookups that validation and the LSP features need (cases by body and year).
 */
import { DocumentState, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Meeting as MeetingNode } from '../generated/ast.js';
import { buildMeeting } from '../model/build.js';
import { displayPath } from '../model/labels.js';
import { allCases, caseYear } from '../model/queries.js';
import { type CaseInMeeting, type CaseLookup, type Resolution, resolveReference } from '../model/resolve.js';
import type { Case, CaseReference, Meeting } from '../model/types.js';
import { formatCaseNumber, numberKey } from '../model/values/case-numbers.js';
import { nameKey } from '../model/values/names.js';
import type { ReferatServices } from '../referat-module.js';
import { keyword, type KeywordKind } from '../vocabulary/keywords.js';
import { keywordPattern } from '../vocabulary/patterns.js';

export type { CaseInMeeting };

/**
 * Key that identifies a case across the workspace: body, year and number. Only numbers with a year
 * ("17/23", and sub-cases of such a case) count across meetings; plain numbers ("1", "2", "2.1") are
 * numbered per meeting, so every meeting has its own "Sak 1".
 */
export function workspaceCaseKey(meeting: Meeting, c: Case): string | undefined {
    if (!meeting.body || !c.numbered || c.number.problem || c.number.year === undefined) return undefined;
    return `${meeting.body.key}|${c.series ?? ''}|${caseYear(c, meeting) ?? '?'}|${numberKey(c.number)}`;
}

/** The body key written in a document's `Organ:` line, read without parsing (for cheap relinking decisions). */
export function bodyKeyOfText(text: string): string | undefined {
    const m = BODY_LINE.exec(text);
    if (!m) return undefined;
    const value = m[1].trim();
    const short = /\(([^()]+)\)\s*$/.exec(value);
    return nameKey(short ? short[1] : value);
}

/**
 * What other meetings can see of a document, read from its text: the `Organ:`, `Dato:` and `Møte:`
 * lines and the `Sak` lines. Duplicate case numbers and references across files depend on nothing
 * else, so an edit that leaves this unchanged (prose, decisions, lists …) cannot change the
 * diagnostics of the body's other meetings.
 */
export function crossFileKeyOfText(text: string): string {
    return (text.match(CROSS_FILE_LINES) ?? []).join('\n');
}

const spellings = (...kinds: KeywordKind[]) => kinds.map(k => keywordPattern(keyword(k))).join('|');
const BODY_LINE = new RegExp(`^[ \\t\\uFEFF]*(?:${spellings('body')})[ \\t]*(.*)$`, 'imu');
const CROSS_FILE_LINES = new RegExp(`^[ \\t\\uFEFF]*(?:${spellings('body', 'date', 'meetingNumber', 'case')}).*$`, 'gimu');

export class MeetingIndex implements CaseLookup {
    private readonly documents: LangiumDocuments;
    private readonly models = new WeakMap<MeetingNode, Meeting>();
    /** Lookups over the whole workspace; brought up to date on first use after each document update. */
    private lookups: WorkspaceLookups | undefined;
    private stale = true;
    private readonly ownCases = new WeakMap<Meeting, Map<string, Case[]>>();
    private readonly contributions = new WeakMap<Meeting, Contribution[]>();

    private readonly workspaceManager: LangiumSharedServices['workspace']['WorkspaceManager'];

    constructor(services: ReferatServices | { shared: LangiumSharedServices }) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.workspaceManager = services.shared.workspace.WorkspaceManager;
        const builder = services.shared.workspace.DocumentBuilder;
        // Documents change only through the builder: check the lookups again when it starts an
        // update, and once the changed documents are parsed, so validation sees the new models.
        builder.onUpdate(() => { this.stale = true; });
        builder.onBuildPhase(DocumentState.IndexedContent, () => { this.stale = true; });
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

    /** Where names are shown from when the client names no workspace folder (the CLI: its working directory). */
    displayRoot?: string;

    /** A document's name as people read it: the decoded path, relative to its workspace folder (or the display root). */
    displayName(uri: string): string {
        const roots = [...(this.workspaceManager.workspaceFolders ?? []).map(f => f.uri), ...(this.displayRoot ? [this.displayRoot] : [])];
        return displayPath(uri, roots.find(root => uri.startsWith(root.replace(/\/*$/, '/'))));
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

    /** Cases in the body's other meetings with the same series and number, of any year (an older case treated again). */
    sameNumberElsewhere(meeting: Meeting, c: Case): CaseInMeeting[] {
        if (!c.numbered || c.number.problem) return [];
        return this.bodyCasesNumbered(meeting, numberKey(c.number)).filter(o => o.meeting.uri !== meeting.uri && o.case.series === c.series);
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
    resolve(meeting: Meeting, ref: CaseReference): Resolution {
        return resolveReference(this, meeting, ref);
    }

    bodyCasesNumbered(meeting: Meeting, number: string): CaseInMeeting[] {
        const bodyKey = meeting.body?.key;
        if (!bodyKey) return this.casesNumbered(meeting, number).map(c => ({ meeting, case: c }));
        return this.workspace().byBodyNumber.get(`${bodyKey}|${number}`) ?? [];
    }

    /** Every reference in the body's meetings that resolves to `target`. */
    referencesTo(target: CaseInMeeting): Array<{ meeting: Meeting; reference: CaseReference }> {
        const result: Array<{ meeting: Meeting; reference: CaseReference }> = [];
        for (const m of this.sameBody(target.meeting)) {
            for (const c of allCases(m)) {
                for (const reference of c.references) {
                    const resolved = this.resolve(m, reference).target;
                    if (resolved && resolved.meeting.uri === target.meeting.uri && resolved.case === target.case) result.push({ meeting: m, reference });
                }
            }
        }
        return result;
    }

    /**
     * The next free main case number for the meeting's body and year in a number series (that of
     * `like`, else of the meeting's last case), counting every meeting of the body in the workspace
     * that year; formatted like the meeting's own numbers ("25/24", "25/2024" or "4").
     */
    nextFreeNumber(meeting: Meeting, like?: Case, series?: string): string {
        const year = meeting.date?.value?.year;
        let style = like;
        for (let i = meeting.cases.length - 1; i >= 0 && !style; i--) if (meeting.cases[i].numbered && !meeting.cases[i].number.problem && (series === undefined || meeting.cases[i].series === series)) style = meeting.cases[i];
        const inSeries = series ?? style?.series;
        let max = 0;
        for (const m of [meeting, ...this.sameBody(meeting).filter(o => o.uri !== meeting.uri)]) {
            for (const c of allCases(m)) {
                if (!c.numbered || c.number.problem || c.number.sub.length > 0 || c.series !== inSeries || c.treatedAgain) continue;
                if (m.uri !== meeting.uri && (year === undefined || caseYear(c, m) !== year)) continue;
                max = Math.max(max, c.number.main);
            }
        }
        const withYear = style ? style.number.year !== undefined : year !== undefined;
        return formatCaseNumber(max + 1, withYear ? year : undefined, style?.number);
    }

    /** Cases of one meeting with a given number (main and sub-numbers, any year), in document order. */
    casesNumbered(meeting: Meeting, number: string): Case[] {
        let byNumber = this.ownCases.get(meeting);
        if (!byNumber) {
            byNumber = new Map();
            for (const c of allCases(meeting)) push(byNumber, numberKey(c.number), c);
            this.ownCases.set(meeting, byNumber);
        }
        return byNumber.get(number) ?? [];
    }

    /**
     * The lookups, up to date with the documents. After a typical edit only one meeting has a new
     * model: its entries are replaced, instead of indexing every case of the workspace again.
     */
    private workspace(): WorkspaceLookups {
        if (this.lookups && !this.stale) return this.lookups;
        const current = new Map<string, Meeting>();
        for (const document of this.documents.all) {
            if (document.textDocument.languageId !== 'referat' && !document.uri.path.endsWith('.referat')) continue;
            current.set(document.uri.toString(), this.get(document));
        }
        const previous = this.lookups;
        let changes = previous ? 0 : Infinity;
        if (previous) {
            for (const [uri, meeting] of current) if (previous.indexed.get(uri) !== meeting) changes++;
            for (const uri of previous.indexed.keys()) if (!current.has(uri)) changes++;
        }
        this.lookups = previous && changes <= Math.max(8, current.size / 8) ? this.patch(previous, current) : this.build(current);
        this.stale = false;
        return this.lookups;
    }

    private build(current: Map<string, Meeting>): WorkspaceLookups {
        const lookups: WorkspaceLookups = { meetings: [...current.values()], byBody: new Map(), byCaseKey: new Map(), byBodyNumber: new Map(), indexed: current };
        for (const meeting of current.values()) for (const c of this.contributionsOf(meeting)) push(lookups[c.map], c.key, c.value);
        return lookups;
    }

    /** Replaces the entries of the meetings that changed; lists stay in document order, as `build` makes them. */
    private patch(lookups: WorkspaceLookups, current: Map<string, Meeting>): WorkspaceLookups {
        const touched: Array<{ map: Contribution['map']; key: string }> = [];
        for (const [uri, old] of lookups.indexed) {
            if (current.get(uri) === old) continue;
            for (const c of this.contributionsOf(old)) {
                const list = lookups[c.map].get(c.key) as Array<Meeting | CaseInMeeting> | undefined;
                const kept = list?.filter(v => v !== c.value);
                if (kept?.length) lookups[c.map].set(c.key, kept as never); else lookups[c.map].delete(c.key);
            }
        }
        for (const [uri, meeting] of current) {
            if (lookups.indexed.get(uri) === meeting) continue;
            for (const c of this.contributionsOf(meeting)) {
                push(lookups[c.map], c.key, c.value);
                touched.push({ map: c.map, key: c.key });
            }
        }
        const order = new Map([...current.keys()].map((uri, i) => [uri, i]));
        const position = (v: Meeting | CaseInMeeting) => order.get('case' in v ? v.meeting.uri : v.uri) ?? 0;
        for (const { map, key } of touched) (lookups[map].get(key) as Array<Meeting | CaseInMeeting>).sort((a, b) => position(a) - position(b));
        return { ...lookups, meetings: [...current.values()], indexed: current };
    }

    /** The entries a meeting adds to the lookups (computed once per model). */
    private contributionsOf(meeting: Meeting): Contribution[] {
        let result = this.contributions.get(meeting);
        if (result) return result;
        result = [];
        const bodyKey = meeting.body?.key;
        if (bodyKey) {
            result.push({ map: 'byBody', key: bodyKey, value: meeting });
            for (const c of allCases(meeting)) {
                const entry = { meeting, case: c };
                const caseKey = workspaceCaseKey(meeting, c);
                if (caseKey) result.push({ map: 'byCaseKey', key: caseKey, value: entry });
                result.push({ map: 'byBodyNumber', key: `${bodyKey}|${numberKey(c.number)}`, value: entry });
            }
        }
        this.contributions.set(meeting, result);
        return result;
    }
}

interface WorkspaceLookups {
    meetings: Meeting[];
    byBody: Map<string, Meeting[]>;
    /** By `workspaceCaseKey`: body, year and number. */
    byCaseKey: Map<string, CaseInMeeting[]>;
    /** By body and number (main and sub-numbers, any year), in workspace order. */
    byBodyNumber: Map<string, CaseInMeeting[]>;
    /** The model indexed for each document URI, in document order. */
    indexed: Map<string, Meeting>;
}

type Contribution =
    | { map: 'byBody'; key: string; value: Meeting }
    | { map: 'byCaseKey' | 'byBodyNumber'; key: string; value: CaseInMeeting };

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value); else map.set(key, [value]);
}
