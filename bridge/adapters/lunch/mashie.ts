/**
 * Mashie (`{mpi|sodexo}.mashie.matildaplatform.com/public/menu/{Org}/{id}`, formerly `….mashie.com`): HTML whose first script assigns a JavaScript
 * object literal `{Weeks:[{WeekNumber, Days:[{IsHoliday, HolidayName, DayMenuDate: new Date(ms),
 * DayMenus:[{MenuAlternativeName, DayMenuName}]}]}]}`. The literal is read as data, never run.
 * A page saying "Ingen matsedel" with no script is a published empty menu.
 */
import { parse as parseHtml } from 'node-html-parser';
import { z } from 'zod';
import type { Menu, UpstreamResult } from '../../types';
import { stockholmDateOfInstant } from './calendar-date';
import { fetchMenu, type MenuFetchOptions } from './fetch-menu';
import { JsDateLiteral, readAssignedObjectLiteral } from './js-object-literal';
import { mealKindOf } from './meal-kind';
import { type DayEntry, menuFromEntries, UNNAMED_CLOSED_DAY } from './menu-days';
import { describeSchemaError, malformed, startOf } from './upstream-problem';

const daySchema = z.object({
  IsHoliday: z.boolean().nullable().optional(),
  HolidayName: z.string().nullable().optional(),
  DayMenuDate: z.instanceof(JsDateLiteral, { error: 'expected new Date(<epoch ms>)' }),
  DayMenus: z.array(
    z.object({
      MenuAlternativeName: z.string().nullable().optional(),
      DayMenuName: z.string().nullable(),
    }),
  ),
});

const weekMenusSchema = z.object({
  Weeks: z.array(z.object({ WeekNumber: z.number().optional(), Days: z.array(daySchema) })),
});

export function parseMashie(body: string): UpstreamResult<Menu> {
  const page = parseHtml(body);
  const script = page.querySelectorAll('script').find((element) => !element.hasAttribute('src') && element.rawText.trim() !== '');
  if (!script) {
    // An unclosed <script> is no element to the HTML parser, only text: say so rather than "no script".
    if (/<script(?![^>]*\ssrc=)[^>]*>(?![\s\S]*<\/script>)/i.test(body)) return malformed('Mashie page ends inside its menu script (cut off?)');
    if (/ingen matsedel/i.test(page.text)) return { ok: true, value: { provider: 'mashie', days: [] } };
    return malformed(`Mashie page has no menu script and does not say "Ingen matsedel"; it starts "${startOf(body)}"`);
  }
  const literal = readAssignedObjectLiteral(script.rawText);
  if (!literal.ok) return malformed(`Mashie menu script: ${literal.detail}`);
  const weekMenus = weekMenusSchema.safeParse(literal.value);
  if (!weekMenus.success) return malformed(describeSchemaError('Mashie menu literal', weekMenus.error));

  const entries: DayEntry[] = [];
  for (const [w, week] of weekMenus.data.Weeks.entries()) {
    for (const [d, day] of week.Days.entries()) {
      const date = stockholmDateOfInstant(day.DayMenuDate.epochMs);
      if (date === undefined) return malformed(`Mashie menu literal: Weeks[${w}].Days[${d}].DayMenuDate is not a real date`);
      const holiday = day.IsHoliday ? day.HolidayName?.trim() || UNNAMED_CLOSED_DAY : null;
      entries.push({ date, holiday });
      for (const dish of day.DayMenus) {
        entries.push({ date, kind: mealKindOf(dish.MenuAlternativeName), dishes: [dish.DayMenuName ?? ''] });
      }
    }
  }
  return { ok: true, value: menuFromEntries('mashie', entries) };
}

/** The `/public/menu/` page carries the menu as data; the `/public/app/` page people open in a browser may not. */
export function mashieMenuUrl(url: string): string {
  return url.replace(/\/public\/app\//, '/public/menu/');
}

export function fetchMashie(options: MenuFetchOptions): Promise<UpstreamResult<Menu>> {
  // The cookie asks for the Swedish page (as the Mashie site's own language switch does).
  return fetchMenu({ ...options, url: mashieMenuUrl(options.url) }, { accept: 'text/html', cookie: 'cookieLanguage=sv-SE' }, parseMashie);
}
