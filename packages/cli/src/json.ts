/** `referat json <file>`: the meeting's semantic model as JSON (schema: @referat/language meeting.schema.json). */
import { meetingToJsonLazily, type Meeting } from '@referat/language';
import { errorLines, jsonPieces } from './output.js';
import { loadWorkspace, UsageError } from './workspace.js';

export async function printJson(inputs: string[], options: { publicEdition: boolean }, out: (line: string) => void, err: (line: string) => void): Promise<number> {
    if (inputs.length !== 1) throw new UsageError('Oppgi nøyaktig én referatfil, for eksempel «referat json møte.referat», eller «-» for standard inn.');
    const { meeting, source, errors, notes } = await loadMeeting(inputs[0]);
    for (const note of notes) err(note);
    // Printed piece by piece, each case's JSON made as it is reached: neither the JSON text of a long
    // meeting nor its JSON objects are ever held whole, so this needs no more memory than `check`.
    for (const piece of jsonPieces(meetingToJsonLazily(meeting, { publicEdition: options.publicEdition, source }))) out(piece);
    for (const line of errors) err(line);
    if (errors.length) err(`Advarsel: ${errors.length} feil i referatet; JSON-en kan være ufullstendig.`);
    return errors.length ? 1 : 0;
}

/**
 * The model of the one meeting and its errors, and nothing else: the workspace (syntax tree, tokens,
 * diagnostics) is no longer referenced once this returns, so it can be freed before the JSON is made.
 */
async function loadMeeting(input: string): Promise<{ meeting: Meeting; source?: string; errors: string[]; notes: string[] }> {
    const workspace = await loadWorkspace([input]);
    if (workspace.meetings.length !== 1) throw new UsageError(`«${input}» inneholder ${workspace.meetings.length} referater. Oppgi én fil.`);
    const meeting = workspace.meetings[0];
    return { meeting, source: workspace.displayPath.get(meeting.uri), errors: errorLines(workspace), notes: workspace.notes };
}
