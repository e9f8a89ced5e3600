/** Child-friendly weather sentences: now, later today, and a whole day. */
import type { ForecastStep } from '../../../../protocol/payloads';
import { type CalendarDate, DEFAULT_TIME_ZONE, type Localized, localTime } from '../../../sdk';
import { joinList } from '../../shared/text';
import { dayToStartWith } from '../../shared/day-words';
import { fallOf, isMaybeRain, type LocalHours, localSpan, readingAt, stepAt, stepsIn, type WindLevel, windLevel } from '../../shared/forecast-steps';
import { degrees } from '../../shared/number-words';
import {
  type Change,
  conditionNow,
  dayCondition,
  FALL_STARTS,
  FALL_STOPS,
  type FallFamily,
  familyOf,
  GETS_COLDER,
  GETS_WARMER,
  GETS_WINDY,
  MAYBE_RAIN_LATER,
  WIND_WORDS,
} from './weather-words';

export { describeWarning } from './describe-warning';

const isNumber = (value: number | null): value is number => value !== null;
const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;

/** "Det är tre grader och det regnar lite." / "It's three degrees and it's raining a little." */
export function describeNow(steps: readonly ForecastStep[], now: Date): Localized | undefined {
  const step = stepAt(steps, now);
  const reading = readingAt(steps, now) ?? step;
  if (!step || !reading || reading.temperature === null) return undefined;
  const temperature = degrees(reading.temperature);
  const condition = conditionNow(step);
  const level = windLevel(reading.windSpeed);
  const wind = level === 'calm' ? undefined : WIND_WORDS[level];
  if (condition?.form === 'clause') {
    const sv = `Det är ${temperature.sv} och ${condition.words.sv}.`;
    const en = `It's ${temperature.en} and ${condition.words.en}.`;
    return wind ? { sv: `${sv} Det är ${wind.sv} också.`, en: `${en} It's ${wind.en} too.` } : { sv, en };
  }
  const parts = [temperature, condition?.words, wind].filter((p): p is Localized => p !== undefined);
  return {
    sv: `Det är ${joinList(parts.map((p) => p.sv), 'sv')}.`,
    en: `It's ${joinList(parts.map((p) => p.en), 'en')}.`,
  };
}

interface LaterPart {
  startsAt: number;
  hours: LocalHours;
  name: Localized;
}

const LATER_PARTS: readonly LaterPart[] = [
  { startsAt: 12, hours: { from: 12, to: 18 }, name: { sv: 'I eftermiddag', en: 'This afternoon' } },
  { startsAt: 18, hours: { from: 18, to: 22 }, name: { sv: 'Ikväll', en: 'This evening' } },
];

/** A change of three degrees or more is one a child feels. */
const NOTICEABLE_DEGREES = 3;
const WIND_RANK: Record<WindLevel, number> = { calm: 0, windy: 1, 'very-windy': 2 };
const WIND_DIES_DOWN: Change = { inverted: 'slutar det blåsa', straight: 'det slutar blåsa', en: 'the wind will die down' };

function mostCommonFamily(steps: readonly ForecastStep[]): FallFamily | undefined {
  const counts = new Map<FallFamily, number>();
  for (const step of steps) {
    const fall = isMaybeRain(step) ? undefined : fallOf(step);
    if (fall) counts.set(familyOf(fall), (counts.get(familyOf(fall)) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function changesBetween(current: ForecastStep, later: readonly ForecastStep[]): Change[] {
  const changes: Change[] = [];
  const laterTemperatures = later.map((s) => s.temperature).filter(isNumber);
  if (current.temperature !== null && laterTemperatures.length > 0) {
    const difference = mean(laterTemperatures) - current.temperature;
    if (difference >= NOTICEABLE_DEGREES) changes.push(GETS_WARMER);
    if (difference <= -NOTICEABLE_DEGREES) changes.push(GETS_COLDER);
  }
  const fallingNow = isMaybeRain(current) ? undefined : fallOf(current);
  const familyNow = fallingNow && familyOf(fallingNow);
  const familyLater = mostCommonFamily(later);
  const maybeLater = !familyLater && later.some(isMaybeRain);
  if (familyLater && familyLater !== familyNow) changes.push(FALL_STARTS[familyLater]);
  if (maybeLater && !familyNow && !isMaybeRain(current)) changes.push(MAYBE_RAIN_LATER);
  if (familyNow && !familyLater && !maybeLater) changes.push(FALL_STOPS[familyNow]);
  const windNow = windLevel(current.windSpeed);
  const windLater = later.map((s) => windLevel(s.windSpeed)).sort((a, b) => WIND_RANK[b] - WIND_RANK[a])[0] ?? 'calm';
  if (windLater !== 'calm' && WIND_RANK[windLater] > WIND_RANK[windNow]) changes.push(GETS_WINDY[windLater]);
  if (windNow !== 'calm' && windLater === 'calm') changes.push(WIND_DIES_DOWN);
  return changes;
}

/**
 * How the rest of today differs from now: "I eftermiddag blir det kallare." before noon, "Ikväll …" in
 * the afternoon; undefined in the evening or when the forecast does not reach.
 */
export function describeLaterToday(steps: readonly ForecastStep[], now: Date, timeZone: string = DEFAULT_TIME_ZONE): Localized | undefined {
  const local = localTime(now, timeZone);
  const part = LATER_PARTS.find((p) => local.hour < p.startsAt);
  const current = stepAt(steps, now);
  if (!part || !current) return undefined;
  const later = stepsIn(steps, localSpan(local.date, part.hours, timeZone));
  if (later.length === 0) return undefined;
  const [first, ...rest] = changesBetween(current, later);
  if (!first) {
    return { sv: `${part.name.sv} blir det ungefär som nu.`, en: `${part.name.en} it will be about the same as now.` };
  }
  const sv = joinList([first.inverted, ...rest.map((c) => c.straight)], 'sv');
  const en = joinList([first, ...rest].map((c) => c.en), 'en');
  return { sv: `${part.name.sv} ${sv}.`, en: `${part.name.en} ${en}.` };
}

/** The hours a day's forecast speaks of: when children are awake and might be outside. */
export const DAYTIME: LocalHours = { from: 8, to: 18 };

export interface DayOutlook {
  /** "sol" / "sunny", "lite regn" / "a bit rainy". */
  condition: Localized;
  /** The day's highest temperature, as forecasts quote it. */
  warmest: number;
  wind: WindLevel;
}

export function dayOutlook(
  steps: readonly ForecastStep[],
  date: CalendarDate,
  timeZone: string = DEFAULT_TIME_ZONE,
  hours: LocalHours = DAYTIME,
): DayOutlook | undefined {
  const day = stepsIn(steps, localSpan(date, hours, timeZone));
  const temperatures = day.map((s) => s.temperature).filter(isNumber);
  if (temperatures.length === 0) return undefined;
  const wind = day.map((s) => windLevel(s.windSpeed)).sort((a, b) => WIND_RANK[b] - WIND_RANK[a])[0] ?? 'calm';
  return { condition: dayCondition(day), warmest: Math.max(...temperatures), wind };
}

/** "sol och tio grader" / "sunny and ten degrees": completes "Imorgon blir det …" and "det skulle bli …". */
export function outlookWords(outlook: DayOutlook): Localized {
  const temperature = degrees(outlook.warmest);
  return { sv: `${outlook.condition.sv} och ${temperature.sv}`, en: `${outlook.condition.en} and ${temperature.en}` };
}

/** "Imorgon blir det sol och tio grader." / "Tomorrow it will be sunny and ten degrees." plus the wind when it blows. */
export function describeDay(
  steps: readonly ForecastStep[],
  now: Date,
  date: CalendarDate,
  timeZone: string = DEFAULT_TIME_ZONE,
): Localized | undefined {
  const outlook = dayOutlook(steps, date, timeZone);
  if (!outlook) return undefined;
  const day = dayToStartWith(localTime(now, timeZone).date, date);
  const words = outlookWords(outlook);
  const sv = `${day.sv} blir det ${words.sv}.`;
  const en = `${day.en} it will be ${words.en}.`;
  if (outlook.wind === 'calm') return { sv, en };
  const wind = WIND_WORDS[outlook.wind];
  return { sv: `${sv} Det blir ${wind.sv} också.`, en: `${en} It will be ${wind.en} too.` };
}
