/**
 * Validation of minutes. Checks (checks/, one file per concern) read the semantic model of the
 * meeting and, for cross-file checks, the other meetings of the same body in the workspace
 * (MeetingIndex). Every diagnostic has a code from issue-codes.ts, a precise range and a message
 * from messages.ts that says what is wrong and how to fix it, in the document's language.
 */
import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { Meeting as MeetingNode, ReferatAstType } from '../generated/ast.js';
import type { ReferatServices } from '../referat-module.js';
import type { MeetingIndex } from '../workspace/meeting-index.js';
import { checkAttendance, checkPeople } from './checks/attendance.js';
import { checkCaseNumbers } from './checks/case-numbers.js';
import { checkCases } from './checks/cases.js';
import type { Check } from './checks/context.js';
import { checkDeadlines } from './checks/deadlines.js';
import { checkHeader } from './checks/header.js';
import { checkLanguage } from './checks/language.js';
import { checkLines } from './checks/lines.js';
import { checkReferences } from './checks/references.js';
import { messagesFor } from './messages.js';
import { Reporter } from './reporter.js';
import { sourceTextCheck } from './source-text.js';

/** Every check, in the order their diagnostics are listed. */
export const CHECKS: readonly Check[] = [
    checkHeader, checkLanguage, checkLines, checkAttendance, checkPeople, checkCases, checkCaseNumbers, checkDeadlines, checkReferences,
];

export function registerValidationChecks(services: ReferatServices): void {
    const validator = services.referat.Validator;
    const checks: ValidationChecks<ReferatAstType> = { Meeting: [validator.check.bind(validator), sourceTextCheck(services)] };
    services.validation.ValidationRegistry.register(checks, validator);
}

export class ReferatValidator {
    private readonly index: MeetingIndex;

    constructor(services: ReferatServices) {
        this.index = services.referat.MeetingIndex;
    }

    check(node: MeetingNode, accept: ValidationAcceptor): void {
        const meeting = this.index.get(AstUtils.getDocument(node));
        const reporter = new Reporter(node, accept);
        const ctx = {
            meeting, index: this.index, t: messagesFor(meeting.language),
            report: reporter.report.bind(reporter),
        };
        for (const check of CHECKS) check(ctx);
    }
}
