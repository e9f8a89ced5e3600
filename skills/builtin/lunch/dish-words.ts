/** A day's dishes as the alternatives they are: "fiskgratäng med potatismos eller grönsaksgratäng med potatismos". */
import type { Localized } from '../../sdk';
import { joinList, lowercaseFirst } from '../shared/text';

/** A long list of alternatives is more than a child listens to; the menu's first ones are its main dishes. */
const MOST_DISHES = 4;

/** `dishes` as lunchOn gives them (simplified, each with a capital); said in the middle of a sentence. */
export function dishWords(dishes: readonly string[]): Localized {
  const said = dishes.slice(0, MOST_DISHES).map(lowercaseFirst);
  return {
    // The dish names are Swedish in both languages; only the Swedish voice might read "&" out as a symbol.
    sv: joinList(said.map((dish) => dish.replace(/ & /g, ' och ')), 'sv', 'or'),
    en: joinList(said, 'en', 'or'),
  };
}
