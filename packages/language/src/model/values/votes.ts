/** Votes as minutes write them: "enstemmig", "7 for, 2 mot, 1 avholdende", "4-0-2", "11 mot 3". */
import { UNANIMOUS_WORDS } from '../../vocabulary/values.js';

export interface VoteFields {
    unanimous: boolean;
    for?: number;
    against?: number;
    abstain?: number;
    /** Nothing readable as a vote. */
    unreadable: boolean;
}

const UNANIMOUS = new RegExp(`(?:^|[^\\p{L}])(?:${UNANIMOUS_WORDS.join('|')})(?![\\p{L}])`, 'iu');
const TRIPLE = /(?:^|[^\d])(\d{1,3})[ \t]*[-–][ \t]*(\d{1,3})(?:[ \t]*[-–][ \t]*(\d{1,3}))?(?!\d)/;

export function parseVote(text: string): VoteFields {
    const lower = text.normalize('NFC').toLowerCase();
    const vote: VoteFields = { unanimous: UNANIMOUS.test(lower), unreadable: false };
    const count = (words: string) => {
        const m = new RegExp(`(\\d+)\\s+(?:stemmer\\s+|røyster\\s+)?(?:${words})(?![\\p{L}])`, 'u').exec(lower);
        return m ? parseInt(m[1], 10) : undefined;
    };
    vote.for = count('for');
    vote.against = count('mot');
    vote.abstain = count('avholdende|blank|blanke|avstår|avsto|avstod');
    if (vote.for === undefined && vote.against === undefined) {
        const triple = TRIPLE.exec(lower);
        if (triple) {
            vote.for = parseInt(triple[1], 10);
            vote.against = parseInt(triple[2], 10);
            if (triple[3] !== undefined) vote.abstain = parseInt(triple[3], 10);
        }
    }
    if (vote.abstain === undefined) delete vote.abstain;
    if (vote.for === undefined) delete vote.for;
    if (vote.against === undefined) delete vote.against;
    vote.unreadable = !vote.unanimous && vote.for === undefined && vote.against === undefined;
    return vote;
}
