/** The header: body and date required (an empty value counts as missing), status, repeated fields, next meeting. */
import { compareDates } from '../../model/values/dates.js';
import { shortDate } from '../../model/labels.js';
import type { Span } from '../../model/types.js';
import { IssueCodes } from '../issue-codes.js';
import type { CheckContext } from './context.js';
import { checkDateField, checkTimeField } from './dates.js';

const START: Span = { start: 0, end: 0, line: 0 };

export function checkHeader(ctx: CheckContext): void {
    const { meeting: m, report, t } = ctx;
    const bodyField = m.headerFields.find(f => f.kind === 'body');
    if (!bodyField) report('error', IssueCodes.MissingHeaderField, START, t.missingBody(), { field: 'Organ' });
    else if (!m.body) report('error', IssueCodes.MissingHeaderField, bodyField.keywordSpan, t.emptyBody(), { field: 'Organ' });
    const dateField = m.headerFields.find(f => f.kind === 'date');
    if (!dateField) report('error', IssueCodes.MissingHeaderField, START, t.missingDate(), { field: 'Dato' });
    else if (!m.date) report('error', IssueCodes.MissingHeaderField, dateField.keywordSpan, t.emptyDate(), { field: 'Dato' });
    checkDateField(ctx, m.date);
    checkTimeField(ctx, m.time);
    if (m.status) {
        if (m.status.kind === 'ukjent') report('warning', IssueCodes.MissingHeaderField, m.status.span, t.unknownStatus(m.status.text), { field: 'Status' });
        checkDateField(ctx, m.status.date);
        const approved = m.status.date?.value, held = m.date?.value;
        if (approved && held && compareDates(approved, held) < 0) {
            report('error', IssueCodes.InvalidDate, m.status.date!.span, t.approvedBeforeMeeting(shortDate(approved, m.language), shortDate(held, m.language)));
        }
    }
    const seen = new Map<string, Span>();
    for (const field of m.headerFields) {
        if (field.kind === 'custom') continue;
        const earlier = seen.get(field.kind);
        if (earlier) report('warning', IssueCodes.DuplicateHeaderField, field.keywordSpan, t.duplicateHeaderField(field.label, earlier.line + 1));
        else seen.set(field.kind, field.keywordSpan);
    }
    const next = m.nextMeeting;
    if (next) {
        checkDateField(ctx, next.date);
        checkTimeField(ctx, next.time);
        const when = next.date?.value, held = m.date?.value;
        if (when && held && !next.date!.problem && compareDates(when, held) <= 0) {
            report('error', IssueCodes.NextMeetingInPast, next.date!.span, t.nextMeetingNotAfter(when, held));
        }
    }
}
