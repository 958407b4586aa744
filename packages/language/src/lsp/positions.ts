/** LSP positions of the model's spans: ranges, locations in workspace documents, the document's line ending. */
import { type LangiumDocument, type LangiumDocuments, URI } from 'langium';
import type { Location, Range } from 'vscode-languageserver';

export function toRange(document: LangiumDocument, span: { start: number; end: number }): Range {
    const text = document.textDocument;
    return { start: text.positionAt(span.start), end: text.positionAt(span.end) };
}

/** The location of a span in a workspace document (undefined when the document is gone). */
export function location(documents: LangiumDocuments, uri: string, span: { start: number; end: number }): Location | undefined {
    const document = documents.getDocument(URI.parse(uri));
    return document ? { uri: document.uri.toString(), range: toRange(document, span) } : undefined;
}

/** The end-of-line sequence the document uses. */
export function eolOf(text: string): string {
    const m = /\r\n?|\n/.exec(text);
    return m ? m[0] : '\n';
}
