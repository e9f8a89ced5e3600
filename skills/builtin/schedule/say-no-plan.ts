/** Days without a plan to tell of: the preschool is closed, or the teachers have not entered one. */
import type { CalendarDate, Localized } from '../../sdk';
import { dayToStartWith, dayWords } from '../shared/day-words';
import { NO_SCHEDULE } from './replies';

/** "Idag är förskolan stängd." / "På lördag är förskolan stängd." */
export function sayClosed(today: CalendarDate, date: CalendarDate): Localized {
  const day = dayToStartWith(today, date);
  return { sv: `${day.sv} är förskolan stängd.`, en: `${day.en} the preschool is closed.` };
}

/** NO_SCHEDULE for today; "Jag vet inte vad vi ska göra på fredag. Fråga en fröken!" for another day. */
export function sayNoPlan(today: CalendarDate, date: CalendarDate): Localized {
  if (date === today) return NO_SCHEDULE.speech;
  const day = dayWords(today, date);
  return { sv: `Jag vet inte vad vi ska göra ${day.sv}. Fråga en fröken!`, en: `I don't know what we are doing ${day.en}. Ask a teacher!` };
}
