/** "Det är tre dagar kvar till lördag." Counting days to a target, and naming the target. */
import { type CalendarDate, daysBetween, type Localized, weekdayName, weekdayOf } from '../../sdk';
import { capitalize } from '../shared/text';
import { cardinal } from '../shared/number-words';
import { dayCount, holidayName, weekdayAndDate } from './day-words';

/**
 * What to call the day counted to: the weekday when the child said it ("till fredag", even when that
 * Friday is allhelgonaafton), else its holiday, else its weekday when it is this week, else weekday and date.
 */
export function targetName(today: CalendarDate, target: CalendarDate, childSaidWeekday: boolean): Localized {
  const days = daysBetween(today, target);
  const thisWeek = days >= 0 && days <= 6;
  if (childSaidWeekday && thisWeek) return weekdayName(weekdayOf(target));
  const holiday = holidayName(target);
  if (holiday) return holiday;
  return thisWeek ? weekdayName(weekdayOf(target)) : weekdayAndDate(target);
}

export interface Countdown {
  sentence: Localized;
  /** "om 29 dagar" / "in 29 days" (or "idag", "imorgon"), to follow a name. */
  inDays: Localized;
}

export function countdown(days: number, name: Localized): Countdown {
  const count = dayCount(Math.abs(days));
  if (days === 0) return { sentence: { sv: 'Det är idag!', en: "It's today!" }, inDays: { sv: 'idag', en: 'today' } };
  if (days === 1) return { sentence: { sv: 'Det är imorgon!', en: "It's tomorrow!" }, inDays: { sv: 'imorgon', en: 'tomorrow' } };
  if (days === -1) return { sentence: { sv: 'Det var igår!', en: 'That was yesterday!' }, inDays: { sv: 'igår', en: 'yesterday' } };
  if (days < 0) {
    return {
      sentence: { sv: `Det var för ${count.sv} sedan.`, en: `That was ${count.en} ago.` },
      inDays: { sv: `för ${count.sv} sedan`, en: `${count.en} ago` },
    };
  }
  return {
    sentence: { sv: `Det är ${count.sv} kvar till ${name.sv}.`, en: `There are ${count.en} left until ${name.en}.` },
    inDays: { sv: `om ${count.sv}`, en: `in ${count.en}` },
  };
}

/** Children count sleeps, not days: "Du ska sova tre gånger till, sen är det lördag!" */
export function sleepsCountdown(days: number, name: Localized): Localized | undefined {
  if (days < 1) return undefined;
  const n = days <= 12 ? cardinal(days) : { sv: String(days), en: String(days) };
  if (days === 1) return { sv: `Du ska sova en gång till, sen är det ${name.sv}!`, en: `One more sleep, then it's ${name.en}!` };
  return { sv: `Du ska sova ${n.sv} gånger till, sen är det ${name.sv}!`, en: `${capitalize(n.en)} more sleeps, then it's ${name.en}!` };
}
