/** What skills ask of a menu: one day, and the lunch dishes of a day in words for children. */
import type { Menu, MenuDay } from '../../types';
import { simplifyDish } from './simplify-dish';

export function menuDay(menu: Menu, date: string): MenuDay | undefined {
  return menu.days.find((day) => day.date === date);
}

/**
 * The day's lunch dishes, simplified, without blanks and repeats ("Kökets val, Kökets val"); [] when the
 * menu has no lunch that day (holiday, weekend, or a day the source does not cover).
 */
export function lunchOn(menu: Menu, date: string): string[] {
  const dishes = (menuDay(menu, date)?.meals ?? [])
    .filter((meal) => meal.kind === 'lunch')
    .flatMap((meal) => meal.dishes.map(simplifyDish))
    .filter((dish) => dish !== '');
  return [...new Set(dishes)];
}
