/**
 * Semantic tokens from the lexer and the model: keywords (at line start), case types, case numbers
 * (headings and references), dates, and people (attendance names as declarations).
 */
import { AstUtils, CstUtils, type AstNode, isLeafCstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { allCases } from '../model/queries.js';
import type { Span } from '../model/types.js';
import type { ReferatServices } from '../referat-module.js';
import type { MeetingIndex } from '../workspace/meeting-index.js';

const NOT_KEYWORDS = new Set(['TEXT', 'CASENO', 'EOL', 'WS', 'COMMENT', 'CASETYPE']);

export class ReferatSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly index: MeetingIndex;

    constructor(services: ReferatServices) {
        super(services);
        this.index = services.referat.MeetingIndex;
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        if (node.$container) return 'prune';
        const document = AstUtils.getDocument(node);
        const text = document.textDocument;
        const accept = (span: { start: number; end: number } | undefined, type: string, modifier?: string) => {
            if (!span || span.end <= span.start) return;
            acceptor({ range: { start: text.positionAt(span.start), end: text.positionAt(span.end) }, type, modifier });
        };
        if (node.$cstNode) {
            for (const leaf of CstUtils.streamCst(node.$cstNode)) {
                if (!isLeafCstNode(leaf) || leaf.hidden) continue;
                const name = leaf.tokenType.name;
                if (name === 'CASETYPE') accept({ start: leaf.offset, end: leaf.end }, SemanticTokenTypes.type);
                else if (!NOT_KEYWORDS.has(name)) accept({ start: leaf.offset, end: leaf.end }, SemanticTokenTypes.keyword);
            }
        }
        const m = this.index.get(document);
        for (const c of allCases(m)) {
            if (!c.number.problem) accept(c.numberSpan, SemanticTokenTypes.number, SemanticTokenModifiers.declaration);
            for (const ref of c.references) accept(ref.numberSpan, SemanticTokenTypes.number);
            for (const d of c.deadlines) if (d.due?.value) accept(d.due.span, SemanticTokenTypes.string);
        }
        if (m.date?.value) accept(m.date.span, SemanticTokenTypes.string);
        if (m.nextMeeting?.date?.value) accept(m.nextMeeting.date.span, SemanticTokenTypes.string);
        for (const p of m.people) accept(p.nameSpan, SemanticTokenTypes.variable, SemanticTokenModifiers.declaration);
        const seen = new Set<number>(m.people.map(p => p.nameSpan.start));
        for (const ref of m.personRefs) if (!seen.has(ref.span.start) && (ref.isPerson || m.people.some(p => p.key === ref.key))) accept(ref.span as Span, SemanticTokenTypes.variable);
        return 'prune';
    }
}
