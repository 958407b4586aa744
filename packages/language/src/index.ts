// Public API of @referat/language: everything of ./core.ts (no LSP), the LSP services and the
// iCalendar generator. Pure: no `fs`; for Node helpers see ./node.ts.
import './polyfill.js';

export * from './core.js';
export * from './referat-module.js';
export { deadlinesToIcs, type IcsOptions } from './generator/ics.js';
