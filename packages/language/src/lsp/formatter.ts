/**
 * Formatter for minutes: normalises layout only, never wording. Line-based, over the lexer's tokens:
 * - keyword lines start at column 0, with single spaces inside the keyword, none before its colon
 *   and one after it (`Sak  17/23   Tittel` → `Sak 17/23 Tittel`, `Dato :22.11.2023` → `Dato: 22.11.2023`);
 * - one space after a bullet or a list number; list items indented two spaces per level, lines that
 *   continue an item two more; other prose and comments start at column 0; no trailing blanks;
 * - one blank line before each case and attendance heading (above a comment directly over it), at
 *   most one blank line anywhere, none at the start or end, and a final line break.
 * Invariants (tested): the non-whitespace characters are unchanged, in order, and formatting twice
 * gives the same text as formatting once. A line whose rebuilt text would break the first invariant
 * is only stripped of trailing blanks.
 */
import type { LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, Range, TextEdit,
} from 'vscode-languageserver';
import type { ReferatServices } from '../referat-module.js';
import { indentWidth, ListDepth } from '../model/prose.js';
import { keyword, KEYWORDS } from '../vocabulary/keywords.js';

type LineKind = 'blank' | 'comment' | 'heading' | 'attendance' | 'keyword' | 'prose';

interface SourceLine {
    start: number;
    /** End of the content, before the line break. */
    end: number;
    /** After the line break. */
    next: number;
    text: string;
    kind: LineKind;
    tokens: Array<{ type: string; text: string }>;
}

/** Tokens of attendance headings (one blank line before them, as before cases). */
const ATTENDANCE_TOKENS = new Set(KEYWORDS.filter(k => k.place === 'attendance').map(k => k.token));
const CASE_TOKEN = keyword('case').token;
const DEADLINE_TOKEN = keyword('deadline').token;
const ITEM = /^([-*•–]|\d{1,3}[.)])[ \t]+/;
const BOM = '\uFEFF';

/** Minimal lexer interface: the services' lexer. */
interface Tokenizer {
    tokenize(text: string): { tokens: Array<{ image: string; startOffset: number; tokenType: { name: string } }> };
}

/** Formats `text`; returns for each source line its replacement (line break included). */
export function formatLines(text: string, lexer: Tokenizer): { lines: SourceLine[]; output: string[] } {
    const lines = splitLines(text);
    classify(text, lines, lexer);
    const eol = /\r\n?|\n/.exec(text)?.[0] ?? '\n';
    const contents = layout(lines);
    // Blank lines: which content lines want one above them (moved above a comment block directly over them).
    const wantsBlank = lines.map(l => l.kind === 'heading' || l.kind === 'attendance');
    for (let i = 0; i < lines.length; i++) {
        if (!wantsBlank[i]) continue;
        let j = i;
        while (j > 0 && lines[j - 1].kind === 'comment') j--;
        if (j !== i) { wantsBlank[i] = false; wantsBlank[j] = true; }
    }
    const output: string[] = new Array(lines.length).fill('');
    const firstContent = lines.findIndex(l => l.kind !== 'blank');
    let blankRun: number[] = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.kind === 'blank') { blankRun.push(i); continue; }
        const first = i === firstContent;
        if (!first && (blankRun.length > 0 || wantsBlank[i])) {
            if (blankRun.length > 0) output[blankRun[0]] = eol; // keep one blank line where it is
            else output[i] = eol;                                // insert one
        }
        blankRun = [];
        output[i] += contents[i] + eol;
    }
    if (text.startsWith(BOM) && lines.length > 0) output[0] = BOM + output[0];
    return { lines, output };
}

function splitLines(text: string): SourceLine[] {
    const lines: SourceLine[] = [];
    const re = /\r\n?|\n/g;
    let start = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        lines.push({ start, end: m.index, next: m.index + m[0].length, text: text.slice(start, m.index), kind: 'blank', tokens: [] });
        start = m.index + m[0].length;
    }
    if (start < text.length) lines.push({ start, end: text.length, next: text.length, text: text.slice(start), kind: 'blank', tokens: [] });
    return lines;
}

function classify(text: string, lines: SourceLine[], lexer: Tokenizer): void {
    let li = 0;
    for (const token of lexer.tokenize(text).tokens) {
        const name = token.tokenType.name;
        if (name === 'EOL' || name === 'WS' || token.image.length === 0) continue;
        while (li < lines.length - 1 && token.startOffset >= lines[li].next) li++;
        lines[li].tokens.push({ type: name, text: token.image });
    }
    for (const line of lines) {
        const trimmed = line.text.replace(/^[\s\uFEFF]+/, '');
        const first = line.tokens[0];
        if (!trimmed.trim()) line.kind = 'blank';
        else if (!first) line.kind = trimmed.startsWith('//') ? 'comment' : 'prose';
        else if (first.type === 'TEXT') line.kind = 'prose';
        else if (first.type === CASE_TOKEN) line.kind = 'heading';
        else if (ATTENDANCE_TOKENS.has(first.type)) line.kind = 'attendance';
        else line.kind = 'keyword';
    }
}

/** The new content of every line (without line break), with list indentation. */
function layout(lines: SourceLine[]): string[] {
    const contents: string[] = [];
    let list: { base: number; depth: number; depths: ListDepth } | undefined;
    let afterBlank = false;
    for (const line of lines) {
        const original = line.text.replace(/^\uFEFF/, '').trimEnd();
        let content = original;
        switch (line.kind) {
            case 'blank': content = ''; afterBlank = true; contents.push(content); continue;
            case 'comment': content = original.trimStart(); contents.push(content); continue; // comments are invisible to the structure
            case 'heading': case 'attendance': case 'keyword': {
                content = joinTokens(line.tokens);
                // "- Oppfølging: …": a keyword written as a list item keeps its place in the list.
                const item = ITEM.exec(content);
                if (line.kind === 'keyword' && item && list) {
                    const indent = indentWidth(/^[ \t\uFEFF]*/.exec(line.text)![0].replace(/\uFEFF/g, ''));
                    list.depth = list.depths.of(indent);
                    content = '  '.repeat(list.depth) + item[1] + ' ' + content.slice(item[0].length);
                    break;
                }
                list = undefined;
                break;
            }
            case 'prose': {
                const value = line.tokens.length === 1 ? line.tokens[0].text : original.trimStart();
                const indent = indentWidth(/^[ \t\uFEFF]*/.exec(line.text)![0].replace(/\uFEFF/g, ''));
                const item = ITEM.exec(value);
                if (item) {
                    if (!list) list = { base: indent, depth: 0, depths: new ListDepth(indent) };
                    list.depth = list.depths.of(indent);
                    content = '  '.repeat(list.depth) + item[1] + ' ' + value.slice(item[0].length);
                } else if (list && !afterBlank && indent > list.base) {
                    content = '  '.repeat(list.depth + 1) + value;
                } else {
                    list = undefined;
                    content = value;
                }
            }
        }
        afterBlank = false;
        contents.push(sameWords(content, original) ? content : original);
    }
    return contents;
}

/** Keyword line: single blanks inside the keyword, none before a colon, one between tokens. */
function joinTokens(tokens: SourceLine['tokens']): string {
    let result = '';
    const deadline = tokens[0]?.type === DEADLINE_TOKEN;
    tokens.forEach((token, i) => {
        let part = i === 0 || token.type !== 'TEXT' ? token.text.replace(/[ \t]+/g, ' ').replace(/ :/g, ':') : token.text;
        // `Frist 1.6.2024  :  Kari` → `Frist 1.6.2024: Kari` (never inside "12:00", which has no blank at the colon)
        if (deadline && i === 1) part = part.replace(/^([^:]*?\S)(?:[ \t]+:[ \t]*|:[ \t]{2,})(?=\S)/, '$1: ');
        result += i === 0 || /^[:,.;)]/.test(part) ? part : ' ' + part;
    });
    return result;
}

export function withoutWhitespace(text: string): string {
    return text.replace(/[\s\uFEFF]+/g, '');
}

function sameWords(a: string, b: string): boolean {
    return withoutWhitespace(a) === withoutWhitespace(b);
}

export class ReferatFormatter implements Formatter {
    private readonly lexer: Tokenizer;

    constructor(services: ReferatServices) {
        this.lexer = services.parser.Lexer as unknown as Tokenizer;
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.edits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        return this.edits(document, params.range);
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    private edits(document: LangiumDocument, range?: Range): TextEdit[] {
        const text = document.textDocument.getText();
        const { lines, output } = formatLines(text, this.lexer);
        const edits: TextEdit[] = [];
        lines.forEach((line, i) => {
            if (range && (i < range.start.line || i > range.end.line)) return;
            const current = text.slice(line.start, line.next);
            if (current === output[i]) return;
            edits.push({
                range: { start: document.textDocument.positionAt(line.start), end: document.textDocument.positionAt(line.next) },
                newText: output[i],
            });
        });
        return edits;
    }
}

/** Formats a whole text (for tests and the command line). */
export function formatText(text: string, lexer: Tokenizer): string {
    return formatLines(text, lexer).output.join('');
}
