/**
 * Test helpers for the Referat language: one shared set of services (EmptyFileSystem), validation of
 * a text or of a small multi-file workspace, readable views of diagnostics ("which code, which
 * severity, which characters of the source"), and the meeting's JSON checked against its schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { EmptyFileSystem, type LangiumDocument, URI } from 'langium';
import { clearDocuments, validationHelper } from 'langium/test';
import { expect } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { type JsonOptions, meetingToJson } from '../../packages/language/src/generator/json.js';
import { createReferatServices } from '../../packages/language/src/referat-module.js';
import type { Meeting } from '../../packages/language/src/model/types.js';
import type { Meeting as MeetingNode } from '../../packages/language/src/generated/ast.js';

export const { shared, Referat: services } = createReferatServices(EmptyFileSystem);

const validateDocument = validationHelper<MeetingNode>(services);

export interface Checked {
    text: string;
    document: LangiumDocument<MeetingNode>;
    diagnostics: Diagnostic[];
    meeting: Meeting;
    /** The shape `expectError` / `expectWarning` / `expectNoIssues` of langium/test take. */
    result: { document: LangiumDocument<MeetingNode>; diagnostics: Diagnostic[]; dispose: () => Promise<void> };
}

let counter = 0;

/**
 * Parses, builds the model of and validates `text` as the only document of the workspace; the
 * document is removed from the workspace afterwards, so tests do not see each other's cases.
 */
export async function validate(text: string, uri = `file:///test/doc${++counter}.referat`): Promise<Checked> {
    const result = await validateDocument(text, { documentUri: uri });
    const meeting = services.referat.MeetingIndex.get(result.document);
    await result.dispose();
    return { text, document: result.document, diagnostics: result.diagnostics, meeting, result: { ...result, dispose: async () => { } } };
}

/** The model of `text` (validated too, so build problems surface as exceptions). */
export async function model(text: string): Promise<Meeting> {
    return (await validate(text)).meeting;
}

/**
 * Builds several documents as one workspace (file name -> text) and validates them together.
 * Returns the result per file name; the documents are removed afterwards (`inspect` runs before).
 */
export async function validateWorkspace(
    files: Record<string, string>,
    inspect?: (result: Record<string, Checked>) => void,
): Promise<Record<string, Checked>> {
    const documents: Array<LangiumDocument<MeetingNode>> = [];
    for (const [name, text] of Object.entries(files)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString<MeetingNode>(text, URI.parse(`file:///ws/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    try {
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
        const result: Record<string, Checked> = {};
        for (const document of documents) {
            const diagnostics = document.diagnostics ?? [];
            result[document.uri.path.split('/').pop()!] = {
                text: document.textDocument.getText(), document, diagnostics,
                meeting: services.referat.MeetingIndex.get(document),
                result: { document, diagnostics, dispose: async () => { } },
            };
        }
        inspect?.(result);
        return result;
    } finally {
        await clearDocuments(shared, documents);
    }
}

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';
const SEVERITY: Record<number, SeverityName> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** The diagnostic's code: `code` set by the validator, else `data.code` (parser and lexer errors). */
export function codeOf(d: Diagnostic): string | undefined {
    return (d.code as string | undefined) ?? (d.data as { code?: string } | undefined)?.code;
}

/** The message text (LSP 3.18 allows markup content too). */
export function messageOf(d: Diagnostic): string {
    return typeof d.message === 'string' ? d.message : d.message.value;
}

/** The characters of the source a diagnostic points at. */
export function covered(checked: Pick<Checked, 'document'>, d: Diagnostic): string {
    const t = checked.document.textDocument;
    return t.getText().slice(t.offsetAt(d.range.start), t.offsetAt(d.range.end));
}

export interface Seen {
    severity: SeverityName;
    /** The text the range covers. */
    text: string;
    /** 1-based line of the range start. */
    line: number;
}

/** Every diagnostic with `code`, as severity + covered text + line, in source order. */
export function withCode(checked: Checked, code: string): Seen[] {
    return checked.diagnostics
        .filter(d => codeOf(d) === code)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map(d => ({ severity: SEVERITY[d.severity ?? 1], text: covered(checked, d), line: d.range.start.line + 1 }));
}

/** Messages of the diagnostics with `code`. */
export function messages(checked: Checked, code: string): string[] {
    return checked.diagnostics.filter(d => codeOf(d) === code).map(messageOf);
}

/** All codes present, sorted and unique. */
export function codes(checked: Checked): string[] {
    return [...new Set(checked.diagnostics.map(d => codeOf(d) ?? '?'))].sort();
}

/** The LSP range of the `nth` occurrence (0-based) of `snippet` in `text`. */
export function rangeOf(text: string, snippet: string, nth = 0) {
    let at = -1;
    for (let i = 0; i <= nth; i++) {
        at = text.indexOf(snippet, at + 1);
        if (at < 0) throw new Error(`«${snippet}» occurs fewer than ${nth + 1} times`);
    }
    const position = (offset: number) => {
        const before = text.slice(0, offset);
        const line = before.split(/\r\n|\r|\n/).length - 1;
        const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
        return { line, character: offset - lineStart };
    };
    return { start: position(at), end: position(at + snippet.length) };
}

/** The LSP range of `part` inside the first occurrence of `context`: rangeIn(text, 'Sak 3 Valg', '3'). */
export function rangeIn(text: string, context: string, part: string) {
    const at = text.indexOf(context);
    if (at < 0 || !context.includes(part)) throw new Error(`«${context}» / «${part}» not found`);
    const offset = at + context.indexOf(part);
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    const line = before.length - 1, character = before[line].length;
    return { start: { line, character }, end: { line, character: character + part.length } };
}

/** A valid header with attendance lists, for tests that only care about the cases. */
export const HEADER = `Organ: Testrådet i Ås (TR)
Dato: 10. januar 2024

Til stede:
- Kari Nordmann, Ås kommune, leder
- Ola Hansen, Ås kommune, medlem
- Per Olsen, Ås kommune, medlem
`;

/** HEADER followed by `body` after a blank line. */
export function minutes(body: string, header = HEADER): string {
    return `${header}\n${body.replace(/^\n/, '')}`;
}

const schema = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../packages/language/src/generator/meeting.schema.json'), 'utf8'));
const matchesSchema = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

/** The meeting's JSON (`referat json`), checked against meeting.schema.json. */
export function meetingJson(m: Meeting, options?: JsonOptions): any {
    const value = meetingToJson(m, options);
    expect(matchesSchema(value), JSON.stringify(matchesSchema.errors)).toBe(true);
    return value;
}
