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
export { renderMeetingHtml, renderMeetingBody, meetingStylesheet, htmlDocument, meetingTitle, caseAnchor, caseHeading, type HtmlOptions } from './generator/html.js';
export { escapeHtml, linkify, safeHref } from './generator/html-text.js';
export { collectDeadlines, deadlineStatusText, type DeadlineEntry, type DeadlineOptions, type DeadlineStatus } from './generator/deadlines.js';
export { deadlinesToIcs, type IcsOptions } from './generator/ics.js';
export { meetingToJson, meetingToJsonLazily, MEETING_SCHEMA_VERSION, type JsonOptions } from './generator/json.js';
export { renderSiteIndexHtml, renderBodyIndexHtml, renderDeadlinesHtml, type PublishedMeeting, type BodyPage, type DeadlinesPageOptions } from './generator/pages.js';
export { casesWithVisibility, type VisibleCase } from './generator/visibility.js';
export { type Clock, SystemClock } from './lsp/clock.js';
export { decodeText, type DecodedText, type SourceDecoding, type SourceEncoding } from './text/decode.js';
export { displayText } from './text/display.js';
export { shortHash } from './text/hash.js';
