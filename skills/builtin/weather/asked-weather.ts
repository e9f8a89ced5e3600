/** Which weather a question is about: today from now on, a part of today, another day, or a day gone by. */
import { type CalendarDate, daysBetween, type Localized, localTime, type Slots } from '../../sdk';
import { askedDate } from '../shared/asked-date';
import { dayWords } from '../shared/day-words';
import type { LocalHours } from '../shared/forecast-steps';
import { DAYTIME } from './phrasing/describe-weather';

export interface PartOfToday {
  hours: LocalHours;
  /** Starts the sentence: "I eftermiddag blir det …". */
  name: Localized;
  /** Ends "det skulle bli sol och tio grader …". */
  when: Localized;
}

const PARTS = {
  morning: { hours: { from: 6, to: 9 }, name: { sv: 'På morgonen', en: 'In the morning' }, when: { sv: 'på morgonen', en: 'in the morning' } },
  forenoon: { hours: { from: 9, to: 12 }, name: { sv: 'I förmiddag', en: 'This morning' }, when: { sv: 'i förmiddag', en: 'this morning' } },
  afternoon: { hours: { from: 12, to: 18 }, name: { sv: 'I eftermiddag', en: 'This afternoon' }, when: { sv: 'i eftermiddag', en: 'this afternoon' } },
  evening: { hours: { from: 18, to: 22 }, name: { sv: 'Ikväll', en: 'This evening' }, when: { sv: 'ikväll', en: 'this evening' } },
} as const satisfies Record<string, PartOfToday>;

const isPartName = (value: string): value is keyof typeof PARTS => Object.hasOwn(PARTS, value);

export type WeatherQuestion =
  /** Today: how it is now and, with `later`, how the rest of the day differs. */
  | { kind: 'today'; later: boolean }
  | { kind: 'part'; part: PartOfToday }
  | { kind: 'day'; date: CalendarDate }
  | { kind: 'past' };

/**
 * From the date and timeOfDay slots. A part of today already over ("i morse" at two o'clock) is heard as
 * a question about today; a part of another day as a question about that day.
 */
export function weatherQuestion(slots: Slots, now: Date, timeZone: string): WeatherQuestion {
  const { date: today, hour } = localTime(now, timeZone);
  const date = askedDate(slots, today);
  const days = daysBetween(today, date);
  if (days < 0) return { kind: 'past' };
  if (days > 0) return { kind: 'day', date };
  const timeOfDay = slots.timeOfDay;
  if (timeOfDay === 'now') return { kind: 'today', later: false };
  if (timeOfDay === undefined || !isPartName(timeOfDay)) return { kind: 'today', later: true };
  const part = PARTS[timeOfDay];
  if (hour >= part.hours.to) return { kind: 'today', later: true };
  // Only what is left of a part that has begun.
  return { kind: 'part', part: { ...part, hours: { from: Math.max(hour, part.hours.from), to: part.hours.to } } };
}

export interface AskedSpan {
  date: CalendarDate;
  hours: LocalHours;
  /** "idag", "i eftermiddag", "imorgon", "på fredag". */
  when: Localized;
}

/** What is left of today's daytime, or of the evening once daytime is over. */
function restOfToday(hour: number): LocalHours {
  if (hour < DAYTIME.from) return DAYTIME;
  if (hour < DAYTIME.to) return { from: hour, to: DAYTIME.to };
  return { from: hour, to: 24 };
}

/** The local hours a question is about. */
export function askedSpan(question: Exclude<WeatherQuestion, { kind: 'past' }>, now: Date, timeZone: string): AskedSpan {
  const { date: today, hour } = localTime(now, timeZone);
  switch (question.kind) {
    case 'today':
      return { date: today, hours: restOfToday(hour), when: { sv: 'idag', en: 'today' } };
    case 'part':
      return { date: today, hours: question.part.hours, when: question.part.when };
    case 'day':
      return { date: question.date, hours: DAYTIME, when: dayWords(today, question.date) };
  }
}
