/** Gathers what an adapter read, in source order, into a Menu: one MenuDay per date, one Meal per kind. */
import { isMenuLabel } from '../../../protocol/menu-labels';
import type { Meal, MealKind, Menu, MenuDay } from '../../types';
import { isEveryMealTable } from './meal-parts';

/** What a source says about one date: a holiday, or dishes of one meal, or both. */
export interface DayEntry {
  date: string;
  holiday?: string | null;
  kind?: MealKind;
  dishes?: readonly string[];
}

/** Label for a day the source marks closed without naming why (Skolmaten's empty description). */
export const UNNAMED_CLOSED_DAY = 'Stängt';

/**
 * Days come out sorted by date. Several entries of one kind on a date (Matilda's "Lunch" and
 * "Fiskalternativ") become one Meal with their dishes in source order; blank dishes and dishless meals
 * are dropped; the first holiday named for a date wins. Courses that are labels ("Jullov", "Studiedag") are
 * no dishes: a day with only labels is closed under the first of them, a day with dishes as well keeps the dishes.
 * What every meal has ("Grönsaker, bröd och dryck") is dropped beside real dishes.
 */
export function menuFromEntries(provider: Menu['provider'], entries: readonly DayEntry[]): Menu {
  const days = new Map<string, { holiday: string | null; label: string | null; meals: Map<MealKind, string[]> }>();
  for (const entry of entries) {
    let day = days.get(entry.date);
    if (!day) {
      day = { holiday: null, label: null, meals: new Map() };
      days.set(entry.date, day);
    }
    const holiday = entry.holiday?.trim();
    if (day.holiday === null && holiday) day.holiday = holiday;
    const named = (entry.dishes ?? []).map((dish) => dish.trim()).filter((dish) => dish !== '');
    const label = named.find(isMenuLabel);
    if (day.label === null && label) day.label = label;
    const dishes = named.filter((dish) => !isMenuLabel(dish));
    if (entry.kind === undefined || dishes.length === 0) continue;
    const meal = day.meals.get(entry.kind) ?? [];
    meal.push(...dishes);
    day.meals.set(entry.kind, meal);
  }
  const menuDays: MenuDay[] = [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, day]) => ({
      date,
      holiday: day.holiday ?? (day.meals.size === 0 ? day.label : null),
      meals: [...day.meals.entries()].map(([kind, dishes]): Meal => ({ kind, dishes: withoutTable(dishes) })),
    }));
  return { provider, days: menuDays };
}

/** "Salladsbuffé" or "Grönsaker, bröd och dryck" beside real dishes is no alternative to them; alone it is the meal. */
function withoutTable(dishes: string[]): string[] {
  const food = dishes.filter((dish) => !isEveryMealTable(dish));
  return food.length > 0 ? food : dishes;
}
