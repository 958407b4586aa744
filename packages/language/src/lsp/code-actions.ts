/**
 * Quick fixes keyed on the diagnostic codes (validation/issue-codes.ts), and the refactoring
 * «Nummerer alle saker på nytt». Every fix is a workspace edit; a fix that inserts text the author
 * is to write over (a decision's placeholder) selects it, as an LSP 3.18 snippet text edit when the
 * client supports them (`workspace.workspaceEdit.snippetEditSupport`, as vscode-languageclient 10
 * does), else as plain text.
 */
import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    type CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic, type SnippetTextEdit, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import { allCases, caseYear } from '../model/queries.js';
import type { Case, Meeting, Span } from '../model/types.js';
import { formatCaseNumber } from '../model/values/case-numbers.js';
import { compareDates } from '../model/values/dates.js';
import type { ReferatServices } from '../referat-module.js';
import { IssueCodes } from '../validation/issue-codes.js';
import { messagesFor } from '../validation/messages.js';
import { canonicalSpelling, keyword, type Language } from '../vocabulary/keywords.js';
import { labelsFor } from '../generator/labels.js';
import type { MeetingIndex } from '../workspace/meeting-index.js';
import { closestName } from './hover.js';
import { eolOf, toRange } from './positions.js';

/** The title of the renumbering action in bokmål minutes (`messages.ts` words it in the document's language). */
export const RENUMBER_TITLE = messagesFor('nb').fixRenumber();

/** An edit of a fix: `snippet` is the same text with tab stops, used where the client supports snippet edits. */
interface FixEdit { span: { start: number; end: number }; newText: string; snippet?: string }

export class ReferatCodeActionProvider implements CodeActionProvider {
    private readonly index: MeetingIndex;
    private readonly services: ReferatServices;
    /** The client applies snippet text edits in workspace edits (LSP 3.18). */
    private snippetEdits = false;

    constructor(services: ReferatServices) {
        this.services = services;
        this.index = services.referat.MeetingIndex;
        services.shared.lsp.LanguageServer.onInitialize(params => {
            const edit = params.capabilities.workspace?.workspaceEdit;
            this.snippetEdits = edit?.snippetEditSupport === true && edit.documentChanges === true;
        });
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const meeting = this.index.get(document);
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const code = (diagnostic.data as { code?: string } | undefined)?.code;
            if (code) actions.push(...this.fixes(document, meeting, diagnostic, code));
        }
        const only = params.context.only;
        const wantsRefactor = only ? only.some((k: string) => CodeActionKind.Refactor.startsWith(k) || k.startsWith(CodeActionKind.Refactor)) : params.context.diagnostics.length === 0;
        const line = params.range.start.line;
        if (wantsRefactor && allCases(meeting).some(c => document.textDocument.positionAt(c.headingSpan.start).line === line)) {
            const action = this.renumberAll(document, meeting, CodeActionKind.RefactorRewrite);
            if (action) actions.push(action);
        }
        return actions;
    }

    private fixes(document: LangiumDocument, m: Meeting, diagnostic: Diagnostic, code: string): CodeAction[] {
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const text = document.textDocument.getText();
        const eol = eolOf(text);
        const fix = (title: string, edits: FixEdit[], isPreferred = true): CodeAction => ({
            title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, edit: this.workspaceEdit(document, edits),
        });
        const at = (pos: number) => ({ start: pos, end: pos });
        const t = messagesFor(m.language);
        const decisionKeyword = canonicalSpelling(keyword('decision'), m.language);
        const caseAtNumber = allCases(m).find(c => c.numberSpan.start === offset);
        switch (code) {
            case IssueCodes.MissingDecision: {
                const empty = allCases(m).flatMap(c => c.decisions.map(d => ({ c, d }))).find(x => x.d.keywordSpan.start === offset && x.d.blocks.length === 0);
                // The decision text is selected, so the author writes over it.
                if (empty) {
                    const text = decisionText(empty.c, m.language);
                    return [fix(t.fixWriteDecision(), [{ span: at(empty.d.span.end), newText: ' ' + text, snippet: ` \${1:${text}}` }])];
                }
                if (!caseAtNumber) return [];
                const text = decisionText(caseAtNumber, m.language);
                return [fix(t.fixAddDecision(`${decisionKeyword} ${text}`), [{ span: at(caseAtNumber.span.end), newText: `${eol}${eol}${decisionKeyword} ${text}`, snippet: `${eol}${eol}${decisionKeyword} \${1:${text}}` }])];
            }
            case IssueCodes.DuplicateCaseNumber: {
                if (!caseAtNumber) return [];
                const actions: CodeAction[] = [];
                const fitting = this.fittingNumber(m, caseAtNumber);
                if (fitting) actions.push(fix(t.fixFittingNumber(`${caseAtNumber.series ? `${caseAtNumber.series} ` : ''}${fitting}`), [{ span: caseAtNumber.numberSpan, newText: fitting }]));
                // Renumbering (after the body's earlier meetings, when the first number is theirs) helps when it
                // leaves the case a number no other meeting of the body uses.
                const plan = this.renumberPlan(m, true);
                const after = parseInt(plan.get(caseAtNumber)?.short ?? String(caseAtNumber.number.main), 10);
                if (plan.size > 0 && (caseAtNumber.number.sub.length > 0 || !this.usedElsewhere(m, caseAtNumber, after))) {
                    actions.push({ ...this.renumberAll(document, m, CodeActionKind.QuickFix, plan)!, diagnostics: [diagnostic], isPreferred: !fitting });
                }
                return actions;
            }
            case IssueCodes.CaseYearMismatch: {
                const expected = (diagnostic.data as { expected?: string }).expected;
                if (!caseAtNumber || !expected) return [];
                return [fix(t.fixCaseNumber(expected), [{ span: caseAtNumber.numberSpan, newText: expected }])];
            }
            case IssueCodes.CaseNumberOrder: {
                const action = this.renumberAll(document, m, CodeActionKind.QuickFix);
                return action ? [{ ...action, diagnostics: [diagnostic] }] : [];
            }
            case IssueCodes.UnknownPerson: {
                const ref = [...m.personRefs, ...m.people.flatMap(p => p.substituteFor ? [p.substituteFor] : [])].find(r => r.span.start === offset);
                if (!ref) return [];
                const actions: CodeAction[] = [];
                const close = closestName(m, ref.name);
                if (close) actions.push(fix(t.fixName(close.name), [{ span: ref.span, newText: close.name }]));
                const list = (ref.role === 'substitute' ? m.attendance.find(l => l.kind === 'absent') : undefined)
                    ?? m.attendance.find(l => l.kind === 'present') ?? m.attendance[0];
                if (list) {
                    const last = list.attendees[list.attendees.length - 1]?.span ?? list.span;
                    actions.push(fix(t.fixAddPerson(ref.name, list.label), [{ span: at(last.end), newText: `${eol}- ${ref.name}` }], !close));
                }
                return actions;
            }
            case IssueCodes.NearMissKeyword:
            case IssueCodes.NearMissExemption: {
                const miss = m.nearMisses.find(n => n.replace.start === offset);
                if (!miss) return [];
                if (miss.kind === 'case') {
                    // "Sak nr. 17/23", "Sak Godkjenning …": the number the body's cases need next.
                    const numbered = /\d/.test(text.charAt(miss.replace.end));
                    const word = labelsFor(m.language).completion.caseWord;
                    const newText = numbered ? `${word} ` : `${word} ${this.index.nextFreeNumber(m)} `;
                    return [fix(t.fixNearMiss(newText.trim()), [{ span: miss.replace, newText }])];
                }
                return [fix(t.fixNearMiss(miss.replacement), [{ span: miss.replace, newText: miss.replacement }])];
            }
            case IssueCodes.MixedLanguage: {
                // "Vedtak:" in English minutes: the keyword of the document's language.
                const replacement = (diagnostic.data as { replacement?: string }).replacement;
                const foreign = m.foreignKeywords.find(f => f.keywordSpan.start === offset);
                if (!replacement || !foreign) return [];
                return [fix(t.fixNearMiss(replacement), [{ span: foreign.keywordSpan, newText: replacement }])];
            }
            case IssueCodes.ExemptWithoutBasis: {
                const c = allCases(m).find(x => x.exemption?.keywordSpan.start === offset);
                if (!c?.exemption) return [];
                return [fix(t.fixAddBasis(), [{ span: at(c.exemption.span.end), newText: ` ${t.basisText}` }])];
            }
            case IssueCodes.WeekdayMismatch: {
                const actual = (diagnostic.data as { actual?: string }).actual;
                const word = /^\p{L}+/u.exec(text.slice(offset));
                if (!actual || !word) return [];
                const newText = /^\p{Lu}/u.test(word[0]) ? actual.charAt(0).toUpperCase() + actual.slice(1) : actual;
                return [fix(t.fixWeekday(newText), [{ span: { start: offset, end: offset + word[0].length }, newText }])];
            }
            default:
                return [];
        }
    }

    /** Plain text edits, or one document change with snippet text edits where the client supports them. */
    private workspaceEdit(document: LangiumDocument, edits: FixEdit[]): WorkspaceEdit {
        const uri = document.textDocument.uri;
        if (this.snippetEdits && edits.some(e => e.snippet !== undefined)) {
            const snippetEdits: Array<TextEdit | SnippetTextEdit> = edits.map(e => e.snippet !== undefined
                ? { range: toRange(document, e.span), snippet: { kind: 'snippet', value: e.snippet } }
                : { range: toRange(document, e.span), newText: e.newText });
            return { documentChanges: [{ textDocument: { uri, version: document.textDocument.version }, edits: snippetEdits }] };
        }
        return { changes: { [uri]: edits.map(e => ({ range: toRange(document, e.span), newText: e.newText })) } };
    }

    /**
     * The number that fits a duplicate where it stands: the lowest free number after the case before
     * it and below the case after it (for the first case, after the body's meetings earlier in the
     * year). Undefined when no number fits between its neighbours: then only renumbering helps.
     */
    private fittingNumber(m: Meeting, c: Case): string | undefined {
        const parent = c.parentKey ? allCases(m).find(p => p.number.key === c.parentKey) : undefined;
        // Its own number series only (Sak, PS, RS …): each is numbered on its own.
        const siblings = ((c.number.sub.length ? parent?.subCases : m.cases) ?? []).filter(x => x === c || this.inSeries(m, x, c.series));
        const numberOf = (x: Case) => c.number.sub.length ? x.number.sub[0] ?? 0 : x.number.main;
        const at = siblings.indexOf(c);
        if (at < 0) return undefined;
        const valid = (x: Case) => x !== c;
        const before = siblings.slice(0, at).reverse().find(valid);
        const after = siblings.slice(at + 1).find(x => valid(x) && numberOf(x) > (before ? numberOf(before) : 0));
        const used = new Set(siblings.filter(valid).map(numberOf));
        const low = before ? numberOf(before) + 1 : c.number.sub.length ? 1 : this.firstOfMeeting(m, c.series);
        const high = after ? numberOf(after) - 1 : Infinity;
        for (let n = low; n <= high && n < low + 10_000; n++) {
            if (used.has(n)) continue;
            if (c.number.sub.length === 0 && this.usedElsewhere(m, c, n)) continue;
            return this.formatLike(c, n);
        }
        return undefined;
    }

    /** The first number a meeting's cases of a series may have: after the body's cases of the year in its earlier meetings. */
    private firstOfMeeting(m: Meeting, series: string | undefined): number {
        const held = m.date?.value;
        let last = 0;
        for (const other of this.index.sameBody(m)) {
            const date = other.date?.value;
            if (other.uri === m.uri || !held || !date || compareDates(date, held) >= 0) continue;
            for (const x of allCases(other)) if (this.inSeries(other, x, series) && x.number.sub.length === 0 && caseYear(x, other) === held.year) last = Math.max(last, x.number.main);
        }
        return last + 1;
    }

    /** Whether another meeting of the body uses main number `n` in the case's series and year (only numbers with a year count across meetings). */
    private usedElsewhere(m: Meeting, c: Case, n: number): boolean {
        if (c.number.year === undefined) return false;
        const year = caseYear(c, m);
        return this.index.sameBody(m).some(other => other.uri !== m.uri && allCases(other)
            .some(x => this.inSeries(other, x, c.series) && x.number.sub.length === 0 && x.number.year !== undefined && x.number.main === n && caseYear(x, other) === year));
    }

    /** A numbered case of meeting `m` in the series that counts in its numbering (not an older case treated again under its old number). */
    private inSeries(m: Meeting, c: Case, series: string | undefined): boolean {
        return c.numbered && !c.number.problem && c.series === series && !this.index.treatedAgain(m, c);
    }

    /** Number `n` written like the case's own: "03/24", "3", or a sub-case "17.3". */
    private formatLike(c: Case, n: number): string {
        if (c.number.sub.length) return `${c.number.main}.${n}${/\/\d+$/.exec(c.number.text)?.[0] ?? ''}`;
        return c.number.year !== undefined ? formatCaseNumber(n, c.number.year, c.number) : String(n);
    }

    /**
     * The new number of every case that «Nummerer alle saker på nytt» changes: each number series
     * 1 up from its first case's number (with `afterOthers`, from after the body's earlier meetings of
     * the year when another meeting uses that number), sub-cases .1 up. Items without a number and
     * older cases treated again under their old number keep theirs.
     */
    private renumberPlan(m: Meeting, afterOthers = false): Map<Case, { text: string; short: string }> {
        const plan = new Map<Case, { text: string; short: string }>();
        const next = new Map<string, number>();
        const renumber = (c: Case, main: number, sub: number[]) => {
            const yearPart = c.number.year !== undefined ? /\/\d+$/.exec(c.number.text)?.[0] ?? '' : '';
            const newText = sub.length === 0
                ? (c.number.year !== undefined ? formatCaseNumber(main, c.number.year, c.number) : String(main))
                : `${main}.${sub.join('.')}${yearPart}`;
            if (newText !== c.number.text) plan.set(c, { text: newText, short: [main, ...sub].join('.') });
        };
        for (const c of m.cases) {
            if (!this.inSeries(m, c, c.series)) continue;
            const series = c.series ?? '';
            if (!next.has(series)) {
                const start = afterOthers && this.usedElsewhere(m, c, c.number.main) ? Math.max(c.number.main, this.firstOfMeeting(m, c.series)) : c.number.main;
                next.set(series, start);
            }
            const main = next.get(series)!;
            next.set(series, main + 1);
            renumber(c, main, []);
            c.subCases.forEach((s, i) => renumber(s, main, s.number.sub.length > 1 ? [i + 1, ...s.number.sub.slice(1)] : [i + 1]));
        }
        return plan;
    }

    /** Numbers the cases as `renumberPlan` says, and updates references to them in every meeting of the body. */
    private renumberAll(document: LangiumDocument, m: Meeting, kind: string, plan = this.renumberPlan(m)): CodeAction | undefined {
        if (plan.size === 0) return undefined;
        const changes: Record<string, TextEdit[]> = {};
        const documents = this.services.shared.workspace.LangiumDocuments;
        const edit = (uri: string, span: Span, newText: string) => {
            const doc = uri === document.uri.toString() ? document : documents.all.find(d => d.uri.toString() === uri);
            if (doc) (changes[uri] ??= []).push({ range: toRange(doc, span), newText });
        };
        for (const [c, { text: newText, short }] of plan) {
            edit(m.uri, c.numberSpan, newText);
            for (const r of this.index.referencesTo({ meeting: m, case: c })) {
                const plain = r.reference.number.year === undefined && !r.reference.number.text.includes('/');
                edit(r.meeting.uri, r.reference.numberSpan, plain ? short : newText);
            }
        }
        return { title: messagesFor(m.language).fixRenumber(), kind, edit: { changes } };
    }
}


/** The text of a decision the fix adds: neutral for cases that only inform or discuss. */
function decisionText(c: Case, language: Language): string {
    const t = messagesFor(language);
    return c.type?.kind === 'decision' ? t.decisionPlaceholder : t.decisionNoted;
}
