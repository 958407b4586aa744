/**
 * The lines of a document as the model builder reads them: one `SourceLine` per line of the syntax
 * tree, with its kind (the AST node type and the vocabulary's keyword), the keyword and value as
 * written, positions, indentation and whether a blank line stands before it.
 */
import { type CstNode, isCompositeCstNode, isLeafCstNode } from 'langium';
import type * as ast from '../generated/ast.js';
import { type Keyword, keywordOfRule, keywordOfToken, type Spelling } from '../vocabulary/keywords.js';
import { spellingOf } from '../vocabulary/patterns.js';
import type { Span } from './types.js';
import { indentWidth } from './prose.js';
import type { LineIndex } from './spans.js';

export interface SourceLine {
    /** The AST node type: "DateLine", "CaseTypeLine", "Prose". */
    rule: ast.Line['$type'];
    /** The vocabulary's keyword (not for case types and prose). */
    keyword?: Keyword;
    /** The spelling written ("Møtedato:"). */
    spelling?: Spelling;
    /** The keyword as written; for prose, the whole line. */
    keywordText: string;
    keywordSpan: Span;
    /** What follows the keyword (for prose: the line), '' when nothing. */
    value: string;
    valueStart: number;
    /** From the first character of the line to the end of its value (trailing blanks excluded). */
    span: Span;
    /** Width of the indentation (a tab counts to the next multiple of four). */
    indent: number;
    /** A blank line stands between this line and the previous one. */
    afterBlank: boolean;
    /** A list bullet stands before the keyword ("- Oppfølging: …"); `keywordText` is without it. */
    bullet: boolean;
}

export interface CaseHeading {
    /** The spelling of the case keyword: its variant is the number series ("PS", "V-sak"). */
    spelling?: Spelling;
    /** `Sak: Innsjekk`: an item without a number. */
    item: boolean;
    keywordSpan: Span;
    number?: { text: string; start: number; end: number };
    title?: { text: string; start: number; end: number };
    span: Span;
}

/** Reads lines in document order; keeps track of blank lines between them. */
export class LineReader {
    private previousEnd = 0;

    constructor(private readonly text: string, private readonly lines: LineIndex) { }

    line(node: ast.Line): SourceLine {
        const cst = node.$cstNode!;
        const first = firstLeaf(cst);
        const valueNode = node.$type === 'Prose' ? first : tokenOf(cst, 'TEXT');
        const start = first.offset;
        const end = valueNode?.end ?? first.end;
        const keyword = node.$type === 'Prose' || node.$type === 'CaseTypeLine' ? undefined : keywordOfRule(node.$type);
        const afterBlank = this.afterBlank(start);
        this.previousEnd = end;
        // "- Oppfølging:": the bullet is part of the token; the keyword is what follows it.
        const bullet = keyword ? /^[-*•–][ \t]+/.exec(first.text)?.[0].length ?? 0 : 0;
        const keywordText = first.text.slice(bullet);
        return {
            rule: node.$type, keyword, spelling: keyword && spellingOf(keyword, keywordText), bullet: bullet > 0,
            keywordText, keywordSpan: this.lines.span(first.offset + bullet, first.end),
            value: node.$type === 'Prose' ? first.text : valueNode?.text ?? '',
            valueStart: node.$type === 'Prose' ? first.offset : (valueNode?.offset ?? first.end),
            span: this.lines.span(start, end), indent: indentWidth(this.text.slice(this.lines.lineStart(start), start)), afterBlank,
        };
    }

    heading(node: ast.Case): CaseHeading {
        const cst = node.$cstNode!;
        const head = firstLeaf(cst);
        const number = tokenOf(cst, 'CASENO');
        const title = tokenOf(cst, 'TEXT');
        const end = title?.end ?? number?.end ?? head.end;
        this.previousEnd = end;
        const k = isLeafCstNode(head) ? keywordOfToken(head.tokenType.name) : undefined;
        return {
            spelling: k && spellingOf(k, head.text), item: k?.kind === 'item',
            keywordSpan: this.lines.span(head.offset, head.end),
            number: number && { text: number.text, start: number.offset, end: number.end },
            title: title && { text: title.text, start: title.offset, end: title.end },
            span: this.lines.span(head.offset, end),
        };
    }

    private afterBlank(start: number): boolean {
        return this.previousEnd > 0 && hasBlankLine(this.text, this.previousEnd, start);
    }
}

/**
 * The first token of a line (or of a `Sak` line) with the given token type: the value (TEXT), the
 * case number (CASENO). Lines are flat, so this reads only the line's own tokens; much faster than
 * GrammarUtils.findNodeForProperty, which walks the grammar for every node.
 */
function tokenOf(node: CstNode, tokenName: string): CstNode | undefined {
    while (isCompositeCstNode(node) && node.content.length === 1 && isCompositeCstNode(node.content[0])) node = node.content[0];
    if (!isCompositeCstNode(node)) return undefined;
    for (const child of node.content) {
        if (!isLeafCstNode(child)) break; // the lines inside a case
        if (!child.hidden && child.tokenType.name === tokenName) return child;
    }
    return undefined;
}

function firstLeaf(node: CstNode): CstNode {
    let current = node;
    while (isCompositeCstNode(current) && current.content.length > 0) current = current.content.find(n => !n.hidden) ?? current.content[0];
    return current;
}

/** True when a blank line (only blanks between two line breaks: LF, CRLF or CR) lies in text[from, to). */
function hasBlankLine(text: string, from: number, to: number): boolean {
    let afterBreak = false;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 || c === 10) {
            if (afterBreak) return true;
            if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
            afterBreak = true;
        } else if (c !== 32 && c !== 9) afterBreak = false;
    }
    return false;
}
