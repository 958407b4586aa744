/**
 * Prose lines grouped into paragraphs (lines without a blank between them) and lists. List depth
 * follows relative indentation: an item indented more than the one before it is nested one level
 * deeper, whatever the step (2, 3 or 4 spaces, tabs); an item back at an earlier indentation returns
 * to that level. An indented plain line right after an item continues the item.
 */
import type { SourceLine } from './lines.js';
import type { LineIndex } from './spans.js';
import type { Block, InlineText, ListItem } from './types.js';

export const BULLET = /^([-*•–])[ \t]+/;
export const NUMBERED = /^(\d{1,3})[.)][ \t]+/;

export function isListItem(text: string): boolean {
    return BULLET.test(text) || NUMBERED.test(text);
}

/** Width of a line's indentation: a tab counts to the next multiple of four. */
export function indentWidth(indentation: string): number {
    let width = 0;
    for (const ch of indentation) width = ch === '\t' ? width + 4 - (width % 4) : width + 1;
    return width;
}

/**
 * The depth of list items from their indentation, relative to the items before them: deeper than
 * the item before is one level in, back to an earlier indentation is that level (the model and the
 * formatter both read lists with it).
 */
export class ListDepth {
    private readonly indents: number[];
    constructor(readonly base: number) { this.indents = [base]; }

    of(indent: number): number {
        const indents = this.indents;
        while (indents.length > 1 && indent < indents[indents.length - 1]) indents.pop();
        if (indent > indents[indents.length - 1]) indents.push(indent);
        else if (indent < indents[indents.length - 1]) indents[indents.length - 1] = indent;
        return indents.length - 1;
    }
}

export class ProseCollector {
    private readonly blocks: Block[] = [];
    private paragraph?: { lines: InlineText[]; start: number; end: number; line: number };
    private list?: { items: ListItem[]; start: number; end: number; line: number; depth: ListDepth; baseIndent: number };

    constructor(private readonly lines: LineIndex) { }

    get empty(): boolean { return !this.paragraph && !this.list && this.blocks.length === 0; }

    /** The last block added or open: a list item or paragraph the next line may continue. */
    get openList(): boolean { return !!this.list; }

    /** Adds a prose line; `deadline` marks a list item that is a deadline or action of the case. */
    add(line: SourceLine, text: InlineText, deadline?: number): void {
        const value = text.text;
        const bullet = BULLET.exec(value);
        const numbered = bullet ? undefined : NUMBERED.exec(value);
        const marker = bullet ?? numbered;
        if (marker) {
            if (this.paragraph) this.flushParagraph();
            if (!this.list) this.list = { items: [], start: line.span.start, end: line.span.end, line: line.span.line, depth: new ListDepth(line.indent), baseIndent: line.indent };
            const depth = this.list.depth.of(line.indent);
            const content: InlineText = {
                text: value.slice(marker[0].length),
                span: this.lines.span(text.span.start + marker[0].length, text.span.end),
                references: text.references,
            };
            const item: ListItem = { content, depth, ordered: !!numbered, number: numbered ? parseInt(numbered[1], 10) : undefined };
            if (deadline !== undefined) item.deadline = deadline;
            this.list.items.push(item);
            this.list.end = line.span.end;
            return;
        }
        if (this.list) {
            const lastItem = this.list.items[this.list.items.length - 1];
            if (!line.afterBlank && line.indent > this.list.baseIndent && lastItem) {
                lastItem.content = {
                    text: `${lastItem.content.text} ${value}`, span: this.lines.span(lastItem.content.span.start, text.span.end),
                    references: lastItem.content.references.concat(text.references),
                };
                this.list.end = line.span.end;
                return;
            }
            this.flushList();
        }
        if (this.paragraph && line.afterBlank) this.flushParagraph();
        if (!this.paragraph) this.paragraph = { lines: [], start: line.span.start, end: line.span.end, line: line.span.line };
        this.paragraph.lines.push(text);
        this.paragraph.end = line.span.end;
    }

    flush(): void { this.flushParagraph(); this.flushList(); }

    finish(): Block[] { this.flush(); return this.blocks; }

    /** Ends the current blocks and hands them to `sink` (keeps source order with other blocks). */
    drainInto(sink: Block[]): void {
        this.flush();
        for (const b of this.blocks) sink.push(b);
        this.blocks.length = 0;
    }

    private flushParagraph(): void {
        if (!this.paragraph) return;
        const p = this.paragraph;
        this.blocks.push({ kind: 'paragraph', lines: p.lines, span: { start: p.start, end: p.end, line: p.line } });
        this.paragraph = undefined;
    }

    private flushList(): void {
        if (!this.list) return;
        const l = this.list;
        this.blocks.push({ kind: 'list', items: l.items, span: { start: l.start, end: l.end, line: l.line } });
        this.list = undefined;
    }
}
