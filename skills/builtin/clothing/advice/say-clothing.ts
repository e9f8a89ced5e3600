/** The clothing advice as one short sentence: "Det regnar, så ta regnkläder och stövlar." */
import type { CalendarDate, Localized } from '../../../sdk';
import { joinList } from '../../shared/text';
import { dayToStartWith } from '../../shared/day-words';
import { GARMENT_WORDS } from './garment-words';
import type { ClothingAdvice } from './garments';

/** The original Laiban's question after the advice; the children's answer tells the teachers how it went. */
export const ASK_IF_GOOD: Localized = { sv: 'Var förslaget bra?', en: 'Was that a good suggestion?' };

/**
 * Completes "Idag …" / "Imorgon …": "Idag regnar det, så ta regnkläder och stövlar." Swedish present tense
 * says what the day brings, true at 09:40 when the rain only starts at three.
 */
type Reason = Localized;

const REASONS: Record<'sleet' | 'snow' | 'rain' | 'maybe-rain' | 'sun', Reason> = {
  sleet: { sv: 'snöar och regnar det', en: 'it will snow and rain' },
  snow: { sv: 'snöar det', en: 'it will snow' },
  rain: { sv: 'regnar det', en: 'it will rain' },
  'maybe-rain': { sv: 'kan det komma lite regn', en: 'there might be a little rain' },
  sun: { sv: 'skiner solen', en: 'the sun will shine' },
};

/** Why the rules chose these clothes, when the reason is one a child can see; a teacher's choice needs none. */
function reasonFor(advice: ClothingAdvice): Reason | undefined {
  if (advice.because === 'teacher') return undefined;
  const { wet, snowy } = advice.weather;
  if (wet && snowy) return REASONS.sleet;
  if (snowy) return REASONS.snow;
  if (wet) return advice.weather.maybeWet ? REASONS['maybe-rain'] : REASONS.rain;
  return advice.garments.includes('sun-cream') ? REASONS.sun : undefined;
}

/**
 * "Idag behöver du overall, mössa och vantar." / "Today you need a snowsuit, a warm hat and mittens.",
 * or with the reason: "Det regnar, så ta regnkläder och stövlar." / "It's raining, so wear rain clothes and boots."
 * With `askIfGood`, "Var förslaget bra?" follows.
 */
export function sayClothing(advice: ClothingAdvice, today: CalendarDate, options: { askIfGood?: boolean } = {}): Localized {
  const day = dayToStartWith(today, advice.date);
  const clothes = {
    sv: joinList(advice.garments.map((g) => GARMENT_WORDS[g].sv), 'sv'),
    en: joinList(advice.garments.map((g) => GARMENT_WORDS[g].en), 'en'),
  };
  const reason = reasonFor(advice);
  let sentence: Localized;
  if (advice.garments.length === 0) {
    sentence = { sv: `${day.sv} behöver du inga extra kläder.`, en: `${day.en} you don't need any extra clothes.` };
  } else if (reason) {
    const why = { sv: `${day.sv} ${reason.sv}`, en: `${day.en} ${reason.en}` };
    sentence = { sv: `${why.sv}, så ta ${clothes.sv}.`, en: `${why.en}, so wear ${clothes.en}.` };
  } else {
    sentence = { sv: `${day.sv} behöver du ${clothes.sv}.`, en: `${day.en} you need ${clothes.en}.` };
  }
  if (!options.askIfGood) return sentence;
  return { sv: `${sentence.sv} ${ASK_IF_GOOD.sv}`, en: `${sentence.en} ${ASK_IF_GOOD.en}` };
}
