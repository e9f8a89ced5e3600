/** Days without food to tell of: the preschool is closed, or the menu does not say. */
import { type CalendarDate, daysBetween, type Localized } from '../../sdk';
import { capitalize } from '../shared/text';
import { menuDayWords } from './day-words';

/** "På lördag är förskolan stängd." / "Igår var förskolan stängd." */
export function sayClosed(today: CalendarDate, date: CalendarDate): Localized {
  const day = menuDayWords(today, date);
  const Day = { sv: capitalize(day.sv), en: capitalize(day.en) };
  if (daysBetween(today, date) < 0) return { sv: `${Day.sv} var förskolan stängd.`, en: `${Day.en} the preschool was closed.` };
  return { sv: `${Day.sv} är förskolan stängd.`, en: `${Day.en} the preschool is closed.` };
}

/** "Jag vet inte vad det blir för mat på torsdag. Fråga en fröken!" */
export function sayUnknownMenu(today: CalendarDate, date: CalendarDate): Localized {
  const day = menuDayWords(today, date);
  if (daysBetween(today, date) < 0) {
    return { sv: `Jag vet inte vad vi åt ${day.sv}. Fråga en fröken!`, en: `I don't know what we had ${day.en}. Ask a teacher!` };
  }
  return { sv: `Jag vet inte vad det blir för mat ${day.sv}. Fråga en fröken!`, en: `I don't know what's for lunch ${day.en}. Ask a teacher!` };
}
