/**
 * Validates every meeting of the workspace in the initial build, so the problems of files that are
 * not open are listed at once. Langium's default builds them without validation and leaves that to
 * the next update, which loses them when the first `didOpen` is handled before the initial build ends.
 */
import { type BuildOptions, DefaultWorkspaceManager } from 'langium';

export class ReferatWorkspaceManager extends DefaultWorkspaceManager {
    override initialBuildOptions: BuildOptions = { validation: true };
}
