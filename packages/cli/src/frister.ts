/**
 * `referat frister <files or folders>`: deadlines across meetings, sorted by date, overdue marked;
 * `--json` for programs, `--ics <file>` for calendars, `--ansvarlig NAME` and `--innen DATE` filter.
 */
import path from 'node:path';
import { URI } from 'langium';
import { collectDeadlines, compareDates, deadlineStatusText, formatDateShort, fromJsDate, nameKey, toIsoDate, type DeadlineEntry } from '@referat/language/core';
import { checkNotSource, checkReplaceable, errorLines, isCalendar, parseDateOption, refusePublicEdition, writeAtomic } from './output.js';
import { loadWorkspace, UsageError } from './workspace.js';

export interface FristerOptions {
    json: boolean;
    ics?: string;
    responsible?: string;
    until?: string;
    today?: string;
    publicEdition: boolean;
    force: boolean;
}

export async function listDeadlines(inputs: string[], options: FristerOptions, out: (line: string) => void, err: (line: string) => void): Promise<number> {
    const today = options.today ? parseDateOption(options.today, '--today') : fromJsDate(new Date());
    const until = options.until ? parseDateOption(options.until, '--innen') : undefined;
    if (options.responsible !== undefined && !options.responsible.trim()) throw new UsageError('--ansvarlig mangler navn, for eksempel «--ansvarlig "Kari Nordmann"».');
    const workspace = await loadWorkspace(inputs);
    const display = (uri: string) => workspace.displayPath.get(uri) ?? URI.parse(uri).fsPath;
    if (options.publicEdition && refusePublicEdition(workspace, err)) return 1;

    let entries = collectDeadlines(workspace.meetings, today, { publicEdition: options.publicEdition });
    if (options.responsible) {
        const wanted = nameKey(options.responsible);
        entries = entries.filter(e => e.responsible !== undefined && nameKey(e.responsible).includes(wanted));
    }
    if (until) entries = entries.filter(e => e.date && compareDates(e.date, until) <= 0);

    if (options.ics) {
        const file = path.resolve(options.ics);
        checkNotSource(file, workspace.meetings.map(m => URI.parse(m.uri).fsPath));
        await checkReplaceable(file, isCalendar, options.force, 'kalenderfilen');
        // The iCalendar library is loaded only here, for --ics.
        const { deadlinesToIcs } = await import('@referat/language/ics');
        const { text, count } = deadlinesToIcs(entries);
        await writeAtomic(file, text);
        const undated = entries.length - count;
        err(`Skrev ${count} ${count === 1 ? 'frist' : 'frister'} til ${path.relative(process.cwd(), file) || file}${undated ? ` (${undated} uten dato er ikke med)` : ''}.`);
    }

    if (options.json) {
        out(JSON.stringify({ today: toIsoDate(today), deadlines: entries.map(e => toJson(e, display)) }, null, 2));
    } else if (!options.ics) {
        for (const e of entries) out(textLine(e, display));
        const overdue = entries.filter(e => e.status === 'overdue').length;
        out(`${entries.length} ${entries.length === 1 ? 'frist' : 'frister'}, ${overdue} forfalt (per ${formatDateShort(today)}).`);
    }
    const errors = errorLines(workspace).length;
    if (errors) err(`Advarsel: ${errors} feil i referatene; fristene kan være ufullstendige. Kjør «referat check» for detaljer.`);
    return errors ? 1 : 0;
}

function textLine(e: DeadlineEntry, display: (uri: string) => string): string {
    const date = e.date ? formatDateShort(e.date) : 'uten dato ';
    const status = e.status === 'overdue' ? deadlineStatusText(e).replace(/^forfalt/, 'FORFALT') : deadlineStatusText(e);
    const meeting = [e.bodyName, e.meetingDate && formatDateShort(e.meetingDate)].filter(Boolean).join(' ');
    return `${date}  ${status}  ${e.responsible ?? '(ingen ansvarlig)'} – ${e.what}  [${e.caseNumber ? `${e.caseLabel.replace(/^Sak /, 'sak ')} ` : ''}${e.caseTitle}${meeting ? `, ${meeting}` : ''}; ${display(e.meetingUri)}:${e.line + 1}]`;
}

function toJson(e: DeadlineEntry, display: (uri: string) => string): object {
    return {
        date: e.iso ?? null, status: e.status, daysLeft: e.daysLeft ?? null, done: e.done,
        responsible: e.responsible ?? null, what: e.what,
        case: { number: e.caseNumber, title: e.caseTitle },
        meeting: { body: e.bodyName ?? null, date: e.meetingDate ? toIsoDate(e.meetingDate) : null, file: display(e.meetingUri) },
        line: e.line + 1,
    };
}
