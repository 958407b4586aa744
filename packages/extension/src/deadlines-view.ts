/**
 * The "Frister" view in the Explorer: every deadline of the workspace from the language server,
 * grouped and worded by logic/deadlines.ts; this file only makes tree items of it. Refreshed after
 * each build of the server.
 */
import * as vscode from 'vscode';
// The common client type: the Node and the browser client (extension.ts, browser-extension.ts) share these features.
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ReferatRequests, type DeadlineEntry } from '@referat/language/protocol';
import { deadlineRow, groupDeadlines, isoToday, type GroupRow } from './logic/deadlines.js';

type Node = { kind: 'group'; row: GroupRow } | { kind: 'deadline'; entry: DeadlineEntry };

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
        if (node) return node.kind === 'group' ? node.row.entries.map((entry) => ({ kind: 'deadline', entry })) : [];
        if (!this.client.isRunning()) return [];
        let entries: DeadlineEntry[];
        try {
            entries = await this.client.sendRequest(ReferatRequests.deadlines, { today: isoToday() });
        } catch {
            return []; // the server is (re)starting; its next build refreshes the view
        }
        return groupDeadlines(entries).map((row) => ({ kind: 'group', row }));
    }

    getTreeItem(node: Node): vscode.TreeItem {
        if (node.kind === 'group') {
            const { row } = node;
            const item = new vscode.TreeItem(row.label, row.group.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
            item.id = row.id;
            item.description = row.description;
            item.iconPath = new vscode.ThemeIcon(row.group.icon, row.group.color ? new vscode.ThemeColor(row.group.color) : undefined);
            return item;
        }
        const row = deadlineRow(node.entry);
        const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
        item.description = row.description;
        item.tooltip = new vscode.MarkdownString(row.tooltip);
        item.iconPath = new vscode.ThemeIcon(row.icon);
        const uri = vscode.Uri.parse(row.uri);
        const position = new vscode.Position(row.line, 0);
        item.resourceUri = uri;
        item.command = {
            command: 'vscode.open',
            title: 'Vis fristen',
            arguments: [uri, { selection: new vscode.Range(position, position) } satisfies vscode.TextDocumentShowOptions],
        };
        return item;
    }
}
