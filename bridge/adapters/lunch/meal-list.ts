/**
 * The Open Meal meal list, shared by Open Meal v3 and Matilda (built on it): `{name, date, holidayName?,
 * courses[{name, order, …}]}`. Only the fields Laiban uses are checked; the rest (allergens, nutrients) pass.
 */
import { z } from 'zod';
import type { Menu, UpstreamResult } from '../../types';
import { calendarDateFromIsoText } from './calendar-date';
import { mealKindOf } from './meal-kind';
import { dishesOfParts, isEveryMealTable } from './meal-parts';
import { type DayEntry, menuFromEntries } from './menu-days';
import { describeSchemaError, malformed } from './upstream-problem';

const courseSchema = z.object({
  name: z.string().nullable().optional(),
  optionName: z.string().nullable().optional(),
  order: z.number().nullable().optional(),
});

export const mealSchema = z.object({
  name: z.string().nullable().optional(),
  date: z.string(),
  holidayName: z.string().nullable().optional(),
  order: z.number().nullable().optional(),
  courses: z.array(courseSchema),
});

export type ListedMeal = z.infer<typeof mealSchema>;

/** `what` names the answer in problems ("Open Meal answer"), `path` where the list sits in it ("meals"). */
export function menuFromMealList(provider: Menu['provider'], what: string, meals: unknown, path: string): UpstreamResult<Menu> {
  const list = z.array(mealSchema, { error: 'expected a list of meals' }).safeParse(meals);
  if (!list.success) return malformed(describeSchemaError(what, list.error, path));
  const listed: { entry: DayEntry; order: number; index: number }[] = [];
  for (const [index, meal] of list.data.entries()) {
    const date = calendarDateFromIsoText(meal.date);
    if (date === undefined) return malformed(`${what}: ${path}[${index}].date "${meal.date}" is not a date`);
    const entry: DayEntry = { date, holiday: meal.holidayName, kind: mealKindOf(meal.name), dishes: dishesOf(meal) };
    listed.push({ entry, order: meal.order ?? Number.POSITIVE_INFINITY, index });
  }
  // Meals of one date in their `order` (Matilda: Lunch 2, Fiskalternativ 3), so merged dishes keep it too.
  listed.sort((a, b) => compareText(a.entry.date, b.entry.date) || a.order - b.order || a.index - b.index);
  return { ok: true, value: menuFromEntries(provider, listed.map((item) => item.entry)) };
}

/**
 * Courses sorted by `order` (lowest first; without one, after those with one). Courses that each name their
 * option ("Alt 1", "Vegetariskt") are the alternatives the source says they are; otherwise they are the
 * parts of one meal, sides going with their main course.
 */
function dishesOf(meal: ListedMeal): string[] {
  const courses = meal.courses
    .map((course, index) => ({ ...course, order: course.order ?? Number.POSITIVE_INFINITY, index }))
    .sort((a, b) => a.order - b.order || a.index - b.index);
  const names = courses.map((course) => course.name ?? '');
  const options = courses.map((course) => course.optionName?.trim() ?? '');
  const namedOptions = options.every((option) => option !== '') && new Set(options).size === options.length;
  return namedOptions && courses.length > 1 ? names.filter((name) => !isEveryMealTable(name)) : dishesOfParts(names);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
