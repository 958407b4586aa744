/**
 * `referat html` on many files with every core: a pool of worker threads (pool-worker.ts) reads,
 * parses and models the files, in chunks handed out as threads ask for them, and sends back a
 * summary of each meeting (`summarizeMeeting`); given every summary, each thread checks its own
 * files across the whole workspace (duplicate case numbers, references between meetings), and
 * sends their diagnostics and pages. This thread works on a slice of its own meanwhile, keeps the
 * summaries, lays out the pages, reports the errors, checks the targets and writes every page in
 * file order, as html.ts does in one thread (its index pages from the summaries, the deadlines page
 * from the threads' deadlines), so the output is byte for byte the same (tests/cli/threads.test.ts).
 *
 * Small workspaces run in one thread: a thread costs about as much to start (a V8 isolate, the
 * bundle, Langium's parser) as a few dozen meetings take to publish. REFERAT_THREADS=<n> sets the
 * number of threads (1: none).
 */
import os from 'node:os';
import path from 'node:path';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { type DeadlineEntry, type Meeting, meetingFromSummary, type MeetingSummary, mergeDeadlines } from '@referat/language/core';
import type { DiagnosedWorkspace } from './output.js';
import { type FromWorker, type PoolFile, type PoolSettings, runPoolWorker, type ThreadError, type ToWorker } from './pool-worker.js';
import { type collectSources, type InputRoot, UsageError } from './workspace.js';

/** Below this many files per thread, one thread is faster (a thread takes about 0.3 s of CPU time to start and warm up). */
export const FILES_PER_THREAD = 100;
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
    /** Ends the threads (at once, when some are still at work). */
    close(): Promise<void>;
}

/** A workspace loaded by threads: the meetings' summaries in file order and every file's diagnostics. */
export interface ThreadedWorkspace extends DiagnosedWorkspace {
    meetings: Meeting[];
    files: string[];
    roots: InputRoot[];
    notes: string[];
    pool: HtmlPool;
    referat?: undefined;
}

/**
 * How many threads publish `files` files: REFERAT_THREADS, else by the cores that are free and the
 * number of files. The threads together use about 1.4 times the CPU time of one (each parses with
 * its own Langium and warms up its own JIT, and the garbage collector works for each): they pay only
 * with a core that nothing else uses, so a core busy with other processes (the load average) counts
 * as taken.
 */
export function threadCount(files: number, cores = availableCores(), load = os.loadavg()[0]): number {
    const setting = process.env.REFERAT_THREADS?.trim();
    if (setting) {
        if (!/^\d+$/.test(setting) || Number(setting) < 1) throw new UsageError(`REFERAT_THREADS=«${setting}» er ikke et antall tråder. Bruk et helt tall fra 1 (1: ingen tråder), eller fjern variabelen.`);
        return Math.min(Number(setting), MAX_THREADS, files);
    }
    const free = Math.floor(cores - load + 0.5);
    return Math.max(1, Math.min(free, MAX_THREADS, Math.floor(files / FILES_PER_THREAD)));
}

function availableCores(): number {
    return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** How a thread is started: the bundle again (out/referat.cjs, with a code cache of its own). */
export interface WorkerEntry { file: string; workerData: unknown }

function bundleEntry(): WorkerEntry | undefined {
    // In the bundle (CommonJS) `__filename` is the bundle; tsc's output (an ES module) has none and runs in one thread.
    if (typeof __filename !== 'string' || !__filename.endsWith('.cjs')) return undefined;
    return { file: path.join(path.dirname(__filename), '../bin/run-bundle.cjs'), workerData: { referatPool: 'bundle', referatBundle: __filename } };
}

/**
 * Loads the workspace with a pool of threads, which render the pages meanwhile; undefined when one
 * thread is better (few files, one core, standard input, no bundle), and the caller loads it itself.
 * `entry` starts the threads (the tests give one that fails).
 */
export async function loadInThreads(
    found: Awaited<ReturnType<typeof collectSources>>, settings: PoolSettings, entry = bundleEntry(),
): Promise<ThreadedWorkspace | undefined> {
    if (!entry || found.sources.some(s => s.kind !== 'file')) return undefined;
    const threads = threadCount(found.sources.length);
    if (threads < 2) return undefined;
    const files = found.sources.map((s, index) => ({ index, file: (s as { file: string }).file, display: s.display }));
    const pool = new Pool(files, threads, settings, entry);
    try {
        const loaded = await pool.load();
        return { ...loaded, files: files.map(f => f.file), roots: found.roots, notes: found.notes };
    } catch (e) {
        await pool.close();
        throw e;
    }
}

function fromThread(error: ThreadError): Error {
    if (error.usage) return new UsageError(error.message);
    const e = new Error(error.message);
    if (error.stack) e.stack = error.stack;
    return e;
}

/** What a thread that failed means to the user: an internal error, and how to publish meanwhile. */
function threadFailed(what: string): Error {
    return new Error(`En tråd som lager sidene feilet: ${what}. Ingen sider ble skrevet. Prøv igjen med REFERAT_THREADS=1 (alt i én tråd).`);
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

/** A file as the threads report it: its diagnostics, where its lines start, its page and deadlines. */
interface Checked {
    diagnostics: Diagnostic[];
    lineStarts: Uint32Array;
    page: Uint8Array | Error;
    deadlines: DeadlineEntry[] | Error;
}

class Pool implements HtmlPool {
    private readonly slices: Slice[] = [];
    private readonly summaries: MeetingSummary[] = [];
    private readonly meetings: Meeting[] = [];
    private readonly checked: Array<Checked | undefined> = [];
    private checkedCount = 0;
    /** A thread failed: the run stops with it. */
    private broken?: Error;
    private onProgress = () => { /* set by load() */ };
    private next = 0;
    private unreadable?: { index: number; error: Error };
    private closed = false;
    private readonly channel = new MessageChannel();

    /** `threads` slices: this thread's and `threads - 1` worker threads. */
    constructor(private readonly files: PoolFile[], threads: number, private readonly settings: PoolSettings, entry: WorkerEntry) {
        for (let t = 1; t < threads; t++) {
            const worker = new Worker(entry.file, { workerData: entry.workerData });
            const slice: Slice = { port: worker, loading: 0, depth: 2, finished: false, exit: Promise.resolve() };
            worker.on('message', (message: FromWorker) => this.receive(slice, message));
            worker.on('error', e => this.fail(threadFailed(e?.message ?? String(e))));
            slice.exit = new Promise(resolve => worker.once('exit', code => {
                if (!this.closed && !slice.finished) this.fail(threadFailed(`den stoppet før den var ferdig (kode ${code})`));
                resolve(code);
            }));
            this.slices.push(slice);
        }
        // This thread's own slice, last: the worker threads, started first, get the first chunks.
        const own: Slice = { port: this.channel.port1, loading: 0, depth: 1, finished: false, exit: Promise.resolve() };
        this.channel.port1.on('message', (message: FromWorker) => this.receive(own, message));
        runPoolWorker(this.channel.port2, { inThread: true, meetings: () => this.meetings });
        this.slices.push(own);
    }

    /** Reads and models every file, then has every slice check its files and render their pages; resolves once all are in. */
    async load(): Promise<Omit<ThreadedWorkspace, 'files' | 'roots' | 'notes'>> {
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
                else if (this.checkedCount === this.files.length) resolve();
            };
            for (const slice of this.slices) {
                // This thread's slice has the meetings already (the summaries are sent to the other threads only).
                const message: ToWorker = { kind: 'check', summaries: slice.port instanceof Worker ? this.summaries : [], settings: this.settings };
                slice.port.postMessage(message);
            }
            this.summaries.length = 0; // sent: the memory goes
        });
        const documents = this.files.map((f, i) => {
            const { diagnostics, lineStarts } = this.checked[i]!;
            return { uri: URI.file(f.file), diagnostics, textDocument: { positionAt: (offset: number) => positionAt(lineStarts, offset) } };
        });
        return {
            meetings: this.meetings, documents, pool: this,
            displayPath: new Map(documents.map((d, i) => [d.uri.toString(), this.files[i].display])),
        };
    }

    /** Chunks of files for `slice` up to its depth, while files are left (and none failed). */
    private handOut(slice: Slice): void {
        while (slice.loading < slice.depth && this.next < this.files.length && !this.unreadable) {
            const files = this.files.slice(this.next, this.next + CHUNK);
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
                if (message.error && (!this.unreadable || message.error.index < this.unreadable.index)) {
                    this.unreadable = { index: message.error.index, error: fromThread(message.error) };
                }
                slice.loading--;
                this.handOut(slice);
                break;
            case 'page':
                this.checked[message.index] = {
                    diagnostics: message.diagnostics, lineStarts: message.lineStarts,
                    page: message.bytes ?? fromThread(message.error!),
                    deadlines: message.deadlines ?? (message.deadlinesError ? fromThread(message.deadlinesError) : []),
                };
                this.checkedCount++;
                break;
            case 'finished':
                slice.finished = true;
                break;
            case 'failed':
                this.fail(threadFailed(message.error.message));
                break;
        }
        this.onProgress();
    }

    private fail(e: Error): void {
        if (this.broken || this.closed) return;
        this.broken = e;
        this.onProgress();
    }

    async page(index: number): Promise<Uint8Array> {
        const checked = this.checked[index]!;
        const { page } = checked;
        if (page instanceof Error) throw page;
        checked.page = new Error('written'); // written once: the memory goes
        return page;
    }

    async deadlines(): Promise<DeadlineEntry[]> {
        // Per meeting in file order, sorted as collectDeadlines sorts them.
        const lists = this.checked.map(c => c!.deadlines);
        const error = lists.find((l): l is Error => l instanceof Error);
        if (error) throw error;
        return mergeDeadlines(lists as DeadlineEntry[][]);
    }

    async close(): Promise<void> {
        if (this.closed) return;
        this.closed = true;
        this.channel.port1.close();
        // A thread that has sent everything ends by itself (and saves its code cache); one still at work is stopped.
        await Promise.all(this.slices.map(s => (s.finished || !(s.port instanceof Worker) ? s.exit : s.port.terminate())));
    }
}

/** The line and column of `offset`, from where the lines start (as TextDocument.positionAt). */
function positionAt(lineStarts: Uint32Array, offset: number): { line: number; character: number } {
    let low = 0, high = lineStarts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (lineStarts[mid] <= offset) low = mid; else high = mid - 1;
    }
    return { line: low, character: offset - lineStarts[low] };
}
