/** What the robot says when its newest forecast is old: how old, then what that forecast said. */
import { daysBetween, DEFAULT_TIME_ZONE, type Localized, localTime, weekdayName, weekdayOf } from '../../../sdk';
import { hours } from '../../shared/number-words';

export interface StaleInput {
  /** When the newest forecast the robot has was made or fetched. */
  newestAt: Date;
  now: Date;
  /** What that forecast said, completing "det skulle bli …" / "it would be …": "sol och tio grader idag". */
  outlook: Localized;
  timeZone?: string;
  /** Younger than this the forecast is fresh enough to tell as it is. */
  staleAfterHours?: number;
}

/** After a week an old forecast says nothing about today, so only what the original Laiban said offline. */
const TOO_OLD_DAYS = 7;

/**
 * "Jag har inte fått någon ny väderprognos sedan igår, men då skulle det bli sol och tio grader idag."
 * The wording follows the age: hours on the same day, "igår", "i förrgår", a weekday ("i måndags"),
 * and after a week only the window. Undefined while the forecast is fresh.
 */
export function describeStale(input: StaleInput): Localized | undefined {
  const { newestAt, now, outlook, timeZone = DEFAULT_TIME_ZONE, staleAfterHours = 3 } = input;
  const ageHours = Math.floor((now.getTime() - newestAt.getTime()) / 3_600_000);
  if (ageHours < staleAfterHours) return undefined;
  const madeOn = localTime(newestAt, timeZone).date;
  const days = daysBetween(madeOn, localTime(now, timeZone).date);
  const noNews = { sv: 'Jag har inte fått någon ny väderprognos', en: "I haven't had a new weather forecast" };
  if (days === 0) {
    const age = hours(ageHours);
    return {
      sv: `${noNews.sv} på ${age.sv}, men den senaste sa att det skulle bli ${outlook.sv}.`,
      en: `${noNews.en} for ${age.en}, but the last one said it would be ${outlook.en}.`,
    };
  }
  if (days >= TOO_OLD_DAYS) {
    return { sv: `${noNews.sv} på länge. Titta ut genom fönstret!`, en: `${noNews.en} for a long time. Look out of the window!` };
  }
  const weekday = weekdayName(weekdayOf(madeOn));
  const since: Localized =
    days === 1
      ? { sv: 'igår', en: 'yesterday' }
      : days === 2
        ? { sv: 'i förrgår', en: 'the day before yesterday' }
        : { sv: `i ${weekday.sv}s`, en: weekday.en };
  return {
    sv: `${noNews.sv} sedan ${since.sv}, men då skulle det bli ${outlook.sv}.`,
    en: `${noNews.en} since ${since.en}, but then it was going to be ${outlook.en}.`,
  };
}
