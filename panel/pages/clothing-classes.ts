/**
 * The weather classes the Kläder page offers: only those that occur (snow only when it is cold or cool),
 * each with its "feels like" temperatures and what the robot would say for it today.
 */
import type { CalendarDate } from '../../core/calendar';
import type { Garment } from '../../skills/builtin/clothing/advice/garment-words';
import { garmentsByRules } from '../../skills/builtin/clothing/advice/clothing-rules';
import type { TemperatureClass, WeatherClass } from '../../skills/builtin/clothing/advice/weather-class';
import { CLASS_KEYS, type ClothingCorrections } from '../../skills/builtin/clothing/corrections';

const SNOW_POSSIBLE: ReadonlySet<TemperatureClass> = new Set(['cold', 'cool']);

/** A class key ("cold-wet-snowy") read back into the weather the rules choose by. */
export function weatherOfKey(key: string): WeatherClass {
  const [temperatureClass, ...parts] = key.split('-') as [TemperatureClass, ...string[]];
  return { temperatureClass, wet: parts.includes('wet'), maybeWet: false, snowy: parts.includes('snowy'), sunny: parts.includes('sunny'), windy: false, feelsLike: 0 };
}

/** The 22 keys the clothing skill knows, less the snowy warm ones no preschool day has. */
export const OCCURRING_CLASS_KEYS: readonly string[] = [...CLASS_KEYS].filter((key) => {
  const weather = weatherOfKey(key);
  return !weather.snowy || SNOW_POSSIBLE.has(weather.temperatureClass);
});

export interface ClassAdvice {
  key: string;
  /** What the robot would say today for this weather. */
  garments: Garment[];
  /** The teachers changed it; otherwise the rules speak. */
  corrected: boolean;
}

export function adviceToday(key: string, corrections: ClothingCorrections, date: CalendarDate): ClassAdvice {
  const corrected = corrections[key];
  return corrected !== undefined ? { key, garments: corrected, corrected: true } : { key, garments: garmentsByRules(weatherOfKey(key), date), corrected: false };
}

/** The rules' advice for the key on the date: a save of exactly that is no correction. */
export function rulesSay(key: string, date: CalendarDate): Garment[] {
  return garmentsByRules(weatherOfKey(key), date);
}
