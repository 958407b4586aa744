/**
 * `referat html <files or folders> -o <folder>`: one self-contained page per meeting; for a folder
 * (or several meetings) also a front page, an index per body and a deadlines page.
 *
 * Output rules: -o is required; pages are never written into a folder that holds minutes being
 * published (real paths compared, so a link to that folder counts), never over a source file, and
 * never over a file referat did not make (--tving overrides the last and the first). Every target is
 * checked before the first page is written, and the pages are written all or none (output.ts).
 * File names stay within what file systems take (long names are cut and keep a short hash, so they
 * stay readable and unique). Minutes with errors are not published (exit 1, the errors are listed)
 * unless --tving.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { URI } from 'langium';
import {
    caseAnchor, type CaseInMeeting, collectDeadlines, fromJsDate, type HtmlOptions, type MeetingIndex, renderBodyIndexHtml, renderDeadlinesHtml,
    renderMeetingHtml, renderSiteIndexHtml, resolveMeetingReference, shortHash,
    type CalendarDate, type Case, type CaseReference, type DeadlineEntry, type Meeting, type MeetingReference,
} from '@referat/language/core';
import { checkName, errorLines, isReferatHtml, OutputError, parseDateOption, prepareTargets, progress, realPath, refusePublicEdition, StagedWrites } from './output.js';
import { refuseDrafts } from './drafts.js';
import { collectSources, describeFsError, loadWorkspace, show, UsageError, type InputRoot, type LoadedWorkspace } from './workspace.js';
import { loadInThreads, type ThreadedWorkspace } from './html-pool.js';

/** The workspace the pages are made from: loaded in this thread, or by threads (html-pool.ts). */
type HtmlWorkspace = (LoadedWorkspace & { pool?: undefined }) | ThreadedWorkspace;

const HINT = 'Velg en annen utmappe med -o.';

export interface HtmlCommandOptions {
    out?: string;
    publicEdition: boolean;
    /** --utkast: drafts may be published in the public edition (their pages are marked «Utkast»). */
    drafts: boolean;
    today?: string;
    force: boolean;
}

interface Page {
    /** Path relative to the output folder, with forward slashes. */
    rel: string;
    /** The page (UTF-8 bytes when a thread rendered it). */
    content: () => string | Uint8Array | Promise<string | Uint8Array>;
}

export async function publishHtml(
    inputs: string[], options: HtmlCommandOptions, out: (line: string) => void, err: (line: string) => void = () => undefined,
): Promise<number> {
    if (!options.out) throw new UsageError('Oppgi en utmappe med -o, for eksempel «referat html referater/ -o publisert/». Sidene skrives aldri ved siden av referatene.');
    const today = options.today ? parseDateOption(options.today, '--today') : fromJsDate(new Date());
    const outDir = path.resolve(options.out);
    await checkOutputFolder(outDir);
    const found = await collectSources(inputs);
    const withIndexes = (meetings: number) => inputs.length > 1 || found.roots.some(r => r.isFolder) || meetings > 1;
    // Many files: threads build the models and render the pages (html-pool.ts); else this thread does.
    const workspace: HtmlWorkspace = await loadInThreads(found, {
        roots: found.roots, withIndexes: withIndexes(found.sources.length), publicEdition: options.publicEdition, today,
    }) ?? await loadWorkspace(inputs, { found });
    try {
        for (const note of workspace.notes) err(note);
        const roots = workspace.roots;
        if (options.publicEdition && refusePublicEdition(workspace, out)) return 1;
        if (options.publicEdition && !options.drafts && refuseDrafts(workspace, out)) return 1;
        const errors = errorLines(workspace);
        if (errors.length && !options.force) {
            for (const line of errors) out(line);
            out(`Publiserer ikke: ${errors.length} feil i referatene. Rett feilene (se «referat check»), eller bruk --tving for å publisere likevel.`);
            return 1;
        }
        const pages = planPages(workspace, roots, today, options.publicEdition, withIndexes(workspace.meetings.length));
        const target = (page: Page) => path.join(outDir, ...page.rel.split('/'));
        await prepareTargets(pages.map(page => ({ file: target(page), isOurs: isReferatHtml, what: 'siden' })),
            { sources: workspace.files, notNextToSources: true, force: options.force, hint: HINT });

        const report = progress(pages.length);
        const writes = new StagedWrites(HINT);
        try {
            for (const [i, page] of pages.entries()) {
                await writes.add(target(page), await page.content());
                report(i + 1);
            }
            await writes.commit();
        } finally {
            await writes.abort();
        }
        const edition = options.publicEdition ? ' (offentlig utgave)' : '';
        out(`Skrev ${pages.length} ${pages.length === 1 ? 'side' : 'sider'}${edition} til ${path.relative(process.cwd(), outDir) || '.'}${path.sep}`);
        if (errors.length) out(`Advarsel: publisert med ${errors.length} feil i referatene (--tving). Kjør «referat check» for detaljer.`);
        return 0;
    } finally {
        await workspace.pool?.close();
    }
}

async function checkOutputFolder(outDir: string): Promise<void> {
    checkName(outDir, HINT);
    try {
        const stat = await fs.stat(outDir);
        if (!stat.isDirectory()) throw new OutputError(`Utmappen «${show(outDir)}» er en fil, ikke en mappe. Oppgi en mappe med -o.`);
    } catch (e) {
        if (e instanceof OutputError) throw e;
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new OutputError(`Kan ikke bruke utmappen «${show(outDir)}»: ${describeFsError(e)}.`);
    }
    // A link to a folder of minutes is that folder: prepareTargets compares real paths.
    await realPath(outDir);
}

/** The output path of a source, relative to the output folder (forward slashes): `2024/mai.referat` → `2024/mai.html`. */
export function mirroredPath(file: string, roots: InputRoot[], extension: string): string {
    const root = roots.filter(r => file.startsWith(r.dir + path.sep)).sort((a, b) => b.dir.length - a.dir.length)[0];
    return (root ? path.relative(root.dir, file) : path.basename(file)).split(path.sep).join('/').replace(/\.referat$/i, '') + extension;
}

/** Where the pages go: each meeting's page (by URI) and each body's index page (by body key). */
export interface PageLayout {
    withIndexes: boolean;
    pageOf: Map<string, string>;
    bodies: Map<string, { name: string; shortName?: string; meetings: Meeting[]; rel?: string }>;
}

/** Lays out the pages of `meetings` (in file order); the threads of html-pool.ts lay them out alike. */
export function layoutPages(meetings: Meeting[], roots: InputRoot[], withIndexes: boolean): PageLayout {
    const used = new Set<string>();
    const claim = (wanted: string) => {
        const rel = wanted.split('/').map(boundName).join('/');
        const ext = path.posix.extname(rel);
        let name = rel;
        for (let n = 2; used.has(name.toLowerCase()); n++) name = `${rel.slice(0, -ext.length)}-${n}${ext}`;
        used.add(name.toLowerCase());
        return name;
    };
    const bodies: PageLayout['bodies'] = new Map();
    for (const m of meetings) {
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
    for (const m of meetings) {
        pageOf.set(m.uri, claim(mirroredPath(URIToPath(m.uri), roots, '.html')));
    }
    return { withIndexes, pageOf, bodies };
}

/** How a meeting's page is rendered: links to the cases and meetings it refers to, and to the index pages. */
export function meetingPageOptions(m: Meeting, layout: PageLayout, index: MeetingIndex, publicEdition: boolean): HtmlOptions {
    const { pageOf, bodies, withIndexes } = layout;
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
    return { publicEdition, resolve, hrefOf, resolveMeeting, meetingHrefOf, links };
}

/**
 * The pages to write. The meeting pages and the deadlines come from the pool when threads built the
 * models (the workspace then holds the meetings' summaries), else from the workspace's models.
 */
function planPages(workspace: HtmlWorkspace, roots: InputRoot[], today: CalendarDate, publicEdition: boolean, withIndexes: boolean): Page[] {
    const layout = layoutPages(workspace.meetings, roots, withIndexes);
    const { pageOf, bodies } = layout;
    const { pool } = workspace;
    const index = workspace.pool ? undefined : workspace.referat.referat.MeetingIndex;
    const pages: Page[] = workspace.meetings.map((m, i) => ({
        rel: pageOf.get(m.uri)!,
        content: pool ? () => pool.page(i) : () => renderMeetingHtml(m, meetingPageOptions(m, layout, index!, publicEdition)),
    }));
    if (!withIndexes) return pages;

    const bodyPages = [...bodies.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
    pages.push({ rel: 'index.html', content: () => renderSiteIndexHtml(bodyPages.map(b => ({ name: b.name, href: b.rel!, meetings: b.meetings.map(m => ({ meeting: m, href: pageOf.get(m.uri)! })) })), { deadlinesHref: 'frister.html' }) });
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
    const deadlinesPage = (entries: DeadlineEntry[]) => renderDeadlinesHtml(entries, { today, hrefFor, indexHref: 'index.html', publicEdition });
    pages.push({ rel: 'frister.html', content: pool ? async () => deadlinesPage(await pool.deadlines()) : () => deadlinesPage(collectDeadlines(workspace.meetings, today, { publicEdition })) });
    return pages;
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

/** "Styret i Bygdøy kulturhus" → "styret-i-bygdoy-kulturhus"; at most 60 characters (a longer one keeps a hash of the whole). */
function slug(text: string): string {
    const full = text.normalize('NFC').toLowerCase()
        .replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a')
        .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'organ';
    if (full.length <= 60) return full;
    const cut = full.slice(0, 51);
    const word = cut.lastIndexOf('-');
    return `${word > 30 ? cut.slice(0, word) : cut}-${shortHash(text)}`;
}

/** Longest page file name, in bytes (file systems take 255; room is left for "-2" and temporary names). */
const MAX_PAGE_NAME_BYTES = 200;

/**
 * A file or folder name within MAX_PAGE_NAME_BYTES: a longer one keeps its beginning (cut at a
 * character), a hash of the whole name (so two long names stay apart) and its extension.
 */
function boundName(name: string): string {
    if (Buffer.byteLength(name) <= MAX_PAGE_NAME_BYTES) return name;
    const ext = /\.[a-z]{1,5}$/i.exec(name)?.[0] ?? '';
    const tail = `-${shortHash(name)}${ext}`;
    let stem = '';
    for (const ch of name.slice(0, name.length - ext.length)) {
        if (Buffer.byteLength(stem + ch) + tail.length > MAX_PAGE_NAME_BYTES) break;
        stem += ch;
    }
    return stem.replace(/[\s.-]+$/, '') + tail;
}

function URIToPath(uri: string): string {
    return URI.parse(uri).fsPath;
}
