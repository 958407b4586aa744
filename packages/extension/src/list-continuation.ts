/**
 * Enter at the end of a numbered list item ("2. Tekst") starts the next item ("3. "). Bullets
 * ("- ") are continued by the language configuration's onEnterRules; numbers need counting.
 */
import * as vscode from 'vscode';
import { isReferat } from './protocol.js';

const ITEM = /^([ \t]*)(\d+)\.[ \t]+\S/;

export function registerListContinuation(): vscode.Disposable {
    return vscode.workspace.onDidChangeTextDocument(async (e) => {
        if (!isReferat(e.document) || e.reason !== undefined || e.contentChanges.length !== 1) return; // not for undo/redo
        const editor = vscode.window.activeTextEditor;
        const change = e.contentChanges[0];
        if (editor?.document !== e.document || !change.range.isEmpty || !/^\r?\n[ \t]*$/.test(change.text)) return;
        const itemLine = change.range.start.line;
        const item = ITEM.exec(e.document.lineAt(itemLine).text);
        const newLine = itemLine + 1;
        if (!item || newLine >= e.document.lineCount || e.document.lineAt(newLine).text.trim() !== '') return;
        const indent = change.text.replace(/^\r?\n/, '').length;
        const marker = `${Number(item[2]) + 1}. `;
        // An edit is refused when the document changed meanwhile (fast typing): try again on the new text.
        for (let attempt = 0; attempt < 20; attempt++) {
            const document = editor.document;
            if (newLine >= document.lineCount || ITEM.exec(document.lineAt(itemLine).text)?.[2] !== item[2]) return;
            const current = document.lineAt(newLine).text;
            if (/^[ \t]*\d+\.[ \t]/.test(current) || current.length < indent) return;
            const done = await editor.edit((edit) => edit.insert(new vscode.Position(newLine, indent), marker),
                { undoStopBefore: false, undoStopAfter: false });
            if (done) return;
        }
    });
}
