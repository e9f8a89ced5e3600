/**
 * Turns the date notations of menu upstreams into calendar dates ("YYYY-MM-DD") in Europe/Stockholm.
 * Each function returns undefined for text that is not a real date, so the adapter can name the bad value.
 */
import { localTime } from '../../../core/calendar';

export const MENU_TIME_ZONE = 'Europe/Stockholm';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-05-14" for a day that exists (no 31 April), else undefined. */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * RFC 822 "Thu, 14 May 2026 00:00:00 GMT" → "2026-05-14": the date as written. Skolmaten stamps each menu
 * day at midnight GMT, so converting to Stockholm time would be right only by luck of the offset sign.
 */
export function calendarDateFromRfc822(text: string): string | undefined {
  const m = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+\d{2}:\d{2}(?::\d{2})?\s+(?:[A-Za-z]{1,5}|[+-]\d{4})$/.exec(
    text.trim(),
  );
  if (!m) return undefined;
  const month = MONTHS.findIndex((name) => name.toLowerCase() === (m[2] as string).toLowerCase()) + 1;
  if (month === 0) return undefined;
  return calendarDate(Number(m[3]), month, Number(m[1]));
}

/** The Stockholm calendar date at an instant (Mashie's `new Date(ms)` is local midnight, 22:00/23:00 UTC). */
export function stockholmDateOfInstant(epochMs: number): string | undefined {
  const instant = new Date(epochMs);
  return Number.isNaN(instant.getTime()) ? undefined : localTime(instant, MENU_TIME_ZONE).date;
}

/**
 * ISO 8601 as Open Meal implementations write it: "2026-05-14", "2026-05-14T00:00:00" (local, no offset:
 * the date part) or, as the v3 spec describes, with an offset ("…T00:00:00+02:00": the Stockholm date then).
 */
export function calendarDateFromIsoText(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
  if (!m) return undefined;
  const date = calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (date === undefined || m[7] === undefined) return date;
  const instant = Date.parse(text.trim());
  return Number.isNaN(instant) ? undefined : stockholmDateOfInstant(instant);
}
