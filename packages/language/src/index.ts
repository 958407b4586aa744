// Public API of @referat/language. Pure: no `fs`; for Node helpers see ./node.ts.
import './polyfill.js';

export * from './referat-module.js';
export * as ast from './generated/ast.js';
export { ReferatLanguageMetaData } from './generated/module.js';
export * from './model/types.js';
export * from './model/values/dates.js';
export { buildMeeting } from './model/build.js';
export { allCases, caseYear, casesWithVisibility, publicationBlockers, type VisibleCase } from './model/queries.js';
export { bodyDisplayName, bodyShortName, caseLabel, displayPath, meetingLabel, shorten } from './model/labels.js';
export { MeetingIndex, type CaseInMeeting } from './workspace/meeting-index.js';
export { nameKey } from './model/values/names.js';
export { parseCaseNumber } from './model/values/case-numbers.js';
export * from './vocabulary/keywords.js';
export { IssueCodes, type IssueCode } from './validation/issue-codes.js';
export { renderMeetingHtml, renderMeetingBody, meetingStylesheet, htmlDocument, meetingTitle, caseAnchor, assertPublishable, PublicationRefused, type HtmlOptions } from './generator/html.js';
export { escapeHtml, linkify, safeHref } from './generator/html-text.js';
export { collectDeadlines, deadlineStatusText, type DeadlineEntry, type DeadlineOptions, type DeadlineStatus } from './generator/deadlines.js';
export { deadlinesToIcs, type IcsOptions } from './generator/ics.js';
export { meetingToJson, MEETING_SCHEMA_VERSION, type JsonOptions } from './generator/json.js';
export { renderSiteIndexHtml, renderBodyIndexHtml, renderDeadlinesHtml, type PublishedMeeting, type BodyPage, type DeadlinesPageOptions } from './generator/pages.js';
export { type Clock, SystemClock } from './workspace/clock.js';
