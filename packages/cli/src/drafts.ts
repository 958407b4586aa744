/**
 * Drafts in the public edition: minutes with `Status: utkast` are not approved, so `--offentlig`
 * publishes them only with `--utkast` (their pages then carry a visible «Utkast» mark, on screen and
 * on paper). Shared by `referat html` and `referat pdf`.
 */
import { isDraft } from '@referat/language/core';
import type { DiagnosedWorkspace } from './output.js';

/** `path:line:col: …` for each draft of the workspace. */
export function draftLines(workspace: DiagnosedWorkspace): string[] {
    return workspace.documents.flatMap((document, i) => {
        const status = workspace.meetings[i].status;
        if (!isDraft(workspace.meetings[i]) || !status) return [];
        const at = document.textDocument.positionAt(status.span.start);
        return [`${workspace.displayPath.get(document.uri.toString())}:${at.line + 1}:${at.character + 1}: «Status: ${status.text.trim()}»: referatet er et utkast og ikke godkjent.`];
    });
}

/** Prints the drafts and why the run stops; true when the public edition must not be made (no --utkast). */
export function refuseDrafts(workspace: DiagnosedWorkspace, say: (line: string) => void): boolean {
    const drafts = draftLines(workspace);
    if (drafts.length === 0) return false;
    for (const line of drafts) say(line);
    const what = drafts.length === 1 ? 'ett av referatene er et utkast' : `${drafts.length} av referatene er utkast`;
    say(`Lager ikke den offentlige utgaven: ${what}. Bruk --utkast for å publisere utkast offentlig (sidene merkes «Utkast»), eller skriv «Status: godkjent» med datoen når referatet er godkjent.`);
    return true;
}
