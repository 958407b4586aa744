/**
 * `referat html <files or folders> -o <folder>`: one self-contained page per meeting; for a folder
 * (or several meetings) also a front page, an index per body and a deadlines page.
 *
 * Output rules: -o is required; pages are never written into a folder that holds minutes being
 * published, never over a source file, and never over a file referat did not make (--tving
 * overrides the last and the first); each file is written atomically. Minutes with errors are not
 * published (exit 1, the errors are listed) unless --tving.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { URI } from 'langium';
import {
    caseAnchor, type CaseInMeeting, collectDeadlines, fromJsDate, renderBodyIndexHtml, renderDeadlinesHtml,
    renderMeetingHtml, renderSiteIndexHtml, resolveMeetingReference, type CalendarDate, type Case, type CaseReference, type DeadlineEntry, type Meeting, type MeetingReference,
} from '@referat/language/core';
import { checkNotSource, checkReplaceable, errorLines, isReferatHtml, OutputError, parseDateOption, progress, refusePublicEdition, writeAtomic } from './output.js';
import { describeFsError, loadWorkspace, UsageError, type LoadedWorkspace } from './workspace.js';

export interface HtmlCommandOptions {
    out?: string;
    publicEdition: boolean;
    today?: string;
    force: boolean;
}

interface Page {
    /** Path relative to the output folder, with forward slashes. */
    rel: string;
    content: () => string;
}

export async function publishHtml(inputs: string[], options: HtmlCommandOptions, out: (line: string) => void): Promise<number> {
    if (!options.out) throw new UsageError('Oppgi en utmappe med -o, for eksempel «referat html referater/ -o publisert/». Sidene skrives aldri ved siden av referatene.');
    const today = options.today ? parseDateOption(options.today, '--today') : fromJsDate(new Date());
    const outDir = path.resolve(options.out);
    await checkOutputFolder(outDir);
    const roots = await inputRoots(inputs);
    const workspace = await loadWorkspace(inputs);
    if (options.publicEdition && refusePublicEdition(workspace, out)) return 1;
    const errors = errorLines(workspace);
    if (errors.length && !options.force) {
        for (const line of errors) out(line);
        out(`Publiserer ikke: ${errors.length} feil i referatene. Rett feilene (se «referat check»), eller bruk --tving for å publisere likevel.`);
        return 1;
    }
    const pages = planPages(workspace, roots, today, options.publicEdition, inputs.length > 1 || roots.some(r => r.isFolder) || workspace.meetings.length > 1);
    await checkTargets(pages, outDir, workspace, options.force);

    const report = progress(pages.length);
    for (const [i, page] of pages.entries()) {
        await writeAtomic(path.join(outDir, ...page.rel.split('/')), page.content());
        report(i + 1);
    }
    const edition = options.publicEdition ? ' (offentlig utgave)' : '';
    out(`Skrev ${pages.length} ${pages.length === 1 ? 'side' : 'sider'}${edition} til ${path.relative(process.cwd(), outDir) || '.'}${path.sep}`);
    if (errors.length) out(`Advarsel: publisert med ${errors.length} feil i referatene (--tving). Kjør «referat check» for detaljer.`);
    return 0;
}

async function checkOutputFolder(outDir: string): Promise<void> {
    try {
        const stat = await fs.stat(outDir);
        if (!stat.isDirectory()) throw new OutputError(`Utmappen «${show(outDir)}» er en fil, ikke en mappe. Oppgi en mappe med -o.`);
    } catch (e) {
        if (e instanceof OutputError) throw e;
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new OutputError(`Kan ikke bruke utmappen «${show(outDir)}»: ${describeFsError(e)}.`);
    }
}

interface InputRoot { dir: string; isFolder: boolean }

/** The folder each input's pages are laid out from: a folder input itself, a file input's folder. */
async function inputRoots(inputs: string[]): Promise<InputRoot[]> {
    const roots: InputRoot[] = [];
    for (const input of inputs) {
        const isFolder = await fs.stat(input).then(s => s.isDirectory(), () => false);
        roots.push({ dir: path.resolve(isFolder ? input : path.dirname(input)), isFolder });
    }
    return roots;
}

function planPages(workspace: LoadedWorkspace, roots: InputRoot[], today: CalendarDate, publicEdition: boolean, withIndexes: boolean): Page[] {
    const used = new Set<string>();
    const claim = (rel: string) => {
        const ext = path.posix.extname(rel);
        let name = rel;
        for (let n = 2; used.has(name.toLowerCase()); n++) name = `${rel.slice(0, -ext.length)}-${n}${ext}`;
        used.add(name.toLowerCase());
        return name;
    };
    const bodies = new Map<string, { name: string; shortName?: string; meetings: Meeting[]; rel?: string }>();
    for (const m of workspace.meetings) {
        const key = m.body?.key ?? '';
        const body = bodies.get(key) ?? { name: m.body ? (m.body.shortName ? `${m.body.name} (${m.body.shortName})` : m.body.name) : 'Uten organ', shortName: m.body?.shortName, meetings: [] };
        body.meetings.push(m);
        bodies.set(key, body);
    }
    if (withIndexes) {
        claim('index.html');
        claim('frister.html');
        for (const [key, body] of bodies) body.rel = claim(`organ-${slug(key || 'uten-organ')}.html`);
    }
    const pageOf = new Map<string, string>();
    for (const m of workspace.meetings) {
        const file = URIToPath(m.uri);
        const root = roots.filter(r => file.startsWith(r.dir + path.sep)).sort((a, b) => b.dir.length - a.dir.length)[0];
        const rel = (root ? path.relative(root.dir, file) : path.basename(file)).split(path.sep).join('/').replace(/\.referat$/i, '') + '.html';
        pageOf.set(m.uri, claim(rel));
    }
    const index = workspace.referat.referat.MeetingIndex;
    const pages: Page[] = workspace.meetings.map(m => {
        const rel = pageOf.get(m.uri)!;
        const resolve = (ref: CaseReference) => index.resolve(m, ref).target;
        const hrefOf = (target: CaseInMeeting) => {
            const targetPage = pageOf.get(target.meeting.uri);
            return targetPage ? `${relativeHref(rel, targetPage)}#${caseAnchor(target.case)}` : undefined;
        };
        const resolveMeeting = (ref: MeetingReference) => resolveMeetingReference(index, m, ref);
        const meetingHrefOf = (target: Meeting) => { const page = pageOf.get(target.uri); return page ? relativeHref(rel, page) : undefined; };
        const body = bodies.get(m.body?.key ?? '')!;
        const links = withIndexes ? [
            { href: relativeHref(rel, body.rel!), text: `Alle møter i ${body.shortName ?? body.name}` },
            { href: relativeHref(rel, 'frister.html'), text: 'Frister' },
        ] : undefined;
        return { rel, content: () => renderMeetingHtml(m, { publicEdition, today, resolve, hrefOf, resolveMeeting, meetingHrefOf, links }) };
    });
    if (!withIndexes) return pages;

    const bodyPages = [...bodies.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
    pages.push({ rel: 'index.html', content: () => renderSiteIndexHtml(bodyPages.map(b => ({ name: b.name, href: b.rel!, meetings: b.meetings.length })), { deadlinesHref: 'frister.html' }) });
    for (const body of bodyPages) {
        pages.push({
            rel: body.rel!,
            content: () => renderBodyIndexHtml(body.name, body.meetings.map(m => ({ meeting: m, href: relativeHref(body.rel!, pageOf.get(m.uri)!) })), { indexHref: 'index.html', deadlinesHref: 'frister.html', shortName: body.shortName }),
        });
    }
    const byUri = new Map(workspace.meetings.map(m => [m.uri, m]));
    const hrefFor = (e: DeadlineEntry) => {
        const m = byUri.get(e.meetingUri);
        const c = m && findCase(m.cases, e.caseNumber);
        return c ? `${relativeHref('frister.html', pageOf.get(e.meetingUri)!)}#${caseAnchor(c)}` : undefined;
    };
    pages.push({ rel: 'frister.html', content: () => renderDeadlinesHtml(collectDeadlines(workspace.meetings, today, { publicEdition }), { today, hrefFor, indexHref: 'index.html', publicEdition }) });
    return pages;
}

/** Refuses targets next to the minutes, over sources, or over files referat did not make. */
async function checkTargets(pages: Page[], outDir: string, workspace: LoadedWorkspace, force: boolean): Promise<void> {
    const sources = workspace.meetings.map(m => URIToPath(m.uri));
    const sourceDirs = new Set(sources.map(s => path.dirname(s)));
    for (const page of pages) {
        const target = path.join(outDir, ...page.rel.split('/'));
        checkNotSource(target, sources);
        if (!force && sourceDirs.has(path.dirname(target))) {
            throw new OutputError(`Sidene ville havnet i «${show(path.dirname(target))}», ved siden av referatene. Velg en egen utmappe, for eksempel «-o publisert/», eller bruk --tving.`);
        }
        await checkReplaceable(target, isReferatHtml, force, 'siden');
    }
}

function findCase(cases: Case[], number: string): Case | undefined {
    for (const c of cases) {
        if (c.number.text === number) return c;
        const sub = findCase(c.subCases, number);
        if (sub) return sub;
    }
    return undefined;
}

/** A relative link from one page to another (both relative to the output folder). */
function relativeHref(from: string, to: string): string {
    const rel = path.posix.relative(path.posix.dirname(from), to);
    return rel.split('/').map(encodeURIComponent).join('/');
}

/** "Styret i Bygdøy kulturhus" → "styret-i-bygdoy-kulturhus". */
function slug(text: string): string {
    return text.normalize('NFC').toLowerCase()
        .replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a')
        .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'organ';
}

function URIToPath(uri: string): string {
    return URI.parse(uri).fsPath;
}

const show = (file: string) => path.relative(process.cwd(), file) || file;
