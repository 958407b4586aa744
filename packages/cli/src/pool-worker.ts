/**
 * A thread of `referat html`'s pool (html-pool.ts runs the other side): reads, parses and models the
 * files it is given, sends back their summaries; then, with the summaries of every file, checks its
 * own files (cross-file checks see the whole workspace), sends the diagnostics, renders its files'
 * pages and sends them as UTF-8 bytes, and collects its meetings' deadlines for the deadlines page.
 * Everything is done with the same functions as in one thread, so the output is the same.
 *
 * Started by html-pool.ts: from the bundle (bin/run-bundle.cjs runs out/referat.cjs in the thread,
 * and cli.ts calls `runPoolWorker`), or as this module when the CLI runs from tsc's output.
 */
import { isMainThread, parentPort, type MessagePort, workerData } from 'node:worker_threads';
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { type ast, collectDeadlines, type CalendarDate, type DeadlineEntry, type Meeting, meetingFromSummary, type MeetingSummary, renderMeetingHtml, summarizeMeeting } from '@referat/language/core';
import { UsageError } from './errors.js';
import { type InputRoot, layoutPages, meetingPageOptions } from './html.js';
import { createCliServices, readDocument } from './workspace.js';

/** How the pages are made; the same in every thread. */
export interface PoolSettings {
    roots: InputRoot[];
    withIndexes: boolean;
    publicEdition: boolean;
    today: CalendarDate;
}

/** An error thrown in a thread, as the main thread reports it. */
export interface ThreadError { message: string; stack?: string; usage?: boolean }

export type ToWorker =
    /** Read, parse and model these files (`index`: position among all files, in file order). */
    | { kind: 'load'; files: Array<{ index: number; file: string }> }
    /** Every file's summary, in file order: check this thread's files and render their pages. */
    | { kind: 'check'; summaries: MeetingSummary[]; settings: PoolSettings };

export type FromWorker =
    | { kind: 'loaded'; summaries: Array<{ index: number; summary: MeetingSummary }>; error?: { index: number } & ThreadError }
    | { kind: 'checked'; index: number; diagnostics: Diagnostic[] }
    | { kind: 'page'; index: number; bytes?: Uint8Array; error?: ThreadError }
    | { kind: 'deadlines'; entries?: DeadlineEntry[]; error?: ThreadError }
    /** Everything is sent: the thread ends. */
    | { kind: 'finished' }
    | { kind: 'failed'; error: ThreadError };

/**
 * Lets a document's syntax tree go once its model is built: a thread holds the models of its files
 * until it renders them, and the trees take more memory than the models. What validation reads
 * stays: the root node (the model is cached for it, and the checks run on it alone: they read the
 * model and report at its spans; tests/language/build-phases.test.ts keeps it so), the text and the
 * lexer's and parser's errors.
 */
function dropSyntaxTree(document: LangiumDocument): void {
    const root = document.parseResult.value as Mutable<ast.Meeting>;
    root.lines = [];
    root.cases = [];
    root.$cstNode = undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const threadError = (e: unknown): ThreadError => ({ message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack, usage: e instanceof UsageError });

/**
 * Serves the main thread's requests on `port`. `inThread`: the slice of the main thread itself
 * (html-pool.ts), which lets the main thread's other work (handing out files, writing pages) run
 * between its files.
 */
export function runPoolWorker(port: MessagePort = parentPort!, { inThread = false } = {}): void {
    const pause = () => new Promise(resolve => setImmediate(resolve));
    const { shared, Referat } = createCliServices();
    const index = Referat.referat.MeetingIndex;
    const own = new Map<number, { document: LangiumDocument; meeting: Meeting }>();
    const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

    async function load(files: Array<{ index: number; file: string }>): Promise<void> {
        const summaries: Array<{ index: number; summary: MeetingSummary }> = [];
        for (const { index: at, file } of files) {
            let document: LangiumDocument;
            try { document = await readDocument(shared, file); } catch (e) {
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
        const meetings = summaries.map(meetingFromSummary);
        index.useMeetings(meetings);
        const layout = layoutPages(meetings, settings.roots, settings.withIndexes);
        const encoder = new TextEncoder();
        const deadlines: DeadlineEntry[] = [];
        let deadlinesFailed: ThreadError | undefined;
        for (const at of [...own.keys()].sort((a, b) => a - b)) {
            if (inThread) await pause();
            const { document, meeting: m } = own.get(at)!;
            own.delete(at); // done with once its page is made: the memory goes
            // As the document builder validates (tests/cli/threads.test.ts compares the two).
            send({ kind: 'checked', index: at, diagnostics: await Referat.validation.DocumentValidator.validateDocument(document) });
            // The page at once, before the main thread has seen every file's errors: it writes none
            // when there are errors, and it is kept busy checking the targets meanwhile.
            try {
                const bytes = encoder.encode(renderMeetingHtml(m, meetingPageOptions(m, layout, index, settings.publicEdition, settings.today)));
                send({ kind: 'page', index: at, bytes }, [bytes.buffer as ArrayBuffer]);
            } catch (e) {
                send({ kind: 'page', index: at, error: threadError(e) });
            }
            if (settings.withIndexes && !deadlinesFailed) {
                // Collected per meeting; mergeDeadlines sorts them as collectDeadlines sorts all.
                try {
                    for (const entry of collectDeadlines([m], settings.today, { publicEdition: settings.publicEdition })) deadlines.push(entry);
                } catch (e) {
                    deadlinesFailed = threadError(e);
                }
            }
        }
        if (settings.withIndexes) send(deadlinesFailed ? { kind: 'deadlines', error: deadlinesFailed } : { kind: 'deadlines', entries: deadlines });
        send({ kind: 'finished' });
        // Nothing more will come: the thread ends once its messages are out (and saves its code cache).
        port.unref();
    }

    port.on('message', (message: ToWorker) => {
        const work = message.kind === 'load' ? load(message.files) : check(message.summaries, message.settings);
        work.catch(e => send({ kind: 'failed', error: threadError(e) }));
    });
}

// Started as a module (tsc's output); the bundle starts it from cli.ts.
if (!isMainThread && (workerData as { referatPool?: string } | undefined)?.referatPool === 'module') runPoolWorker();
