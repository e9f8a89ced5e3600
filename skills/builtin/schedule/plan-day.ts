/** The day a plan is for, seen from now: what is still ahead and what is done. */
import type { Activity, CalendarDate } from '../../sdk';
import { minuteOfDay, readClockTime } from '../shared/clock-time';

export interface PlanDay {
  today: CalendarDate;
  date: CalendarDate;
  /** The local time now, in minutes since midnight. */
  now: number;
}

export const isToday = (day: PlanDay): boolean => day.date === day.today;

export const startOf = (activity: Activity): number => minuteOfDay(readClockTime(activity.time));

/** All of another day; of today, what starts from now on (one starting this minute is still ahead). */
export function stillAhead(day: PlanDay, activities: readonly Activity[]): Activity[] {
  return isToday(day) ? activities.filter((activity) => startOf(activity) >= day.now) : [...activities];
}
