/** `referat json <file>`: the meeting's semantic model as JSON (schema: @referat/language meeting.schema.json). */
import { meetingToJson } from '@referat/language/core';
import { errorLines, refusePublicEdition } from './output.js';
import { loadWorkspace, UsageError } from './workspace.js';

export async function printJson(inputs: string[], options: { publicEdition: boolean }, out: (line: string) => void, err: (line: string) => void): Promise<number> {
    if (inputs.length !== 1) throw new UsageError('Oppgi nøyaktig én referatfil, for eksempel «referat json møte.referat».');
    const workspace = await loadWorkspace(inputs);
    if (workspace.meetings.length !== 1) throw new UsageError(`«${inputs[0]}» inneholder ${workspace.meetings.length} referater. Oppgi én fil.`);
    const meeting = workspace.meetings[0];
    if (options.publicEdition && refusePublicEdition(workspace, err)) return 1;
    out(JSON.stringify(meetingToJson(meeting, { publicEdition: options.publicEdition, source: workspace.displayPath.get(meeting.uri) }), null, 2));
    const errors = errorLines(workspace);
    for (const line of errors) err(line);
    if (errors.length) err(`Advarsel: ${errors.length} feil i referatet; JSON-en kan være ufullstendig.`);
    return errors.length ? 1 : 0;
}
