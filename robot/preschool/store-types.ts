/** What the preschool store keeps: the teachers' entries, the children's alerts, the day's question counts. */
import type { CalendarDate } from '../../skills/sdk/calendar';

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

export interface Message {
  id: number;
  date: CalendarDate;
  text: string;
}

export interface Alert {
  id: number;
  /** ISO 8601. */
  at: string;
  /** What the child said. */
  text: string;
  acknowledgedAt: string | null;
}

export interface IntentCount {
  intent: string;
  count: number;
}
