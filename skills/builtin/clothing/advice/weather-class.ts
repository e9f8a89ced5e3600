/** The weather while the children are outside, in the classes the original Laiban dressed them by. */
import type { ForecastStep } from '../../../../protocol/payloads';
import { type CalendarDate, DEFAULT_TIME_ZONE } from '../../../sdk';
import { fallOf, isMaybeRain, isSunny, type LocalHours, localSpan, stepsIn, windLevel } from '../../shared/forecast-steps';
import { feelsLike } from './feels-like';

export type TemperatureClass = 'cold' | 'cool' | 'warmish' | 'warm' | 'hot';

export interface WeatherClass {
  temperatureClass: TemperatureClass;
  /** Rain, drizzle, sleet, hail or freezing rain while they are out. */
  wet: boolean;
  /** Wet only by light showers each less likely than not: dressed for rain, told "det kan komma lite regn". */
  maybeWet: boolean;
  /** Snow or sleet while they are out. */
  snowy: boolean;
  windy: boolean;
  /** Clear or partly cloudy for at least half of the time. */
  sunny: boolean;
  /** The mean "feels like" °C over the outdoor hours, which picked the temperature class. */
  feelsLike: number;
}

/** ≤ 10 cold, 10–12 cool, 12–16 warmish, 16–20 warm, ≥ 20 hot; a shared boundary belongs to the colder class except at 20. */
export function temperatureClassOf(feelsLikeCelsius: number): TemperatureClass {
  if (feelsLikeCelsius <= 10) return 'cold';
  if (feelsLikeCelsius <= 12) return 'cool';
  if (feelsLikeCelsius <= 16) return 'warmish';
  if (feelsLikeCelsius < 20) return 'warm';
  return 'hot';
}

/**
 * The class over the steps that overlap `outdoorHours` on `date` (local time), or undefined when the
 * forecast has no temperature for them. The temperature class comes from the mean "feels like": the
 * children are out morning and afternoon, and the rules already dress them warmly (a jacket up to 12 °C).
 * One wet, snowy or windy hour is enough to dress for it.
 */
export function weatherClass(
  steps: readonly ForecastStep[],
  date: CalendarDate,
  outdoorHours: LocalHours,
  timeZone: string = DEFAULT_TIME_ZONE,
): WeatherClass | undefined {
  const outside = stepsIn(steps, localSpan(date, outdoorHours, timeZone));
  const feels = outside.flatMap((s) => (s.temperature === null ? [] : [feelsLike(s.temperature, s.windSpeed, s.humidity)]));
  if (feels.length === 0) return undefined;
  const meanFeelsLike = feels.reduce((sum, t) => sum + t, 0) / feels.length;
  const falls = outside.map(fallOf);
  const wet = falls.some((f) => f !== undefined && f !== 'snow');
  return {
    temperatureClass: temperatureClassOf(meanFeelsLike),
    wet,
    maybeWet: wet && outside.every((s, i) => falls[i] === undefined || isMaybeRain(s)),
    snowy: falls.some((f) => f === 'snow' || f === 'sleet'),
    windy: outside.some((s) => windLevel(s.windSpeed) !== 'calm'),
    sunny: outside.filter(isSunny).length * 2 >= outside.length,
    feelsLike: meanFeelsLike,
  };
}

/**
 * The key a teacher's correction is stored under: "cold", "cold-wet", "cold-snowy", "hot-sunny".
 * It holds what the rules choose by: the temperature class, rain, snow, and sun where it changes the
 * clothes (a dry warm or hot day). Wind is already in "feels like", and a key per sunny cold day would
 * make teachers repeat a correction for no reason.
 */
export function classKey(weather: Omit<WeatherClass, 'feelsLike' | 'windy' | 'maybeWet'>): string {
  const dry = !weather.wet && !weather.snowy;
  const sunMatters = dry && (weather.temperatureClass === 'warm' || weather.temperatureClass === 'hot');
  return [
    weather.temperatureClass,
    weather.wet ? 'wet' : undefined,
    weather.snowy ? 'snowy' : undefined,
    weather.sunny && sunMatters ? 'sunny' : undefined,
  ]
    .filter(Boolean)
    .join('-');
}
