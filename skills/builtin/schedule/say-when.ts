/** When an activity is: "Vi går ut klockan tio.", "Vi vilar klockan halv ett.", "Klockan nio är det fruktstund." */
import type { Activity, Localized } from '../../sdk';
import { readClockTime } from '../shared/clock-time';
import { plannedClockWords } from '../shared/clock-words';
import { dayToStartWith } from '../shared/day-words';
import { joinList } from '../shared/text';
import type { ActivityKind } from './activity-kinds';
import { isToday, type PlanDay } from './plan-day';
import { sayActivities } from './say-activities';

interface KindSentences {
  /** Today, ahead: "Vi går ut" + " klockan tio." */
  ahead: Localized;
  /** Today, done. */
  done: Localized;
  /** Another day, after its name: "På fredag" + " går vi ut" + " klockan tio." */
  onDay: Localized;
}

/** Going out and resting are said as children say them, whatever the plan calls them. */
const KIND_SENTENCES: Partial<Record<ActivityKind, KindSentences>> = {
  out: {
    ahead: { sv: 'Vi går ut', en: "We're going outside" },
    // True whether the children are still out or already back in.
    done: { sv: 'Vi gick ut', en: 'We went outside' },
    onDay: { sv: 'går vi ut', en: "we're going outside" },
  },
  rest: {
    ahead: { sv: 'Vi vilar', en: 'Rest time is' },
    done: { sv: 'Vilan började', en: 'Rest time started' },
    onDay: { sv: 'vilar vi', en: 'rest time is' },
  },
};

/** `activities` are the ones to tell (ahead, or the one that is done); `past` when they are done. */
export function sayWhen(kind: ActivityKind | undefined, activities: readonly Activity[], day: PlanDay, past: boolean): Localized {
  const sentences = kind && KIND_SENTENCES[kind];
  if (!sentences) return sayActivities(activities, day, past);
  const times = activities.map((activity) => plannedClockWords(readClockTime(activity.time)));
  const at = { sv: joinList(times.map((t) => `klockan ${t.sv}`), 'sv'), en: joinList(times.map((t) => `at ${t.en}`), 'en') };
  if (!isToday(day)) {
    const name = dayToStartWith(day.today, day.date);
    return { sv: `${name.sv} ${sentences.onDay.sv} ${at.sv}.`, en: `${name.en} ${sentences.onDay.en} ${at.en}.` };
  }
  const start = past ? sentences.done : sentences.ahead;
  return { sv: `${start.sv} ${at.sv}.`, en: `${start.en} ${at.en}.` };
}
