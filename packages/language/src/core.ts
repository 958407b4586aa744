// Public API of @referat/language without the language server (`@referat/language/core`): the
// services for parsing, modelling and checking, the semantic model and the generators. Loads no LSP
// code, so that the CLI starts quickly; the package's main entry (index.ts) adds the LSP services.
// Pure: no `fs`. The iCalendar generator has its own entry (`@referat/language/ics`), so that its
// library is loaded only where calendars are written.
import './polyfill.js';

export * from './referat-core-module.js';
export * as ast from './generated/ast.js';
export { ReferatLanguageMetaData } from './generated/module.js';
export * from './model/types.js';
export * from './model/values/dates.js';
export { buildMeeting } from './model/build.js';
export { allCases, caseYear, casesWithVisibility, publicationBlockers, type VisibleCase } from './model/queries.js';
export { bodyDisplayName, bodyShortName, caseLabel, displayPath, meetingLabel, shorten } from './model/labels.js';
export { MeetingIndex, type CaseInMeeting } from './workspace/meeting-index.js';
export { resolveMeetingReference, resolveReference } from './model/resolve.js';
export { nameKey } from './model/values/names.js';
export { parseCaseNumber } from './model/values/case-numbers.js';
export * from './vocabulary/keywords.js';
export { IssueCodes, type IssueCode } from './validation/issue-codes.js';
export { renderMeetingHtml, renderMeetingBody, meetingStylesheet, htmlDocument, meetingTitle, caseAnchor, assertPublishable, PublicationRefused, type HtmlOptions } from './generator/html.js';
export { escapeHtml, linkify, safeHref } from './generator/html-text.js';
export { collectDeadlines, deadlineStatusText, type DeadlineEntry, type DeadlineOptions, type DeadlineStatus } from './generator/deadlines.js';
export { meetingToJson, MEETING_SCHEMA_VERSION, type JsonOptions } from './generator/json.js';
export { renderSiteIndexHtml, renderBodyIndexHtml, renderDeadlinesHtml, type PublishedMeeting, type BodyPage, type DeadlinesPageOptions } from './generator/pages.js';
export { type Clock, SystemClock } from './workspace/clock.js';
