/** What the preschool store keeps: the teachers' entries, the children's alerts, the day's question counts. */
import type { CalendarDate } from '../../core/calendar';
import type { SafeguardingCategory } from '../understanding/safeguarding/categories';

/** Monday 1 … Friday 5 (the preschool's days). */
export type SchoolWeekday = 1 | 2 | 3 | 4 | 5;

export interface Child {
  id: number;
  /** First name only. */
  firstName: string;
  /** False for custody-sensitive cases: the robot then never says who picks this child up. */
  mayTellPickup: boolean;
}

export interface DefaultPickup {
  childId: number;
  weekday: SchoolWeekday;
  who: string;
  /** "HH:MM" or null. */
  time: string | null;
}

export interface Pickup {
  id: number;
  childId: number;
  date: CalendarDate;
  who: string;
  time: string | null;
  /** For the teachers only; never spoken. */
  note: string;
}

export interface PlannedActivity {
  id: number;
  weekday: SchoolWeekday;
  time: string;
  what: string;
}

/** An activity of one date's own plan. */
export interface DateActivity {
  id: number;
  date: CalendarDate;
  time: string;
  what: string;
}

export interface Message {
  id: number;
  date: CalendarDate;
  text: string;
}

export type AlertCategory = SafeguardingCategory;
export type StoredAlertLevel = 'emergency' | 'needs_adult' | 'routine';

export interface Alert {
  id: number;
  /** ISO 8601: when it was first said. */
  at: string;
  /** What the child said (the latest time). */
  text: string;
  category: AlertCategory;
  level: StoredAlertLevel;
  about: 'self' | 'other';
  /** How many times it was said while open, within the repeat window of the one before. */
  repeats: number;
  /** ISO 8601: when it was last said. */
  lastAt: string;
  acknowledgedAt: string | null;
}

/** A new alert as the robot raises it. */
export interface NewAlert {
  at: Date;
  text: string;
  category: AlertCategory;
  level: StoredAlertLevel;
  about: 'self' | 'other';
}

export interface IntentCount {
  intent: string;
  count: number;
}

/** What the children thought of one day's lunch: how many said each. */
export interface LunchRatingCount {
  date: CalendarDate;
  /** The day's lunch as the menu had it when the children rated it ("" when the robot had no menu). */
  dish: string;
  good: number;
  okay: number;
  bad: number;
}
