/** The clothes children know, and how each is said in a list. */
import type { Localized } from '../../../sdk';

/**
 * In the order they are said: what keeps out the weather and the feet that go with it ("regnkläder och
 * stövlar"), then layers, head, hands and neck, and sun cream last.
 */
export const GARMENTS = [
  'overall',
  'waterproof-overall',
  'rain-clothes',
  'boots',
  'sandals',
  'jacket',
  'fleece',
  'hat',
  'thin-hat',
  'cap',
  'sun-hat',
  'mittens',
  'scarf',
  'sun-cream',
] as const;

export type Garment = (typeof GARMENTS)[number];

/**
 * Swedish as a list after "behöver du" (no article: "overall, mössa och vantar"); English with the
 * article it needs ("a snowsuit, a warm hat and mittens").
 */
export const GARMENT_WORDS: Record<Garment, Localized> = {
  overall: { sv: 'overall', en: 'a snowsuit' },
  'waterproof-overall': { sv: 'vattentät overall', en: 'a waterproof snowsuit' },
  // Regnjacka and regnbyxor: children and teachers say "regnkläder" for the pair.
  'rain-clothes': { sv: 'regnkläder', en: 'rain clothes' },
  jacket: { sv: 'jacka', en: 'a jacket' },
  fleece: { sv: 'fleecetröja', en: 'a fleece' },
  boots: { sv: 'stövlar', en: 'boots' },
  sandals: { sv: 'sandaler', en: 'sandals' },
  hat: { sv: 'mössa', en: 'a warm hat' },
  'thin-hat': { sv: 'tunn mössa', en: 'a thin hat' },
  cap: { sv: 'keps', en: 'a cap' },
  'sun-hat': { sv: 'solhatt', en: 'a sun hat' },
  mittens: { sv: 'vantar', en: 'mittens' },
  scarf: { sv: 'halsduk', en: 'a scarf' },
  'sun-cream': { sv: 'solkräm', en: 'sun cream' },
};

export function isGarment(value: string): value is Garment {
  return (GARMENTS as readonly string[]).includes(value);
}

/** Without repeats, in the order they are said. */
export function inSpeakingOrder(garments: readonly Garment[]): Garment[] {
  return GARMENTS.filter((g) => garments.includes(g));
}
