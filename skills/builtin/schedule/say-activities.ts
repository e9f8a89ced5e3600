/** Activities with their times, two to a sentence: "Klockan nio är det fruktstund och klockan halv tolv är det lunch." */
import type { Activity, Localized } from '../../sdk';
import { readClockTime } from '../shared/clock-time';
import { plannedClockWords } from '../shared/clock-words';
import { dayToStartWith } from '../shared/day-words';
import { asPhrase, capitalize, lowercaseFirst } from '../shared/text';
import { isToday, type PlanDay } from './plan-day';

const PER_SENTENCE = 2;

/** Each activity as written, mid-sentence: "Fruktstund" → "fruktstund". */
export const saidActivity = (activity: Activity): string => lowercaseFirst(asPhrase(activity.what));

/** "Klockan nio är det fruktstund."; another day starts with it: "På fredag är det frukost klockan åtta och …". */
export function sayActivities(activities: readonly Activity[], day: PlanDay, past: boolean): Localized {
  const sentences = activitySentences(activities, day, past);
  return { sv: sentences.map((s) => s.sv).join(' '), en: sentences.map((s) => s.en).join(' ') };
}

/** The same, one sentence (two activities) at a time: a day told in parts. */
export function activitySentences(activities: readonly Activity[], day: PlanDay, past: boolean): Localized[] {
  const is = past ? { sv: 'var det', en: 'it was' } : { sv: 'är det', en: "it's" };
  const first = isToday(day) ? undefined : dayToStartWith(day.today, day.date);
  const clauses = activities.map((activity, i): Localized => {
    const what = saidActivity(activity);
    const at = plannedClockWords(readClockTime(activity.time));
    if (i === 0 && first) return { sv: `${first.sv} ${is.sv} ${what} klockan ${at.sv}`, en: `${first.en} ${is.en} ${what} at ${at.en}` };
    return { sv: `klockan ${at.sv} ${is.sv} ${what}`, en: `at ${at.en} ${is.en} ${what}` };
  });
  const sentences: Localized[] = [];
  for (let i = 0; i < clauses.length; i += PER_SENTENCE) {
    const pair = clauses.slice(i, i + PER_SENTENCE);
    sentences.push({
      sv: `${capitalize(pair.map((c) => c.sv).join(' och '))}.`,
      en: `${capitalize(pair.map((c) => c.en).join(' and '))}.`,
    });
  }
  return sentences;
}
