/** Clothing advice from a forecast the bridge has not renewed for a long time. */
import type { Localized } from '../../sdk';
import { lowercaseFirst } from '../shared/text';

/** A forecast renewed within half a day still dresses a child well enough to say nothing about its age. */
const OLD_AFTER_HOURS = 12;

export function isOldForecast(fetchedAt: string, now: Date): boolean {
  return now.getTime() - Date.parse(fetchedAt) >= OLD_AFTER_HOURS * 3_600_000;
}

/** "Jag har ingen ny väderprognos, men idag behöver du overall …" */
export function hedged(advice: Localized): Localized {
  return {
    sv: `Jag har ingen ny väderprognos, men ${lowercaseFirst(advice.sv)}`,
    en: `I don't have a new weather forecast, but ${lowercaseFirst(advice.en)}`,
  };
}
