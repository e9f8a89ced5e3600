/** The panel's "today" and how dates and instants are shown, all in the preschool's time zone. */
import { addCalendarDays, type CalendarDate, clockTimeOf, dateParts, type IsoWeekday, localTime, type LocalTime, monthName, weekdayOf } from '../core/calendar';
import type { SchoolWeekday } from '../robot/preschool/store-types';
import type { PanelDeps } from './http/context';
import { translate, type Lang, type StringKey } from './strings';

export const SCHOOL_WEEKDAYS: readonly SchoolWeekday[] = [1, 2, 3, 4, 5];

/** The preschool's local date and time now, from the injected clock. */
export function today(deps: PanelDeps): LocalTime {
  return localTime(deps.clock.now(), deps.timeZone);
}

export function weekdayKey(weekday: IsoWeekday): StringKey {
  return `weekday_${weekday}`;
}

/** "ons 25 nov" / "Wed 25 Nov": the first three letters of the weekday and the month, in both languages. */
export function shortDate(lang: Lang, date: CalendarDate): string {
  const { month, day } = dateParts(date);
  return `${translate(lang, weekdayKey(weekdayOf(date))).slice(0, 3)} ${day} ${monthName(month)[lang].slice(0, 3)}`;
}

/** The Monday of the date's week. */
export function mondayOf(date: CalendarDate): CalendarDate {
  return addCalendarDays(date, 1 - weekdayOf(date));
}

/** "onsdag 25 november" / "Wednesday 25 November". */
export function longDate(lang: Lang, date: CalendarDate): string {
  const { month, day } = dateParts(date);
  return `${translate(lang, weekdayKey(weekdayOf(date)))} ${day} ${monthName(month)[lang]}`;
}

/** "14:05" for an instant today, "2026-11-24 14:05" for an older one. */
export function localStamp(iso: string, deps: PanelDeps): string {
  const at = localTime(new Date(iso), deps.timeZone);
  return at.date === today(deps).date ? clockTimeOf(at) : `${at.date} ${clockTimeOf(at)}`;
}

export function nowClockTime(deps: PanelDeps): string {
  return clockTimeOf(today(deps));
}
