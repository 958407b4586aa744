/**
 * What the "Frister" view shows, as plain data: groups (overdue, within 14 days, later, undated,
 * done) and one row per deadline with its label, description and tooltip. No `vscode` import: the
 * view (deadlines-view.ts) only turns these into tree items, and tests/extension/ checks every text.
 */
import { deadlineStatusText, escapeMarkdown, formatDate, formatDateShort, fromJsDate, toIsoDate } from '@referat/language/client';
import type { DeadlineEntry } from '@referat/language/protocol';

export type DeadlineStatus = DeadlineEntry['status'];

export interface DeadlineGroup {
    status: DeadlineStatus;
    label: string;
    /** Codicon id and theme colour id of the group's icon. */
    icon: string;
    color?: string;
    expanded: boolean;
}

/** The groups in the order they are shown. */
export const DEADLINE_GROUPS: readonly DeadlineGroup[] = [
    { status: 'overdue', label: 'Forfalt', icon: 'warning', color: 'list.errorForeground', expanded: true },
    { status: 'soon', label: 'Innen 14 dager', icon: 'clock', color: 'list.warningForeground', expanded: true },
    { status: 'later', label: 'Senere', icon: 'calendar', expanded: true },
    { status: 'undated', label: 'Uten gyldig dato', icon: 'question', expanded: false },
    { status: 'done', label: 'Utført', icon: 'pass', expanded: false },
];

export interface GroupRow {
    id: string;
    group: DeadlineGroup;
    label: string;
    /** The number of deadlines in the group. */
    description: string;
    entries: DeadlineEntry[];
}

export interface DeadlineRow {
    label: string;
    description: string;
    /** Markdown; text from the minutes is escaped. */
    tooltip: string;
    icon: 'pass' | 'circle-outline';
    /** Where a click leads: the `Frist` line (0-based) of the meeting. */
    uri: string;
    line: number;
}

/** The non-empty groups, in the order of DEADLINE_GROUPS; each keeps the server's order of entries. */
export function groupDeadlines(entries: readonly DeadlineEntry[]): GroupRow[] {
    return DEADLINE_GROUPS.map((group) => {
        const members = entries.filter((e) => e.status === group.status);
        return { id: `group:${group.status}`, group, label: group.label, description: String(members.length), entries: members };
    }).filter((row) => row.entries.length > 0);
}

const NO_DESCRIPTION = '(uten beskrivelse)';

/** "15. august 2024: tre anbud legges fram for styret." */
export function deadlineLabel(entry: DeadlineEntry): string {
    return `${entry.dateText}: ${entry.what || NO_DESCRIPTION}`;
}

/** "Bjørn Kvåle · sak 19.2 · Styret i Bygdøy kulturhus 14.05.2024" (parts that are missing are left out). */
export function deadlineDescription(entry: DeadlineEntry): string {
    const meeting = [entry.bodyName, entry.meetingDate && formatDateShort(entry.meetingDate)].filter(Boolean).join(' ');
    return [entry.responsible, `sak ${entry.caseNumber}`, meeting].filter(Boolean).join(' · ');
}

/**
 * The tooltip, one fact a line:
 * **what** / Frist: date (status) / Ansvarlig: … / Sak number title / Møte: body, date.
 */
export function deadlineTooltip(entry: DeadlineEntry): string {
    const status = entry.status === 'undated' ? '' : ` (${deadlineStatusText(entry)})`;
    const meeting = [entry.bodyName, entry.meetingDate && formatDate(entry.meetingDate)].filter(Boolean).join(', ');
    return [
        `**${escapeMarkdown(entry.what || NO_DESCRIPTION)}**`,
        `Frist: ${escapeMarkdown(entry.dateText)}${status}`,
        `Ansvarlig: ${escapeMarkdown(entry.responsible ?? 'ikke oppgitt')}`,
        `Sak ${escapeMarkdown(entry.caseNumber)} ${escapeMarkdown(entry.caseTitle)}`,
        meeting ? `Møte: ${escapeMarkdown(meeting)}` : '',
    ].filter(Boolean).join('  \n');
}

export function deadlineRow(entry: DeadlineEntry): DeadlineRow {
    return {
        label: deadlineLabel(entry),
        description: deadlineDescription(entry),
        tooltip: deadlineTooltip(entry),
        icon: entry.done ? 'pass' : 'circle-outline',
        uri: entry.meetingUri,
        line: entry.line,
    };
}

/** Today in the local time zone, as YYYY-MM-DD (the server's deadline statuses are relative to it). */
export function isoToday(now: Date = new Date()): string {
    return toIsoDate(fromJsDate(now));
}
