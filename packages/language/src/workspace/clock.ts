/** Today's date, as a service so that tests can fix it (hovers and inlay hints count days to deadlines). */
import { type CalendarDate, fromJsDate } from '../model/values/dates.js';

export interface Clock {
    today(): CalendarDate;
}

export class SystemClock implements Clock {
    today(): CalendarDate {
        return fromJsDate(new Date());
    }
}
