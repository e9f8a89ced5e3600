/** The day's plan from now on: "Klockan nio är det fruktstund och klockan halv tolv är det lunch. …" */
import type { Activity, Localized } from '../../sdk';
import { type PlanDay, stillAhead } from './plan-day';
import { sayActivities } from './say-activities';

/** More than four activities is more than a child listens to. */
const MOST_ACTIVITIES = 4;

const ALL_DONE: Localized = {
  sv: 'Nu har vi gjort allt för idag. Snart är det dags att gå hem.',
  en: "We have done everything for today. Soon it's time to go home.",
};

/** `activities` is the day's plan, not empty. */
export function sayDay(day: PlanDay, activities: readonly Activity[]): Localized {
  const ahead = stillAhead(day, activities);
  if (ahead.length === 0) return ALL_DONE;
  return sayActivities(ahead.slice(0, MOST_ACTIVITIES), day, false);
}
