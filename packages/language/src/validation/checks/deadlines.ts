/** Deadlines: a usable date not before the meeting, and someone responsible. */
import { allCases } from '../../model/queries.js';
import { compareDates } from '../../model/values/dates.js';
import { IssueCodes } from '../issue-codes.js';
import type { CheckContext } from './context.js';
import { checkDateField } from './dates.js';

export function checkDeadlines(ctx: CheckContext): void {
    const { meeting: m, report, t } = ctx;
    for (const c of allCases(m)) {
        for (const d of c.deadlines) {
            // A deadline without a date, or with one in words, is an action: never an error.
            checkDateField(ctx, d.due);
            if (d.due?.problem) continue;
            const held = m.date?.value;
            if (d.due?.value && !d.due.relative && held && compareDates(d.due.value, held) < 0) {
                report('error', IssueCodes.DeadlineBeforeMeeting, d.due.span, t.deadlineBeforeMeeting(d.due.value, held, d.due.yearImplied));
            }
            // An owner belongs to a dated deadline; follow-up actions often name theirs in the sentence.
            if (!d.responsible && d.kind === 'deadline' && d.due?.value && !d.due.relative) report('warning', IssueCodes.DeadlineWithoutResponsible, d.keywordSpan, t.deadlineWithoutResponsible());
        }
    }
}
