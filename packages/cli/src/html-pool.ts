/**
 * `referat html` on many files with every core: a pool of worker threads (pool-worker.ts) reads,
 * parses and models the files, in chunks handed out as threads ask for them, and sends back a
 * summary of each meeting (`meetingSummary`); given every summary, each thread checks its own files
 * across the whole workspace (duplicate case numbers, references between meetings), sends their
 * diagnostics, and renders their pages. This thread keeps the summaries, lays out the pages, reports
 * the errors, checks the targets and writes every page in file order, as html.ts does in one thread
 * (its index pages from the summaries, the deadlines page from the threads' deadlines), so the output
 * is byte for byte the same (tests/cli/threads.test.ts).
 *
 * Small workspaces run in one thread: a thread costs about as much to start (a V8 isolate, the
 * bundle, Langium's parser) as a few dozen meetings take to publish. REFERAT_THREADS=<n> sets the
 * number of threads (1: none).
 */
import os from 'node:os';
import path from 'node:path';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { type DeadlineEntry, type Meeting, meetingFromSummary, type MeetingSummary, mergeDeadlines } from '@referat/language/core';
import type { DiagnosedWorkspace } from './output.js';
import { type FromWorker, type PoolSettings, runPoolWorker, type ThreadError, type ToWorker } from './pool-worker.js';
import { collectFiles, shownPath, UsageError } from './workspace.js';

/** Below this many files per thread, one thread is faster. */
export const FILES_PER_THREAD = 40;
/** More threads than this cost more memory than they save time. */
const MAX_THREADS = 4;
/** Files a thread is given at a time (the threads that finish first take more). */
const CHUNK = 16;

/** Pages and deadlines as the threads send them. */
export interface HtmlPool {
    /** The page of the `index`th meeting, as UTF-8. */
    page(index: number): Promise<Uint8Array>;
    /** The deadlines of every meeting, sorted as `collectDeadlines` sorts them. */
    deadlines(): Promise<DeadlineEntry[]>;
    /** Ends the threads (at once, when pages are left unwritten). */
    close(): Promise<void>;
}

/** A workspace loaded by threads: the meetings' summaries in file order and every file's diagnostics. */
export interface ThreadedWorkspace extends DiagnosedWorkspace {
    meetings: Meeting[];
    pool: HtmlPool;
    referat?: undefined;
}

/** How many threads publish `files` files: REFERAT_THREADS, else by the cores and the number of files. */
export function threadCount(files: number): number {
    const setting = process.env.REFERAT_THREADS?.trim();
    if (setting) {
        if (!/^\d+$/.test(setting) || Number(setting) < 1) throw new UsageError(`REFERAT_THREADS=«${setting}» er ikke et antall tråder. Bruk et helt tall fra 1 (1: ingen tråder), eller fjern variabelen.`);
        return Math.min(Number(setting), files);
    }
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    return Math.max(1, Math.min(cores, MAX_THREADS, Math.floor(files / FILES_PER_THREAD)));
}

/**
 * Loads the workspace with a pool of threads, which start rendering the pages at once; undefined
 * when one thread is better (few files, one core), and the caller loads it itself.
 */
export async function loadInThreads(inputs: string[], settings: Omit<PoolSettings, 'withIndexes'> & { withIndexes: (meetings: number) => boolean }): Promise<ThreadedWorkspace | undefined> {
    const files = await collectFiles(inputs);
    const threads = threadCount(files.length);
    if (threads < 2) return undefined;
    const pool = new Pool(files, threads, { ...settings, withIndexes: settings.withIndexes(files.length) });
    try {
        return await pool.load();
    } catch (e) {
        await pool.close();
        throw e;
    }
}

/** How a thread is started: the bundle again (with its code cache), or tsc's output of pool-worker.ts. */
function workerEntry(): { file: string; workerData: object } {
    // In the bundle (out/referat.cjs, CommonJS) `__filename` is the bundle; tsc's output is an ES module.
    if (typeof __filename === 'string' && __filename.endsWith('.cjs')) {
        return { file: path.join(path.dirname(__filename), '../bin/run-bundle.cjs'), workerData: { referatPool: 'bundle', referatBundle: __filename } };
    }
    const here = fileURLToPath(import.meta.url);
    // Under the tests the sources run as TypeScript: the thread runs the compiled module.
    const file = here.endsWith('.ts') ? path.join(path.dirname(here), '../out/pool-worker.js') : path.join(path.dirname(here), 'pool-worker.js');
    return { file, workerData: { referatPool: 'module' } };
}

function fromThread(error: ThreadError): Error {
    if (error.usage) return new UsageError(error.message);
    const e = new Error(error.message);
    if (error.stack) e.stack = error.stack;
    return e;
}

/** One of the pool's slices: a worker thread, or the slice this thread works on (through a message channel). */
interface Slice {
    port: Worker | MessagePort;
    /** Chunks handed out and not yet loaded. */
    loading: number;
    /** Chunks it may have at once: a thread gets its next chunk while it reads one (this thread may be busy with its own). */
    depth: number;
    finished: boolean;
    /** Resolves when the thread has ended (this thread's slice: at once). */
    exit: Promise<unknown>;
}

class Pool implements HtmlPool {
    private readonly slices: Slice[] = [];
    private readonly summaries: MeetingSummary[] = [];
    private readonly meetings: Meeting[] = [];
    private readonly diagnostics: Diagnostic[][] = [];
    private readonly pages = new Map<number, Uint8Array | Error>();
    private readonly waiting = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (e: Error) => void }>();
    private readonly deadlineLists: Array<DeadlineEntry[] | Error> = [];
    private deadlinesWanted?: { resolve: (entries: DeadlineEntry[]) => void; reject: (e: Error) => void };
    /** A thread failed: every later request fails with it. */
    private broken?: Error;
    private onProgress = () => { /* set by load() */ };
    private next = 0;
    private unreadable?: { index: number; error: Error };
    private checked = 0;
    private closed = false;
    private readonly channel = new MessageChannel();

    /** `threads` slices: this thread's and `threads - 1` worker threads. */
    constructor(private readonly files: string[], threads: number, private readonly settings: PoolSettings) {
        const entry = workerEntry();
        for (let t = 1; t < threads; t++) {
            const worker = new Worker(entry.file, { workerData: entry.workerData });
            const slice: Slice = { port: worker, loading: 0, depth: 2, finished: false, exit: Promise.resolve() };
            worker.on('message', (message: FromWorker) => this.receive(slice, message));
            worker.on('error', e => this.fail(e));
            slice.exit = new Promise(resolve => worker.once('exit', code => {
                if (!this.closed && !slice.finished) this.fail(new Error(`En tråd i referat stoppet før den var ferdig (kode ${code}).`));
                resolve(code);
            }));
            this.slices.push(slice);
        }
        // This thread's own slice, last: the worker threads, started first, get the first chunks.
        const own: Slice = { port: this.channel.port1, loading: 0, depth: 1, finished: false, exit: Promise.resolve() };
        this.channel.port1.on('message', (message: FromWorker) => this.receive(own, message));
        runPoolWorker(this.channel.port2, { inThread: true });
        this.slices.push(own);
    }

    /** Reads and models every file, then has every slice check its files; resolves once all are checked. */
    async load(): Promise<ThreadedWorkspace> {
        await new Promise<void>((resolve, reject) => {
            this.onProgress = () => {
                if (this.broken) reject(this.broken);
                // Every chunk handed out is done: all files are modelled, or one could not be read.
                else if (this.slices.every(s => s.loading === 0) && (this.next >= this.files.length || this.unreadable)) {
                    if (this.unreadable) reject(this.unreadable.error); else resolve();
                }
            };
            for (const slice of this.slices) this.handOut(slice);
        });
        await new Promise<void>((resolve, reject) => {
            this.onProgress = () => {
                if (this.broken) reject(this.broken);
                else if (this.checked === this.files.length) resolve();
            };
            const message: ToWorker = { kind: 'check', summaries: this.summaries, settings: this.settings };
            for (const slice of this.slices) slice.port.postMessage(message);
        });
        const documents = this.files.map((file, i) => ({ uri: URI.file(file), diagnostics: this.diagnostics[i] }));
        return {
            meetings: this.meetings, documents, pool: this,
            displayPath: new Map(documents.map((d, i) => [d.uri.toString(), shownPath(this.files[i])])),
        };
    }

    /** Chunks of files for `slice` up to its depth, while files are left (and none failed). */
    private handOut(slice: Slice): void {
        while (slice.loading < slice.depth && this.next < this.files.length && !this.unreadable) {
            const files = this.files.slice(this.next, this.next + CHUNK).map((file, i) => ({ index: this.next + i, file }));
            this.next += files.length;
            slice.loading++;
            slice.port.postMessage({ kind: 'load', files } satisfies ToWorker);
        }
    }

    private receive(slice: Slice, message: FromWorker): void {
        switch (message.kind) {
            case 'loaded':
                for (const { index, summary } of message.summaries) {
                    this.summaries[index] = summary;
                    this.meetings[index] = meetingFromSummary(summary);
                }
                // The first file that cannot be read, in file order, is the one reported (as in one thread).
                if (message.error && (!this.unreadable || message.error.index < this.unreadable.index)) this.unreadable = { index: message.error.index, error: fromThread(message.error) };
                slice.loading--;
                this.handOut(slice);
                break;
            case 'checked':
                this.diagnostics[message.index] = message.diagnostics;
                this.checked++;
                break;
            case 'page': {
                const page = message.bytes ?? fromThread(message.error!);
                const waiter = this.waiting.get(message.index);
                if (waiter) {
                    this.waiting.delete(message.index);
                    if (page instanceof Error) waiter.reject(page); else waiter.resolve(page);
                } else this.pages.set(message.index, page);
                break;
            }
            case 'deadlines':
                this.deadlineLists.push(message.entries ?? fromThread(message.error!));
                this.settleDeadlines();
                break;
            case 'finished':
                slice.finished = true;
                break;
            case 'failed':
                this.fail(fromThread(message.error));
                break;
        }
        this.onProgress();
    }

    private fail(e: Error): void {
        if (this.broken || this.closed) return;
        this.broken = e;
        for (const waiter of this.waiting.values()) waiter.reject(e);
        this.waiting.clear();
        this.deadlinesWanted?.reject(e);
        this.onProgress();
    }

    page(index: number): Promise<Uint8Array> {
        const page = this.pages.get(index);
        if (page !== undefined) {
            this.pages.delete(index); // written once; the memory goes
            return page instanceof Error ? Promise.reject(page) : Promise.resolve(page);
        }
        if (this.broken) return Promise.reject(this.broken);
        return new Promise((resolve, reject) => this.waiting.set(index, { resolve, reject }));
    }

    deadlines(): Promise<DeadlineEntry[]> {
        return new Promise((resolve, reject) => {
            this.deadlinesWanted = { resolve, reject };
            if (this.broken) reject(this.broken); else this.settleDeadlines();
        });
    }

    private settleDeadlines(): void {
        if (!this.deadlinesWanted || this.deadlineLists.length < this.slices.length) return;
        const error = this.deadlineLists.find((l): l is Error => l instanceof Error);
        if (error) this.deadlinesWanted.reject(error);
        else this.deadlinesWanted.resolve(mergeDeadlines(this.deadlineLists as DeadlineEntry[][]));
    }

    async close(): Promise<void> {
        if (this.closed) return;
        this.closed = true;
        this.channel.port1.close();
        // A thread that has sent everything ends by itself (and saves its code cache); one still at work is stopped.
        await Promise.all(this.slices.map(s => (s.finished || !(s.port instanceof Worker) ? s.exit : s.port.terminate())));
    }
}
