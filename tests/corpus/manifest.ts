/**
 * A reader of tests/corpus/MANIFEST.md: per corpus file its section, the line references in it
 * (`L12` followed by text in backticks), its tables (attendance, cases, near misses) and the summary
 * row. The facts tests compare the model with what this reads, so the manifest and the files cannot
 * drift apart unnoticed.
 */
import fs from 'node:fs';
import path from 'node:path';

export const CORPUS = import.meta.dirname;
const MANIFEST = fs.readFileSync(path.join(CORPUS, 'MANIFEST.md'), 'utf8');

/** The corpus files, sorted by name. */
export const corpusFiles: string[] = fs.readdirSync(CORPUS).filter(f => f.endsWith('.referat')).sort();

/** The text of a corpus file, by its number ("01") or name. */
export function corpusText(file: string): string {
    return fs.readFileSync(path.join(CORPUS, fileName(file)), 'utf8');
}

/** The file name for a number ("01") or a name. */
export function fileName(file: string): string {
    const name = corpusFiles.find(f => f === file || f.startsWith(`${file}-`));
    if (!name) throw new Error(`no corpus file ${file}`);
    return name;
}

/** The physical lines of a corpus file (1-based: `lines(f)[12 - 1]`), without their line ends. */
export function physicalLines(file: string): string[] {
    const lines = corpusText(file).split(/\r\n|\r|\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    return lines;
}

/** "<U+00A0>" and "<U+200B>" as the manifest writes invisible characters, decoded. */
export function decodeInvisible(text: string): string {
    return text.replace(/<U\+([0-9A-F]{4,6})>/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

/** The manifest's section of one file: from its `## name` heading to the next `---`. */
export function section(file: string): string {
    const name = fileName(file);
    const start = MANIFEST.indexOf(`\n## ${name}\n`);
    if (start < 0) throw new Error(`MANIFEST.md has no section for ${name}`);
    const end = MANIFEST.indexOf('\n---\n', start);
    return MANIFEST.slice(start, end < 0 ? undefined : end);
}

/** The files the manifest has a section for, in its order. */
export function manifestFiles(): string[] {
    return [...MANIFEST.matchAll(/^## (\d\d-\S+\.referat)$/gmu)].map(m => m[1]);
}

export interface LineReference {
    line: number;
    /** The text in backticks, invisible characters decoded. */
    text: string;
}

/** Every `L12` followed by text in backticks (also across a table cell: `| L80 | \`…\` |`) in `text`. */
export function lineReferences(text: string): LineReference[] {
    return [...text.matchAll(/(?<![\w`])L(\d+)(?:\s+|\s*\|\s*)`([^`]*)`/gu)].map(m => ({ line: parseInt(m[1], 10), text: decodeInvisible(m[2]) }));
}

/** The line numbers referred to in the paragraph that starts with `**label` (up to the next blank line). */
export function referencesAfter(file: string, label: string): LineReference[] {
    const text = section(file);
    const at = text.indexOf(`**${label}`);
    if (at < 0) return [];
    const end = text.indexOf('\n\n', at);
    return lineReferences(text.slice(at, end < 0 ? undefined : end));
}

/**
 * The rows of the table under the line starting with `**label` (before the next `**` label): cells by
 * the header's column names; none when the label has no table ("**Attendance:** no lists").
 */
export function table(file: string, label: string): Array<Record<string, string>> {
    const text = section(file);
    const at = text.indexOf(`**${label}`);
    if (at < 0) return [];
    const lines = text.slice(at).split('\n');
    const next = lines.findIndex((l, i) => i > 0 && l.startsWith('**'));
    const first = lines.findIndex(l => l.startsWith('|'));
    if (first < 0 || (next >= 0 && next < first)) return [];
    const rows: string[][] = [];
    for (let i = first; i < lines.length && lines[i].startsWith('|'); i++) rows.push(cells(lines[i]));
    const [header, , ...body] = rows;
    return body.map(row => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

/** The cells of a table row; a `|` inside backticks is text. */
function cells(row: string): string[] {
    const result: string[] = [];
    let current = '', code = false;
    for (const ch of row.trim().slice(1, -1)) {
        if (ch === '`') code = !code;
        if (ch === '|' && !code) { result.push(current.trim()); current = ''; continue; }
        current += ch;
    }
    result.push(current.trim());
    return result;
}

/** The line (and text) a table cell starts with: "L11 `Til stede:`" -> 11; "—" -> undefined. */
export function cellLine(cell: string): number | undefined {
    const m = /^L(\d+)/.exec(cell);
    return m ? parseInt(m[1], 10) : undefined;
}

/** The text in the first backticks of a cell, decoded. */
export function cellCode(cell: string): string | undefined {
    const m = /`([^`]*)`/.exec(cell);
    return m ? decodeInvisible(m[1]) : undefined;
}

export interface SummaryRow {
    file: string;
    language: string;
    lines: number;
    nearMisses: number;
}

/** The summary table at the end of the manifest. */
export function summary(): SummaryRow[] {
    const at = MANIFEST.indexOf('\n## Summary');
    const rows = MANIFEST.slice(at).split('\n').filter(l => /^\| \d\d \|/.test(l)).map(cells);
    return rows.map(([number, , language, lines, nearMisses]) => ({ file: fileName(number), language, lines: parseInt(lines, 10), nearMisses: parseInt(nearMisses, 10) }));
}
