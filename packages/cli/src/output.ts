/**
 * Writing published files safely: atomically (temp file + rename in the same folder), never over a
 * source file, never over a file that referat did not make (unless --tving), and never into a folder
 * that holds the minutes being published (unless --tving). Errors name the path and what to do.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { IssueCodes, parseDateAt, type CalendarDate } from '@referat/language/core';
import { describeFsError, UsageError, type LoadedWorkspace } from './workspace.js';

/** Thrown for output problems: exit code 2, message already in Norwegian. */
export class OutputError extends UsageError { }

const show = (file: string) => path.relative(process.cwd(), file) || file;

/** Writes `content` to `file` through a temp file in the same folder, so readers never see half a file. */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<void> {
    const dir = path.dirname(file);
    try { await fs.mkdir(dir, { recursive: true }); } catch (e) {
        throw new OutputError(`Kan ikke lage mappen «${show(dir)}»: ${describeFsError(e)}. Velg en annen utmappe med -o.`);
    }
    const temp = path.join(dir, `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    try {
        await fs.writeFile(temp, content, { encoding: 'utf8', flag: 'wx' });
        await fs.rename(temp, file);
    } catch (e) {
        await fs.rm(temp, { force: true }).catch(() => undefined);
        throw new OutputError(`Kan ikke skrive «${show(file)}»: ${describeFsError(e)}. Sjekk at mappen er skrivbar, eller velg en annen med -o.`);
    }
}

/**
 * Refuses to replace an existing file unless `isOurs(head)` says referat made it, or `force` is set.
 * `head` is the file's first 4 KB.
 */
export async function checkReplaceable(file: string, isOurs: (head: string) => boolean, force: boolean, what: string): Promise<void> {
    let stat;
    try { stat = await fs.stat(file); } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
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

const resolvedSources = new WeakMap<string[], Set<string>>();

/** Refuses an output path that is one of the source files or is itself a `.referat` file. */
export function checkNotSource(file: string, sources: string[]): void {
    const resolved = path.resolve(file);
    // Asked once per page: the sources are resolved once per list.
    let known = resolvedSources.get(sources);
    if (!known) resolvedSources.set(sources, known = new Set(sources.map(s => path.resolve(s))));
    if (resolved.endsWith('.referat') || known.has(resolved)) {
        throw new OutputError(`«${show(file)}» er et referat; referat skriver aldri over kildefiler. Velg et annet filnavn.`);
    }
}

/** What the diagnostics are read from: the documents (or, from threads, their URIs and diagnostics) and their names. */
export type DiagnosedWorkspace = Pick<LoadedWorkspace, 'displayPath'> & { documents: Array<Pick<LoadedWorkspace['documents'][number], 'uri' | 'diagnostics'>> };

/** Error diagnostics of the workspace, formatted as `referat check` does. */
export function errorLines(workspace: DiagnosedWorkspace): string[] {
    const lines: string[] = [];
    for (const document of workspace.documents) {
        for (const d of document.diagnostics ?? []) {
            if ((d.severity ?? DiagnosticSeverity.Error) !== DiagnosticSeverity.Error) continue;
            const code = String((d.data as { code?: string } | undefined)?.code ?? d.code ?? 'ukjent');
            const message = typeof d.message === 'string' ? d.message : (d.message as { value: string }).value;
            lines.push(`${workspace.displayPath.get(document.uri.toString())}:${d.range.start.line + 1}:${d.range.start.character + 1}: feil: ${message} [${code}]`);
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
