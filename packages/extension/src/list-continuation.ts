/**
 * Enter at the end of a numbered list item ("2. Tekst") starts the next item ("3. "). Bullets
 * ("- ") are continued by the language configuration's onEnterRules; numbers need counting.
 */
import * as vscode from 'vscode';
import { isReferat } from './protocol.js';

export function registerListContinuation(): vscode.Disposable {
    return vscode.workspace.onDidChangeTextDocument(async (e) => {
        if (!isReferat(e.document) || e.reason !== undefined || e.contentChanges.length !== 1) return; // not for undo/redo
        const editor = vscode.window.activeTextEditor;
        const change = e.contentChanges[0];
        if (editor?.document !== e.document || !change.range.isEmpty || !/^\r?\n[ \t]*$/.test(change.text)) return;
        const item = /^([ \t]*)(\d+)\.[ \t]+\S/.exec(e.document.lineAt(change.range.start.line).text);
        const newLine = change.range.start.line + 1;
        if (!item || newLine >= e.document.lineCount || e.document.lineAt(newLine).text.trim() !== '') return;
        const indent = change.text.replace(/^\r?\n/, '').length;
        await editor.edit((edit) => edit.insert(new vscode.Position(newLine, indent), `${Number(item[2]) + 1}. `),
            { undoStopBefore: false, undoStopAfter: false });
    });
}
