/** Numbers as children hear them: "tre grader", "minus fem grader", "en timme". */
import type { Localized } from '../../sdk';

const ONES_SV = [
  'noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio',
  'tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton', 'sexton', 'sjutton', 'arton', 'nitton',
];
const ONES_EN = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];

const LARGEST_WORD = 30;

/**
 * 0–30 in words, for counting things of common gender (grad, timme): "en", "tjugoen", not "ett".
 * Digits above 30; the speech engine reads them.
 */
export function cardinal(n: number): Localized {
  if (!Number.isInteger(n) || n < 0 || n > LARGEST_WORD) return { sv: String(n), en: String(n) };
  if (n < 20) return { sv: ONES_SV[n] ?? '', en: ONES_EN[n] ?? '' };
  const tens = n < 30 ? { sv: 'tjugo', en: 'twenty' } : { sv: 'trettio', en: 'thirty' };
  const one = n % 10;
  if (one === 0) return tens;
  return { sv: `${tens.sv}${ONES_SV[one]}`, en: `${tens.en}-${ONES_EN[one]}` };
}

/** Whole degrees, rounded: "tre grader", "en grad", "noll grader", "minus fem grader" / "minus five degrees". */
export function degrees(celsius: number): Localized {
  const rounded = Math.round(celsius);
  const size = cardinal(Math.abs(rounded));
  const one = Math.abs(rounded) === 1;
  const minus = rounded < 0 ? 'minus ' : '';
  return { sv: `${minus}${size.sv} ${one ? 'grad' : 'grader'}`, en: `${minus}${size.en} ${one ? 'degree' : 'degrees'}` };
}

/** "tre timmar" / "three hours". */
export function hours(n: number): Localized {
  const size = cardinal(n);
  return { sv: `${size.sv} ${n === 1 ? 'timme' : 'timmar'}`, en: `${size.en} ${n === 1 ? 'hour' : 'hours'}` };
}
