/**
 * Case numbers: used twice (here or in the body's other meetings of the year), the wrong year, out of
 * order. Each number series (Sak, PS, RS, V-sak …) is numbered and checked on its own; items without
 * a number take none; an older case treated again keeps its old number.
 */
import { caseNumberLabel } from '../../model/labels.js';
import { allCases, caseYear } from '../../model/queries.js';
import { formatDateShort } from '../../model/values/dates.js';
import { formatCaseNumber, numberKey } from '../../model/values/case-numbers.js';
import { nameKey } from '../../model/values/names.js';
import type { Case } from '../../model/types.js';
import { IssueCodes } from '../issue-codes.js';
import type { CheckContext } from './context.js';

export function checkCaseNumbers(ctx: CheckContext): void {
    const { meeting: m, report, t, index } = ctx;
    const seen = new Map<string, Case>();
    for (const c of allCases(m)) {
        if (c.number.problem || !c.numbered) continue;
        const key = `${c.series ?? ''} ${numberKey(c.number)}/${caseYear(c, m) ?? ''}`;
        const earlier = seen.get(key);
        if (earlier) {
            report('error', IssueCodes.DuplicateCaseNumber, c.numberSpan, t.duplicateCaseNumber(c.number.text, earlier.numberSpan.line + 1), { caseNumber: c.number.text });
            continue;
        }
        seen.set(key, c);
        // The same number and title in another meeting of the body (another day) is the case treated again, not a duplicate.
        const other = c.treatedAgain ? undefined : index.duplicatesElsewhere(m, c).find(o => nameKey(o.case.title) !== nameKey(c.title) || !otherDay(o.meeting.date?.value, m.date?.value));
        if (other) {
            const date = other.meeting.date?.value;
            report('error', IssueCodes.DuplicateCaseNumber, c.numberSpan,
                t.duplicateCaseNumberElsewhere(caseNumberLabel(c), index.displayName(other.meeting.uri), date && formatDateShort(date)),
                { caseNumber: c.number.text, otherUri: other.meeting.uri });
        }
        const meetingYear = m.date?.value?.year;
        if (c.number.year !== undefined && meetingYear !== undefined && c.number.year !== meetingYear && !c.parentKey && !treatedAgain(ctx, c)) {
            const expected = formatCaseNumber(c.number.main, meetingYear, c.number);
            report('warning', IssueCodes.CaseYearMismatch, c.numberSpan, t.caseYearMismatch(c.number.text, c.number.year, meetingYear, expected), { caseNumber: c.number.text, expected });
        }
    }
    const series = new Map<string, Case[]>();
    for (const c of m.cases) {
        if (!c.numbered || treatedAgain(ctx, c)) continue;
        const list = series.get(c.series ?? '') ?? [];
        list.push(c);
        series.set(c.series ?? '', list);
    }
    for (const list of series.values()) checkOrder(ctx, list.map(c => ({ c, n: c.number.main })), 'sak');
    for (const parent of allCases(m)) {
        if (parent.subCases.length > 0) checkOrder(ctx, parent.subCases.map(c => ({ c, n: c.number.sub[c.number.sub.length - 1] })), 'undersak', 1);
    }
}

const otherDay = (a: { year: number; month: number; day: number } | undefined, b: typeof a) =>
    !!a && !!b && (a.year !== b.year || a.month !== b.month || a.day !== b.day);

const isEarlier = (a: { year: number; month: number; day: number } | undefined, b: typeof a) =>
    !!a && !!b && (a.year - b.year || a.month - b.month || a.day - b.day) < 0;

/** Treated again: said so in the title, or the body's earlier meeting has the number with the same title. */
function treatedAgain(ctx: CheckContext, c: Case): boolean {
    if (c.treatedAgain) return true;
    const m = ctx.meeting;
    return ctx.index.sameNumberElsewhere(m, c).some(o => nameKey(o.case.title) === nameKey(c.title) && isEarlier(o.meeting.date?.value, m.date?.value));
}

/**
 * Numbers rise by one: 17, 18, 19. The first case may have any number (bodies count per year); the
 * first sub-case must be `first`. A number lower than the one before is a warning; a gap is a hint
 * only (a case may have been withdrawn or withheld).
 */
function checkOrder(ctx: CheckContext, cases: Array<{ c: Case; n: number }>, what: 'sak' | 'undersak', first?: number): void {
    const { report, t } = ctx;
    const head = cases[0];
    if (first !== undefined && head && !head.c.number.problem && head.n !== first) {
        const expected = head.c.number.text.replace(/\d+$/, String(first));
        report('warning', IssueCodes.CaseNumberOrder, head.c.numberSpan, t.firstSubCase(caseNumberLabel(head.c), expected), { caseNumber: head.c.number.text, expected: first });
    }
    for (let i = 1; i < cases.length; i++) {
        const previous = cases[i - 1], current = cases[i];
        if (current.c.number.problem || previous.c.number.problem || current.n === previous.n) continue;
        const data = { caseNumber: current.c.number.text, expected: previous.n + 1 };
        if (current.n < previous.n) {
            report('warning', IssueCodes.CaseNumberOrder, current.c.numberSpan, t.caseOutOfOrder(caseNumberLabel(current.c), caseNumberLabel(previous.c, true), what, previous.n + 1), data);
        } else if (current.n !== previous.n + 1) {
            report('hint', IssueCodes.CaseNumberOrder, current.c.numberSpan, t.caseNumberGap(caseNumberLabel(current.c), caseNumberLabel(previous.c, true), current.n - previous.n - 1, previous.n + 1), data);
        }
    }
}
