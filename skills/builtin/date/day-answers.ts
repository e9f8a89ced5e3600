/** Answers about one day: which day it is, its date, week, month and year. */
import {
  type CalendarDate,
  daysBetween,
  dateParts,
  isoWeekOf,
  type IsoWeekday,
  type Localized,
  monthName,
  spokenDate,
  weekdayName,
  weekdayOf,
} from '../../sdk';
import { countdown } from './countdown-answer';
import { capitalize } from '../shared/text';
import { capitalized, clause, type DayLabel, dayLabel, holidayName, weekdayAndDate } from './day-words';

const ORDINALS: Record<IsoWeekday, Localized> = {
  1: { sv: 'första', en: 'first' },
  2: { sv: 'andra', en: 'second' },
  3: { sv: 'tredje', en: 'third' },
  4: { sv: 'fjärde', en: 'fourth' },
  5: { sv: 'femte', en: 'fifth' },
  6: { sv: 'sjätte', en: 'sixth' },
  7: { sv: 'sjunde', en: 'seventh' },
};

/** "Idag är det julafton! Det är torsdag den 24 december." */
function holidayThenDate(label: DayLabel, holiday: Localized, full: Localized): Localized {
  const named = clause(label, holiday);
  return {
    sv: `${capitalize(named.sv)}! Det ${label.past ? 'var' : 'är'} ${full.sv}.`,
    en: `${capitalize(named.en)}! It${label.past ? ' was' : "'s"} ${full.en}.`,
  };
}

/** "Idag är det onsdag den 25 november. Onsdag är veckans tredje dag." */
export function todayAnswer(today: CalendarDate): Localized {
  const label = dayLabel(today, today);
  const holiday = holidayName(today);
  const full = weekdayAndDate(today);
  if (holiday) return holidayThenDate(label, holiday, full);
  const weekday = weekdayOf(today);
  const name = weekdayName(weekday);
  const ordinal = ORDINALS[weekday];
  const first = capitalized(clause(label, full));
  return {
    sv: `${first.sv} ${capitalize(name.sv)} är veckans ${ordinal.sv} dag.`,
    en: `${first.en} ${name.en} is the ${ordinal.en} day of the week.`,
  };
}

/** A day that is not today: "På fredag är det den 27 november.", "Julafton är torsdag den 24 december, om 29 dagar." */
export function otherDayAnswer(today: CalendarDate, date: CalendarDate): Localized {
  const label = dayLabel(today, date);
  const holiday = holidayName(date);
  const full = weekdayAndDate(date);
  if (holiday && label.namesHoliday) {
    const days = daysBetween(today, date);
    const inDays = countdown(days, holiday).inDays;
    return {
      sv: `${capitalize(holiday.sv)} är ${full.sv}, ${inDays.sv}.`,
      en: `${capitalize(holiday.en)} is on ${full.en}, ${inDays.en}.`,
    };
  }
  if (holiday && label.namesWeekday) {
    const spoken = spokenDate(date);
    return capitalized(clause(label, { sv: `${holiday.sv}, ${spoken.sv}`, en: `${holiday.en}, ${spoken.en}` }));
  }
  if (holiday) return holidayThenDate(label, holiday, full);
  return capitalized(clause(label, label.namesWeekday ? spokenDate(date) : full));
}

/** "Julafton är idag!" or, for another day, the same as otherDayAnswer. */
export function whenAnswer(today: CalendarDate, date: CalendarDate): Localized {
  if (date !== today) return otherDayAnswer(today, date);
  const holiday = holidayName(date);
  if (!holiday) return { sv: 'Det är idag!', en: "It's today!" };
  return { sv: `${capitalize(holiday.sv)} är idag!`, en: `${capitalize(holiday.en)} is today!` };
}

export function dateAnswer(label: DayLabel, date: CalendarDate): Localized {
  return capitalized(clause(label, label.namesWeekday ? spokenDate(date) : weekdayAndDate(date)));
}

/** "Det är vecka 48." for today; "Nästa vecka är det vecka 49." for another day. */
function itIs(label: DayLabel | undefined, what: Localized): Localized {
  return label ? capitalized(clause(label, what)) : { sv: `Det är ${what.sv}.`, en: `It's ${what.en}.` };
}

/** `label` is undefined when the question is about today. */
export function weekAnswer(label: DayLabel | undefined, date: CalendarDate): Localized {
  const week = isoWeekOf(date);
  return itIs(label, { sv: `vecka ${week}`, en: `week ${week}` });
}

export function monthAnswer(label: DayLabel | undefined, date: CalendarDate): Localized {
  return itIs(label, monthName(dateParts(date).month));
}

export function yearAnswer(label: DayLabel | undefined, date: CalendarDate): Localized {
  const { year } = dateParts(date);
  return itIs(label, { sv: `år ${year}`, en: `${year}` });
}

/** "är det lördag idag?": yes, or no with how far away that weekday is. */
export function isWeekdayAnswer(today: CalendarDate, day: CalendarDate, asked: IsoWeekday): { speech: Localized; yes: boolean } {
  const label = dayLabel(today, day);
  const actual = clause(label, weekdayName(weekdayOf(day)));
  if (weekdayOf(day) === asked) return { speech: { sv: `Ja! ${capitalize(actual.sv)}.`, en: `Yes! ${capitalize(actual.en)}.` }, yes: true };
  const name = weekdayName(asked);
  const daysUntil = (asked - weekdayOf(today) + 7) % 7;
  const until =
    daysUntil <= 1
      ? { sv: `${capitalize(name.sv)} är ${daysUntil === 0 ? 'idag' : 'imorgon'}.`, en: `${name.en} is ${daysUntil === 0 ? 'today' : 'tomorrow'}.` }
      : countdown(daysUntil, name).sentence;
  return { speech: { sv: `Nej, ${actual.sv}. ${until.sv}`, en: `No, ${actual.en}. ${until.en}` }, yes: false };
}
