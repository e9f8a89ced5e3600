/**
 * "Kökets val", "Kökets eget val", "Kökets gröna val", "Kökets val av fisk": the kitchen decides on the day.
 * That is no dish name; a child hears that the kitchen chooses, and what kind of food when the menu says.
 */
import type { Localized } from '../../sdk';

const CHOICE = /^(?:kökets|husets)\s+(?:eget\s+|egen\s+|egna\s+|gröna\s+|vegetariska\s+)*val(?:\s+av\s+(.+))?$/iu;
const GREEN = /(?<![\p{L}])(?:gröna|vegetariska)(?![\p{L}])/iu;
const VEGETARIAN = /^(?:vegetarisk[at]?|veg|grönt|gröna)$/iu;

/** What to say for a dish that is the kitchen's choice; undefined for a real dish. `any` when nothing more is known. */
export function kitchenChoiceWords(dish: string): { any: boolean; words: Localized } | undefined {
  const m = CHOICE.exec(dish.trim());
  if (!m) return undefined;
  const of = m[1]?.trim();
  if (GREEN.test(dish) || (of !== undefined && VEGETARIAN.test(of))) {
    return { any: false, words: { sv: 'något vegetariskt som köket väljer', en: 'something vegetarian the kitchen chooses' } };
  }
  if (of !== undefined) {
    const food = of.toLocaleLowerCase('sv-SE');
    return { any: false, words: { sv: `${food} som köket väljer`, en: `${food} the kitchen chooses` } };
  }
  return { any: true, words: { sv: 'något som köket väljer', en: 'something the kitchen chooses' } };
}

/** True when every dish of the meal is the kitchen's own choice, with nothing said about what kind. */
export const onlyKitchensChoice = (dishes: readonly string[]): boolean =>
  dishes.length > 0 && dishes.every((dish) => kitchenChoiceWords(dish)?.any === true);
