/** The words for rain, snow, wind and sky that the weather sentences are built from. */
import type { ForecastStep } from '../../../../protocol/payloads';
import type { Localized } from '../../../sdk';
import { type Fall, type FallAmount, fallAmount, fallOf, hasThunder, isMaybeRain, isSunny, type WindLevel } from '../../shared/forecast-steps';

/**
 * How the weather is right now. An `adjective` joins the temperature ("tre grader och molnigt");
 * a `clause` is its own statement ("tre grader och det regnar lite").
 */
export interface Condition {
  form: 'adjective' | 'clause';
  words: Localized;
}

const FALLING_NOW: Record<Fall, Record<FallAmount, Localized>> = {
  rain: {
    little: { sv: 'det regnar lite', en: "it's raining a little" },
    some: { sv: 'det regnar', en: "it's raining" },
    much: { sv: 'det regnar mycket', en: "it's raining a lot" },
  },
  snow: {
    little: { sv: 'det snöar lite', en: "it's snowing a little" },
    some: { sv: 'det snöar', en: "it's snowing" },
    much: { sv: 'det snöar mycket', en: "it's snowing a lot" },
  },
  sleet: {
    little: { sv: 'det kommer blötsnö', en: "it's sleeting" },
    some: { sv: 'det kommer blötsnö', en: "it's sleeting" },
    much: { sv: 'det kommer mycket blötsnö', en: "it's sleeting a lot" },
  },
  hail: {
    little: { sv: 'det haglar', en: "it's hailing" },
    some: { sv: 'det haglar', en: "it's hailing" },
    much: { sv: 'det haglar', en: "it's hailing" },
  },
  // "Underkylt regn" means nothing to a child; that it is slippery does.
  'freezing-rain': {
    little: { sv: 'det regnar och är halt', en: "it's raining and slippery" },
    some: { sv: 'det regnar och är halt', en: "it's raining and slippery" },
    much: { sv: 'det regnar och är halt', en: "it's raining and slippery" },
  },
};

const MAYBE_RAIN_NOW: Localized = { sv: 'det kan komma lite regn', en: 'there might be a little rain' };
const MAYBE_RAIN_DAY: Localized = { sv: 'kanske lite regn', en: 'maybe a bit rainy' };

/** Thunder first, then what falls, then the sky. */
export function conditionNow(step: ForecastStep): Condition | undefined {
  if (hasThunder(step)) return { form: 'clause', words: { sv: 'det åskar', en: "it's thundering" } };
  if (isMaybeRain(step)) return { form: 'clause', words: MAYBE_RAIN_NOW };
  const fall = fallOf(step);
  if (fall) return { form: 'clause', words: FALLING_NOW[fall][fallAmount(step)] };
  if (step.sky === 'showers') return { form: 'clause', words: { sv: 'det regnar ibland', en: 'it rains now and then' } };
  if (step.sky === 'fog') return { form: 'adjective', words: { sv: 'dimmigt', en: 'foggy' } };
  const cover = step.cloudCover;
  // "Solen skiner" could be wrong before sunrise on a December morning; a clear sky is clear at any hour.
  if (step.sky === 'clear' || (step.sky === null && cover !== null && cover < 0.2)) return { form: 'adjective', words: { sv: 'klart', en: 'clear' } };
  if (step.sky === 'partly-cloudy' || (step.sky === null && cover !== null && cover < 0.7)) {
    return { form: 'adjective', words: { sv: 'lite molnigt', en: 'a little cloudy' } };
  }
  if (step.sky !== null || cover !== null) return { form: 'adjective', words: { sv: 'molnigt', en: 'cloudy' } };
  return undefined;
}

export const WIND_WORDS: Record<Exclude<WindLevel, 'calm'>, Localized> = {
  windy: { sv: 'blåsigt', en: 'windy' },
  'very-windy': { sv: 'mycket blåsigt', en: 'very windy' },
};

/** Millimetres over a daytime at which a day has "lite" and "mycket" of what falls. */
const DAY_TOTALS: Record<Fall, { little: number; much: number }> = {
  rain: { little: 2, much: 15 },
  'freezing-rain': { little: 2, much: 15 },
  hail: { little: 2, much: 15 },
  sleet: { little: 2, much: 10 },
  snow: { little: 1, much: 8 },
};

const DAY_FALL_WORDS: Record<Fall, Record<FallAmount, Localized>> = {
  rain: {
    little: { sv: 'lite regn', en: 'a bit rainy' },
    some: { sv: 'regn', en: 'rainy' },
    much: { sv: 'mycket regn', en: 'very rainy' },
  },
  snow: {
    little: { sv: 'lite snö', en: 'a bit snowy' },
    some: { sv: 'snö', en: 'snowy' },
    much: { sv: 'mycket snö', en: 'very snowy' },
  },
  sleet: {
    little: { sv: 'blötsnö', en: 'sleety' },
    some: { sv: 'blötsnö', en: 'sleety' },
    much: { sv: 'mycket blötsnö', en: 'very sleety' },
  },
  hail: {
    little: { sv: 'hagel', en: 'hailing' },
    some: { sv: 'hagel', en: 'hailing' },
    much: { sv: 'hagel', en: 'hailing' },
  },
  'freezing-rain': {
    little: { sv: 'halka', en: 'slippery' },
    some: { sv: 'halka', en: 'slippery' },
    much: { sv: 'halka', en: 'slippery' },
  },
};

/**
 * A day's weather as a Swedish noun and an English adjective: "sol" / "sunny", "lite regn" / "a bit rainy".
 * Thunder first, then what falls most, then the sky over most of the steps.
 */
export function dayCondition(steps: readonly ForecastStep[]): Localized {
  if (steps.some(hasThunder)) return { sv: 'åska', en: 'thundery' };
  const totals = new Map<Fall, number>();
  let maybeRain = false;
  for (const step of steps) {
    const fall = fallOf(step);
    if (fall && isMaybeRain(step)) maybeRain = true;
    else if (fall) totals.set(fall, (totals.get(fall) ?? 0) + (step.precipitationMm ?? 0));
  }
  if (totals.size === 0 && maybeRain) return MAYBE_RAIN_DAY;
  const wettest = [...totals.entries()].sort((a, b) => b[1] - a[1])[0];
  if (wettest) {
    const [fall, mm] = wettest;
    const limits = DAY_TOTALS[fall];
    const amount: FallAmount = mm < limits.little ? 'little' : mm >= limits.much ? 'much' : 'some';
    return DAY_FALL_WORDS[fall][amount];
  }
  const share = (test: (step: ForecastStep) => boolean): number => steps.filter(test).length / Math.max(1, steps.length);
  if (share((s) => s.sky === 'fog') > 0.5) return { sv: 'dimma', en: 'foggy' };
  const sunny = share(isSunny);
  if (sunny >= 2 / 3) return { sv: 'sol', en: 'sunny' };
  if (sunny >= 1 / 3) return { sv: 'lite sol', en: 'partly sunny' };
  return { sv: 'molnigt', en: 'cloudy' };
}

/** Families whose start and end a child hears about: "det börjar regna", "det slutar snöa". */
export type FallFamily = 'rain' | 'snow' | 'sleet';

export function familyOf(fall: Fall): FallFamily {
  return fall === 'snow' || fall === 'sleet' ? fall : 'rain';
}

/** `inverted` follows an adverbial ("I eftermiddag börjar det regna"); `straight` follows "och". */
export interface Change {
  inverted: string;
  straight: string;
  en: string;
}

export const FALL_STARTS: Record<FallFamily, Change> = {
  rain: { inverted: 'börjar det regna', straight: 'det börjar regna', en: 'it will start to rain' },
  snow: { inverted: 'börjar det snöa', straight: 'det börjar snöa', en: 'it will start to snow' },
  sleet: { inverted: 'börjar det komma blötsnö', straight: 'det börjar komma blötsnö', en: 'it will start to sleet' },
};

/** Only light showers, each less likely than not. */
export const MAYBE_RAIN_LATER: Change = { inverted: 'kan det komma lite regn', straight: 'det kan komma lite regn', en: 'there might be a little rain' };

export const FALL_STOPS: Record<FallFamily, Change> = {
  rain: { inverted: 'slutar det regna', straight: 'det slutar regna', en: 'the rain will stop' },
  snow: { inverted: 'slutar det snöa', straight: 'det slutar snöa', en: 'the snow will stop' },
  sleet: { inverted: 'slutar det komma blötsnö', straight: 'det slutar komma blötsnö', en: 'the sleet will stop' },
};

export const GETS_COLDER: Change = { inverted: 'blir det kallare', straight: 'det blir kallare', en: 'it will get colder' };
export const GETS_WARMER: Change = { inverted: 'blir det varmare', straight: 'det blir varmare', en: 'it will get warmer' };
export const GETS_WINDY: Record<Exclude<WindLevel, 'calm'>, Change> = {
  windy: { inverted: 'blir det blåsigt', straight: 'det blir blåsigt', en: 'it will get windy' },
  'very-windy': { inverted: 'blir det mycket blåsigt', straight: 'det blir mycket blåsigt', en: 'it will get very windy' },
};
