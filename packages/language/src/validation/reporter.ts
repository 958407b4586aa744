/** Reports diagnostics at source spans of the model, with their code in `data` for quick fixes. */
import { AstUtils, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Meeting as MeetingNode } from '../generated/ast.js';
import type { Span } from '../model/types.js';
import type { IssueCode } from './issue-codes.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export class Reporter {
    constructor(private readonly node: MeetingNode, private readonly accept: ValidationAcceptor) { }

    report(severity: Severity, code: IssueCode, span: Span, message: string, data: Record<string, unknown> = {}): void {
        const text = AstUtils.getDocument(this.node).textDocument;
        const range: Range = { start: text.positionAt(span.start), end: text.positionAt(span.end) };
        this.accept(severity, message, { node: this.node, range, code, data: { code, ...data } });
    }
}
