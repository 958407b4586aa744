/**
 * Checks of the source text itself, before any meaning: how the file was read (`not-utf8`), and
 * characters that do not belong in minutes or that mislead a reader: NUL (`nul-character`, an
 * error: the file is damaged or not a text file), bidirectional controls (`bidi-control`), and the
 * replacement character U+FFFD left by an earlier wrong decoding (`replacement-character`).
 * One diagnostic per run of the same character. Registered beside the model's checks in
 * referat-validator.ts: these read the text and the file system, not the model. Messages: messages.ts.
 */
import { AstUtils, type ValidationAcceptor, type ValidationCheck } from 'langium';
import type { Meeting as MeetingNode } from '../generated/ast.js';
import type { Span } from '../model/types.js';
import type { ReferatServices } from '../referat-module.js';
import { hasSourceDecodings, type SourceDecoding } from '../text/decode.js';
import { BIDI_CONTROL_NAMES, isBidiControl } from '../text/display.js';
import { IssueCodes } from './issue-codes.js';
import { type Messages, messagesFor } from './messages.js';
import { Reporter } from './reporter.js';

const hex = (code: number, digits: number) => code.toString(16).toUpperCase().padStart(digits, '0');

/** The check for `Meeting`: reads the document text and, for files read from disk, how they were decoded. */
export function sourceTextCheck(services: ReferatServices): ValidationCheck<MeetingNode> {
    const fileSystem = services.shared.workspace.FileSystemProvider;
    return (node: MeetingNode, accept: ValidationAcceptor) => {
        const document = AstUtils.getDocument(node);
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const t = messagesFor(services.referat.MeetingIndex.get(document).language);
        const reporter = new Reporter(node, accept);
        const span = (start: number, end: number): Span => ({ start, end, line: textDocument.positionAt(start).line });

        const decoding = hasSourceDecodings(fileSystem) ? fileSystem.sourceDecoding(textDocument.uri, text) : undefined;
        if (decoding) reportDecoding(decoding, text, t, (start, end, message) => reporter.report('warning', IssueCodes.NotUtf8, span(start, end), message));

        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c !== 0 && c !== 0xfffd && !isBidiControl(c)) continue;
            let end = i + 1;
            while (end < text.length && text.charCodeAt(end) === c) end++;
            if (c === 0) reporter.report('error', IssueCodes.NulCharacter, span(i, end), t.nulCharacters(end - i));
            else if (c === 0xfffd) reporter.report('warning', IssueCodes.ReplacementCharacter, span(i, end), t.replacementCharacter());
            else reporter.report('warning', IssueCodes.BidiControl, span(i, end), t.bidiControl(`U+${hex(c, 4)}`, BIDI_CONTROL_NAMES[text[i]], end - i));
            i = end - 1;
        }
    };
}

function reportDecoding(decoding: SourceDecoding, text: string, t: Messages, report: (start: number, end: number, message: string) => void): void {
    if (decoding.encoding === 'windows-1252' && decoding.firstFallback) {
        const { offset, byte } = decoding.firstFallback;
        report(offset, offset + 1, t.readAsWindows1252(decoding.fallbackBytes, `0x${hex(byte, 2)}`, text[offset]));
    } else if (decoding.encoding === 'utf-16le' || decoding.encoding === 'utf-16be') {
        report(0, 0, t.readAsUtf16(decoding.encoding === 'utf-16le' ? 'little-endian' : 'big-endian', decoding.bom));
    }
}
