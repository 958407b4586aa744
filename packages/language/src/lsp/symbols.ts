/**
 * Outline (document symbols): header, attendance, then each case with its decisions and deadlines;
 * workspace symbols: every case of every meeting, found by number or title words.
 */
import type { LangiumDocument } from 'langium';
import type { DocumentSymbolProvider, LangiumSharedServices, WorkspaceSymbolProvider } from 'langium/lsp';
import { type DocumentSymbol, type DocumentSymbolParams, SymbolKind, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { caseLabel, shorten } from '../model/labels.js';
import { allCases, blockText } from '../model/queries.js';
import type { Case, Meeting, Span } from '../model/types.js';
import { formatDateShort } from '../model/values/dates.js';
import { nameKey } from '../model/values/names.js';
import type { ReferatServices } from '../referat-module.js';
import type { MeetingIndex } from '../workspace/meeting-index.js';
import { location, toRange } from './positions.js';

const PROPOSALS = { forslag: 'Forslag', endringsforslag: 'Endringsforslag', tilleggsforslag: 'Tilleggsforslag', innstilling: 'Innstilling' } as const;

export class ReferatDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly index: MeetingIndex;
    constructor(services: ReferatServices) { this.index = services.referat.MeetingIndex; }

    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): DocumentSymbol[] {
        const m = this.index.get(document);
        const symbol = (name: string, kind: SymbolKind, span: Span, selection: Span = span, children: DocumentSymbol[] = [], detail?: string): DocumentSymbol =>
            ({ name, kind, range: toRange(document, span), selectionRange: toRange(document, selection), children, detail });
        const symbols: DocumentSymbol[] = [];
        if (m.headerFields.length > 0) {
            const fields = m.headerFields.map(f => symbol(`${f.label}: ${f.text.trim()}`.trim(), SymbolKind.Property, f.span, f.keywordSpan));
            symbols.push(symbol('Møtehode', SymbolKind.Namespace, cover(m.headerFields.map(f => f.span)), m.headerFields[0].keywordSpan, fields));
        }
        if (m.attendance.length > 0) {
            const lists = m.attendance.map(list => {
                const people = list.attendees.map(a => symbol(a.name, SymbolKind.Variable, a.span, a.nameSpan, [], [a.institution, a.role].filter(Boolean).join(', ') || undefined));
                return symbol(list.label, SymbolKind.Array, cover([list.span, ...list.attendees.map(a => a.span)]), list.span, people, `${list.attendees.length}`);
            });
            symbols.push(symbol('Deltakere', SymbolKind.Namespace, cover(m.attendance.flatMap(l => [l.span, ...l.attendees.map(a => a.span)])), m.attendance[0].span, lists));
        }
        const caseSymbol = (c: Case): DocumentSymbol => {
            const children: DocumentSymbol[] = [];
            for (const block of c.content) {
                if (block.kind === 'decision') {
                    const d = c.decisions[block.index];
                    children.push(symbol('Vedtak', SymbolKind.Event, d.span, d.keywordSpan, [], shorten(d.blocks.map(blockText).join(' '), 80) || undefined));
                } else if (block.kind === 'proposal') {
                    const p = c.proposals[block.index];
                    const outcome = p.vote !== undefined ? c.votes[p.vote].outcome : undefined;
                    children.push(symbol(p.proposer ? `${PROPOSALS[p.kind]} fra ${p.proposer}` : PROPOSALS[p.kind], SymbolKind.Event, p.span, p.keywordSpan, [],
                        [outcome === 'adopted' ? 'vedtatt' : outcome === 'rejected' ? 'falt' : undefined, shorten(p.blocks.map(blockText).join(' '), 80)].filter(Boolean).join(' – ') || undefined));
                }
            }
            // Deadlines and actions, also those written as list items.
            for (const d of c.deadlines) {
                const label = d.kind === 'action' ? 'Oppfølging' : 'Frist';
                const name = d.due?.value && !d.due.problem ? `${label} ${formatDateShort(d.due.value)}` : d.due ? `${label} ${d.due.text}` : label;
                children.push(symbol(name, SymbolKind.Event, d.span, d.keywordSpan, [], shorten([d.responsible?.name, d.what].filter(Boolean).join(' – '), 80) || undefined));
            }
            children.sort((a, b) => a.range.start.line - b.range.start.line);
            children.push(...c.subCases.map(caseSymbol));
            const span = cover([c.span, ...c.subCases.map(s => s.span)]);
            const detail = [c.type?.label, c.withdrawn ? 'trukket' : undefined, c.closedSession ? 'lukket møte' : undefined].filter(Boolean).join(' · ');
            return symbol(caseLabel(c), SymbolKind.Module, span, c.headingSpan, children, detail || undefined);
        };
        // Sections hold their cases; cases before the first section stand alone.
        const sectionSymbols = m.sections.map(section => symbol(section.title.text, SymbolKind.Namespace, section.span, section.span, [], section.closed ? 'lukket møte' : undefined));
        for (const c of m.cases) {
            const s = caseSymbol(c);
            if (c.section === undefined) { symbols.push(s); continue; }
            sectionSymbols[c.section].children!.push(s);
        }
        m.sections.forEach((section, i) => {
            const own = sectionSymbols[i];
            const spans = [section.span, ...m.cases.filter(c => c.section === i).map(c => cover([c.span, ...c.subCases.map(x => x.span)]))];
            own.range = toRange(document, cover(spans));
            if (section.parent !== undefined) sectionSymbols[section.parent].children!.push(own);
            else symbols.push(own);
        });
        if (m.signatures.length) {
            const span = cover(m.signatures.map(x => x.span));
            symbols.push(symbol('Underskrifter', SymbolKind.Namespace, span, m.signatures[0].keywordSpan,
                m.signatures.flatMap(x => x.signers.map(p => symbol(p.name, SymbolKind.Variable, p.span, p.person.span, [], p.role)))));
        }
        if (m.nextMeeting) symbols.push(symbol(`Neste møte: ${m.nextMeeting.text.trim()}`, SymbolKind.Event, m.nextMeeting.span, m.nextMeeting.keywordSpan));
        // In source order: the header, the lists, sections and cases, signatures and the next meeting where they stand.
        symbols.sort((a, b) => a.range.start.line - b.range.start.line);
        return symbols;
    }
}

function cover(spans: Span[]): Span {
    return { start: Math.min(...spans.map(s => s.start)), end: Math.max(...spans.map(s => s.end)), line: Math.min(...spans.map(s => s.line)) };
}

/** Finds cases of every meeting in the workspace: every query word must occur in "Sak <number> <title>". */
export class ReferatWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    constructor(private readonly shared: LangiumSharedServices) { }

    getSymbols(params: WorkspaceSymbolParams): WorkspaceSymbol[] {
        const referat = this.shared.ServiceRegistry.all.find((s): s is ReferatServices => 'referat' in s);
        if (!referat) return [];
        const words = nameKey(params.query).split(' ').filter(Boolean);
        const result: WorkspaceSymbol[] = [];
        for (const meeting of referat.referat.MeetingIndex.all()) {
            for (const c of allCases(meeting)) {
                const haystack = nameKey(`sak ${c.number.text} ${c.number.key} ${c.title}`);
                if (!words.every(w => haystack.includes(w))) continue;
                const where = location(this.shared.workspace.LangiumDocuments, meeting.uri, c.headingSpan);
                if (where) result.push({ name: caseLabel(c), kind: SymbolKind.Module, location: where, containerName: container(meeting) });
            }
        }
        return result;
    }
}

function container(m: Meeting): string {
    return [m.body?.shortName ?? m.body?.name, m.meetingNumber?.text.trim(), m.date?.value ? formatDateShort(m.date.value) : undefined].filter(Boolean).join(' ');
}
