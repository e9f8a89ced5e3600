/** Which day a menu sentence is about, looking back as well as ahead. */
import { type CalendarDate, daysBetween, type Localized, relativeDayName, spokenDate, weekdayName, weekdayOf } from '../../sdk';

/**
 * "idag", "imorgon", "igår", "i förrgår"; within a week "på fredag" ahead and "i måndags" back;
 * further away the date, "den 22 maj". English: "today", "on Friday", "on the 22nd of May".
 */
export function menuDayWords(today: CalendarDate, date: CalendarDate): Localized {
  const relative = relativeDayName(today, date);
  if (relative) return relative;
  const days = daysBetween(today, date);
  if (Math.abs(days) > 6) {
    const spoken = spokenDate(date);
    return { sv: spoken.sv, en: `on ${spoken.en}` };
  }
  const weekday = weekdayName(weekdayOf(date));
  return { sv: days > 0 ? `på ${weekday.sv}` : `i ${weekday.sv}s`, en: `on ${weekday.en}` };
}
