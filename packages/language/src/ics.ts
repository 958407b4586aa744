// `@referat/language/ics`: deadlines as an iCalendar file. An entry of its own, so that the
// iCalendar library is loaded only by what writes calendars (`referat frister --ics`).
export { deadlinesToIcs, type IcsOptions } from './generator/ics.js';
