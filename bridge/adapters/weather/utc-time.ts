/** Upstream timestamps as the bridge stores them: ISO 8601 in UTC, e.g. "2026-10-25T01:00:00.000Z". */
import { z } from 'zod';

/** An ISO date-time that names its zone ("Z" or an offset), normalised to UTC; a local time without zone is refused. */
export const utcInstant = z.iso.datetime({ offset: true }).transform((text) => new Date(text).toISOString());

export function addHours(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
}

export function hoursBetween(startIso: string, endIso: string): number {
  return (Date.parse(endIso) - Date.parse(startIso)) / 3_600_000;
}

/** An HTTP date header (or an ISO time) as ISO UTC; null when absent or unreadable. */
export function httpDateToIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
