/**
 * The structure layer's cases: the case line (number series, items without a number, an older case
 * treated again), the case head (type, introducers, exemption) and every other line in source order —
 * prose, proposals and decisions that run on over several lines, votes on the proposal or decision
 * above them, deadlines and follow-up actions (also as list items), group members under `Ansvarlig:`,
 * attachments, conflicts, dissent, withdrawal, sections between cases and signatures.
 */
import type * as ast from '../generated/ast.js';
import { caseKind, keyword } from '../vocabulary/keywords.js';
import { BULLET, BULLET_ONLY, type MeetingBuilder, onlyProseFollows, personRefAt } from './build.js';
import type { SourceLine } from './lines.js';
import { isListItem, ProseCollector } from './prose.js';
import { caseReferences } from './spans.js';
import type { AttachmentKind, Block, Case, CaseReference, DateField, Deadline, Decision, MeetingReference, Proposal, ProposalKind, Section, Signatures, Span, Vote } from './types.js';
import { parseAttendee, withoutTitle } from './values/attendees.js';
import { parseCaseNumber } from './values/case-numbers.js';
import { parseDateAt } from './values/dates.js';
import { parseAction, parseDeadline } from './values/deadlines.js';
import { type DueFields, findDue } from './values/due.js';
import { leadingName, nameKey, nameList, personList } from './values/names.js';
import { parseVote } from './values/votes.js';

/** "(fra møtet 10.01.2025)", "(fra møte 03/2025)", "(utsatt fra møtet 8. mai 2025)" at the end of a title. */
const TREATED_AGAIN = /\s*\((?:(?:fra|frå|utsatt fra|utsett frå|behandlet i|tatt opp igjen fra)\s+(?:møtet?|styremøtet?)|(?:from|deferred from|postponed from|carried over from|continued from)\s+(?:the\s+)?(?:board\s+)?meeting(?:\s+(?:of|on|held on))?)\s+([^()]*)\)\s*$/iu;
/** «Eventuelt», "Any other business", "AOB". */
const ANY_OTHER_BUSINESS = /^(?:eventuelt|any\s+other\s+business|aob|other\s+business)(?![\p{L}])/iu;
/** "Approved, 4-0-2.", "Carried unanimously.": a vote written without its keyword, on a line of its own (English). */
const VOTE_WITHOUT_KEYWORD = /^(?:approved|carried|adopted|passed|agreed|failed|defeated|rejected|lost)(?:\s+unanimously|[ \t]*[,:]?[ \t]*(?:by\s+)?\d{1,3}[ \t]*[-–][ \t]*\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?)\s*\.?$/iu;
/** "Enstemmig vedtatt.", "Vedtatt mot 2 stemmer.": the outcome written on a line of its own, the only word on the case's decision. */
const OUTCOME_WITHOUT_KEYWORD = /^(?:enstemmig(?:t)?\s+vedtatt|vedtatt\s+enstemmig|samrøystes\s+vedteke|vedteke\s+samrøystes|enstemmig\s+godkjent|godkjent\s+enstemmig)\s*\.?$/iu;
/** "Vedtak: Enstemmig vedtatt.", "… ble enstemmig vedtatt"; a line "Enstemmig." of its own. */
const UNANIMOUS_DECISION = /(?:^|[^\p{L}])(?:enstemmig(?:t)?\s+vedtatt|vedtatt\s+enstemmig|samrøystes\s+vedteke|vedteke\s+samrøystes|unanimously\s+(?:approved|adopted|resolved))(?![\p{L}])|^\s*(?:enstemmig|samrøystes)\s*\.?\s*$/iu;
/** "(fremmet av Janne Vik, MDG)" at the end of a proposal. */
const PROPOSED_BY = /\s*\((?:(?:fremmet|fremma|framsett|sett fram)\s+av|(?:moved|proposed|put forward)\s+by)\s+([^()]*)\)\s*\.?\s*$/iu;
/** "Ansvar: valgnemnda. Frist: innen neste møte.": a responsible line that is a follow-up action. */
const RESPONSIBLE_WITH_DUE = /^(.*?)[.;,]\s*(?:frist|deadline|due)\s*:?\s*(.+)$/iu;

type Mode = 'body' | 'text' | 'attachments' | 'members' | 'signatures';

export class CaseBuilder {
    private itemCount = 0;

    constructor(private readonly b: MeetingBuilder) { }

    build(node: ast.Case): Case {
        const b = this.b;
        const heading = b.reader.heading(node);
        const spelling = heading.spelling;
        b.noteLanguage({ keyword: keyword(heading.item ? 'item' : 'case'), spelling, keywordText: b.text.slice(heading.keywordSpan.start, heading.keywordSpan.end), keywordSpan: heading.keywordSpan });
        const series = spelling?.variant;
        const numbered = !heading.item;
        const number = numbered ? parseCaseNumber(heading.number?.text ?? '') : { text: '', main: 0, sub: [], key: `punkt-${++this.itemCount}` };
        if (numbered && number.year === undefined && number.sub.length === 0 && b.year !== undefined && !number.problem) {
            // Cases numbered 1..n per meeting belong to the meeting's year.
            number.key = `${number.main}`;
        }
        if (series) number.key = `${series} ${number.key}`;
        // "Sak 17/23 – Tittel", "Sak 3: Tittel": the separator is not part of the title.
        const rawTitle = heading.title?.text ?? '';
        const lead = /^[:–—-][ \t]*/.exec(rawTitle)?.[0].length ?? 0;
        const title = rawTitle.slice(lead);
        const titleStart = (heading.title?.start ?? 0) + lead;
        const section = b.currentSection();
        const c: Case = {
            series, numbered, number,
            numberSpan: heading.number ? b.lines.span(heading.number.start, heading.number.start + number.text.length) : heading.keywordSpan,
            title,
            titleSpan: heading.title && title ? b.lines.span(titleStart, heading.title.end) : undefined,
            headingSpan: heading.span,
            span: heading.span,
            subCases: [], introducers: [], responsibles: [], attachments: [], conflicts: [], decisions: [], votes: [], dissents: [], deadlines: [],
            proposals: [], content: [], references: [], meetingRefs: [],
            anyOtherBusiness: ANY_OTHER_BUSINESS.test(title.normalize('NFC').trim()),
            closedSession: section.closed,
        };
        if (section.index !== undefined) c.section = section.index;
        const again = TREATED_AGAIN.exec(title);
        if (again) {
            const date = parseDateAt(again[1], b.year);
            c.treatedAgain = { text: again[0].trim(), ...(date?.date ? { date: date.date } : {}), ...(/^\d{1,2}\/\d{2,4}$/.test(again[1].trim()) ? { meetingNumber: again[1].trim() } : {}) };
        }
        if (heading.title) this.addReferences(c, caseReferences(title, titleStart, b.lines, b.year));
        this.body(c, node.lines.map(line => b.reader.line(line)));
        return c;
    }

    private addReferences(c: Case, references: CaseReference[], meetings?: MeetingReference[]): void {
        for (const r of references) c.references.push(r);
        for (const r of meetings ?? []) c.meetingRefs.push(r);
    }

    private body(c: Case, lines: SourceLine[]): void {
        const b = this.b;
        const prose = new ProseCollector(b.lines);
        let section: Section | undefined;
        /** Where blocks go: the case's content, or the intro of a section that starts inside it. */
        const sink = () => (section ? section.intro : c.content);
        let mode = 'body' as Mode;
        let text: { blocks: Block[] | undefined; set: (blocks: Block[], end: number) => void; prose: ProseCollector; last: string; block: Block } | undefined;
        let attachments: Extract<Block, { kind: 'attachments' }> | undefined;
        let signing: Signatures | undefined;
        const endText = () => {
            if (text) {
                const blocks = text.prose.finish();
                const last = blocks[blocks.length - 1];
                text.set(blocks, last ? last.span.end : text.block.span.end);
            }
            text = undefined;
        };
        const push = (block: Block) => { prose.drainInto(sink()); sink().push(block); };
        /** A decision's or proposal's text: the value, then the lines that run on (see `continues`). */
        const startText = (line: SourceLine, block: Block, set: (blocks: Block[], end: number) => void) => {
            text = { blocks: undefined, set, prose: new ProseCollector(b.lines), last: line.value, block };
            if (line.value) {
                const inline = b.inline(line);
                this.addReferences(c, inline.references, inline.meetingRefs);
                text.prose.add(line, inline);
            }
            push(block);
            mode = 'text';
        };
        /** A proposal's or decision's text, over the lines below: `owner` and its block span them. */
        const startTextOf = (line: SourceLine, block: Block, owner: { blocks: Block[]; span: Span }, done?: (blocks: Block[]) => void) =>
            startText(line, block, (blocks, end) => {
                owner.blocks = blocks;
                owner.span = b.lines.span(owner.span.start, end);
                block.span = owner.span;
                done?.(blocks);
            });
        for (let i = 0; i < lines.length; i++) {
            const line = lines[i];
            b.noteLanguage(line);
            if (!section && line.span.end > c.span.end) c.span = b.lines.span(c.span.start, line.span.end);
            const decided = c.decisions.length > 0 || c.proposals.length > 0;
            const bareVote = line.rule === 'Prose' && (
                (decided && VOTE_WITHOUT_KEYWORD.test(line.value))
                // "Sak 7/25 Godkjenning av innkalling" + "Enstemmig vedtatt.": the case's outcome, with no decision written.
                || (mode !== 'text' && !decided && OUTCOME_WITHOUT_KEYWORD.test(line.value.trim())));
            if (bareVote) {
                // "Decision: …" + "Approved, 4-0-2.": the vote on the decision above, written without "Vote:".
                endText();
                mode = 'body';
                prose.flush();
                c.votes.push(this.vote(line, c, true));
                push({ kind: 'vote', index: c.votes.length - 1, span: line.span });
                continue;
            }
            if (line.rule === 'Prose') {
                const value = line.value;
                const item = isListItem(value);
                if (mode === 'text' && text) {
                    const continues = !line.afterBlank
                        || text.prose.empty
                        // "Vedtak: Styret vedtar følgende:" + blank line + a list: the list is the decision.
                        || (item && /:\s*$/.test(text.last) && !text.prose.openList);
                    if (continues) {
                        const inline = b.inline(line);
                        this.addReferences(c, inline.references, inline.meetingRefs);
                        text.prose.add(line, inline);
                        text.last = value;
                        continue;
                    }
                }
                if (mode === 'attachments' && BULLET.test(value) && !line.afterBlank && attachments) {
                    c.attachments.push({ kind: c.attachments[c.attachments.length - 1]?.kind ?? 'vedlegg', text: b.inline(line, BULLET.exec(value)![0].length) });
                    attachments.to = c.attachments.length;
                    attachments.span = b.lines.span(attachments.span.start, line.span.end);
                    continue;
                }
                const responsible = c.responsibles[c.responsibles.length - 1];
                if (mode === 'members' && BULLET.test(value) && !line.afterBlank && responsible) {
                    const fields = parseAttendee(value.slice(BULLET.exec(value)![0].length));
                    if (fields) {
                        responsible.members.push(b.attendee(fields, line.valueStart + BULLET.exec(value)![0].length, line.span, { kind: 'member' }));
                        responsible.span = b.lines.span(responsible.span.start, line.span.end);
                        const block = c.content[c.content.length - 1];
                        if (block?.kind === 'responsible') block.span = responsible.span;
                        continue;
                    }
                }
                if (mode === 'signatures' && signing && (BULLET.test(value) || BULLET_ONLY.test(value)) && !line.afterBlank && b.signerLine(signing, line)) continue;
                endText();
                mode = 'body';
                b.nearMiss(line, 'case');
                const inline = b.inline(line);
                this.addReferences(c, inline.references, inline.meetingRefs);
                if (!item && line.afterBlank) prose.flush();
                prose.add(line, inline);
                continue;
            }
            endText();
            mode = 'body';
            const k = line.keyword;
            // A deadline or action written as a list item stays in its list.
            if ((k?.kind === 'deadline' || k?.kind === 'action') && line.bullet && prose.openList && !line.afterBlank && !section) {
                const deadline = k.kind === 'deadline' ? this.deadline(line, c) : this.action(line, c);
                c.deadlines.push(deadline);
                const inline = b.lineText(line);
                this.addReferences(c, inline.references, inline.meetingRefs);
                prose.add(line, inline, c.deadlines.length - 1);
                continue;
            }
            prose.flush();
            if (line.rule === 'CaseTypeLine') {
                if (c.type) { push(b.misplaced(line, 'repeated', c.type.span.line)); continue; }
                const label = line.keywordText.replace(/[ \t]*:$/, '');
                const name = label.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
                c.type = { label, name, kind: caseKind(name), span: line.keywordSpan, text: line.value ? b.inline(line) : undefined };
                if (c.type.text) this.addReferences(c, c.type.text.references);
                continue;
            }
            switch (k!.kind) {
                case 'section':
                    if (onlyProseFollows(lines, i)) { prose.drainInto(sink()); section = b.section(line); }
                    else push({ kind: 'heading', level: line.keywordText.length, text: b.inline(line), span: line.span });
                    break;
                case 'introducer': {
                    const inline = b.inline(line);
                    const found = leadingName(inline.text);
                    // "Innledning ved kommunalsjef Siri Holm": the person is Siri Holm.
                    const name = found && withoutTitle(found.name);
                    c.introducers.push({ text: inline, span: line.span, person: found && name ? b.personRef(name.name, line.valueStart + found.start + name.offset, 'introducer') : undefined });
                    break;
                }
                case 'exemption':
                    if (c.exemption) { push(b.misplaced(line, 'repeated', c.exemption.span.line)); break; }
                    c.exemption = {
                        keywordSpan: line.keywordSpan, span: line.span, basis: line.value || undefined,
                        basisSpan: line.value ? b.lines.span(line.valueStart, line.valueStart + line.value.length) : undefined,
                    };
                    break;
                case 'responsible': {
                    if (RESPONSIBLE_WITH_DUE.test(line.value)) {
                        // "Ansvar: styreleder. Frist: før jul.": who and when of a follow-up action.
                        c.deadlines.push(this.action(line, c));
                        push({ kind: 'deadline', index: c.deadlines.length - 1, span: line.span });
                        break;
                    }
                    const inline = b.inline(line);
                    const name = leadingName(inline.text);
                    // "Per Ove Lia og Hanne Nakken": each person named (a group, "Arbeidsgruppen", is one).
                    const [first, ...others] = personList(line.value).map(n => b.personRef(n.name, line.valueStart + n.start, 'responsible'));
                    c.responsibles.push({
                        text: inline, members: [], span: line.span, alsoResponsible: others,
                        person: first ?? (name ? b.personRef(name.name, line.valueStart + name.start, 'responsible') : undefined),
                    });
                    push({ kind: 'responsible', index: c.responsibles.length - 1, span: line.span });
                    mode = 'members';
                    break;
                }
                case 'attachment': {
                    const kind = (line.spelling?.variant ?? 'vedlegg') as AttachmentKind;
                    const from = c.attachments.length;
                    c.attachments.push({ kind, text: line.value ? b.inline(line) : { text: '', span: line.keywordSpan, references: [] } });
                    attachments = { kind: 'attachments', from, to: from + 1, span: line.span };
                    push(attachments);
                    mode = 'attachments';
                    break;
                }
                case 'conflict':
                    c.conflicts.push(b.conflict(line));
                    push({ kind: 'conflict', index: c.conflicts.length - 1, span: line.span });
                    break;
                case 'withdrawn': {
                    const reason = line.value.replace(/^[.:]\s*/, '');
                    const at = line.valueStart + (line.value.length - reason.length);
                    c.withdrawn = {
                        span: line.span,
                        ...(reason.trim()
                            ? { reason: { ...b.inline(line, line.value.length - reason.length), span: b.lines.span(at, at + reason.length) } }
                            : {}),
                    };
                    push({ kind: 'withdrawn', span: line.span });
                    break;
                }
                case 'proposal': {
                    const proposal = this.proposal(line, c);
                    c.proposals.push(proposal);
                    const block: Block = { kind: 'proposal', index: c.proposals.length - 1, span: line.span };
                    startTextOf(line, block, proposal);
                    break;
                }
                case 'decision': {
                    const d: Decision = { keywordSpan: line.keywordSpan, span: line.span, blocks: [], placeholder: false, unanimous: false };
                    c.decisions.push(d);
                    const block: Block = { kind: 'decision', index: c.decisions.length - 1, span: line.span };
                    startTextOf(line, block, d, blocks => {
                        d.placeholder = blocks.length === 1 && blocks[0].kind === 'paragraph' && blocks[0].lines.length === 1 && /^\([^()]*\)\.?$/.test(blocks[0].lines[0].text.trim());
                        d.unanimous = blocks.some(x => x.kind === 'paragraph' && x.lines.some(l => UNANIMOUS_DECISION.test(l.text)));
                    });
                    break;
                }
                case 'vote':
                    c.votes.push(this.vote(line, c));
                    push({ kind: 'vote', index: c.votes.length - 1, span: line.span });
                    break;
                case 'dissent': {
                    const people = nameList(line.value).map(n => b.personRef(n.name, line.valueStart + n.start, 'dissent'));
                    c.dissents.push({ text: b.inline(line), people, span: line.span });
                    push({ kind: 'dissent', index: c.dissents.length - 1, span: line.span });
                    break;
                }
                case 'deadline':
                case 'action':
                    c.deadlines.push(k!.kind === 'deadline' ? this.deadline(line, c) : this.action(line, c));
                    push({ kind: 'deadline', index: c.deadlines.length - 1, span: line.span });
                    break;
                case 'signatures':
                    signing = b.signatures(line);
                    mode = 'signatures';
                    break;
                case 'nextMeeting':
                    b.nextMeetingLine(line, sink(), prose);
                    break;
                case 'chair':
                case 'referent':
                    // An annual meeting elects its chair and secretary in a case ("Sak 3 Valg av møteleder"):
                    // where the header names none, the line inside the case does.
                    if (!b.electedOfficer(line)) { push(b.misplaced(line, 'before-cases')); break; }
                    push(b.misplaced(line, 'elected'));
                    break;
                default:
                    // A header or attendance line inside a case: kept where it was written.
                    push(b.misplaced(line, 'before-cases'));
            }
        }
        endText();
        prose.drainInto(sink());
    }

    /** `Forslag fra Kari Bjørge (Sp): …`, `Endringsforslag fra …:`, `Forslag: … (fremmet av …)`. */
    private proposal(line: SourceLine, _c: Case): Proposal {
        const b = this.b;
        const kind = (line.spelling?.variant ?? 'forslag') as ProposalKind;
        const proposal: Proposal = { kind, keywordSpan: line.keywordSpan, span: line.span, blocks: [], alsoBy: [] };
        // The proposer: the group part of the keyword ("Forslag fra Kari Bjørge (Sp):"), or "(fremmet av …)".
        const from = /^[^:]*?\s+(?:fra|frå|by|from)\s+(.+?)(?:,?\s+seconded\s+by\s+(.+?))?\s*:$/iu.exec(line.keywordText.normalize('NFC'));
        const by = PROPOSED_BY.exec(line.value);
        const proposer = from?.[1] ?? by?.[1].trim();
        if (from?.[2]) proposal.seconder = from[2];
        if (proposer) {
            proposal.proposer = proposer;
            const offsetOf = (text: string) => from ? line.keywordSpan.start + line.keywordText.normalize('NFC').indexOf(text) : line.valueStart + line.value.indexOf(text);
            // "Kjetil Mo og Anne Rise": each a person of the meeting.
            const names = personList(proposer);
            if (names.length > 0) {
                const base = offsetOf(proposer);
                const [first, ...others] = names.map(n => b.personRef(n.name, base + n.start, 'proposer'));
                proposal.person = first;
                proposal.alsoBy = others;
                return proposal;
            }
            const name = leadingName(proposer);
            if (name) {
                const offset = offsetOf(from ? proposer : by![1].trim());
                const ref = personRefAt(name.name, b.lines.span(offset + name.start, offset + name.end), 'proposer');
                // Only a person's name is checked against the attendance ("ordføreren" is a role); a first or
                // last name alone ("Motion by Jonas, seconded by Elena:") when it is one of the meeting's people.
                const part = (p: { key: string }, i: 0 | -1) => p.key.split(' ').at(i) === ref.key;
                if (ref.isPerson || ref.byRole || (/^\p{Lu}[\p{L}'’-]+$/u.test(ref.name) && b.meeting.people.some(p => part(p, 0) || part(p, -1)))) { b.meeting.personRefs.push(ref); proposal.person = ref; }
            }
        }
        return proposal;
    }

    /** A vote, and what it is on: the proposal or decision directly above it. `bare`: written without "Vote:" ("Approved, 4-0-2."). */
    private vote(line: SourceLine, c: Case, bare = false): Vote {
        const b = this.b;
        const text = line.value;
        const parsed = parseVote(text);
        const vote: Vote = { span: line.span, text, unanimous: parsed.unanimous, acclamation: parsed.acclamation, sides: parsed.sides };
        if (bare) vote.bare = true;
        if (text) vote.valueSpan = b.lines.span(line.valueStart, line.valueStart + text.length);
        if (parsed.for !== undefined) vote.for = parsed.for;
        if (parsed.against !== undefined) vote.against = parsed.against;
        if (parsed.abstain !== undefined) vote.abstain = parsed.abstain;
        if (parsed.outcome) vote.outcome = parsed.outcome;
        if (!text) vote.problem = { kind: 'empty' };
        else if (parsed.unreadable) vote.problem = { kind: 'unreadable', text };
        // Directly above: the last block of the case (a proposal's or decision's text included); an
        // `Ansvarlig:` line between a decision and its vote does not count.
        let above = c.content.length - 1;
        while (above >= 0 && c.content[above].kind === 'responsible') above--;
        const block = c.content[above];
        // "Innstillingen ble vedtatt …" right after another proposal is a vote on the recommendation, not on that proposal.
        const onRecommendation = block?.kind === 'proposal' && c.proposals[block.index].kind !== 'innstilling' && /^\s*innstillingen?(?![\p{L}])/iu.test(text);
        if ((block?.kind === 'proposal' || block?.kind === 'decision') && !onRecommendation) {
            vote.on = { kind: block.kind, index: block.index };
            if (block.kind === 'proposal' && c.proposals[block.index].vote === undefined) c.proposals[block.index].vote = c.votes.length;
        }
        return vote;
    }

    private deadline(line: SourceLine, c: Case): Deadline {
        const b = this.b;
        const text = line.value;
        const base = line.valueStart;
        const fields = parseDeadline(text, b.meeting.date?.value);
        const deadline: Deadline = {
            kind: 'deadline', span: line.span, keywordSpan: line.keywordSpan, text, alsoResponsible: [], responsibleFromCase: false, what: fields.what,
            caseKey: c.number.key, done: fields.done,
        };
        if (fields.date) deadline.due = b.dateField(text, base, fields.date);
        else if (fields.due) deadline.due = this.due(text, base, fields.due);
        const [first, ...others] = fields.responsible;
        if (first) {
            deadline.responsible = b.personRef(first.name, base + first.start, 'deadline');
            for (const other of others) deadline.alsoResponsible.push(b.personRef(other.name, base + other.start, 'deadline'));
        } else {
            const responsible = c.responsibles[0];
            // A group name may contain " og " ("Arbeidsgruppen for helse og omsorg"): cut at , ( : only.
            const name = responsible?.text.text.split(/[,(:]/)[0].trim();
            if (responsible && name) {
                deadline.responsibleFromCase = true;
                deadline.responsible = personRefAt(name, responsible.text.span, 'responsible');
            }
        }
        return deadline;
    }

    /** `Oppfølging: Siri Holm – legger fram ny sak i juni.`; also `Ansvar: styreleder. Frist: før jul.` */
    private action(line: SourceLine, c: Case): Deadline {
        const b = this.b;
        const text = line.value;
        const deadline: Deadline = {
            kind: 'action', span: line.span, keywordSpan: line.keywordSpan, text, alsoResponsible: [], responsibleFromCase: false, what: '',
            caseKey: c.number.key, done: false,
        };
        const withDue = line.keyword?.kind === 'responsible' ? RESPONSIBLE_WITH_DUE.exec(text) : null;
        if (withDue) {
            // Who before ". Frist:", when (and what) after it.
            const owner = leadingName(withDue[1]);
            if (owner) deadline.responsible = b.personRef(owner.name, line.valueStart + owner.start, 'deadline');
            const dueText = withDue[2], dueStart = text.length - dueText.length;
            const due = findDue(dueText, b.meeting.date?.value);
            if (due) deadline.due = this.due(dueText, line.valueStart + dueStart, due);
            deadline.what = (due ? dueText.slice(0, due.start) + dueText.slice(due.end) : dueText).replace(/^[\s.,:;–-]+|[\s.]+$/g, '');
            return deadline;
        }
        // "Action (Priya): …": the owner stands in parentheses in the keyword.
        const owner = /\(([^()]+)\)[ \t]*:$/u.exec(line.keywordText);
        if (owner) {
            const at = line.keywordSpan.start + owner.index + 1 + (owner[1].length - owner[1].trimStart().length);
            deadline.responsible = b.personRef(owner[1].trim(), at, 'deadline');
        }
        const known = new Set(b.meeting.people.flatMap(p => [p.key, nameKey(p.name.split(' ')[0])]));
        const fields = parseAction(text, owner ? new Set() : known, b.meeting.date?.value);
        deadline.what = fields.what;
        deadline.done = fields.done;
        if (fields.due) deadline.due = this.due(text, line.valueStart, fields.due);
        const [first, ...others] = fields.owners;
        if (owner) {
            if (first) { deadline.what = text.trim(); }
        } else if (first) {
            // "Oppfølging: Kommunedirektør Bente Alstad – …": the owner is Bente Alstad.
            const plain = withoutTitle(first.name);
            deadline.responsible = b.personRef(plain.name, line.valueStart + first.start + plain.offset, 'deadline');
            for (const other of others) deadline.alsoResponsible.push(b.personRef(other.name, line.valueStart + other.start, 'deadline'));
        } else if (c.responsibles[0]) {
            const name = c.responsibles[0].text.text.split(/[,(:]/)[0].trim();
            if (name) { deadline.responsibleFromCase = true; deadline.responsible = personRefAt(name, c.responsibles[0].text.span, 'responsible'); }
        }
        return deadline;
    }

    /** A due date found in `text` (at `base`): a date, or words that come to one where the meeting says. */
    private due(text: string, base: number, due: DueFields): DateField {
        const b = this.b;
        if (due.date && !due.relative) return b.dateField(text, base, due.date);
        const field: DateField = {
            text: text.slice(due.start, due.end), span: b.lines.span(base + due.start, base + due.end), yearImplied: false, relative: due.relative,
        };
        if (due.date?.date) field.value = due.date.date;
        return field;
    }
}
