/**
 * Validation of minutes. Checks read the semantic model (model/build.ts) of the meeting and, for
 * cross-file checks, the other meetings of the same body in the workspace (MeetingIndex).
 * Every diagnostic has a code from issue-codes.ts, a precise range and a Norwegian message that says
 * what is wrong and how to fix it.
 */
import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Meeting as MeetingNode, ReferatAstType } from '../generated/ast.js';
import { compareDates, formatDate, formatDateShort, weekdayOf } from '../model/dates.js';
import { allCases, caseYear, type MeetingIndex } from '../model/meeting-index.js';
import { formatCaseNumber } from '../model/text.js';
import type { Case, Meeting, PersonRef, Span } from '../model/types.js';
import type { ReferatServices } from '../referat-module.js';
import { type IssueCode, IssueCodes } from './issue-codes.js';
import { sourceTextCheck } from './source-text.js';

type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Reports diagnostics at source spans of the model. */
class Reporter {
    constructor(private readonly node: MeetingNode, private readonly accept: ValidationAcceptor) { }

    report(severity: Severity, code: IssueCode, span: Span, message: string, data: Record<string, unknown> = {}): void {
        const text = AstUtils.getDocument(this.node).textDocument;
        const range: Range = { start: text.positionAt(span.start), end: text.positionAt(span.end) };
        this.accept(severity, message, { node: this.node, range, code, data: { code, ...data } });
    }
}

export function registerValidationChecks(services: ReferatServices): void {
    const validator = services.referat.Validator;
    const checks: ValidationChecks<ReferatAstType> = {
        Meeting: [
            validator.checkHeader.bind(validator),
            validator.checkAttendance.bind(validator),
            validator.checkPeople.bind(validator),
            validator.checkCases.bind(validator),
            validator.checkCaseNumbers.bind(validator),
            validator.checkDeadlines.bind(validator),
            validator.checkReferences.bind(validator),
            sourceTextCheck(services),
        ],
    };
    services.validation.ValidationRegistry.register(checks, validator);
}

export class ReferatValidator {
    private readonly index: MeetingIndex;

    constructor(services: ReferatServices) {
        this.index = services.referat.MeetingIndex;
    }

    private model(node: MeetingNode): Meeting {
        return this.index.get(AstUtils.getDocument(node));
    }

    checkHeader(node: MeetingNode, accept: ValidationAcceptor): void {
        const m = this.model(node);
        const r = new Reporter(node, accept);
        const start: Span = { start: 0, end: 0, line: 0 };
        if (!m.body) {
            r.report('error', IssueCodes.MissingHeaderField, start, 'Referatet mangler «Organ:». Skriv for eksempel «Organ: Kommunestyret i Ås (KST)» øverst i filen.', { field: 'Organ' });
        }
        if (!m.dateField) {
            r.report('error', IssueCodes.MissingHeaderField, start, 'Referatet mangler «Dato:». Skriv for eksempel «Dato: 22. november 2023» øverst i filen.', { field: 'Dato' });
        } else if (m.dateError && m.dateSpan) {
            r.report('error', IssueCodes.InvalidDate, m.dateSpan, m.dateError);
        }
        this.checkWeekday(r, m.weekday, m.date, m.dateSpan);
        if (m.time?.error) r.report('error', IssueCodes.InvalidDate, m.time.span, m.time.error);
        if (m.status?.dateError) r.report('error', IssueCodes.InvalidDate, m.status.dateSpan ?? m.status.span, m.status.dateError);
        if (m.status?.kind === 'ukjent') {
            r.report('warning', IssueCodes.MissingHeaderField, m.status.span, `Ukjent status «${m.status.text}». Skriv «utkast» eller «godkjent», gjerne med dato: «godkjent 30.11.2023».`, { field: 'Status' });
        }
        if (m.status?.date && m.date && compareDates(m.status.date, m.date) < 0) {
            r.report('error', IssueCodes.InvalidDate, m.status.dateSpan ?? m.status.span, `Referatet kan ikke være godkjent ${formatDateShort(m.status.date)}, før møtet ${formatDateShort(m.date)}. Rett datoen.`);
        }
        const seen = new Map<string, Span>();
        for (const field of m.headerFields) {
            if (seen.has(field.key)) {
                const label = field.key.charAt(0).toUpperCase() + field.key.slice(1);
                r.report('warning', IssueCodes.DuplicateHeaderField, field.keywordSpan, `«${label}:» står to ganger i møtehodet (også på linje ${seen.get(field.key)!.line + 1}). Slett den ene.`);
            } else seen.set(field.key, field.keywordSpan);
        }
        for (const misplaced of m.misplaced) r.report('warning', IssueCodes.MisplacedLine, misplaced.span, misplaced.message);
        const next = m.nextMeeting;
        if (next) {
            if (next.dateError && next.dateSpan) r.report('error', IssueCodes.InvalidDate, next.dateSpan, next.dateError);
            if (next.time?.error) r.report('error', IssueCodes.InvalidDate, next.time.span, next.time.error);
            this.checkWeekday(r, next.weekday, next.date, next.dateSpan);
            if (next.date && m.date && compareDates(next.date, m.date) <= 0) {
                r.report('error', IssueCodes.NextMeetingInPast, next.dateSpan ?? next.keywordSpan,
                    `Neste møte (${formatDate(next.date)}) er ikke etter dette møtet (${formatDate(m.date)}). Rett datoen.`);
            }
        }
    }

    private checkWeekday(r: Reporter, weekday: string | undefined, date: Meeting['date'], span: Span | undefined): void {
        if (!weekday || !date || !span) return;
        const actual = weekdayOf(date);
        const nynorsk: Record<string, string> = { måndag: 'mandag', tysdag: 'tirsdag', laurdag: 'lørdag', sundag: 'søndag' };
        if ((nynorsk[weekday] ?? weekday) !== actual) {
            r.report('warning', IssueCodes.WeekdayMismatch, span, `${formatDate(date)} er en ${actual}, ikke ${weekday}. Rett ukedagen eller datoen.`, { actual });
        }
    }

    checkAttendance(node: MeetingNode, accept: ValidationAcceptor): void {
        const m = this.model(node);
        const r = new Reporter(node, accept);
        const seen = new Map<string, { list: string; line: number }>();
        for (const list of m.attendance) {
            for (const a of list.attendees) {
                const earlier = seen.get(a.key);
                if (!earlier) { seen.set(a.key, { list: list.kind, line: a.span.line }); continue; }
                const present = (k: string) => k === 'present' || k === 'other';
                if ((earlier.list === 'absent') !== (list.kind === 'absent') && (present(earlier.list) || present(list.kind))) {
                    r.report('error', IssueCodes.PresentAndAbsent, a.nameSpan,
                        `${a.name} står både som til stede og med forfall (se linje ${earlier.line + 1}). Fjern personen fra den ene listen.`);
                } else {
                    r.report('warning', IssueCodes.DuplicateAttendee, a.nameSpan,
                        `${a.name} står to ganger i deltakerlistene (også på linje ${earlier.line + 1}). Slett den ene linjen.`);
                }
            }
        }
    }

    checkPeople(node: MeetingNode, accept: ValidationAcceptor): void {
        const m = this.model(node);
        if (m.attendance.length === 0) return; // nothing to check names against
        const r = new Reporter(node, accept);
        const known = new Set(m.people.map(p => p.key));
        const always: Array<PersonRef['role']> = ['chair', 'referent', 'conflict', 'dissent', 'substitute'];
        // personRefs holds every reference, `vara for` principals included.
        for (const ref of m.personRefs) {
            if (known.has(ref.key)) continue;
            if (!ref.isPerson && !always.includes(ref.role)) continue;
            r.report('warning', IssueCodes.UnknownPerson, ref.span,
                `«${ref.name}» står ikke i noen deltakerliste. Rett skrivemåten eller legg personen til under «Til stede:», «Forfall:» eller «Andre:».`,
                { name: ref.name });
        }
        // A substitute's principal is expected among the absent.
        const absent = new Set(m.attendance.filter(l => l.kind === 'absent').flatMap(l => l.attendees.map(a => a.key)));
        for (const p of m.people) {
            const principal = p.substituteFor;
            if (principal && known.has(principal.key) && !absent.has(principal.key)) {
                r.report('warning', IssueCodes.PresentAndAbsent, principal.span,
                    `${p.name} møter som vara for ${principal.name}, men ${principal.name} står ikke under «Forfall:». Flytt ${principal.name} til «Forfall:».`);
            }
        }
    }

    checkCases(node: MeetingNode, accept: ValidationAcceptor): void {
        const m = this.model(node);
        const r = new Reporter(node, accept);
        const parentOf = new Map<Case, Case>();
        for (const p of allCases(m)) for (const sub of p.subCases) parentOf.set(sub, p);
        for (const c of allCases(m)) {
            if (!c.number.text) continue; // `Sak` without a number: the syntax error says it
            if (c.number.error) r.report('error', IssueCodes.InvalidCaseNumber, c.numberSpan, c.number.error);
            if (!c.title.trim()) {
                r.report('warning', IssueCodes.MissingCaseTitle, c.headingSpan, `Sak ${c.number.text} mangler tittel. Skriv tittelen etter saksnummeret på samme linje.`);
            }
            this.checkDecision(r, c, parentOf.get(c));
            if (c.anyOtherBusiness) {
                for (const d of c.decisions) {
                    r.report('warning', IssueCodes.DecisionInAnyOtherBusiness, d.keywordSpan,
                        'Vedtak under Eventuelt: saker som krever vedtak bør settes opp som egen sak på sakslisten. Flytt vedtaket til en egen sak, eller stryk det.');
                }
            }
            if (c.exemption && !c.exemption.basis?.trim()) {
                r.report('error', IssueCodes.ExemptWithoutBasis, c.exemption.keywordSpan,
                    'Unntak fra offentlighet krever hjemmel. Skriv for eksempel «Unntatt offentlighet: offl. § 13».');
            }
            if (c.vote?.error) r.report('warning', IssueCodes.InvalidVote, c.vote.valueSpan ?? c.vote.span, c.vote.error);
        }
    }

    private checkDecision(r: Reporter, c: Case, parent: Case | undefined): void {
        // A sub-case without a type of its own has its parent's ("Orienteringssak:" over 17.1–17.5).
        const type = c.type ?? parent?.type;
        if (c.decisions.length > 0 || c.anyOtherBusiness) {
            for (const d of c.decisions) {
                if (d.blocks.length === 0) {
                    r.report(type?.kind === 'decision' ? 'error' : 'warning', IssueCodes.MissingDecision, d.keywordSpan,
                        `«Vedtak:» i sak ${c.number.text} er tomt. Skriv vedtaket på samme linje eller som en nummerert liste under.`, { caseNumber: c.number.text });
                }
            }
            return;
        }
        // Cases with sub-cases decide in the sub-cases; information cases need no decision.
        if (c.subCases.length > 0 || type?.kind === 'information') return;
        const isDecisionCase = type?.kind === 'decision';
        r.report(isDecisionCase ? 'error' : 'warning', IssueCodes.MissingDecision, c.numberSpan,
            isDecisionCase
                ? `Sak ${c.number.text} er en ${type!.label.toLowerCase()} uten vedtak. Legg til en linje «Vedtak: …».`
                : `Sak ${c.number.text} har ikke noe vedtak. Legg til en linje «Vedtak: …» (for eksempel «Vedtak: Saken tas til orientering.»).`,
            { caseNumber: c.number.text });
    }

    checkCaseNumbers(node: MeetingNode, accept: ValidationAcceptor): void {
        const m = this.model(node);
        const r = new Reporter(node, accept);
        const seen = new Map<string, Case>();
        for (const c of allCases(m)) {
            if (c.number.error) continue;
            const key = [c.number.main, ...c.number.sub].join('.') + '/' + (caseYear(c, m) ?? '');
            const earlier = seen.get(key);
            if (earlier) {
                r.report('error', IssueCodes.DuplicateCaseNumber, c.numberSpan,
                    `Saksnummeret ${c.number.text} er brukt før i dette referatet (linje ${earlier.numberSpan.line + 1}). Gi saken neste ledige nummer.`,
                    { caseNumber: c.number.text });
                continue;
            }
            seen.set(key, c);
            const elsewhere = this.index.duplicatesElsewhere(m, c);
            if (elsewhere.length > 0) {
                const other = elsewhere[0];
                const file = decodeURIComponent(other.meeting.uri.split('/').pop() ?? '');
                const when = other.meeting.date ? ` (møtet ${formatDateShort(other.meeting.date)})` : '';
                r.report('error', IssueCodes.DuplicateCaseNumber, c.numberSpan,
                    `Sak ${c.number.text} finnes allerede i ${file}${when} for samme organ og år. Gi saken neste ledige nummer.`,
                    { caseNumber: c.number.text, otherUri: other.meeting.uri });
            }
            if (c.number.year !== undefined && m.date && c.number.year !== m.date.year && !c.parentKey) {
                r.report('warning', IssueCodes.CaseYearMismatch, c.numberSpan,
                    `Saksnummeret ${c.number.text} hører til ${c.number.year}, men møtet er i ${m.date.year}. Skriv «${formatCaseNumber(c.number.main, m.date.year, c.number)}».`,
                    { caseNumber: c.number.text, expected: formatCaseNumber(c.number.main, m.date.year, c.number) });
            }
        }
        this.checkOrder(r, m.cases.map(c => ({ c, n: c.number.main })), 'sak');
        for (const parent of allCases(m)) {
            if (parent.subCases.length > 0) this.checkOrder(r, parent.subCases.map(c => ({ c, n: c.number.sub[c.number.sub.length - 1] })), 'undersak', 1);
        }
    }

    /** Numbers must rise by one: 17, 18, 19. The first case may have any number (bodies count per year); the first sub-case must be `first`. */
    private checkOrder(r: Reporter, cases: Array<{ c: Case; n: number }>, what: string, first?: number): void {
        const head = cases[0];
        if (first !== undefined && head && !head.c.number.error && head.n !== first) {
            const expected = head.c.number.text.replace(/\d+$/, String(first));
            r.report('warning', IssueCodes.CaseNumberOrder, head.c.numberSpan,
                `Sak ${head.c.number.text} er den første ${what}en her. Nummerer ${what}ene fortløpende fra ${first} (skriv «${expected}»).`,
                { caseNumber: head.c.number.text, expected: first });
        }
        for (let i = 1; i < cases.length; i++) {
            const previous = cases[i - 1], current = cases[i];
            if (current.c.number.error || previous.c.number.error || current.n === previous.n) continue;
            if (current.n !== previous.n + 1) {
                const problem = current.n < previous.n ? 'står etter' : `hopper over ${current.n - previous.n - 1 === 1 ? 'ett nummer' : 'numre'} etter`;
                r.report('warning', IssueCodes.CaseNumberOrder, current.c.numberSpan,
                    `Sak ${current.c.number.text} ${problem} sak ${previous.c.number.text}. Nummerer ${what}ene fortløpende (neste nummer er ${previous.n + 1}).`,
                    { caseNumber: current.c.number.text, expected: previous.n + 1 });
            }
        }
    }

    checkDeadlines(node: MeetingNode, accept: ValidationAcceptor): void {
        const m = this.model(node);
        const r = new Reporter(node, accept);
        for (const c of allCases(m)) {
            for (const d of c.deadlines) {
                if (d.dateError) { r.report('error', IssueCodes.InvalidDate, d.dateSpan ?? d.keywordSpan, d.dateError); continue; }
                this.checkWeekday(r, d.weekday, d.date, d.dateSpan);
                if (d.date && m.date && compareDates(d.date, m.date) < 0) {
                    r.report('error', IssueCodes.DeadlineBeforeMeeting, d.dateSpan!,
                        `Fristen ${formatDate(d.date)} er før møtet ${formatDate(m.date)}. Rett datoen${d.yearImplied ? ' (skriv året om fristen er neste år)' : ''}.`);
                }
                if (!d.responsible) {
                    r.report('warning', IssueCodes.DeadlineWithoutResponsible, d.keywordSpan,
                        'Fristen har ingen ansvarlig. Skriv hvem etter datoen («Frist 11.04.2024: Kari Nordmann – notat») eller «(ansvarlig: …)», eller gi saken en linje «Ansvarlig: …».');
                }
            }
        }
    }

    checkReferences(node: MeetingNode, accept: ValidationAcceptor): void {
        const m = this.model(node);
        const r = new Reporter(node, accept);
        for (const c of allCases(m)) {
            for (const ref of c.references) {
                const { target, external } = this.index.resolve(m, ref);
                if (target || external) continue;
                const where = ref.meeting ? `i møtet ${ref.meeting.text.replace(/^\(|\)$/g, '')}` : 'i dette møtet eller i organets andre møter i arbeidsområdet';
                r.report('warning', IssueCodes.UnresolvedCaseReference, ref.numberSpan,
                    `Finner ingen sak ${ref.number.text} ${where}. Rett saksnummeret, eller skriv hvilket møte saken hørte til: «jf. sak 07/16 (01/16)».`,
                    { caseNumber: ref.number.text });
            }
        }
    }
}
