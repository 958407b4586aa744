/**
 * `referat pdf <files or folders> -o <folder or file.pdf>`: each meeting's page printed to PDF by
 * Chromium (see chromium.ts), as the page's print stylesheet lays it out: A4, margins, the title and
 * «Side N av M» in the footer, drafts marked «Utkast» on every page. The same rules as `referat html`:
 * -o is required; PDFs mirror the input's folders and are never written next to the minutes, over a
 * source or over a file referat did not make (unless --tving); every target is checked before the
 * first PDF is printed, and the PDFs are written all or none;
 * minutes with errors are not published (unless --tving); the public edition refuses while a line
 * nearly is `Unntatt offentlighet:` and, without --utkast, while a meeting is a draft.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { URI } from 'langium';
import { type CaseReference, type Meeting, renderMeetingHtml } from '@referat/language/core';
import { findChromium, isReferatPdf, PdfPrinter } from './chromium.js';
import { refuseDrafts } from './drafts.js';
import { mirroredPath } from './html.js';
import { errorLines, OutputError, prepareTargets, refusePublicEdition, StagedWrites } from './output.js';
import { describeFsError, loadWorkspace, show, UsageError, type LoadedWorkspace } from './workspace.js';

const HINT = 'Velg et annet sted med -o.';

export interface PdfCommandOptions {
    out?: string;
    publicEdition: boolean;
    /** --utkast: drafts may be published in the public edition. */
    drafts: boolean;
    force: boolean;
}

export async function publishPdf(inputs: string[], options: PdfCommandOptions, out: (line: string) => void, err: (line: string) => void): Promise<number> {
    if (!options.out) throw new UsageError('Oppgi hvor PDF-ene skal skrives med -o: en mappe («referat pdf referater/ -o pdf/») eller, for ett referat, en fil («referat pdf møte.referat -o møte.pdf»).');
    // Before any work: without Chromium nothing can be printed.
    const chromium = findChromium();
    const workspace = await loadWorkspace(inputs);
    for (const note of workspace.notes) err(note);
    if (options.publicEdition && refusePublicEdition(workspace, out)) return 1;
    if (options.publicEdition && !options.drafts && refuseDrafts(workspace, out)) return 1;
    const errors = errorLines(workspace);
    if (errors.length && !options.force) {
        for (const line of errors) out(line);
        out(`Lager ikke PDF: ${errors.length} feil i referatene. Rett feilene (se «referat check»), eller bruk --tving for å lage PDF likevel.`);
        return 1;
    }
    const targets = await planTargets(workspace, path.resolve(options.out));
    // A file named with -o is where the author wants it, next to the minutes or not.
    await prepareTargets(targets.map(({ file }) => ({ file, isOurs: isReferatPdf, what: 'PDF-en' })),
        { sources: workspace.files, notNextToSources: !/\.pdf$/i.test(options.out), force: options.force, hint: HINT });

    const index = workspace.referat.referat.MeetingIndex;
    err(targets.length === 1 ? 'Lager PDF med Chromium …' : `Lager ${targets.length} PDF-er med Chromium …`);
    const printer = await PdfPrinter.launch(chromium);
    const writes = new StagedWrites(HINT);
    try {
        for (const [i, { meeting, file }] of targets.entries()) {
            const html = renderMeetingHtml(meeting, { publicEdition: options.publicEdition, resolve: (ref: CaseReference) => index.resolve(meeting, ref).target });
            const pdf = await printer.print(html).catch((e: Error) => {
                throw new OutputError(`Kunne ikke lage PDF av «${workspace.displayPath.get(meeting.uri)}»: ${e.message}`);
            });
            await writes.add(file, pdf);
            if (targets.length > 1) err(`Laget ${i + 1} av ${targets.length} PDF-er …`);
        }
        await writes.commit();
    } finally {
        await writes.abort();
        await printer.close();
    }
    const edition = options.publicEdition ? ' (offentlig utgave)' : '';
    const where = targets.length === 1 ? show(targets[0].file) : `${show(path.resolve(options.out))}${path.sep}`;
    out(`Skrev ${targets.length} ${targets.length === 1 ? 'PDF' : 'PDF-er'}${edition} til ${where}`);
    if (errors.length) out(`Advarsel: laget med ${errors.length} feil i referatene (--tving). Kjør «referat check» for detaljer.`);
    return 0;
}

interface Target { meeting: Meeting; file: string }

/** `-o x.pdf` for one meeting writes that file; otherwise `-o` is a folder and the PDFs mirror the input's folders. */
async function planTargets(workspace: LoadedWorkspace, out: string): Promise<Target[]> {
    if (/\.pdf$/i.test(out)) {
        if (workspace.meetings.length !== 1) {
            throw new UsageError(`«${show(out)}» er én fil, men det er ${workspace.meetings.length} referater. Oppgi en mappe med -o, for eksempel «-o pdf/».`);
        }
        return [{ meeting: workspace.meetings[0], file: out }];
    }
    try {
        const stat = await fs.stat(out);
        if (!stat.isDirectory()) throw new OutputError(`Utmappen «${show(out)}» er en fil, ikke en mappe. Oppgi en mappe med -o, eller et filnavn som slutter på .pdf.`);
    } catch (e) {
        if (e instanceof OutputError) throw e;
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new OutputError(`Kan ikke bruke utmappen «${show(out)}»: ${describeFsError(e)}.`);
    }
    const roots = workspace.roots;
    const used = new Set<string>();
    return workspace.meetings.map(meeting => {
        const rel = mirroredPath(URI.parse(meeting.uri).fsPath, roots, '.pdf');
        let name = rel;
        for (let n = 2; used.has(name.toLowerCase()); n++) name = `${rel.slice(0, -4)}-${n}.pdf`;
        used.add(name.toLowerCase());
        return { meeting, file: path.join(out, ...name.split('/')) };
    });
}
