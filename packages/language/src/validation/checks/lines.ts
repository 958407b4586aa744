/** Lines out of their place, near misses of keywords, and minutes in which nothing is structure. */
import { exemptionsAtCaseEnd } from '../../model/queries.js';
import { keyword } from '../../vocabulary/keywords.js';
import { IssueCodes } from '../issue-codes.js';
import type { CheckContext } from './context.js';

export function checkLines(ctx: CheckContext): void {
    const { meeting: m, report, t } = ctx;
    // A repeated exemption at the end of a case is reported as such (checks/cases.ts).
    const atEnd = new Set(exemptionsAtCaseEnd(m).map(e => e.span.start));
    for (const line of m.misplaced) {
        if (atEnd.has(line.span.start) || line.reason === 'elected') continue;
        if (line.reason === 'repeated') {
            report('warning', IssueCodes.MisplacedLine, line.keywordSpan, t.repeatedLine(line.keyword.replace(/[ \t]*:$/, ':'), (line.firstLine ?? line.span.line) + 1));
        } else if (line.reason === 'in-case') {
            report('warning', IssueCodes.MisplacedLine, line.keywordSpan, t.misplacedInCase(line.keyword));
        } else {
            const where = line.kind !== 'caseType' && keyword(line.kind).place === 'attendance' ? 'deltakerlistene' : 'møtehodet';
            report('warning', IssueCodes.MisplacedLine, line.keywordSpan, t.misplacedBeforeCases(line.keyword, where));
        }
    }
    for (const miss of m.nearMisses) {
        const data = { replacement: miss.replacement, keyword: miss.keyword, kind: miss.kind };
        if (miss.kind === 'exemption') report('error', IssueCodes.NearMissExemption, miss.replace, t.nearMissExemption(miss.keyword, miss.reason), data);
        else if (miss.kind === 'case') report('warning', IssueCodes.NearMissKeyword, miss.replace, t.nearMissCase(miss.reason), data);
        else report('warning', IssueCodes.NearMissKeyword, miss.replace, t.nearMiss(miss.keyword, miss.reason), data);
    }
    const structured = m.attendance.length > 0 || m.cases.length > 0;
    const start = m.headerFields[0]?.span ?? { start: 0, end: 0, line: 0 };
    if (!structured) report('warning', IssueCodes.EmptyMinutes, start, t.emptyMinutes());
}

