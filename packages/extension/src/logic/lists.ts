/**
 * Lists in the editor. Enter after an item continues the list (the onEnterRules of
 * language-configuration.json and esbuild.mjs); Enter on an item that is still empty ends the list,
 * as Markdown editors do: the marker is removed and the line is left blank. No `vscode` import.
 */

/** An item with nothing written after its marker: "- ", "• ", "3. " (indentation allowed). */
const EMPTY_ITEM = /^[ \t]*(?:[-•]|\d+\.)[ \t]+$/;

/**
 * What Enter does with the cursor at `column` of `lineText`: `end-list` (the line becomes empty)
 * when the line is an empty item and nothing but spaces follows the cursor; else a normal line break.
 */
export function enterAction(lineText: string, column: number): 'end-list' | 'newline' {
    const before = lineText.slice(0, column);
    const after = lineText.slice(column);
    return EMPTY_ITEM.test(before) && after.trim() === '' ? 'end-list' : 'newline';
}
