import type { SlotMatch } from '../slot-fillers';
import { matchPhrases } from './phrases';

export type Meal = 'breakfast' | 'lunch' | 'snack' | 'dessert';

const MEALS: readonly (readonly [Meal, readonly string[]])[] = [
  ['breakfast', ['frukost', 'frukosten', 'breakfast']],
  ['lunch', ['lunch', 'lunchen', 'luncha', 'middag', 'middagen', 'dinner']],
  ['snack', ['mellanmål', 'mellanmålet', 'mellis', 'fruktstund', 'fruktstunden', 'frukt', 'snack', 'afternoon snack']],
  ['dessert', ['efterrätt', 'efterrätten', 'efterrätt idag', 'dessert', 'pudding']],
];

export function extractMeal(normalized: string): SlotMatch | undefined {
  return matchPhrases(normalized, MEALS);
}
