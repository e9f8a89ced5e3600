/**
 * Zod schemas mirroring the data types in `bridge/types.ts`, so that every forecast, warning and menu that
 * crosses the robot–bridge connection is checked structurally on both sides. Compile-time checks at the end of
 * this file fail the build if a schema and its type in `types.ts` drift apart.
 */
import { z } from 'zod';

/** ISO 8601 date-time with a zone (upstreams differ in seconds / fractions, so both are optional). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
export const isoDateTimeSchema = z
  .string()
  .max(40)
  .refine((s) => ISO_DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date-time with a zone');

/** Calendar date "YYYY-MM-DD" that exists (no 2024-02-30). */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date "YYYY-MM-DD"')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'must be a real calendar date');

export const latitudeSchema = z.number().min(-90).max(90);
export const longitudeSchema = z.number().min(-180).max(180);

/** Free text from an upstream (dish names, warning descriptions): bounded so one field cannot dominate. */
const text = z.string().max(10_000);
const nullableNumber = z.number().nullable();

export const localizedSchema = z.strictObject({ sv: text, en: text });

export const precipitationTypeSchema = z.enum(['none', 'drizzle', 'rain', 'sleet', 'snow', 'hail', 'freezing-rain']);
export const skySchema = z.enum(['clear', 'partly-cloudy', 'cloudy', 'fog', 'showers', 'rain', 'thunder', 'sleet', 'snow']);

export const forecastStepSchema = z.strictObject({
  start: isoDateTimeSchema,
  end: isoDateTimeSchema,
  temperature: nullableNumber,
  windSpeed: nullableNumber,
  windGust: nullableNumber,
  humidity: nullableNumber,
  precipitationMm: nullableNumber,
  precipitationType: precipitationTypeSchema.nullable(),
  precipitationProbability: nullableNumber,
  thunderProbability: nullableNumber,
  cloudCover: nullableNumber,
  sky: skySchema.nullable(),
});

export const forecastSchema = z.strictObject({
  provider: z.enum(['smhi', 'metno']),
  location: z.strictObject({ lat: latitudeSchema, lon: longitudeSchema }),
  issuedAt: isoDateTimeSchema,
  steps: z.array(forecastStepSchema).max(1_000),
});

export const warningLevelSchema = z.enum(['message', 'yellow', 'orange', 'red']);

export const weatherWarningSchema = z.strictObject({
  id: z.string().min(1).max(200),
  level: warningLevelSchema,
  event: localizedSchema,
  area: localizedSchema,
  counties: z.array(z.number().int().nonnegative()).max(100),
  start: isoDateTimeSchema,
  end: isoDateTimeSchema.nullable(),
  description: localizedSchema,
});

export const mealKindSchema = z.enum(['breakfast', 'lunch', 'snack', 'dinner', 'dessert']);

export const mealSchema = z.strictObject({
  kind: mealKindSchema,
  dishes: z.array(text).max(50),
});

export const menuDaySchema = z.strictObject({
  date: calendarDateSchema,
  holiday: text.nullable(),
  meals: z.array(mealSchema).max(20),
});

export const menuSchema = z.strictObject({
  provider: z.enum(['skolmaten', 'openmeal', 'matilda', 'mashie', 'manual']),
  days: z.array(menuDaySchema).max(400),
});

export const upstreamProblemSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('http'), status: z.number().int(), detail: text }),
  z.strictObject({ kind: z.literal('timeout'), afterMs: z.number().nonnegative() }),
  z.strictObject({ kind: z.literal('network'), detail: text }),
  z.strictObject({ kind: z.literal('too-large'), limitBytes: z.number().nonnegative() }),
  z.strictObject({ kind: z.literal('malformed'), detail: text }),
]);

// The payload types are the schemas' outputs: one definition, no hand-written twin to drift.
export type PrecipitationType = z.infer<typeof precipitationTypeSchema>;
export type Sky = z.infer<typeof skySchema>;
export type ForecastStep = z.infer<typeof forecastStepSchema>;
export type Forecast = z.infer<typeof forecastSchema>;
export type WarningLevel = z.infer<typeof warningLevelSchema>;
export type WeatherWarning = z.infer<typeof weatherWarningSchema>;
export type MealKind = z.infer<typeof mealKindSchema>;
export type Meal = z.infer<typeof mealSchema>;
export type MenuDay = z.infer<typeof menuDaySchema>;
export type Menu = z.infer<typeof menuSchema>;
export type UpstreamProblem = z.infer<typeof upstreamProblemSchema>;
