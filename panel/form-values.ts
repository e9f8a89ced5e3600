/** Reading teachers' form fields: trimmed text, ids, weekdays, times and dates, each checked. */
import type { SchoolWeekday } from '../robot/preschool/store-types';
import { type CalendarDate, dateParts } from '../core/calendar';

export type Parsed<T> = { kind: 'valid'; value: T } | { kind: 'invalid' };

/** The field, trimmed, with runs of spaces made one; '' when missing. */
export function textField(form: URLSearchParams, name: string): string {
  return (form.get(name) ?? '').replace(/\s+/g, ' ').trim();
}

export function idField(form: URLSearchParams, name: string): number | undefined {
  const text = form.get(name) ?? '';
  return /^[1-9]\d{0,9}$/.test(text) ? Number(text) : undefined;
}

export function weekdayField(form: URLSearchParams, name: string): SchoolWeekday | undefined {
  const text = form.get(name) ?? '';
  return /^[1-5]$/.test(text) ? (Number(text) as SchoolWeekday) : undefined;
}

/** "HH:MM" from `<input type=time>`; also "9.30", "9:30" and "15:30:00" as typed on a phone without one. Empty is null. */
export function timeField(form: URLSearchParams, name: string): Parsed<string | null> {
  const text = textField(form, name);
  if (text === '') return { kind: 'valid', value: null };
  const m = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/.exec(text);
  if (!m) return { kind: 'invalid' };
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return { kind: 'invalid' };
  return { kind: 'valid', value: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}

export function dateField(form: URLSearchParams, name: string): CalendarDate | undefined {
  const text = textField(form, name);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const { year, month, day } = dateParts(text);
  const real = new Date(Date.UTC(year, month - 1, day));
  return real.getUTCFullYear() === year && real.getUTCMonth() === month - 1 && real.getUTCDate() === day ? text : undefined;
}
