/** Cases: a usable number, a title, a decision where one is due, exemption with a legal basis, readable votes. */
import { allCases } from '../../model/queries.js';
import { caseLabel } from '../../model/labels.js';
import type { Case } from '../../model/types.js';
import { IssueCodes } from '../issue-codes.js';
import type { CheckContext } from './context.js';

export function checkCases(ctx: CheckContext): void {
    const { meeting: m, report, t } = ctx;
    const cases = allCases(m);
    const parentOf = new Map<Case, Case>();
    for (const p of cases) for (const sub of p.subCases) parentOf.set(sub, p);
    cases.forEach((c, i) => {
        if (!c.number.text) return; // `Sak` without a number: the syntax error says it
        if (c.number.problem) report('error', IssueCodes.InvalidCaseNumber, c.numberSpan, t.invalidCaseNumber(c.number.problem));
        if (!c.title.trim()) report('hint', IssueCodes.MissingCaseTitle, c.headingSpan, t.missingCaseTitle(c.number.text));
        checkDecision(ctx, c, parentOf.get(c));
        if (c.anyOtherBusiness) for (const d of c.decisions) report('warning', IssueCodes.DecisionInAnyOtherBusiness, d.keywordSpan, t.decisionInAnyOtherBusiness());
        if (c.exemption && !c.exemption.basis?.trim()) report('error', IssueCodes.ExemptWithoutBasis, c.exemption.keywordSpan, t.exemptWithoutBasis());
        const next = cases[i + 1];
        if (c.exemption && next && c.exemption.span.end === c.span.end && c.content.length > 0) {
            report('warning', IssueCodes.ExemptionAtCaseEnd, c.exemption.keywordSpan, t.exemptionAtCaseEnd(caseLabel(next)));
        }
        for (const vote of c.votes) if (vote.problem) report('warning', IssueCodes.InvalidVote, vote.valueSpan ?? vote.span, t.invalidVote(vote.problem));
    });
}

/**
 * A decision case (`Vedtakssak:` and the like) needs a decision: an error without one. Other cases
 * need none — status items, discussions and cases without a type are not reported. An empty
 * `Vedtak:` or one whose whole text is a placeholder counts as missing.
 */
function checkDecision(ctx: CheckContext, c: Case, parent: Case | undefined): void {
    const { report, t } = ctx;
    // A sub-case without a type of its own has its parent's ("Orienteringssak:" over 17.1–17.5).
    const type = c.type ?? parent?.type;
    const severity = type?.kind === 'decision' ? 'error' : 'warning';
    for (const d of c.decisions) {
        if (d.blocks.length === 0) report(severity, IssueCodes.MissingDecision, d.keywordSpan, t.emptyDecision(c.number.text), { caseNumber: c.number.text });
        else if (d.placeholder) {
            const text = d.blocks[0].kind === 'paragraph' ? d.blocks[0].lines[0].text.trim() : '';
            report(severity, IssueCodes.MissingDecision, d.span, t.placeholderDecision(c.number.text, text), { caseNumber: c.number.text });
        }
    }
    if (c.decisions.length > 0 || c.anyOtherBusiness || c.subCases.length > 0) return;
    if (type?.kind === 'decision') {
        report('error', IssueCodes.MissingDecision, c.numberSpan, t.missingDecision(c.number.text, type.label), { caseNumber: c.number.text });
    }
}
