/**
 * What the preschool's own data (entered by teachers in the panel, kept on the robot) looks like to skills:
 * the answers of the "pickup" and "schedule" data sources. Never more than a skill needs: a pick-up answer
 * names only the child asked about, and says "unknown" alike whether nothing was entered or the robot may
 * not tell (custody), so a child cannot learn which.
 */
import { z } from 'zod';
import { calendarDateSchema } from './payloads';

/** "HH:MM", 24-hour. */
export const clockTimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a time "HH:MM"');

export const pickupDataSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('pickup'),
    /** The child's first name as the teachers wrote it. */
    child: z.string().min(1).max(100),
    /** Who picks up, as the teachers wrote it: "mormor", "pappa", "morfar Lars". */
    who: z.string().min(1).max(200),
    time: clockTimeSchema.nullable(),
  }),
  z.strictObject({ kind: z.literal('unknown') }),
]);
export type PickupData = z.infer<typeof pickupDataSchema>;

export const activitySchema = z.strictObject({
  time: clockTimeSchema,
  /** As the teachers wrote it: "frukost", "utevistelse", "vila", "sångsamling". */
  what: z.string().min(1).max(200),
});
export type Activity = z.infer<typeof activitySchema>;

export const scheduleDataSchema = z.strictObject({
  date: calendarDateSchema,
  /** The day's plan, in time order: the date's own plan, else the weekly plan for that weekday; empty when none. */
  activities: z.array(activitySchema).max(50),
  /** Messages the teachers want read out that day ("Kom ihåg regnkläder imorgon"). */
  messages: z.array(z.string().min(1).max(500)).max(20),
});
export type ScheduleData = z.infer<typeof scheduleDataSchema>;

/** What a child thought of the day's food (the original Laiban's faces). */
export const LUNCH_RATINGS = ['good', 'okay', 'bad'] as const;
export type LunchRating = (typeof LUNCH_RATINGS)[number];

/** The "lunch_feedback" source's answer: the rating was counted for the day and dish (never for a child). */
export const lunchFeedbackDataSchema = z.strictObject({ counted: z.literal(true) });
export type LunchFeedbackData = z.infer<typeof lunchFeedbackDataSchema>;
