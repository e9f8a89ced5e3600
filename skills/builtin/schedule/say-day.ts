/** The day's plan from now on, a sentence at a time: "Klockan nio är det fruktstund och klockan halv tolv är det lunch." */
import type { Activity, Localized } from '../../sdk';
import { type PlanDay, stillAhead } from './plan-day';
import { activitySentences } from './say-activities';

/** More than six activities is more than a child listens to, even in parts. */
const MOST_ACTIVITIES = 6;

const ALL_DONE: Localized = {
  sv: 'Nu har vi gjort allt för idag. Snart är det dags att gå hem.',
  en: "We have done everything for today. Soon it's time to go home.",
};

/** `activities` is the day's plan, not empty. The first part is said at once; the rest after "Vill du höra mer?". */
export function sayDay(day: PlanDay, activities: readonly Activity[]): Localized[] {
  const ahead = stillAhead(day, activities);
  if (ahead.length === 0) return [ALL_DONE];
  return activitySentences(ahead.slice(0, MOST_ACTIVITIES), day, false);
}
