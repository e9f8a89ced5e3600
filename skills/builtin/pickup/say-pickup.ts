/** Who picks a child up, and when: "Mormor hämtar dig klockan halv fyra." / "Imorgon hämtar pappa Alva." */
import type { CalendarDate, Localized } from '../../sdk';
import { readClockTime } from '../shared/clock-time';
import { plannedClockWords } from '../shared/clock-words';
import { dayToStartWith } from '../shared/day-words';
import { asPhrase, capitalize } from '../shared/text';

export interface PickupToSay {
  today: CalendarDate;
  date: CalendarDate;
  /** As the teachers wrote it ("mormor", "morfar Lars"); Swedish in both languages. */
  who: string;
  /** The child's name as the teachers wrote it. */
  child: string;
  /** "HH:MM", or null when the teachers gave no time. */
  time: string | null;
  /** The child asked about their own pick-up: "dig" rather than the name. */
  aboutSelf: boolean;
}

export function sayPickup({ today, date, who, child, time, aboutSelf }: PickupToSay): Localized {
  const picker = asPhrase(who);
  const whom = aboutSelf ? { sv: 'dig', en: 'you' } : { sv: child, en: child };
  const clock = time === null ? undefined : plannedClockWords(readClockTime(time));
  if (date === today) {
    return {
      sv: `${capitalize(picker)} hämtar ${whom.sv} ${clock ? `klockan ${clock.sv}` : 'idag'}.`,
      en: `${capitalize(picker)} is picking ${whom.en} up ${clock ? `at ${clock.en}` : 'today'}.`,
    };
  }
  const day = dayToStartWith(today, date);
  return {
    sv: `${day.sv} hämtar ${picker} ${whom.sv}${clock ? ` klockan ${clock.sv}` : ''}.`,
    en: `${day.en} ${picker} is picking ${whom.en} up${clock ? ` at ${clock.en}` : ''}.`,
  };
}
