/**
 * Calendar facts for skills: the robot's local time, calendar-date arithmetic and Swedish holidays.
 * Calendar dates are "YYYY-MM-DD" strings; arithmetic runs on UTC dates so DST never shifts a day.
 *
 * Local time comes from moment-timezone's own copy of the time-zone database, not from Intl: the first
 * Intl.DateTimeFormat pages about 8 MB of ICU data and objects into the process (speech/README.md, "Memory"),
 * and the holiday rules load moment-timezone anyway. UTCDateMini is UTCDate without the formatters its module
 * makes with Intl when loaded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UTCDateMini } from '@date-fns/utc/date/mini';
// One file per function: the package's index loads all 300 of date-fns's modules.
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { getISODay } from 'date-fns/getISODay';
import { getISOWeek } from 'date-fns/getISOWeek';
import HolidaysParser from 'date-holidays-parser';
import moment from 'moment-timezone';
import type { Localized } from './languages';

export type CalendarDate = string;
/** ISO weekday: 1 Monday … 7 Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

export interface LocalTime {
  date: CalendarDate;
  hour: number;
  minute: number;
  weekday: IsoWeekday;
}

/** "09:05": a local time as the panel, the console and the staff's messages write it. */
export function clockTimeOf(at: Pick<LocalTime, 'hour' | 'minute'>): string {
  return `${String(at.hour).padStart(2, '0')}:${String(at.minute).padStart(2, '0')}`;
}

function knownZone(timeZone: string): string {
  if (!moment.tz.zone(timeZone)) throw new Error(`"${timeZone}" is not a time zone (for example ${DEFAULT_TIME_ZONE})`);
  return timeZone;
}

export function localTime(now: Date, timeZone: string): LocalTime {
  const local = moment.tz(now.getTime(), knownZone(timeZone));
  return {
    date: local.format('YYYY-MM-DD'),
    hour: local.hours(),
    minute: local.minutes(),
    weekday: local.isoWeekday() as IsoWeekday,
  };
}

/**
 * "2026-11-25T09:40" (no offset) is wall-clock time in `timeZone`; a string with an offset is taken as it is. A
 * time the spring switch skips moves forward past it; the hour the autumn switch repeats is read as its first
 * time, in summer time, on every machine (date-fns's TZDate read it by the machine's own zone).
 */
export function parseLocalDateTime(text: string, timeZone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$/.exec(text.trim());
  if (!m) {
    const withOffset = new Date(text);
    if (/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) && !Number.isNaN(withOffset.getTime())) return withOffset;
    throw new Error(`"${text}" is not a date and time; use for example 2026-11-25T09:40:00`);
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const local = moment.tz([Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)], knownZone(timeZone));
  if (!local.isValid() || local.format('YYYY-MM-DD') !== `${y}-${mo}-${d}`) {
    throw new Error(`"${text}" is not a real date; use for example 2026-11-25T09:40:00`);
  }
  return new Date(local.valueOf());
}

function toUtc(date: CalendarDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new UTCDateMini(y, m - 1, d);
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return format(addDays(toUtc(date), days), 'yyyy-MM-dd');
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(toUtc(to), toUtc(from));
}

export function weekdayOf(date: CalendarDate): IsoWeekday {
  return getISODay(toUtc(date)) as IsoWeekday;
}

export function isoWeekOf(date: CalendarDate): number {
  return getISOWeek(toUtc(date));
}

export function dateParts(date: CalendarDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/**
 * public: a red day by law (SFS 1989:253); dayOff: not by law but closed in practice
 * (midsommarafton, julafton, nyårsafton); observance: a named day that is an ordinary working day.
 */
export type HolidayKind = 'public' | 'dayOff' | 'observance';

export interface Holiday {
  date: CalendarDate;
  name: Localized;
  kind: HolidayKind;
}

/**
 * date-holidays's rules for Sweden alone: its package compiles every country's rules into the heap (about 1.2 MB
 * the robot would keep while listening). Its built data file, cut down to Sweden and the shared names, is what
 * its own `holidays2json --pick SE` writes; the package's parser reads it.
 */
function swedishRules(): object {
  const file = path.join(path.dirname(require.resolve('date-holidays/package.json')), 'data', 'holidays.json');
  const all = JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string; license: string; holidays: Record<string, unknown>; names: unknown };
  return { version: all.version, license: all.license, holidays: { SE: all.holidays['SE'] }, names: all.names };
}

const swedishHolidays = new HolidaysParser(swedishRules(), 'SE');
const holidayYears = new Map<number, Holiday[]>();

function kindOf(type: string): HolidayKind {
  if (type === 'public') return 'public';
  if (type === 'bank') return 'dayOff';
  return 'observance';
}

export function holidaysIn(year: number): Holiday[] {
  const cached = holidayYears.get(year);
  if (cached) return cached;
  const sv = swedishHolidays.getHolidays(year, 'sv');
  const en = swedishHolidays.getHolidays(year, 'en');
  const list = sv.map((h, i) => ({
    date: h.date.slice(0, 10),
    name: { sv: h.name, en: en[i]?.name ?? h.name },
    kind: kindOf(h.type),
  }));
  holidayYears.set(year, list);
  return list;
}

export function holidaysOn(date: CalendarDate): Holiday[] {
  return holidaysIn(dateParts(date).year).filter((h) => h.date === date);
}

/** Weekends, red days and the de facto days off: the preschool is closed. */
export function isDayOff(date: CalendarDate): boolean {
  return weekdayOf(date) >= 6 || holidaysOn(date).some((h) => h.kind !== 'observance');
}

const WEEKDAY_NAMES: Record<IsoWeekday, Localized> = {
  1: { sv: 'måndag', en: 'Monday' },
  2: { sv: 'tisdag', en: 'Tuesday' },
  3: { sv: 'onsdag', en: 'Wednesday' },
  4: { sv: 'torsdag', en: 'Thursday' },
  5: { sv: 'fredag', en: 'Friday' },
  6: { sv: 'lördag', en: 'Saturday' },
  7: { sv: 'söndag', en: 'Sunday' },
};

const MONTH_NAMES: readonly Localized[] = [
  { sv: 'januari', en: 'January' },
  { sv: 'februari', en: 'February' },
  { sv: 'mars', en: 'March' },
  { sv: 'april', en: 'April' },
  { sv: 'maj', en: 'May' },
  { sv: 'juni', en: 'June' },
  { sv: 'juli', en: 'July' },
  { sv: 'augusti', en: 'August' },
  { sv: 'september', en: 'September' },
  { sv: 'oktober', en: 'October' },
  { sv: 'november', en: 'November' },
  { sv: 'december', en: 'December' },
];

/** Swedish in lower case ("måndag"), English capitalised ("Monday"), as each language writes them. */
export function weekdayName(weekday: IsoWeekday): Localized {
  return WEEKDAY_NAMES[weekday];
}

/** `month` is 1–12. */
export function monthName(month: number): Localized {
  const name = MONTH_NAMES[month - 1];
  if (!name) throw new Error(`month ${month} is not 1–12`);
  return name;
}

function englishOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "den 25 november" / "the 25th of November". */
export function spokenDate(date: CalendarDate): Localized {
  const { month, day } = dateParts(date);
  const name = monthName(month);
  return { sv: `den ${day} ${name.sv}`, en: `the ${englishOrdinal(day)} of ${name.en}` };
}

/** "idag", "imorgon", "i övermorgon", "igår", "i förrgår" for `date` seen from `today`; undefined further away. */
export function relativeDayName(today: CalendarDate, date: CalendarDate): Localized | undefined {
  const names: Record<number, Localized> = {
    [-2]: { sv: 'i förrgår', en: 'the day before yesterday' },
    [-1]: { sv: 'igår', en: 'yesterday' },
    0: { sv: 'idag', en: 'today' },
    1: { sv: 'imorgon', en: 'tomorrow' },
    2: { sv: 'i övermorgon', en: 'the day after tomorrow' },
  };
  return names[daysBetween(today, date)];
}

/** The weekday a spoken word names: "lördag", the spoken "lördan", or "saturday" (lower case). */
export function weekdayFromWord(word: string): IsoWeekday | undefined {
  for (const weekday of [1, 2, 3, 4, 5, 6, 7] as const) {
    const { sv, en } = WEEKDAY_NAMES[weekday];
    if (word === sv || word === sv.replace(/dag$/, 'dan') || word === en.toLowerCase()) return weekday;
  }
  return undefined;
}
