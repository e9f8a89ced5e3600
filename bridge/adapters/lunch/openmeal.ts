/** Open Meal v3 (Sambruk): `GET {base}/meals?distributorId=&startDate=&endDate=` → `{meals:[…]}`. */
import { z } from 'zod';
import type { Menu, UpstreamResult } from '../../types';
import { fetchMenu, type MenuFetchOptions } from './fetch-menu';
import { menuFromMealList } from './meal-list';
import { describeSchemaError, malformed, startOf } from './upstream-problem';

const answerSchema = z.object({ meals: z.array(z.unknown(), { error: 'expected a list of meals' }) });

export function parseOpenMeal(body: string): UpstreamResult<Menu> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (err) {
    return malformed(`Open Meal answer is not JSON (${(err as Error).message}); it starts "${startOf(body)}"`);
  }
  const answer = answerSchema.safeParse(json);
  if (!answer.success) return malformed(describeSchemaError('Open Meal answer', answer.error));
  return menuFromMealList('openmeal', 'Open Meal answer', answer.data.meals, 'meals');
}

export function fetchOpenMeal(options: MenuFetchOptions): Promise<UpstreamResult<Menu>> {
  return fetchMenu(options, { accept: 'application/json' }, parseOpenMeal);
}
