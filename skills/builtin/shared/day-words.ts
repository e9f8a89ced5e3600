/** Which day a forecast sentence is about: "imorgon", "på fredag" / "tomorrow", "on Friday". */
import { type CalendarDate, daysBetween, type Localized, relativeDayName, weekdayName, weekdayOf } from '../../sdk';
import { capitalize } from './text';

/** "idag", "imorgon", "i övermorgon", "på fredag" / "today", "tomorrow", "the day after tomorrow", "on Friday". */
export function dayWords(today: CalendarDate, date: CalendarDate): Localized {
  const days = daysBetween(today, date);
  const relative = days >= 0 && days <= 2 ? relativeDayName(today, date) : undefined;
  if (relative) return relative;
  const weekday = weekdayName(weekdayOf(date));
  return { sv: `på ${weekday.sv}`, en: `on ${weekday.en}` };
}

/** The same words starting a sentence: "Imorgon", "På fredag" / "Tomorrow", "On Friday". */
export function dayToStartWith(today: CalendarDate, date: CalendarDate): Localized {
  const words = dayWords(today, date);
  return { sv: capitalize(words.sv), en: capitalize(words.en) };
}

