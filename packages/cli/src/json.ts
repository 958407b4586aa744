/** `referat json <file>`: the meeting's semantic model as JSON (schema: @referat/language meeting.schema.json). */
import { meetingToJsonLazily, type Meeting } from '@referat/language/core';
import { errorLines, jsonPieces, refusePublicEdition } from './output.js';
import { loadWorkspace, UsageError } from './workspace.js';

export async function printJson(inputs: string[], options: { publicEdition: boolean }, out: (line: string) => void, err: (line: string) => void): Promise<number> {
    if (inputs.length !== 1) throw new UsageError('Oppgi nøyaktig én referatfil, for eksempel «referat json møte.referat», eller «-» for standard inn.');
    const loaded = await loadMeeting(inputs[0], options.publicEdition, err);
    if (!loaded) return 1;
    const { meeting, source, errors } = loaded;
    // Printed piece by piece, each case's JSON made as it is reached: neither the JSON text of a long
    // meeting nor its JSON objects are ever held whole, so this needs about the memory of `check`.
    for (const piece of jsonPieces(meetingToJsonLazily(meeting, { publicEdition: options.publicEdition, source }))) out(piece);
    for (const line of errors) err(line);
    if (errors.length) err(`Advarsel: ${errors.length} feil i referatet; JSON-en kan være ufullstendig.`);
    return errors.length ? 1 : 0;
}

/**
 * The model of the one meeting and its errors, and nothing else: the workspace (syntax tree, tokens,
 * diagnostics) is no longer referenced once this returns, so it can be freed before the JSON is made.
 * Undefined when the public edition is refused (the reasons are printed).
 */
async function loadMeeting(input: string, publicEdition: boolean, err: (line: string) => void): Promise<{ meeting: Meeting; source?: string; errors: string[] } | undefined> {
    const workspace = await loadWorkspace([input]);
    for (const note of workspace.notes) err(note);
    if (workspace.meetings.length !== 1) throw new UsageError(`«${input}» inneholder ${workspace.meetings.length} referater. Oppgi én fil.`);
    const meeting = workspace.meetings[0];
    if (publicEdition && refusePublicEdition(workspace, err)) return undefined;
    return { meeting, source: workspace.displayPath.get(meeting.uri), errors: errorLines(workspace) };
}
