/** What comes after an activity: "Efter lunchen är det vila." */
import type { Activity, Localized } from '../../sdk';
import { dayWords } from '../shared/day-words';
import { isToday, type PlanDay } from './plan-day';
import { saidActivity } from './say-activities';

/** Longer than this, the child's words are not a name for the activity; the plan's name is said instead. */
const MOST_SAID_WORDS = 4;

export interface AfterToSay {
  /** The child's own words after "efter" ("lunchen", "vi har varit ute"), echoed back. */
  said: string;
  /** The activity the child's words found, and the one after it in the plan. */
  asked: Activity;
  next: Activity;
  day: PlanDay;
  /** The next activity is already done today. */
  past: boolean;
}

export function sayAfter({ said, asked, next, day, past }: AfterToSay): Localized {
  const named = said.split(' ').length <= MOST_SAID_WORDS ? said : saidActivity(asked);
  const when = isToday(day) ? undefined : dayWords(day.today, day.date);
  const after = when ? { sv: `${named} ${when.sv}`, en: `${named} ${when.en}` } : { sv: named, en: named };
  const what = saidActivity(next);
  return past
    ? { sv: `Efter ${after.sv} var det ${what}.`, en: `After ${after.en} it was ${what}.` }
    : { sv: `Efter ${after.sv} är det ${what}.`, en: `After ${after.en} it's ${what}.` };
}
