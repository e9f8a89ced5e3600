/** A day's dishes as the alternatives they are: "fiskgratäng med potatismos eller grönsaksgratäng med potatismos". */
import type { Localized } from '../../sdk';
import { joinList, lowercaseFirst } from '../shared/text';
import { kitchenChoiceWords } from './kitchen-choice';

/** A long list of alternatives is more than a child listens to; the menu's first ones are its main dishes. */
const MOST_DISHES = 4;

/**
 * `dishes` as lunchOn gives them (simplified, each with a capital); said in the middle of a sentence. The
 * kitchen's own choice ("Kökets val") is said as that, once, after the dishes the menu names.
 */
export function dishWords(dishes: readonly string[]): Localized {
  const named = dishes.filter((dish) => kitchenChoiceWords(dish) === undefined).map(lowercaseFirst);
  const choices = dishes.flatMap((dish) => kitchenChoiceWords(dish)?.words ?? []);
  const sv = [...new Set([...named.map((dish) => dish.replace(/ & /g, ' och ')), ...choices.map((words) => words.sv)])];
  const en = [...new Set([...named, ...choices.map((words) => words.en)])];
  return {
    // The dish names are Swedish in both languages; only the Swedish voice might read "&" out as a symbol.
    sv: joinList(sv.slice(0, MOST_DISHES), 'sv', 'or'),
    en: joinList(en.slice(0, MOST_DISHES), 'en', 'or'),
  };
}
