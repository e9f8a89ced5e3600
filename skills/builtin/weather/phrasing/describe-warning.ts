/** A weather warning told to children: what may happen, and that the grown-ups decide. */
import type { WeatherWarning, WarningLevel } from '../../../../protocol/payloads';
import { type CalendarDate, DEFAULT_TIME_ZONE, type Localized, localTime } from '../../../sdk';
import { dayWords } from '../../shared/day-words';

type Hazard = 'thunder' | 'snow' | 'wind' | 'rain' | 'heat' | 'cold' | 'slippery' | 'dry' | 'other';

/** Word stems in the warning's event name, Swedish or English; the first hazard that matches wins ("Snöfall och vind" is snow). */
const HAZARD_WORDS: ReadonlyArray<[Hazard, readonly string[]]> = [
  ['thunder', ['åska', 'thunder']],
  ['snow', ['snö', 'snow', 'blizzard']],
  // Before rain: "underkylt regn" / "freezing rain" matters to children because it makes the ground slippery.
  ['slippery', ['halka', 'halt', 'isbildning', 'underkyl', 'ice', 'icing', 'freezing', 'slippery']],
  ['wind', ['vind', 'blås', 'storm', 'kuling', 'orkan', 'wind', 'gale']],
  ['rain', ['regn', 'skyfall', 'rain']],
  ['heat', ['värme', 'höga temperaturer', 'heat', 'high temperature']],
  ['cold', ['kyla', 'låga temperaturer', 'cold', 'low temperature']],
  ['dry', ['brand', 'torka', 'fire', 'drought']],
];

/** A stem matches a word it begins ("vind" in "vindbyar"); a stem of several words matches the words in a row. */
function hazardOf(warning: WeatherWarning): Hazard {
  const words = `${warning.event.sv} ${warning.event.en}`.toLowerCase().split(/[^a-zåäöé]+/).filter(Boolean);
  const text = ` ${words.join(' ')}`;
  const matches = (stem: string): boolean => text.includes(` ${stem}`);
  return HAZARD_WORDS.find(([, stems]) => stems.some(matches))?.[0] ?? 'other';
}

/**
 * What may happen, for a yellow warning and for orange or red ones. "Kan" and "might" keep it a
 * possibility, and a stronger warning only adds "väldigt": a warning is for grown-ups to act on.
 */
const MAY_HAPPEN: Record<Hazard, { yellow: Localized; stronger: Localized }> = {
  thunder: {
    yellow: { sv: 'Det kan åska', en: 'There might be thunder' },
    stronger: { sv: 'Det kan åska mycket', en: 'There might be a lot of thunder' },
  },
  snow: {
    yellow: { sv: 'Det kan snöa mycket', en: 'It might snow a lot' },
    stronger: { sv: 'Det kan snöa väldigt mycket', en: 'It might snow very, very much' },
  },
  wind: {
    yellow: { sv: 'Det kan blåsa mycket', en: 'It might be very windy' },
    stronger: { sv: 'Det kan blåsa väldigt mycket', en: 'It might be very, very windy' },
  },
  rain: {
    yellow: { sv: 'Det kan regna mycket', en: 'It might rain a lot' },
    stronger: { sv: 'Det kan regna väldigt mycket', en: 'It might rain very, very much' },
  },
  heat: {
    yellow: { sv: 'Det kan bli väldigt varmt', en: 'It might be very hot' },
    stronger: { sv: 'Det kan bli väldigt, väldigt varmt', en: 'It might be very, very hot' },
  },
  cold: {
    yellow: { sv: 'Det kan bli väldigt kallt', en: 'It might be very cold' },
    stronger: { sv: 'Det kan bli väldigt, väldigt kallt', en: 'It might be very, very cold' },
  },
  slippery: {
    yellow: { sv: 'Det kan bli halt', en: 'It might be slippery' },
    stronger: { sv: 'Det kan bli väldigt halt', en: 'It might be very slippery' },
  },
  dry: {
    yellow: { sv: 'Det är väldigt torrt i naturen', en: 'Nature is very dry' },
    stronger: { sv: 'Det är väldigt, väldigt torrt i naturen', en: 'Nature is very, very dry' },
  },
  other: {
    yellow: { sv: 'Det kan bli ovanligt väder', en: 'The weather might be unusual' },
    stronger: { sv: 'Det kan bli väldigt ovanligt väder', en: 'The weather might be very unusual' },
  },
};

const LISTEN: Localized = { sv: 'Lyssna på fröknarna när ni är ute.', en: 'Listen to your teachers when you are outside.' };
const ADVICE: Partial<Record<Hazard, Localized>> = {
  heat: { sv: 'Drick mycket vatten och var i skuggan.', en: 'Drink lots of water and stay in the shade.' },
};
const TEACHERS_DECIDE: Localized = { sv: 'Fröknarna bestämmer om ni ska gå ut.', en: 'Your teachers will decide if you go outside.' };

/**
 * "Det kan blåsa väldigt mycket idag. Lyssna på fröknarna när ni är ute." Undefined for SMHI's plain
 * messages ("meddelanden"), which are for grown-ups only, and for a warning that has ended.
 */
export function describeWarning(
  warning: WeatherWarning,
  now: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
  /** The day the child asked about, when not today: the warning is told for that day ("… imorgon"). */
  about?: CalendarDate,
): Localized | undefined {
  const level: WarningLevel = warning.level;
  if (level === 'message') return undefined;
  if (warning.end !== null && Date.parse(warning.end) <= now.getTime()) return undefined;
  const today = localTime(now, timeZone).date;
  const startsLater = Date.parse(warning.start) > now.getTime();
  const when =
    about !== undefined && about !== today
      ? dayWords(today, about)
      : startsLater
        ? dayWords(today, localTime(new Date(warning.start), timeZone).date)
        : { sv: 'idag', en: 'today' };
  const hazard = hazardOf(warning);
  const what = level === 'yellow' ? MAY_HAPPEN[hazard].yellow : MAY_HAPPEN[hazard].stronger;
  const advice = level === 'red' ? TEACHERS_DECIDE : ADVICE[hazard] ?? LISTEN;
  return { sv: `${what.sv} ${when.sv}. ${advice.sv}`, en: `${what.en} ${when.en}. ${advice.en}` };
}
