/** What every check gets: the meeting's model, the workspace's other meetings, a reporter and the messages. */
import type { Meeting } from '../../model/types.js';
import type { MeetingIndex } from '../../workspace/meeting-index.js';
import type { Messages } from '../messages.js';
import type { Reporter } from '../reporter.js';

export interface CheckContext {
    meeting: Meeting;
    index: MeetingIndex;
    report: Reporter['report'];
    t: Messages;
}

export type Check = (ctx: CheckContext) => void;
