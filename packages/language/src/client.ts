// What a light client (the VS Code extension's host side) needs besides the protocol
// (@referat/language/protocol): the Norwegian wording of dates and deadlines, HTML escaping, the
// preview's security rules (its Content-Security-Policy and nonce) and the steps of an export.
// No parser here (no Langium, no Chevrotain), so a client bundle stays small. Re-exports only: each
// helper keeps its one home in model/ or generator/.
export { formatDate, formatDateShort, fromJsDate, parseDateAt, toIsoDate, type CalendarDate } from './model/values/dates.js';
export { deadlineStatusText, type DeadlineEntry, type DeadlineStatus } from './generator/deadlines.js';
export { escapeHtml } from './generator/html-text.js';
export { escapeMarkdown } from './generator/markdown-text.js';
export { makeNonce, previewCsp } from './generator/preview-policy.js';
export { EXPORT_BUTTON, EXPORT_DRAFT_BUTTON, EXPORT_TITLES, exportProgressTitle, exportStep, type ExportStep } from './client/export-steps.js';
