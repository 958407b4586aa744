/**
 * A thread of `referat html`'s pool (html-pool.ts runs the other side): reads, parses and models the
 * files it is given and sends back their summaries; then, with the summaries of every file, checks
 * its own files (cross-file checks see the whole workspace), renders their pages and sends, per
 * file, the diagnostics, the page as UTF-8 bytes, the file's deadlines and where its lines start.
 * Everything is done with the same functions as in one thread, so the output is the same.
 *
 * Started by html-pool.ts from the bundle: bin/run-bundle.cjs runs out/referat.cjs in the thread,
 * and cli.ts calls `runPoolWorker`.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { type ast, collectDeadlines, type CalendarDate, type DeadlineEntry, type Meeting, meetingFromSummary, type MeetingSummary, renderMeetingHtml, summarizeMeeting } from '@referat/language/core';
import { UsageError } from './errors.js';
import { layoutPages, meetingPageOptions } from './html.js';
import { createCliServices, readSource, type InputRoot } from './workspace.js';

/** How the pages are made; the same in every thread. */
export interface PoolSettings {
    roots: InputRoot[];
    withIndexes: boolean;
    publicEdition: boolean;
    today: CalendarDate;
}

/** An error thrown in a thread, as the main thread reports it. */
export interface ThreadError { message: string; stack?: string; usage?: boolean }

/** A file of the workspace: its position among all files (file order), path and name in messages. */
export interface PoolFile { index: number; file: string; display: string }

export type ToWorker =
    /** Read, parse and model these files. */
    | { kind: 'load'; files: PoolFile[] }
    /** Every file's summary, in file order: check this thread's files and render their pages. */
    | { kind: 'check'; summaries: MeetingSummary[]; settings: PoolSettings };

export type FromWorker =
    | { kind: 'loaded'; summaries: Array<{ index: number; summary: MeetingSummary }>; error?: { index: number } & ThreadError }
    | {
        kind: 'page'; index: number; diagnostics: Diagnostic[]; lineStarts: Uint32Array;
        bytes?: Uint8Array; error?: ThreadError; deadlines?: DeadlineEntry[]; deadlinesError?: ThreadError;
    }
    /** Everything is sent: the thread ends. */
    | { kind: 'finished' }
    | { kind: 'failed'; error: ThreadError };

/**
 * Lets a document's syntax tree go once its model is built: a thread holds the models of its files
 * until it renders them, and the trees take more memory than the models. What validation reads
 * stays: the root node (the model is cached for it, and the checks run on it alone: they read the
 * model and report at its spans), the text and the lexer's and parser's errors.
 */
function dropSyntaxTree(document: LangiumDocument): void {
    const root = document.parseResult.value as Mutable<ast.Meeting>;
    root.lines = [];
    root.cases = [];
    root.$cstNode = undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export const threadError = (e: unknown): ThreadError => ({
    message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack, usage: e instanceof UsageError,
});

/** Where each line of `text` starts (for `line:col` of the drafts' status lines in the main thread). */
function lineStarts(text: string): Uint32Array {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return Uint32Array.from(starts);
}

/**
 * Serves the main thread's requests on `port`. `inThread`: the slice of the main thread itself
 * (html-pool.ts), which lets the main thread's other work (handing out files, writing pages) run
 * between its files, and which reads the meetings the main thread made of the summaries (`meetings`)
 * instead of making them again.
 */
export function runPoolWorker(
    port: MessagePort = parentPort!,
    { inThread = false, meetings: given }: { inThread?: boolean; meetings?: () => Meeting[] } = {},
): void {
    const pause = () => new Promise(resolve => setImmediate(resolve));
    const services = createCliServices();
    const { Referat } = services;
    const index = Referat.referat.MeetingIndex;
    const own = new Map<number, { document: LangiumDocument; meeting: Meeting }>();
    const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

    async function load(files: PoolFile[]): Promise<void> {
        const summaries: Array<{ index: number; summary: MeetingSummary }> = [];
        for (const { index: at, file, display } of files) {
            if (inThread) await pause();
            let document: LangiumDocument;
            try { document = await readSource(services, { kind: 'file', file, display }); } catch (e) {
                send({ kind: 'loaded', summaries, error: { index: at, ...threadError(e) } });
                return;
            }
            const meeting = index.get(document);
            dropSyntaxTree(document);
            own.set(at, { document, meeting });
            summaries.push({ index: at, summary: summarizeMeeting(meeting) });
        }
        send({ kind: 'loaded', summaries });
    }

    async function check(summaries: MeetingSummary[], settings: PoolSettings): Promise<void> {
        // What every file shows the others, this thread's own files too: the workspace in file order.
        // A file's own checks and page read its full model (the index keeps it for its document).
        const meetings = given?.() ?? summaries.map(meetingFromSummary);
        index.useMeetings(meetings);
        const layout = layoutPages(meetings, settings.roots, settings.withIndexes);
        const encoder = new TextEncoder();
        for (const at of [...own.keys()].sort((a, b) => a - b)) {
            if (inThread) await pause();
            const { document, meeting: m } = own.get(at)!;
            own.delete(at); // done with once its page is made: the memory goes
            // As the document builder validates (tests/cli/threads.test.ts compares the two).
            const diagnostics = await Referat.validation.DocumentValidator.validateDocument(document);
            const starts = lineStarts(document.textDocument.getText());
            const message: FromWorker & { kind: 'page' } = { kind: 'page', index: at, diagnostics, lineStarts: starts };
            const transfer = [starts.buffer as ArrayBuffer];
            // The page at once, before the main thread has seen every file's errors: it writes none
            // when there are errors, and it is kept busy checking the targets meanwhile.
            try {
                message.bytes = encoder.encode(renderMeetingHtml(m, meetingPageOptions(m, layout, index, settings.publicEdition)));
                transfer.push(message.bytes.buffer as ArrayBuffer);
            } catch (e) {
                message.error = threadError(e);
            }
            if (settings.withIndexes) {
                // Per meeting; the main thread sorts them all as collectDeadlines does (mergeDeadlines).
                try { message.deadlines = collectDeadlines([m], settings.today, { publicEdition: settings.publicEdition }); } catch (e) {
                    message.deadlinesError = threadError(e);
                }
            }
            send(message, transfer);
        }
        send({ kind: 'finished' });
        // Nothing more will come: the thread ends once its messages are out (and saves its code cache).
        port.unref();
    }

    port.on('message', (message: ToWorker) => {
        const work = message.kind === 'load' ? load(message.files) : check(message.summaries, message.settings);
        work.catch(e => send({ kind: 'failed', error: threadError(e) }));
    });
}
