/** What a meal of a day is, in the tense the time asks for: "Idag ska vi äta …", "Idag åt vi …", "Imorgon blir det …". */
import { type CalendarDate, daysBetween, type Localized } from '../../sdk';
import { capitalize, lowercaseFirst } from '../shared/text';
import { menuDayWords } from './day-words';
import { dishWords } from './dish-words';
import { onlyKitchensChoice } from './kitchen-choice';

export type AskedMeal = 'breakfast' | 'lunch' | 'snack' | 'dessert';

interface MealFacts {
  /** The local hour from which the meal has been eaten (the original Laiban switched lunch at noon). */
  eatenBy: number;
  name: Localized;
  /** After the dishes when the meal must be named: "till mellis" / "for snack". */
  named: Localized;
}

export const MEALS: Record<AskedMeal, MealFacts> = {
  breakfast: { eatenBy: 9, name: { sv: 'frukost', en: 'breakfast' }, named: { sv: 'till frukost', en: 'for breakfast' } },
  lunch: { eatenBy: 12, name: { sv: 'lunch', en: 'lunch' }, named: { sv: 'till lunch', en: 'for lunch' } },
  dessert: { eatenBy: 12, name: { sv: 'efterrätt', en: 'dessert' }, named: { sv: 'till efterrätt', en: 'for dessert' } },
  snack: { eatenBy: 15, name: { sv: 'mellis', en: 'snack' }, named: { sv: 'till mellis', en: 'for snack' } },
};

export const isAskedMeal = (value: string | undefined): value is AskedMeal => value !== undefined && Object.hasOwn(MEALS, value);

export interface MealToSay {
  today: CalendarDate;
  /** The local hour now. */
  hour: number;
  date: CalendarDate;
  meal: AskedMeal;
  dishes: readonly string[];
  /** Say which meal it is ("… till mellis"); lunch goes without saying unless another meal was asked for. */
  nameMeal: boolean;
}

export function sayMeal({ today, hour, date, meal, dishes, nameMeal }: MealToSay): Localized {
  const day = menuDayWords(today, date);
  const Day = { sv: capitalize(day.sv), en: capitalize(day.en) };
  if (onlyKitchensChoice(dishes)) return sayKitchensChoice({ today, hour, date, meal, nameMeal });
  const food = dishWords(dishes);
  const what = nameMeal ? { sv: `${food.sv} ${MEALS[meal].named.sv}`, en: `${food.en} ${MEALS[meal].named.en}` } : food;
  const days = daysBetween(today, date);
  if (days < 0 || (days === 0 && hour >= MEALS[meal].eatenBy)) {
    return { sv: `${Day.sv} åt vi ${what.sv}.`, en: `${Day.en} we had ${what.en}.` };
  }
  if (days === 0) return { sv: `${Day.sv} ska vi äta ${what.sv}.`, en: `${Day.en} we're having ${what.en}.` };
  return { sv: `${Day.sv} blir det ${what.sv}.`, en: `${Day.en} it's ${what.en}.` };
}

/** "Idag väljer köket själva vad vi ska äta." for a menu whose only dish is "Kökets val". */
function sayKitchensChoice({ today, hour, date, meal, nameMeal }: Omit<MealToSay, 'dishes'>): Localized {
  const day = menuDayWords(today, date);
  const Day = { sv: capitalize(day.sv), en: capitalize(day.en) };
  const named = nameMeal ? { sv: ` ${MEALS[meal].named.sv}`, en: ` ${MEALS[meal].named.en}` } : { sv: '', en: '' };
  const days = daysBetween(today, date);
  if (days < 0 || (days === 0 && hour >= MEALS[meal].eatenBy)) {
    return { sv: `${Day.sv} valde köket själva vad vi åt${named.sv}.`, en: `${Day.en} the kitchen chose what we had${named.en}.` };
  }
  if (days === 0) return { sv: `${Day.sv} väljer köket själva vad vi ska äta${named.sv}.`, en: `${Day.en} the kitchen chooses what we eat${named.en}.` };
  return { sv: `${Day.sv} väljer köket själva vad det blir${named.sv}.`, en: `${Day.en} the kitchen chooses what it will be${named.en}.` };
}

/** "Mellis vet jag inte, men idag ska vi äta … till lunch." when the menu has lunch but not the meal asked about. */
export function sayOnlyLunch(asked: AskedMeal, lunch: Localized): Localized {
  const { name } = MEALS[asked];
  return {
    sv: `${capitalize(name.sv)} vet jag inte, men ${lowercaseFirst(lunch.sv)}`,
    en: `I don't know about ${name.en}, but ${lowercaseFirst(lunch.en)}`,
  };
}
