/** Inlay hints: the weekday after a date written without one, and days left on open deadlines. */
import type { LangiumDocument } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import { type InlayHint, InlayHintKind, type InlayHintParams } from 'vscode-languageserver';
import { daysLeft } from '../model/labels.js';
import { allCases } from '../model/queries.js';
import type { DateField } from '../model/types.js';
import { weekdayOf } from '../model/values/dates.js';
import type { ReferatServices } from '../referat-module.js';
import type { Clock } from '../workspace/clock.js';
import type { MeetingIndex } from '../workspace/meeting-index.js';

export class ReferatInlayHintProvider implements InlayHintProvider {
    private readonly index: MeetingIndex;
    private readonly clock: Clock;

    constructor(services: ReferatServices) {
        this.index = services.referat.MeetingIndex;
        this.clock = services.referat.Clock;
    }

    getInlayHints(document: LangiumDocument, params: InlayHintParams): InlayHint[] {
        const m = this.index.get(document);
        const text = document.textDocument.getText();
        const first = document.textDocument.offsetAt(params.range.start), last = document.textDocument.offsetAt(params.range.end);
        const hints: InlayHint[] = [];
        const add = (field: DateField | undefined, deadline?: { done: boolean }) => {
            const date = field?.problem ? undefined : field?.value;
            const span = field?.span;
            if (!span || !date || span.end < first || span.start > last) return;
            const parts: string[] = [];
            if (!/^\p{L}/u.test(text.slice(span.start, span.end))) parts.push(weekdayOf(date, m.language));
            if (deadline && !deadline.done) parts.push(daysLeft(this.clock.today(), date, m.language));
            if (parts.length === 0) return;
            hints.push({ position: document.textDocument.positionAt(span.end), label: `(${parts.join(', ')})`, kind: InlayHintKind.Parameter, paddingLeft: true });
        };
        add(m.date);
        for (const c of allCases(m)) for (const d of c.deadlines) add(d.due, d);
        add(m.nextMeeting?.date);
        return hints;
    }
}
