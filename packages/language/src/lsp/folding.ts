/** Folding: the header, each attendance list, each case (sub-cases too), decisions, lists and paragraphs. */
import type { LangiumDocument } from 'langium';
import type { FoldingRangeProvider } from 'langium/lsp';
import { type FoldingRange, type FoldingRangeParams } from 'vscode-languageserver';
import { allCases } from '../model/queries.js';
import type { Block, Span } from '../model/types.js';
import type { ReferatServices } from '../referat-module.js';
import type { MeetingIndex } from '../workspace/meeting-index.js';

export class ReferatFoldingRangeProvider implements FoldingRangeProvider {
    private readonly index: MeetingIndex;
    constructor(services: ReferatServices) { this.index = services.referat.MeetingIndex; }

    getFoldingRanges(document: LangiumDocument, _params: FoldingRangeParams): FoldingRange[] {
        const m = this.index.get(document);
        const text = document.textDocument;
        const ranges: FoldingRange[] = [];
        const fold = (start: number, end: number, kind?: string) => {
            const startLine = text.positionAt(start).line, endLine = text.positionAt(end).line;
            if (endLine > startLine) ranges.push({ startLine, endLine, kind });
        };
        // A loop, not Math.max(...ends): thousands of arguments overflow the stack.
        const spanEnd = (spans: Span[]) => spans.reduce((end, s) => Math.max(end, s.end), -Infinity);
        if (m.headerFields.length > 1) fold(m.headerFields[0].span.start, spanEnd(m.headerFields.map(f => f.span)), 'region');
        for (const list of m.attendance) if (list.attendees.length > 0) fold(list.span.start, spanEnd(list.attendees.map(a => a.span)), 'region');
        const blocks = (content: Block[]) => {
            for (const block of content) if (block.kind === 'list' || block.kind === 'paragraph') fold(block.span.start, block.span.end);
        };
        blocks(m.preamble);
        for (const c of allCases(m)) {
            fold(c.span.start, Math.max(c.span.end, spanEnd(c.subCases.map(s => s.span))), 'region');
            for (const d of c.decisions) { fold(d.span.start, d.span.end); blocks(d.blocks); }
            for (const a of c.attachments.length > 1 ? [c.attachments] : []) fold(a[0].text.span.start, a[a.length - 1].text.span.end);
            for (const r of c.responsibles) if (r.members.length > 0) fold(r.span.start, r.span.end);
            blocks(c.content);
        }
        // One range per start line: the widest.
        const byStart = new Map<number, FoldingRange>();
        for (const r of ranges) if ((byStart.get(r.startLine)?.endLine ?? -1) < r.endLine) byStart.set(r.startLine, r);
        return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
    }
}
