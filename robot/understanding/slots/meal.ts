import type { SlotMatch } from './phrases';
import { readCommonSentences, slotPhrases } from '../../../skills/common';
import { matchPhrases } from './phrases';

export type Meal = 'breakfast' | 'lunch' | 'snack' | 'dessert';

/** The phrases live in skills/common/sentences, where templates draw their {meal} from too. */
let table: readonly (readonly [Meal, readonly string[]])[] | undefined;
const meals = () => (table ??= slotPhrases(readCommonSentences(), 'meal') as [Meal, string[]][]);

export function extractMeal(normalized: string): SlotMatch | undefined {
  return matchPhrases(normalized, meals());
}
