/** Clothing advice for a day: the teacher's correction for the weather class if there is one, else the rules. */
import type { ForecastStep } from '../../../../protocol/payloads';
import { type CalendarDate, DEFAULT_TIME_ZONE, localTime } from '../../../sdk';
import type { LocalHours } from '../../shared/forecast-steps';
import { garmentsByRules, type Season, seasonOf } from './clothing-rules';
import { type Garment, inSpeakingOrder } from './garment-words';
import { classKey, type WeatherClass, weatherClass } from './weather-class';

export { GARMENT_WORDS, GARMENTS, type Garment, isGarment } from './garment-words';
export type { Season } from './clothing-rules';

export interface AdviceInput {
  steps: readonly ForecastStep[];
  /** The day to dress for. */
  date: CalendarDate;
  now: Date;
  /** When the children are outside, e.g. { from: 9, to: 16 }. */
  outdoorHours: LocalHours;
  /** Teachers' corrections, each stored under the class key it was made for. */
  corrections?: Readonly<Record<string, readonly Garment[]>>;
  timeZone?: string;
}

export interface ClothingAdvice {
  garments: Garment[];
  classKey: string;
  because: 'rules' | 'teacher';
  season: Season;
  date: CalendarDate;
  weather: WeatherClass;
}

/** On the day itself only the outdoor hours still ahead count; once they are over, the whole day's do. */
function hoursAhead(outdoorHours: LocalHours, date: CalendarDate, now: Date, timeZone: string): LocalHours {
  const local = localTime(now, timeZone);
  if (local.date !== date || local.hour <= outdoorHours.from || local.hour >= outdoorHours.to) return outdoorHours;
  return { from: local.hour, to: outdoorHours.to };
}

/** Undefined when the forecast has nothing for the outdoor hours of `date`. */
export function adviseClothing(input: AdviceInput): ClothingAdvice | undefined {
  const { steps, date, now, outdoorHours, corrections = {}, timeZone = DEFAULT_TIME_ZONE } = input;
  const weather = weatherClass(steps, date, hoursAhead(outdoorHours, date, now, timeZone), timeZone);
  if (!weather) return undefined;
  const key = classKey(weather);
  const base = { classKey: key, season: seasonOf(date), date, weather };
  const correction = corrections[key];
  if (correction) return { ...base, garments: inSpeakingOrder(correction), because: 'teacher' };
  return { ...base, garments: garmentsByRules(weather, date), because: 'rules' };
}
