/**
 * The data sources a skill may ask for with `ctx.data.request(source, params)`, what each takes and what
 * it answers. The answers are the bridge protocol's own payloads, so the robot passes them on unchanged;
 * a skill checks an answer with `readData` before trusting it (a data source is a boundary).
 *
 * - "weather": no params → the forecast for the robot's configured location.
 * - "warnings": no params → SMHI warnings in force for the robot's county (yellow and above).
 * - "lunch": { from, to } calendar dates → the menu days in that range from the robot's menu source.
 * - "pickup": { child, date } → who picks that child up that day, or "unknown" (not entered, or not to be told).
 * - "schedule": { date } → the day's activities and the teachers' messages.
 * - "lunch_feedback": { date, dish, rating } → counts one child's rating of the day's food (no name is ever
 *   sent or kept); answers { counted: true }.
 *
 * `fetchedAt` is when the bridge got the data from its upstream; `stale` is true when it could not be
 * refreshed (the upstream or the bridge is down) and an older answer is served. The request rejects when
 * there is nothing at all to serve.
 */
import type { z } from 'zod';
import { lunchDataSchema, warningsDataSchema, weatherDataSchema } from '../../protocol/messages';
import type { LunchData, WarningsData, WeatherData } from '../../protocol/messages';
import { lunchFeedbackDataSchema, pickupDataSchema, scheduleDataSchema } from '../../protocol/preschool-data';
import type { Activity, LunchFeedbackData, LunchRating, PickupData, ScheduleData } from '../../protocol/preschool-data';

export type { Activity, LunchData, LunchFeedbackData, LunchRating, PickupData, ScheduleData, WarningsData, WeatherData };

export const DATA_SOURCES = {
  weather: weatherDataSchema,
  warnings: warningsDataSchema,
  lunch: lunchDataSchema,
  pickup: pickupDataSchema,
  schedule: scheduleDataSchema,
  lunch_feedback: lunchFeedbackDataSchema,
} as const;

export type DataSourceName = keyof typeof DATA_SOURCES;
export type DataOf<S extends DataSourceName> = z.infer<(typeof DATA_SOURCES)[S]>;

export type DataRead<T> = { ok: true; data: T } | { ok: false; reason: string };

/** Checks an answer from `ctx.data.request(source)` against the source's schema. Never throws. */
export function readData<S extends DataSourceName>(source: S, answer: unknown): DataRead<DataOf<S>> {
  const parsed = (DATA_SOURCES[source] as unknown as z.ZodType<DataOf<S>>).safeParse(answer);
  if (parsed.success) return { ok: true, data: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, reason: `bad "${source}" data at ${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}` };
}
