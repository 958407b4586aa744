// Public API of @referat/language. Pure: no `fs`; for Node helpers see ./node.ts.
import './polyfill.js';

export * from './referat-module.js';
export * as ast from './generated/ast.js';
export { ReferatLanguageMetaData } from './generated/module.js';
export * from './model/types.js';
export * from './model/dates.js';
export { buildMeeting } from './model/build.js';
export { allCases, caseYear, MeetingIndex, type CaseInMeeting } from './model/meeting-index.js';
export { nameKey, parseCaseNumber } from './model/text.js';
export { IssueCodes, type IssueCode } from './validation/issue-codes.js';
