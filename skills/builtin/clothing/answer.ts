/** The clothing skill's answer: what to wear outside on the day asked about. */
import { daysBetween, localTime, type Reply, type SkillContext } from '../../sdk';
import { askedDate } from '../shared/asked-date';
import type { LocalHours } from '../shared/forecast-steps';
import { requestData } from '../shared/request-data';
import { adviseClothing } from './advice/garments';
import { sayClothing } from './advice/say-clothing';
import { readCorrections } from './corrections';
import { hedged, isOldForecast } from './old-forecast';
import { NO_CLOTHING_ADVICE, ONLY_COMING_DAYS } from './replies';

/** When preschool children are usually outside. */
const OUTDOOR_HOURS: LocalHours = { from: 9, to: 16 };

export async function answerClothing(ctx: SkillContext): Promise<Reply> {
  const today = localTime(ctx.now, ctx.timeZone).date;
  const date = askedDate(ctx.slots, today);
  if (daysBetween(today, date) < 0) return ONLY_COMING_DAYS;
  const [weather, corrections] = await Promise.all([requestData(ctx, 'weather'), readCorrections(ctx.store, ctx.log)]);
  if (!weather) return NO_CLOTHING_ADVICE;
  const advice = adviseClothing({
    steps: weather.forecast.steps,
    date,
    now: ctx.now,
    outdoorHours: OUTDOOR_HOURS,
    corrections,
    timeZone: ctx.timeZone,
  });
  if (!advice) return date === today ? NO_CLOTHING_ADVICE : ONLY_COMING_DAYS;
  // Only a child who is going out today can tell whether the advice was good.
  const said = sayClothing(advice, today, { askIfGood: date === today });
  return { speech: isOldForecast(weather.fetchedAt, ctx.now) ? hedged(said) : said, expression: 'neutral' };
}
