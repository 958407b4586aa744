/** A dated thing is checked once: its problem, and a weekday that does not match. */
import { weekdayMatches, weekdayOf } from '../../model/values/dates.js';
import type { DateField, TimeField } from '../../model/types.js';
import { IssueCodes } from '../issue-codes.js';
import type { CheckContext } from './context.js';

export function checkDateField(ctx: CheckContext, field: DateField | undefined): void {
    if (!field) return;
    if (field.problem) { ctx.report('error', IssueCodes.InvalidDate, field.span, ctx.t.dateProblem(field.problem)); return; }
    if (field.weekday && field.value && !weekdayMatches(field.weekday, field.value)) {
        const actual = weekdayOf(field.value, ctx.meeting.language);
        ctx.report('warning', IssueCodes.WeekdayMismatch, field.span, ctx.t.weekdayMismatch(field.value, actual, field.weekday), { actual });
    }
}

export function checkTimeField(ctx: CheckContext, field: TimeField | undefined): void {
    if (!field) return;
    if (field.problem) ctx.report('error', IssueCodes.InvalidDate, field.span, ctx.t.timeProblem(field.problem));
    else if (field.rest) ctx.report('warning', IssueCodes.UnparsedValue, field.span, ctx.t.unparsedTime(field.text, field.rest));
}
