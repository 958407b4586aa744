/**
 * Quick fixes keyed on the diagnostic codes (validation/issue-codes.ts), and the refactoring
 * «Nummerer alle saker på nytt». Every fix is a plain workspace edit.
 */
import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    type CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import { allCases } from '../model/queries.js';
import type { Case, Meeting, Span } from '../model/types.js';
import { formatCaseNumber } from '../model/values/case-numbers.js';
import type { ReferatServices } from '../referat-module.js';
import { IssueCodes } from '../validation/issue-codes.js';
import { messagesFor } from '../validation/messages.js';
import type { MeetingIndex } from '../workspace/meeting-index.js';
import { closestName } from './hover.js';
import { eolOf, toRange } from './positions.js';

export const RENUMBER_TITLE = 'Nummerer alle saker på nytt';

export class ReferatCodeActionProvider implements CodeActionProvider {
    private readonly index: MeetingIndex;
    private readonly services: ReferatServices;

    constructor(services: ReferatServices) {
        this.services = services;
        this.index = services.referat.MeetingIndex;
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
        const fix = (title: string, edits: Array<{ span: { start: number; end: number }; newText: string }>, isPreferred = true): CodeAction => ({
            title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred,
            edit: { changes: { [document.textDocument.uri]: edits.map(e => ({ range: toRange(document, e.span), newText: e.newText })) } },
        });
        const at = (pos: number) => ({ start: pos, end: pos });
        const caseAtNumber = allCases(m).find(c => c.numberSpan.start === offset);
        switch (code) {
            case IssueCodes.MissingDecision: {
                const empty = allCases(m).flatMap(c => c.decisions.map(d => ({ c, d }))).find(x => x.d.keywordSpan.start === offset && x.d.blocks.length === 0);
                if (empty) {
                    return [fix('Skriv et vedtak etter «Vedtak:»', [{ span: at(empty.d.span.end), newText: ' ' + decisionText(empty.c) }])];
                }
                if (!caseAtNumber) return [];
                return [fix(`Legg til «Vedtak: ${decisionText(caseAtNumber)}»`, [{ span: at(caseAtNumber.span.end), newText: `${eol}${eol}Vedtak: ${decisionText(caseAtNumber)}` }])];
            }
            case IssueCodes.DuplicateCaseNumber: {
                if (!caseAtNumber) return [];
                const number = this.nextNumber(m, caseAtNumber);
                return [fix(`Gi saken neste ledige nummer: ${number}`, [{ span: caseAtNumber.numberSpan, newText: number }])];
            }
            case IssueCodes.CaseYearMismatch: {
                const expected = (diagnostic.data as { expected?: string }).expected;
                if (!caseAtNumber || !expected) return [];
                return [fix(`Endre saksnummeret til ${expected}`, [{ span: caseAtNumber.numberSpan, newText: expected }])];
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
                if (close) actions.push(fix(`Rett til «${close.name}»`, [{ span: ref.span, newText: close.name }]));
                const list = (ref.role === 'substitute' ? m.attendance.find(l => l.kind === 'absent') : undefined)
                    ?? m.attendance.find(l => l.kind === 'present') ?? m.attendance[0];
                if (list) {
                    const last = list.attendees[list.attendees.length - 1]?.span ?? list.span;
                    actions.push(fix(`Legg til «${ref.name}» under «${list.label}:»`, [{ span: at(last.end), newText: `${eol}- ${ref.name}` }], !close));
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
                    const newText = numbered ? 'Sak ' : `Sak ${this.index.nextFreeNumber(m)} `;
                    return [fix(messagesFor(m.language).fixNearMiss(newText.trim()), [{ span: miss.replace, newText }])];
                }
                return [fix(messagesFor(m.language).fixNearMiss(miss.replacement), [{ span: miss.replace, newText: miss.replacement }])];
            }
            case IssueCodes.ExemptWithoutBasis: {
                const c = allCases(m).find(x => x.exemption?.keywordSpan.start === offset);
                if (!c?.exemption) return [];
                return [fix('Legg til hjemmel: offl. § 13 (taushetsplikt) – rett paragrafen om en annen gjelder', [{ span: at(c.exemption.span.end), newText: ' offl. § 13' }])];
            }
            case IssueCodes.WeekdayMismatch: {
                const actual = (diagnostic.data as { actual?: string }).actual;
                const word = /^\p{L}+/u.exec(text.slice(offset));
                if (!actual || !word) return [];
                const newText = /^\p{Lu}/u.test(word[0]) ? actual.charAt(0).toUpperCase() + actual.slice(1) : actual;
                return [fix(`Endre ukedagen til «${newText}»`, [{ span: { start: offset, end: offset + word[0].length }, newText }])];
            }
            default:
                return [];
        }
    }

    /** The next free number for a duplicate: the body's next main number, or the parent's next sub-case number. */
    private nextNumber(m: Meeting, c: Case): string {
        if (c.number.sub.length === 0) return this.index.nextFreeNumber(m, c);
        const parent = allCases(m).find(p => p.number.key === c.parentKey);
        const subs = (parent?.subCases ?? allCases(m).filter(s => s.number.main === c.number.main)).map(s => s.number.sub[0] ?? 0);
        const yearPart = /\/\d+$/.exec(c.number.text)?.[0] ?? '';
        return `${c.number.main}.${subs.reduce((max, n) => Math.max(max, n), 0) + 1}${yearPart}`;
    }

    /** Numbers the cases 1 up from the first case's number, sub-cases .1 up, and updates references to them. */
    private renumberAll(document: LangiumDocument, m: Meeting, kind: string): CodeAction | undefined {
        const first = m.cases.find(c => !c.number.problem);
        if (!first) return undefined;
        const changes: Record<string, TextEdit[]> = {};
        const documents = this.services.shared.workspace.LangiumDocuments;
        const edit = (uri: string, span: Span, newText: string) => {
            const doc = uri === document.uri.toString() ? document : documents.all.find(d => d.uri.toString() === uri);
            if (doc) (changes[uri] ??= []).push({ range: toRange(doc, span), newText });
        };
        let next = first.number.main;
        const renumber = (c: Case, main: number, sub: number[]) => {
            const yearPart = c.number.year !== undefined ? /\/\d+$/.exec(c.number.text)?.[0] ?? '' : '';
            const newText = sub.length === 0
                ? (c.number.year !== undefined ? formatCaseNumber(main, c.number.year, c.number) : String(main))
                : `${main}.${sub.join('.')}${yearPart}`;
            if (newText === c.number.text) return;
            edit(m.uri, c.numberSpan, newText);
            for (const r of this.index.referencesTo({ meeting: m, case: c })) {
                const short = r.reference.number.year === undefined && !r.reference.number.text.includes('/');
                edit(r.meeting.uri, r.reference.numberSpan, short ? [main, ...sub].join('.') : newText);
            }
        };
        for (const c of m.cases) {
            if (c.number.problem) continue;
            const main = next++;
            renumber(c, main, []);
            c.subCases.forEach((s, i) => renumber(s, main, s.number.sub.length > 1 ? [i + 1, ...s.number.sub.slice(1)] : [i + 1]));
        }
        if (Object.keys(changes).length === 0) return undefined;
        const workspaceEdit: WorkspaceEdit = { changes };
        return { title: RENUMBER_TITLE, kind, edit: workspaceEdit };
    }
}

/** The text of a decision the fix adds: neutral for cases that only inform or discuss. */
function decisionText(c: Case): string {
    return c.type?.kind === 'decision' ? '(skriv vedtaket her)' : 'Saken tas til orientering.';
}
