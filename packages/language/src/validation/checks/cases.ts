/** Cases: a usable number, a title, a decision where one is due, exemption with a legal basis, readable votes. */
import { caseLabel, caseNumberLabel } from '../../model/labels.js';
import { allCases, caseKindOf, exemptionsAtCaseEnd } from '../../model/queries.js';
import type { Case } from '../../model/types.js';
import { SERIES } from '../../vocabulary/keywords.js';
import { IssueCodes } from '../issue-codes.js';
import type { CheckContext } from './context.js';

export function checkCases(ctx: CheckContext): void {
    const { meeting: m, report, t } = ctx;
    const cases = allCases(m);
    const parentOf = new Map<Case, Case>();
    for (const p of cases) for (const sub of p.subCases) parentOf.set(sub, p);
    for (const c of cases) {
        if (c.numbered && !c.number.text) continue; // `Sak` without a number: the syntax error says it
        if (c.number.problem) report('error', IssueCodes.InvalidCaseNumber, c.numberSpan, t.invalidCaseNumber(c.number.problem));
        if (c.numbered && !c.title.trim()) report('hint', IssueCodes.MissingCaseTitle, c.headingSpan, t.missingCaseTitle(caseNumberLabel(c)));
        checkDecision(ctx, c, parentOf.get(c));
        if (c.anyOtherBusiness) for (const d of c.decisions) report('warning', IssueCodes.DecisionInAnyOtherBusiness, d.keywordSpan, t.decisionInAnyOtherBusiness());
        if (c.exemption && !c.exemption.basis?.trim()) report('error', IssueCodes.ExemptWithoutBasis, c.exemption.keywordSpan, t.exemptWithoutBasis());
        for (const vote of c.votes) if (vote.problem) report('warning', IssueCodes.InvalidVote, vote.valueSpan ?? vote.span, t.invalidVote(vote.problem));
    }
    for (const e of exemptionsAtCaseEnd(m)) report('warning', IssueCodes.ExemptionAtCaseEnd, e.keywordSpan, t.exemptionAtCaseEnd(caseLabel(e.next)));
}

/**
 * A decision case (`Vedtakssak:` and the like, or a series that implies one: PS, V-sak) needs a
 * decision: an error without one. A proposal or recommendation adopted by a vote is a decision too.
 * Other cases need none — status items, discussions, cases without a type, withdrawn items and items
 * without a number are not reported. An empty `Vedtak:` or one whose whole text is a placeholder
 * counts as missing.
 */
function checkDecision(ctx: CheckContext, c: Case, parent: Case | undefined): void {
    const { report, t } = ctx;
    // A sub-case without a type of its own has its parent's ("Orienteringssak:" over 17.1–17.5).
    const kind = caseKindOf(c, parent);
    const severity = kind === 'decision' ? 'error' : 'warning';
    const label = caseNumberLabel(c, true);
    for (const d of c.decisions) {
        if (d.blocks.length === 0) report(severity, IssueCodes.MissingDecision, d.keywordSpan, t.emptyDecision(label), { caseNumber: c.number.text });
        else if (d.placeholder) {
            const text = d.blocks[0].kind === 'paragraph' ? d.blocks[0].lines[0].text.trim() : '';
            report(severity, IssueCodes.MissingDecision, d.span, t.placeholderDecision(label, text), { caseNumber: c.number.text });
        }
    }
    if (c.decisions.length > 0 || c.anyOtherBusiness || c.subCases.length > 0 || c.withdrawn || !c.numbered) return;
    if (c.votes.some(v => v.outcome === 'adopted')) return;
    if (kind === 'decision') {
        const typeLabel = c.type?.label ?? parent?.type?.label ?? SERIES[c.series ?? '']?.label ?? 'vedtakssak';
        report('error', IssueCodes.MissingDecision, c.numberSpan, t.missingDecision(caseNumberLabel(c), typeLabel), { caseNumber: c.number.text });
    }
}
