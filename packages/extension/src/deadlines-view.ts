/**
 * The "Frister" view in the Explorer: every deadline of the workspace, grouped as overdue, within
 * 14 days, later, done (and undated), from the language server. Refreshed after each build.
 */
import * as vscode from 'vscode';
// The common client type: the Node and the browser client (extension.ts, browser-extension.ts) share these features.
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { Requests, type DeadlineEntry } from './protocol.js';

type Status = DeadlineEntry['status'];
const GROUPS: Array<{ status: Status; label: string; icon: string; color?: string; expanded: boolean }> = [
    { status: 'overdue', label: 'Forfalt', icon: 'warning', color: 'list.errorForeground', expanded: true },
    { status: 'soon', label: 'Innen 14 dager', icon: 'clock', color: 'list.warningForeground', expanded: true },
    { status: 'later', label: 'Senere', icon: 'calendar', expanded: true },
    { status: 'undated', label: 'Uten gyldig dato', icon: 'question', expanded: false },
    { status: 'done', label: 'Utført', icon: 'pass', expanded: false },
];

type Node = { kind: 'group'; status: Status; entries: DeadlineEntry[] } | { kind: 'deadline'; entry: DeadlineEntry };

export class DeadlinesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
    private readonly changed = new vscode.EventEmitter<Node | undefined>();
    readonly onDidChangeTreeData = this.changed.event;
    private timer?: ReturnType<typeof setTimeout>;

    constructor(private readonly client: LanguageClient) {}

    refresh(): void {
        clearTimeout(this.timer);
        this.changed.fire(undefined);
    }

    /** Many builds in a row (typing) cause one refresh. */
    refreshSoon(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.changed.fire(undefined), 500);
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.changed.dispose();
    }

    async getChildren(node?: Node): Promise<Node[]> {
        if (node) return node.kind === 'group' ? node.entries.map((entry) => ({ kind: 'deadline', entry })) : [];
        if (!this.client.isRunning()) return [];
        const today = isoToday();
        let entries: DeadlineEntry[];
        try {
            entries = await this.client.sendRequest(Requests.deadlines, { today });
        } catch {
            return []; // the server is (re)starting; its next build refreshes the view
        }
        return GROUPS
            .map((g) => ({ kind: 'group' as const, status: g.status, entries: entries.filter((e) => e.status === g.status) }))
            .filter((g) => g.entries.length > 0);
    }

    getTreeItem(node: Node): vscode.TreeItem {
        if (node.kind === 'group') {
            const group = GROUPS.find((g) => g.status === node.status)!;
            const item = new vscode.TreeItem(group.label, group.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
            item.id = `group:${node.status}`;
            item.description = String(node.entries.length);
            item.iconPath = new vscode.ThemeIcon(group.icon, group.color ? new vscode.ThemeColor(group.color) : undefined);
            return item;
        }
        const e = node.entry;
        const item = new vscode.TreeItem(`${e.dateText}: ${e.what || '(uten beskrivelse)'}`, vscode.TreeItemCollapsibleState.None);
        const meeting = [e.bodyName, e.meetingDate && shortDate(e.meetingDate)].filter(Boolean).join(' ');
        item.description = [e.responsible, `sak ${e.caseNumber}`, meeting].filter(Boolean).join(' · ');
        item.tooltip = new vscode.MarkdownString([
            `**${escapeMarkdown(e.what || '(uten beskrivelse)')}**`,
            `Frist: ${escapeMarkdown(e.dateText)}${daysText(e)}`,
            `Ansvarlig: ${escapeMarkdown(e.responsible ?? 'ikke oppgitt')}`,
            `Sak ${escapeMarkdown(e.caseNumber)} ${escapeMarkdown(e.caseTitle)}`,
            meeting ? `Møte: ${escapeMarkdown(meeting)}` : '',
        ].filter(Boolean).join('  \n'));
        item.iconPath = new vscode.ThemeIcon(e.done ? 'pass' : 'circle-outline');
        const uri = vscode.Uri.parse(e.meetingUri);
        const position = new vscode.Position(e.line, 0);
        item.resourceUri = uri;
        item.command = {
            command: 'vscode.open',
            title: 'Vis fristen',
            arguments: [uri, { selection: new vscode.Range(position, position) } satisfies vscode.TextDocumentShowOptions],
        };
        return item;
    }
}

function daysText(e: DeadlineEntry): string {
    if (e.daysLeft === undefined || e.done) return '';
    if (e.daysLeft === 0) return ' (i dag)';
    return e.daysLeft > 0 ? ` (om ${e.daysLeft} ${e.daysLeft === 1 ? 'dag' : 'dager'})` : ` (${-e.daysLeft} ${e.daysLeft === -1 ? 'dag' : 'dager'} over fristen)`;
}

/** 10.01.2024: the meeting's date as a short label (the entry carries it as year, month, day). */
function shortDate(d: { year: number; month: number; day: number }): string {
    return `${String(d.day).padStart(2, '0')}.${String(d.month).padStart(2, '0')}.${d.year}`;
}

function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+!<>|-]/g, '\\$&');
}

export function isoToday(): string {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
