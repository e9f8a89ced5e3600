/** What skills ask of a menu: one day, and the dishes of a day's meal in words for children. */
import type { MealKind, Menu, MenuDay } from './payloads';
import { simplifyDish } from './dish-names';

export function menuDay(menu: Menu, date: string): MenuDay | undefined {
  return menu.days.find((day) => day.date === date);
}

/**
 * The dishes of one meal of the day, simplified, without blanks and repeats ("Kökets val, Kökets val");
 * [] when the menu has no such meal that day (holiday, weekend, a day the source does not cover, or a
 * source that only lists lunch).
 */
export function dishesOn(menu: Menu, date: string, kind: MealKind): string[] {
  const dishes = (menuDay(menu, date)?.meals ?? [])
    .filter((meal) => meal.kind === kind)
    .flatMap((meal) => meal.dishes.map(simplifyDish))
    .filter((dish) => dish !== '');
  return [...new Set(dishes)];
}

/** The day's lunch dishes, as {@link dishesOn} gives them. */
export function lunchOn(menu: Menu, date: string): string[] {
  return dishesOn(menu, date, 'lunch');
}
