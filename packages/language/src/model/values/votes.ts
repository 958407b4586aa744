/**
 * Votes as minutes write them: "enstemmig", "ved akklamasjon", "7 for, 2 mot, 1 avholdende", "4-0-2",
 * "11 mot, 3 for", "11 stemte mot forslaget og 3 for", "Forslaget falt mot 4 stemmer (Sp, KrF)",
 * "vedtatt med 11 mot 4 stemmer", "13 for, 5 mot (H, FrP)". Records the counts, the outcome and the
 * parties or names written for each side.
 */
import { UNANIMOUS_WORDS } from '../../vocabulary/values.js';

export interface VoteFields {
    unanimous: boolean;
    acclamation: boolean;
    for?: number;
    against?: number;
    abstain?: number;
    outcome?: 'adopted' | 'rejected';
    sides: { for: string[]; against: string[]; abstain: string[] };
    /** Nothing readable as a vote. */
    unreadable: boolean;
}

const UNANIMOUS = new RegExp(`(?:^|[^\\p{L}])(?:${UNANIMOUS_WORDS.join('|')})(?![\\p{L}])`, 'iu');
const ACCLAMATION = /akklamasjon/iu;
const ADOPTED = /(?:^|[^\p{L}])(?:vedtatt|vedteke|vedtok|vedtas|godkjent|godkjend|bifalt|carried|adopted|approved)(?![\p{L}])/iu;
const REJECTED = /(?:^|[^\p{L}])(?:falt|fall|forkastet|forkasta|avvist|avvist|ikke vedtatt|ikkje vedteke|failed|rejected|defeated)(?![\p{L}])/iu;
const TRIPLE = /(?:^|[^\d])(\d{1,3})[ \t]*[-–][ \t]*(\d{1,3})(?:[ \t]*[-–][ \t]*(\d{1,3}))?(?!\d)/;
/** "med 11 mot 4 stemmer": the first count is for. */
const N_MOT_M = /(\d+)\s+mot\s+(\d+)(?!\s*(?:for|avholdende|blank))/iu;
/** "falt mot 5 stemmer", "vedtatt mot 4 stemmer": the count is the minority's. */
const AGAINST_N = /(falt|fall|forkastet|vedtatt|vedteke)\s+mot\s+(\d+)\s+(?:stemmer|røyster|stemme|røyst)/iu;

const FOR_WORDS = 'for';
const AGAINST_WORDS = 'mot';
const ABSTAIN_WORDS = 'avholdende|blank|blanke|avstår|avsto|avstod|avhaldande';

/** A count of a side: "7 for", "7 stemte for", "7 stemmer for"; with the parentheses after it. */
function side(lower: string, words: string): { count?: number; names: string[] } {
    const m = new RegExp(`(\\d+)\\s+(?:stemmer\\s+|stemme\\s+|røyster\\s+|stemte\\s+|røysta\\s+)?(?:${words})(?![\\p{L}])([^,;.()\\d]*)(\\(([^()]*)\\))?`, 'u').exec(lower);
    if (!m) return { names: [] };
    return { count: parseInt(m[1], 10), names: m[4] ? splitNames(m[4]) : [] };
}

function splitNames(text: string): string[] {
    return text.split(/\s*(?:,|\bog\b|\band\b|&)\s*/u).map(s => s.trim()).filter(Boolean);
}

export function parseVote(text: string): VoteFields {
    const lower = text.normalize('NFC').toLowerCase();
    const vote: VoteFields = { unanimous: UNANIMOUS.test(lower), acclamation: ACCLAMATION.test(lower), sides: { for: [], against: [], abstain: [] }, unreadable: false };
    if (vote.acclamation) vote.unanimous = true;
    // Names keep their letter case: read them from the original text at the same offsets.
    const original = (names: string[]) => names.map(n => { const at = lower.indexOf(n); return at >= 0 ? text.normalize('NFC').slice(at, at + n.length) : n; });
    const nm = N_MOT_M.exec(lower);
    if (nm) {
        // "vedtatt med 11 mot 4 stemmer", "falt med 12 mot 17 stemmer": for, then against.
        vote.for = parseInt(nm[1], 10);
        vote.against = parseInt(nm[2], 10);
    } else {
        const forSide = side(lower, FOR_WORDS), againstSide = side(lower, AGAINST_WORDS);
        if (forSide.count !== undefined) vote.for = forSide.count;
        if (againstSide.count !== undefined) vote.against = againstSide.count;
        vote.sides.for = original(forSide.names);
        vote.sides.against = original(againstSide.names);
    }
    const abstainSide = side(lower, ABSTAIN_WORDS);
    if (abstainSide.count !== undefined) vote.abstain = abstainSide.count;
    vote.sides.abstain = original(abstainSide.names);
    const minority = AGAINST_N.exec(lower);
    if (minority && vote.for === undefined && vote.against === undefined) {
        // "Forslaget falt mot 5 stemmer (Sp, KrF)": five voted for it. "vedtatt mot 4 stemmer": four against.
        const n = parseInt(minority[2], 10);
        const names = /\(([^()]*)\)/.exec(lower.slice(minority.index));
        if (/^(?:falt|fall|forkastet)$/.test(minority[1])) { vote.for = n; vote.sides.for = names ? original(splitNames(names[1])) : []; }
        else { vote.against = n; vote.sides.against = names ? original(splitNames(names[1])) : []; }
    }
    if (vote.for === undefined && vote.against === undefined) {
        const triple = TRIPLE.exec(lower);
        if (triple) {
            vote.for = parseInt(triple[1], 10);
            vote.against = parseInt(triple[2], 10);
            if (triple[3] !== undefined) vote.abstain = parseInt(triple[3], 10);
        }
    }
    if (REJECTED.test(lower)) vote.outcome = 'rejected';
    else if (ADOPTED.test(lower) || vote.unanimous) vote.outcome = 'adopted';
    else if (vote.for !== undefined && vote.against !== undefined && vote.for !== vote.against) vote.outcome = vote.for > vote.against ? 'adopted' : 'rejected';
    vote.unreadable = !vote.unanimous && vote.for === undefined && vote.against === undefined && vote.outcome === undefined;
    return vote;
}
