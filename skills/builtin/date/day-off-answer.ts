/** "Är det helg imorgon?" — and its opposite, "är det förskola imorgon?". */
import { type CalendarDate, holidaysOn, isDayOff, type Localized, weekdayName, weekdayOf } from '../../sdk';
import { capitalize } from '../shared/text';
import { clause, dayLabel } from './day-words';

export interface DayOffAnswer {
  speech: Localized;
  dayOff: boolean;
}

export function dayOffAnswer(today: CalendarDate, day: CalendarDate, asksIfOpen: boolean): DayOffAnswer {
  const label = dayLabel(today, day);
  const dayOff = isDayOff(day);
  const yes = asksIfOpen ? !dayOff : dayOff;
  const be = label.past ? { sv: 'var', en: 'was' } : { sv: 'är', en: 'is' };
  const itBe = label.past ? 'it was' : "it's";
  const holiday = holidaysOn(day).find((h) => h.kind !== 'observance');
  const weekday = weekdayName(weekdayOf(day));

  let because: Localized;
  if (holiday) {
    const named = clause(label, holiday.name);
    because = { sv: `${named.sv}. Då ${be.sv} det ledigt.`, en: `${named.en}. ${capitalize(itBe)} a day off.` };
  } else if (dayOff && label.namesWeekday) {
    because = clause(label, { sv: 'helg.', en: 'the weekend.' });
  } else if (dayOff) {
    const named = clause(label, weekday);
    because = { sv: `${named.sv}, då ${be.sv} det helg.`, en: `${named.en}, so ${itBe} the weekend.` };
  } else if (label.namesWeekday) {
    because = { sv: `${label.text.sv} ${be.sv} förskolan öppen.`, en: `${label.text.en} the preschool ${be.en} open.` };
  } else {
    const named = clause(label, weekday);
    because = { sv: `${named.sv}. Då ${be.sv} förskolan öppen.`, en: `${named.en}. The preschool ${be.en} open then.` };
  }

  const answer = !yes ? { sv: 'Nej, ', en: 'No, ' } : holiday ? { sv: 'Ja, ', en: 'Yes, ' } : { sv: 'Ja! ', en: 'Yes! ' };
  const opensSentence = answer.sv.endsWith('! ');
  const speech = {
    sv: answer.sv + (opensSentence ? capitalize(because.sv) : because.sv),
    en: answer.en + (opensSentence ? capitalize(because.en) : because.en),
  };
  return { speech, dayOff };
}
