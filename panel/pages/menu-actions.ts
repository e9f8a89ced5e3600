/**
 * What the form on /mat does: a week's lunch saved all days or none, one dish per line. Days gone by are
 * not changed; the store's own checks (six dishes, 150 characters) say in both languages what was wrong.
 */
import { StoreInputError } from '../../robot/preschool/preschool-store';
import { addCalendarDays, type CalendarDate } from '../../core/calendar';
import { mondayOf, shortDate, today } from '../dates';
import { dateField } from '../form-values';
import { redirectWith, type Reply, type RequestContext } from '../http/context';

const PAGE = '/mat';

/** The text typed for each day, kept when a save is refused so nothing is lost. */
export type TypedMenu = ReadonlyMap<CalendarDate, string>;

/** The page again with what was wrong and what the teacher typed. */
export type RefuseMenu = (problem: string, typed: TypedMenu) => Reply | Promise<Reply>;

/** The Mondays of this week and next. */
export function menuWeeks(todayDate: CalendarDate): [CalendarDate, CalendarDate] {
  const monday = mondayOf(todayDate);
  return [monday, addCalendarDays(monday, 7)];
}

/** Monday to Friday of the week starting `monday`. */
export function weekDates(monday: CalendarDate): CalendarDate[] {
  return [0, 1, 2, 3, 4].map((i) => addCalendarDays(monday, i));
}

export function dishField(date: CalendarDate): string {
  return `dishes_${date}`;
}

/** One dish per line; blank lines are left out. */
export function dishLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

export function saveMenuWeek(ctx: RequestContext, refuse: RefuseMenu): Reply | Promise<Reply> {
  const { store, log } = ctx.deps;
  const now = today(ctx.deps).date;
  const week = dateField(ctx.form, 'week');
  if (week === undefined || !menuWeeks(now).includes(week)) return redirectWith(ctx, PAGE, 'error', 'not_found_item');
  const typed = new Map<CalendarDate, string>();
  for (const date of weekDates(week)) {
    const text = ctx.form.get(dishField(date));
    if (text !== null) typed.set(date, text);
  }
  // A page left open since an earlier day sends that day back as it was: only a change is refused.
  const stored = new Map(store.manualMenu(week, addCalendarDays(week, 4)).map((d) => [d.date, d.dishes.join('\n')]));
  for (const [date, text] of typed) {
    if (date < now && dishLines(text).join('\n') !== (stored.get(date) ?? '')) {
      return refuse(ctx.t('menu_day_passed', { day: shortDate(ctx.lang, date) }), typed);
    }
  }
  try {
    store.setManualMenuDays([...typed].filter(([date]) => date >= now).map(([date, text]) => ({ date, dishes: dishLines(text) })));
  } catch (err) {
    if (!(err instanceof StoreInputError)) throw err;
    return refuse(`${shortDate(ctx.lang, err.date ?? week)}: ${err.text[ctx.lang]}`, typed);
  }
  log.info({ week }, 'panel: lunch menu saved');
  return redirectWith(ctx, PAGE, 'ok', 'menu_saved');
}
