import { type CalendarDate, daysBetween, type Localized, relativeDayName, spokenDate, weekdayName, weekdayOf } from '../../sdk';
import { capitalize } from '../shared/text';

/** "Imorgon är det torsdag." for a follow-up such as "och imorgon då?" after the time. */
export function whichDay(today: CalendarDate, date: CalendarDate): Localized {
  const weekday = weekdayName(weekdayOf(date));
  const spoken = spokenDate(date);
  const days = daysBetween(today, date);
  const past = days < 0;
  const relative = relativeDayName(today, date);
  if (relative) {
    return {
      sv: `${capitalize(relative.sv)} ${past ? 'var' : 'är'} det ${weekday.sv}.`,
      en: `${capitalize(relative.en)} ${past ? 'was' : 'is'} ${weekday.en}.`,
    };
  }
  if (days > 0 && days <= 6) {
    return { sv: `På ${weekday.sv} är det ${spoken.sv}.`, en: `On ${weekday.en} it's ${spoken.en}.` };
  }
  return {
    sv: `${capitalize(spoken.sv)} ${past ? 'var' : 'är'} det ${weekday.sv}.`,
    en: `${capitalize(spoken.en)} ${past ? 'was' : 'is'} a ${weekday.en}.`,
  };
}
