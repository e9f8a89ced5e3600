/** Picking the forecast steps for a stretch of local time, and reading what falls, blows and shines in a step. */
import type { ForecastStep } from '../../../protocol/payloads';
import { addCalendarDays, type CalendarDate, parseLocalDateTime } from '../../sdk';

/** Whole local hours, `from` inclusive to `to` exclusive: { from: 9, to: 16 } is 09:00–16:00. */
export interface LocalHours {
  from: number;
  to: number;
}

export interface TimeSpan {
  start: Date;
  end: Date;
}

export function localSpan(date: CalendarDate, hours: LocalHours, timeZone: string): TimeSpan {
  const { from, to } = hours;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > 24 || from >= to) {
    throw new Error(`local hours ${from}–${to} are not whole hours with 0 ≤ from < to ≤ 24`);
  }
  const at = (hour: number): Date =>
    hour === 24
      ? parseLocalDateTime(`${addCalendarDays(date, 1)}T00:00`, timeZone)
      : parseLocalDateTime(`${date}T${String(hour).padStart(2, '0')}:00`, timeZone);
  return { start: at(from), end: at(to) };
}

const startOf = (step: ForecastStep): number => Date.parse(step.start);
const endOf = (step: ForecastStep): number => Date.parse(step.end);

/** Steps whose interval overlaps the span; an instant (start = end) counts when it lies inside the span. */
export function stepsIn(steps: readonly ForecastStep[], span: TimeSpan): ForecastStep[] {
  const from = span.start.getTime();
  const to = span.end.getTime();
  return steps.filter((step) => {
    const start = startOf(step);
    const end = endOf(step);
    if (start === end) return start >= from && start <= to;
    return start < to && end > from;
  });
}

/** The step that covers `at`; failing that the nearest one within 90 minutes (forecasts start on the hour). */
export function stepAt(steps: readonly ForecastStep[], at: Date): ForecastStep | undefined {
  const t = at.getTime();
  const covering = steps.find((step) => startOf(step) <= t && t < endOf(step));
  if (covering) return covering;
  const distance = (step: ForecastStep): number => Math.min(Math.abs(startOf(step) - t), Math.abs(endOf(step) - t));
  const nearest = [...steps].sort((a, b) => distance(a) - distance(b))[0];
  return nearest && distance(nearest) <= 90 * 60_000 ? nearest : undefined;
}

/**
 * The step whose temperature and wind hold at `at`: those are readings at the step's end (SMHI's `time`),
 * so the nearest end within 90 minutes, where `stepAt` is for what falls during an interval.
 */
export function readingAt(steps: readonly ForecastStep[], at: Date): ForecastStep | undefined {
  const t = at.getTime();
  const distance = (step: ForecastStep): number => Math.abs(endOf(step) - t);
  const nearest = [...steps].sort((a, b) => distance(a) - distance(b))[0];
  return nearest && distance(nearest) <= 90 * 60_000 ? nearest : undefined;
}

/** What falls from the sky, in the families children tell apart. */
export type Fall = 'rain' | 'snow' | 'sleet' | 'hail' | 'freezing-rain';
export type FallAmount = 'little' | 'some' | 'much';

const DRY_SKIES: ReadonlySet<string> = new Set(['clear', 'partly-cloudy', 'cloudy', 'fog']);

/** SMHI's probability of precipitation (%) from which a dry symbol is overruled. */
export const LIKELY_PRECIPITATION = 50;

/**
 * The forecaster's own symbol says whether it rains. Real snow1g answers put 0.1–0.2 mm with a 20–30 %
 * probability on many steps whose symbol is clear or half-clear: that is a chance, not rain.
 */
function dryBySymbol(step: ForecastStep): boolean {
  if (step.sky === null || !DRY_SKIES.has(step.sky)) return false;
  // Without a probability (MET Norway, hand-made steps) the amount still decides, as before.
  return step.precipitationProbability !== null && step.precipitationProbability < LIKELY_PRECIPITATION;
}

/** What falls during the step, or undefined when nothing does. */
export function fallOf(step: ForecastStep): Fall | undefined {
  const { precipitationMm: mm, precipitationType: type } = step;
  if (type === 'none' || (mm !== null && mm <= 0)) return undefined;
  if (dryBySymbol(step)) return undefined;
  if (type === 'drizzle') return 'rain';
  if (type !== null) return type;
  if (mm !== null) return step.temperature !== null && step.temperature <= 0 ? 'snow' : 'rain';
  // No amount and no type: the sky symbol is all there is.
  if (step.sky === 'rain' || step.sky === 'showers') return 'rain';
  if (step.sky === 'snow' || step.sky === 'sleet') return step.sky;
  return undefined;
}

/**
 * Light rain showers that the forecaster gives less than an even chance: they may come or not. It is still
 * rain (the clothes are for rain), but told as "kanske lite regn", never as "det regnar".
 */
export function isMaybeRain(step: ForecastStep): boolean {
  const probability = step.precipitationProbability;
  if (step.sky !== 'showers' || probability === null || probability >= LIKELY_PRECIPITATION) return false;
  return fallOf(step) === 'rain' && fallAmount(step) === 'little';
}

function hoursOf(step: ForecastStep): number {
  return Math.max(1, (endOf(step) - startOf(step)) / 3_600_000);
}

/**
 * How hard it falls, in mm of water an hour: rain under 1 mm/h is a little, 4 mm/h or more is a lot
 * (about "moderate" to "heavy" in SMHI's words). Snow counts double: 1 mm of water is about 1 cm of snow.
 */
export function fallAmount(step: ForecastStep): FallAmount {
  if (step.precipitationType === 'drizzle') return 'little';
  const fall = fallOf(step);
  const mm = step.precipitationMm;
  if (!fall || mm === null) return 'little';
  const perHour = (mm / hoursOf(step)) * (fall === 'snow' ? 2 : 1);
  if (perHour < 1) return 'little';
  return perHour >= 4 ? 'much' : 'some';
}

export type WindLevel = 'calm' | 'windy' | 'very-windy';

/** 8 m/s is SMHI's "frisk vind", when children notice the wind; 14 m/s is "hård vind". */
export function windLevel(speed: number | null): WindLevel {
  if (speed === null || speed < 8) return 'calm';
  return speed < 14 ? 'windy' : 'very-windy';
}

export function isSunny(step: ForecastStep): boolean {
  if (step.sky !== null) return step.sky === 'clear' || step.sky === 'partly-cloudy';
  return step.cloudCover !== null && step.cloudCover < 0.5;
}

export function hasThunder(step: ForecastStep): boolean {
  return step.sky === 'thunder' || (step.thunderProbability ?? 0) >= 50;
}
