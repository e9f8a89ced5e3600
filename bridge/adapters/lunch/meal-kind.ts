/** Which meal of the day a source's meal name means ("Mellanmål" → snack, "Fiskalternativ" → lunch). */
import type { MealKind } from '../../types';

const RULES: readonly { kind: MealKind; pattern: RegExp }[] = [
  { kind: 'breakfast', pattern: /frukost|breakfast/ },
  { kind: 'snack', pattern: /mellanmål|mellis|frukt(?:stund)?(?![\p{L}])|snack/u },
  { kind: 'dinner', pattern: /middag|kvällsmat|dinner|supper/ },
  { kind: 'dessert', pattern: /dessert|efterrätt/ },
  { kind: 'lunch', pattern: /lunch/ },
];

/**
 * Names that say nothing about the time of day ("Alt 1", "Fiskalternativ", "Vegetariskt", "Husman", or
 * none at all) are alternatives of the one main meal a school or preschool menu lists: lunch.
 */
export function mealKindOf(name: string | null | undefined): MealKind {
  const lower = (name ?? '').trim().toLowerCase();
  return RULES.find((rule) => rule.pattern.test(lower))?.kind ?? 'lunch';
}
