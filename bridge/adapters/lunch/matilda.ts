/**
 * Matilda (`menu.matildaplatform.com/meals/week/{id}_{slug}`): a Next.js page whose
 * `<script id="__NEXT_DATA__">` JSON holds `props.pageProps.meals`, an Open Meal meal list whose dates are
 * local "YYYY-MM-DDT00:00:00" without offset.
 */
import { parse as parseHtml } from 'node-html-parser';
import { z } from 'zod';
import type { Menu, UpstreamResult } from '../../types';
import { fetchMenu, type MenuFetchOptions } from './fetch-menu';
import { menuFromMealList } from './meal-list';
import { describeSchemaError, malformed, startOf } from './upstream-problem';

const nextDataSchema = z.object({
  props: z.object({ pageProps: z.object({ meals: z.array(z.unknown(), { error: 'expected a list of meals' }) }) }),
});

export function parseMatilda(body: string): UpstreamResult<Menu> {
  const script = parseHtml(body).querySelector('script#__NEXT_DATA__');
  if (!script) return malformed(`Matilda page has no <script id="__NEXT_DATA__">; it starts "${startOf(body)}"`);
  let json: unknown;
  try {
    json = JSON.parse(script.rawText);
  } catch (err) {
    return malformed(`Matilda page's __NEXT_DATA__ is not JSON (${(err as Error).message})`);
  }
  const data = nextDataSchema.safeParse(json);
  if (!data.success) return malformed(describeSchemaError('Matilda __NEXT_DATA__', data.error));
  return menuFromMealList('matilda', 'Matilda __NEXT_DATA__', data.data.props.pageProps.meals, 'props.pageProps.meals');
}

export function fetchMatilda(options: MenuFetchOptions): Promise<UpstreamResult<Menu>> {
  return fetchMenu(options, { accept: 'text/html' }, parseMatilda);
}
