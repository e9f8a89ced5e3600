/** The day a question is about. */
import type { CalendarDate, Slots } from '../../sdk';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date slot ("imorgon", "på fredag"), or today when there is none or it is not a calendar date. */
export function askedDate(slots: Slots, today: CalendarDate): CalendarDate {
  const date = slots.date;
  return date !== undefined && CALENDAR_DATE.test(date) ? date : today;
}
