/**
 * Writing published files safely. Before the first file is written, every target is checked
 * (`prepareTargets`): its name fits the file system, it is no source file, it is not next to the
 * minutes being published (unless --tving), it does not replace a file referat did not make (unless
 * --tving), and its folder exists or can be made and takes a file. Then each file is written
 * atomically: a temporary file in the same folder, renamed over the target, so readers never see
 * half a file. Temporary files are named `.referat-tmp-<pid>-<random>`; those a killed run left
 * behind are removed by the next run that writes to the folder. Errors name the path and what to do.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { displayText, IssueCodes, parseDateAt, type CalendarDate } from '@referat/language/core';
import { describeFsError, show, UsageError, type LoadedWorkspace } from './workspace.js';

/** Thrown for output problems: exit code 2, message already in Norwegian. */
export class OutputError extends UsageError { }

/** Longest file name (one path component) most file systems take, in bytes. */
export const MAX_NAME_BYTES = 255;
/** Longest path Linux takes, in bytes. */
export const MAX_PATH_BYTES = 4095;

const TEMP_PREFIX = '.referat-tmp-';
/** Ours: `.referat-tmp-<pid>-<hex>`, and `.<name>.<pid>-<hex>.tmp` from earlier versions. */
const TEMP_NAME = /^(?:\.referat-tmp-(\d+)-[0-9a-f]{8}|\..+\.(\d+)-[0-9a-f]{8}\.tmp)$/;

/**
 * Files written in two steps, so that a run writes all of them or none: `add` writes each to a
 * temporary file next to its target, `commit` renames them all over their targets, `abort` (on any
 * failure before the commit) removes the temporary files.
 */
export class StagedWrites {
    private readonly staged: Array<{ temp: string; file: string }> = [];

    /** `hint` says what to do when writing fails ("Velg en annen utmappe med -o."). */
    constructor(private readonly hint: string) { }

    /** Text is written as UTF-8, bytes as they are. */
    async add(file: string, content: string | Uint8Array): Promise<void> {
        const dir = path.dirname(file);
        await ensureFolder(dir, this.hint);
        const temp = path.join(dir, `${TEMP_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`);
        try {
            await fs.writeFile(temp, content, typeof content === 'string' ? { encoding: 'utf8', flag: 'wx' } : { flag: 'wx' });
        } catch (e) {
            await fs.rm(temp, { force: true }).catch(() => undefined);
            throw new OutputError(`Kan ikke skrive «${show(file)}»: ${describeFsError(e)}. Sjekk at mappen er skrivbar. ${this.hint}`);
        }
        this.staged.push({ temp, file });
    }

    async commit(): Promise<void> {
        const total = this.staged.length;
        while (this.staged.length > 0) {
            const { temp, file } = this.staged[0];
            try {
                await fs.rename(temp, file);
            } catch (e) {
                const done = total - this.staged.length;
                await this.abort();
                throw new OutputError(`Kan ikke skrive «${show(file)}»: ${describeFsError(e)}. ${done > 0 ? `${done} av ${total} filer ble skrevet før feilen. ` : ''}${this.hint}`);
            }
            this.staged.shift();
        }
    }

    async abort(): Promise<void> {
        for (const { temp } of this.staged) await fs.rm(temp, { force: true }).catch(() => undefined);
        this.staged.length = 0;
    }
}

/** Writes one file atomically (a temp file renamed over it). */
export async function writeAtomic(file: string, content: string | Uint8Array, hint: string): Promise<void> {
    const writes = new StagedWrites(hint);
    try {
        await writes.add(file, content);
        await writes.commit();
    } finally {
        await writes.abort();
    }
}

/**
 * Makes `dir` and its missing parents one level at a time (Node's recursive mkdir loops forever in
 * /proc). Returns the folders it made, outermost first.
 */
export async function ensureFolder(dir: string, hint: string): Promise<string[]> {
    const missing: string[] = [];
    let existing = path.resolve(dir);
    for (;;) {
        const stat = await fs.stat(existing).catch((e: NodeJS.ErrnoException) => e);
        if (!(stat instanceof Error)) {
            if (!stat.isDirectory()) throw new OutputError(`Kan ikke lage mappen «${show(dir)}»: «${show(existing)}» er en fil, ikke en mappe. ${hint}`);
            break;
        }
        if (stat.code !== 'ENOENT') throw new OutputError(`Kan ikke bruke mappen «${show(existing)}»: ${describeFsError(stat)}. ${hint}`);
        const parent = path.dirname(existing);
        if (parent === existing) break;
        missing.unshift(existing);
        existing = parent;
    }
    const made: string[] = [];
    for (const folder of missing) {
        try {
            await fs.mkdir(folder);
            made.push(folder);
        } catch (e) {
            if ((e as NodeJS.ErrnoException).code === 'EEXIST' && (await fs.stat(folder).then(s => s.isDirectory(), () => false))) continue;
            await removeFolders(made);
            // ENOENT right after checking the parent: a file system that takes no new folders (such as /proc).
            const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'filsystemet der tar ikke imot nye mapper' : describeFsError(e);
            throw new OutputError(`Kan ikke lage mappen «${show(folder)}»: ${why}. ${hint}`);
        }
    }
    return made;
}

/** Removes folders made by `ensureFolder` (innermost first), when they are still empty. */
async function removeFolders(made: string[]): Promise<void> {
    for (const folder of [...made].reverse()) await fs.rmdir(folder).catch(() => undefined);
}

/** Removes temporary files of runs that were killed (their process is gone) from `dir`. */
export async function removeStaleTemps(dir: string): Promise<void> {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
        const m = TEMP_NAME.exec(name);
        if (!m) continue;
        const pid = Number(m[1] ?? m[2]);
        if (pid === process.pid || isAlive(pid)) continue;
        await fs.rm(path.join(dir, name), { force: true }).catch(() => undefined);
    }
}

function isAlive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (e) {
        return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
}

/** The real path of `file`, following links in the part of the path that exists. */
export async function realPath(file: string): Promise<string> {
    const absolute = path.resolve(file);
    const rest: string[] = [];
    let existing = absolute;
    for (;;) {
        try {
            return path.join(await fs.realpath(existing), ...rest);
        } catch {
            const parent = path.dirname(existing);
            if (parent === existing) return absolute;
            rest.unshift(path.basename(existing));
            existing = parent;
        }
    }
}

export interface Target {
    file: string;
    isOurs: (head: string) => boolean;
    /** What the file is, for messages: "siden", "kalenderfilen". */
    what: string;
}

export interface TargetRules {
    /** The files being read (their real paths are compared). */
    sources: string[];
    /** Refuse folders that hold sources (`referat html`). */
    notNextToSources: boolean;
    force: boolean;
    /** What to do when a target is refused: "Velg en annen utmappe med -o." */
    hint: string;
}

/**
 * Checks every target before anything is written, and makes their folders (removed again when a
 * check fails). Throws an OutputError for the first target that cannot be written.
 */
export async function prepareTargets(targets: Target[], rules: TargetRules): Promise<void> {
    const realSources = new Set(await Promise.all(rules.sources.map(realPath)));
    const sourceDirs = new Set([...realSources].map(s => path.dirname(s)));
    const made: string[] = [];
    try {
        const folders = new Set<string>();
        for (const target of targets) {
            checkName(target.file, rules.hint);
            const real = await realPath(target.file);
            if (/\.referat$/i.test(real) || realSources.has(real)) {
                throw new OutputError(`«${show(target.file)}» er et referat; referat skriver aldri over kildefiler. Velg et annet filnavn.`);
            }
            const dir = path.dirname(real);
            if (rules.notNextToSources && !rules.force && sourceDirs.has(dir)) {
                throw new OutputError(`Sidene ville havnet i «${show(path.dirname(target.file))}», ved siden av referatene. Velg en egen utmappe, for eksempel «-o publisert/», eller bruk --tving.`);
            }
            await checkReplaceable(target.file, target.isOurs, rules.force, target.what);
            folders.add(path.dirname(target.file));
        }
        for (const folder of folders) {
            for (const created of await ensureFolder(folder, rules.hint)) made.push(created);
            await probeWritable(folder, rules.hint);
            await removeStaleTemps(folder);
        }
    } catch (e) {
        await removeFolders(made);
        throw e;
    }
}

/** File names and paths the file system cannot take are refused before anything is written. */
export function checkName(file: string, hint: string): void {
    const long = path.resolve(file).split(path.sep).find(part => Buffer.byteLength(part) > MAX_NAME_BYTES);
    if (long) throw new OutputError(`Filnavnet «${long.slice(0, 60)}…» er for langt (over ${MAX_NAME_BYTES} byte). ${hint}`);
    if (Buffer.byteLength(path.resolve(file)) > MAX_PATH_BYTES) throw new OutputError(`Stien «${show(file).slice(0, 60)}…» er for lang (over ${MAX_PATH_BYTES} byte). ${hint}`);
}

/** A folder can take a file: writes and removes an empty temporary file (root passes access checks anyway). */
async function probeWritable(folder: string, hint: string): Promise<void> {
    const probe = path.join(folder, `${TEMP_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
        await fs.writeFile(probe, '', { flag: 'wx' });
    } catch (e) {
        throw new OutputError(`Kan ikke skrive i mappen «${show(folder)}»: ${describeFsError(e)}. ${hint}`);
    }
    await fs.rm(probe, { force: true });
}

/**
 * Refuses to replace an existing file unless `isOurs(head)` says referat made it, or `force` is set.
 * `head` is the file's first 4 KB.
 */
export async function checkReplaceable(file: string, isOurs: (head: string) => boolean, force: boolean, what: string): Promise<void> {
    let stat;
    try { stat = await fs.stat(file); } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return; // ENOTDIR: ensureFolder names the file in the way
        throw new OutputError(`Kan ikke undersøke «${show(file)}»: ${describeFsError(e)}.`);
    }
    if (stat.isDirectory()) throw new OutputError(`«${show(file)}» er en mappe. Velg et annet filnavn for ${what}.`);
    if (force) return;
    let head = '';
    try {
        const handle = await fs.open(file, 'r');
        try { const { bytesRead, buffer } = await handle.read(Buffer.alloc(4096), 0, 4096, 0); head = buffer.toString('utf8', 0, bytesRead); } finally { await handle.close(); }
    } catch (e) {
        throw new OutputError(`Kan ikke lese «${show(file)}»: ${describeFsError(e)}.`);
    }
    if (!isOurs(head)) {
        throw new OutputError(`«${show(file)}» finnes og er ikke laget av referat; den blir ikke overskrevet. Velg et annet sted, flytt filen, eller bruk --tving.`);
    }
}

export const isReferatHtml = (head: string) => /<meta name="generator" content="referat">/.test(head);
export const isCalendar = (head: string) => head.replace(/^\uFEFF/, '').startsWith('BEGIN:VCALENDAR');

/**
 * What diagnostics and drafts are read from: the documents (or, when threads built the models
 * (html-pool.ts), each file's URI, diagnostics and line positions) and their names.
 */
export type DiagnosedWorkspace = Pick<LoadedWorkspace, 'displayPath' | 'meetings'> & {
    documents: Array<Pick<LoadedWorkspace['documents'][number], 'uri' | 'diagnostics'> & { textDocument: Pick<LoadedWorkspace['documents'][number]['textDocument'], 'positionAt'> }>;
};

/** Error diagnostics of the workspace, formatted as `referat check` does. */
export function errorLines(workspace: DiagnosedWorkspace): string[] {
    const lines: string[] = [];
    for (const document of workspace.documents) {
        for (const d of document.diagnostics ?? []) {
            if ((d.severity ?? DiagnosticSeverity.Error) !== DiagnosticSeverity.Error) continue;
            const code = String((d.data as { code?: string } | undefined)?.code ?? d.code ?? 'ukjent');
            const message = typeof d.message === 'string' ? d.message : (d.message as { value: string }).value;
            lines.push(displayText(`${workspace.displayPath.get(document.uri.toString())}:${d.range.start.line + 1}:${d.range.start.character + 1}: feil: ${message} [${code}]`));
        }
    }
    return lines;
}

/**
 * Why the public edition may not be made, as `path:line:col: feil: …` lines: a line that nearly is
 * `Unntatt offentlighet:` stands. No option overrides this (fail closed).
 */
export function publicationRefusals(workspace: DiagnosedWorkspace): string[] {
    return errorLines(workspace).filter(line => line.endsWith(`[${IssueCodes.NearMissExemption}]`));
}

/** Prints the refusals and the reason the run stops; returns true when the public edition must not be made. */
export function refusePublicEdition(workspace: DiagnosedWorkspace, say: (line: string) => void): boolean {
    const refusals = publicationRefusals(workspace);
    if (refusals.length === 0) return false;
    for (const line of refusals) say(line);
    say(`Lager ikke den offentlige utgaven: ${refusals.length === 1 ? 'én linje ser' : `${refusals.length} linjer ser`} ut som «Unntatt offentlighet:», men leses som vanlig tekst, så Referat vet ikke om saken skal unntas. Rett linjen (se hurtigrettingen i editoren). --tving overstyrer ikke dette.`);
    return true;
}

/** A date given on the command line (`--today`, `--innen`): Norwegian or ISO, the whole value. */
export function parseDateOption(value: string, option: string): CalendarDate {
    const text = value.trim();
    const match = parseDateAt(text, new Date().getFullYear());
    if (!match?.date || match.end !== text.length) {
        throw new UsageError(`«${value}» i ${option} er ikke en dato. Skriv for eksempel «${option} 1.9.2024», «${option} 2024-09-01» eller «${option} "1. september 2024"».`);
    }
    return match.date;
}

/** Prints "Skrev N av M sider …" to stderr while writing many files (about ten updates). */
export function progress(total: number, noun = 'sider'): (done: number) => void {
    if (total < 10) return () => undefined;
    const step = Math.max(1, Math.floor(total / 10));
    return done => {
        if (done % step === 0 || done === total) process.stderr.write(`Skrev ${done} av ${total} ${noun} …\n`);
    };
}

/**
 * `JSON.stringify(value, null, 2)` in pieces of whole lines (about 8,000 characters or one lazily
 * made value each, to be printed one per line), without recursion and without building the whole text: `referat json` of a long meeting
 * prints as it goes instead of holding the document twice.
 */
/**
 * Characters per piece: small enough that V8 keeps each piece among the short-lived objects (larger
 * strings go to the large-object space, which only a full collection frees).
 */
const PIECE = 8192;

/**
 * `JSON.stringify(value, null, 2)` in pieces of whole lines (about 8,000 characters each, to be
 * printed one per line), without recursion and without building the whole text: `referat json` of
 * a long meeting prints as it goes. A value with `toJSON` (the cases of `meetingToJsonLazily`) is
 * made when it is reached. Written to allocate little: keys and indentation are made once.
 */
export function* jsonPieces(value: unknown, indent = '  '): Generator<string> {
    let parts: string[] = [];
    let length = 0;
    const indents: string[] = [];
    const pad = (depth: number) => (indents[depth] ??= indent.repeat(depth));
    const keys = new Map<string, string>();
    const keyText = (key: string) => {
        let text = keys.get(key);
        if (text === undefined) { text = `${JSON.stringify(key)}: `; if (keys.size < 10_000) keys.set(key, text); }
        return text;
    };
    type Frame = { value: object; keys?: string[]; index: number; count: number; depth: number };
    const stack: Frame[] = [];
    /** Writes a scalar, or opens a container (pushing its frame). */
    const write = (raw: unknown, depth: number, inArray: boolean) => {
        let v = raw;
        if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON: () => unknown }).toJSON();
        if (v === undefined || typeof v === 'function' || typeof v === 'symbol') v = inArray ? null : undefined;
        if (v !== null && typeof v === 'object') {
            if (Array.isArray(v)) {
                if (v.length === 0) { parts.push('[]'); length += 2; return; }
                parts.push('['); length++;
                stack.push({ value: v, index: 0, count: v.length, depth });
            } else {
                const own = Object.keys(v).filter(k => { const x = (v as Record<string, unknown>)[k]; return x !== undefined && typeof x !== 'function' && typeof x !== 'symbol'; });
                if (own.length === 0) { parts.push('{}'); length += 2; return; }
                parts.push('{'); length++;
                stack.push({ value: v, keys: own, index: 0, count: own.length, depth });
            }
            return;
        }
        const text = JSON.stringify(v) ?? 'null';
        parts.push(text); length += text.length;
    };
    write(value, 0, true);
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        if (frame.index > 0 && frame.index < frame.count) { parts.push(','); length++; }
        // A new line starts here: hand out the piece so far once it is long enough.
        if (length >= PIECE) { yield parts.join(''); parts = []; length = 0; } else { parts.push('\n'); length++; }
        if (frame.index === frame.count) {
            stack.pop();
            const close = frame.keys ? '}' : ']';
            parts.push(pad(frame.depth), close); length += frame.depth * indent.length + 1;
            continue;
        }
        const i = frame.index++;
        const p = pad(frame.depth + 1);
        parts.push(p); length += p.length;
        let child: unknown;
        if (frame.keys) {
            const key = keyText(frame.keys[i]);
            parts.push(key); length += key.length;
            child = (frame.value as Record<string, unknown>)[frame.keys[i]];
        } else child = (frame.value as unknown[])[i];
        write(child, frame.depth + 1, !frame.keys);
    }
    if (length > 0) yield parts.join('');
}
