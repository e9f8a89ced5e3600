/** How the date skill names days in speech: "imorgon", "på fredag", "om nio dagar", "julafton". */
import {
  addCalendarDays,
  type CalendarDate,
  daysBetween,
  holidaysOn,
  type Localized,
  relativeDayName,
  spokenDate,
  weekdayName,
  weekdayOf,
} from '../../sdk';
import { cardinal } from '../shared/number-words';
import { capitalize } from '../shared/text';

/** "tre dagar" / "three days"; words up to twelve, digits above. */
export function dayCount(n: number): Localized {
  const { sv, en } = n <= 12 ? cardinal(n) : { sv: String(n), en: String(n) };
  return { sv: `${sv} ${n === 1 ? 'dag' : 'dagar'}`, en: `${en} ${n === 1 ? 'day' : 'days'}` };
}

/** The holiday or named day on `date`; a day off by law or custom wins over an observance. */
export function holidayName(date: CalendarDate): Localized | undefined {
  const holidays = holidaysOn(date);
  return (holidays.find((h) => h.kind !== 'observance') ?? holidays[0])?.name;
}

/** "onsdag den 25 november" / "Wednesday the 25th of November". */
export function weekdayAndDate(date: CalendarDate): Localized {
  const weekday = weekdayName(weekdayOf(date));
  const spoken = spokenDate(date);
  return { sv: `${weekday.sv} ${spoken.sv}`, en: `${weekday.en} ${spoken.en}` };
}

/**
 * A day named from today, to start a sentence: "idag", "imorgon", "på fredag", "i fredags", "på julafton",
 * "nästa fredag", "om nio dagar". English "tomorrow" takes "is" ("Tomorrow is …"); the adverbial
 * ones take "it is" ("On Friday it's …").
 */
export interface DayLabel {
  text: Localized;
  past: boolean;
  englishAdverbial: boolean;
  namesWeekday: boolean;
  namesHoliday: boolean;
}

export const NEXT_WEEK_LABEL: DayLabel = {
  text: { sv: 'nästa vecka', en: 'next week' },
  past: false,
  englishAdverbial: true,
  namesWeekday: false,
  namesHoliday: false,
};

export function dayLabel(today: CalendarDate, date: CalendarDate): DayLabel {
  const days = daysBetween(today, date);
  const base = { past: days < 0, englishAdverbial: true, namesWeekday: false, namesHoliday: false };
  // A child who says "på fredag" hears "på fredag" back, so only yesterday, today and tomorrow get their own words.
  const relative = Math.abs(days) <= 1 ? relativeDayName(today, date) : undefined;
  if (relative) return { ...base, text: relative, englishAdverbial: false };
  const weekday = weekdayName(weekdayOf(date));
  if (days >= 2 && days <= 6) return { ...base, text: { sv: `på ${weekday.sv}`, en: `on ${weekday.en}` }, namesWeekday: true };
  if (days <= -2 && days >= -6) return { ...base, text: { sv: `i ${weekday.sv}s`, en: `last ${weekday.en}` }, namesWeekday: true };
  const holiday = holidayName(date);
  if (holiday && days > 0) return { ...base, text: { sv: `på ${holiday.sv}`, en: `on ${holiday.en}` }, namesHoliday: true };
  const mondayNextWeek = addCalendarDays(today, 8 - weekdayOf(today));
  if (daysBetween(mondayNextWeek, date) >= 0 && daysBetween(mondayNextWeek, date) <= 6) {
    return { ...base, text: { sv: `nästa ${weekday.sv}`, en: `next ${weekday.en}` }, namesWeekday: true };
  }
  const count = dayCount(Math.abs(days));
  return days > 0
    ? { ...base, text: { sv: `om ${count.sv}`, en: `in ${count.en}` } }
    : { ...base, text: { sv: `för ${count.sv} sedan`, en: `${count.en} ago` } };
}

/** "imorgon är det torsdag" / "tomorrow is Thursday", without capital or full stop so it can follow "Nej, ". */
export function clause(label: DayLabel, what: Localized): Localized {
  const sv = `${label.text.sv} ${label.past ? 'var' : 'är'} det ${what.sv}`;
  const verb = label.englishAdverbial ? (label.past ? 'it was' : "it's") : label.past ? 'was' : 'is';
  return { sv, en: `${label.text.en} ${verb} ${what.en}` };
}

export function sentence(...parts: Localized[]): Localized {
  return { sv: parts.map((p) => p.sv).join(' '), en: parts.map((p) => p.en).join(' ') };
}

export function capitalized(text: Localized, end = '.'): Localized {
  return { sv: `${capitalize(text.sv)}${end}`, en: `${capitalize(text.en)}${end}` };
}
