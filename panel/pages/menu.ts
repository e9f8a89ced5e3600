/**
 * /mat: the lunch the teachers type in, for the coming days of this week and next (Monday to Friday), one
 * dish per line and one Spara per week. A typed day is what the robot says whatever the menu system; each
 * day says where the robot's answer comes from now: the feed, the typed menu, or nowhere.
 */
import { type CalendarDate, isoWeekOf } from '../../core/calendar';
import type { LunchData } from '../../protocol/messages';
import { shortDate, today } from '../dates';
import { html, type SafeHtml } from '../html/escape';
import { button, field, hidden, postForm } from '../html/forms';
import type { Reply, RequestContext, Route } from '../http/context';
import type { StringKey } from '../strings';
import { ratingsCsv, ratingsSection } from './lunch-ratings';
import { dishField, menuWeeks, saveMenuWeek, type TypedMenu, weekDates } from './menu-actions';

/** The feed's lunch dishes per date, as the robot last had them. */
type FetchedDishes = ReadonlyMap<CalendarDate, readonly string[]>;

function fetchedDishes(lunch: LunchData | undefined): FetchedDishes {
  const days = new Map<CalendarDate, readonly string[]>();
  for (const day of lunch?.menu.days ?? []) {
    const dishes = day.meals.filter((m) => m.kind === 'lunch').flatMap((m) => m.dishes);
    if (dishes.length > 0) days.set(day.date, dishes);
  }
  return days;
}

function sourceLine(ctx: RequestContext, stored: readonly string[] | undefined, fetched: readonly string[] | undefined): SafeHtml {
  if (stored) return html`<p class="source typed">${ctx.t('menu_source_typed')}</p>`;
  if (fetched) return html`<p class="source feed">${ctx.t('menu_source_feed', { dishes: fetched.join(' · ') })}</p>`;
  return html`<p class="source none">${ctx.t('menu_source_none')}</p>`;
}

interface WeekView {
  todayDate: CalendarDate;
  typed: TypedMenu;
  fetched: FetchedDishes;
}

function weekSection(ctx: RequestContext, monday: CalendarDate, heading: StringKey, view: WeekView): SafeHtml {
  const dates = weekDates(monday).filter((date) => date >= view.todayDate);
  if (dates.length === 0) return html``;
  const stored = new Map(ctx.deps.store.manualMenu(dates[0]!, dates[dates.length - 1]!).map((d) => [d.date, d.dishes]));
  const days = dates.map((date) => {
    const label = `${shortDate(ctx.lang, date)}${date === view.todayDate ? ` (${ctx.t('today_word')})` : ''}`;
    const text = view.typed.get(date) ?? (stored.get(date) ?? []).join('\n');
    return html`<div class="day">${field(label, html`<textarea name="${dishField(date)}" rows="3" autocomplete="off">${text}</textarea>`)}${sourceLine(ctx, stored.get(date), view.fetched.get(date))}</div>`;
  });
  const form = postForm(ctx, '/mat/spara', html`${hidden('week', monday)}${days}<p class="muted">${ctx.t('menu_hint')}</p>${button(ctx.t('save'))}`);
  return html`<h2>${ctx.t(heading, { week: isoWeekOf(monday) })}</h2><div class="card">${form}</div>`;
}

async function menuPage(ctx: RequestContext, refused?: { problem: string; typed: TypedMenu }): Promise<Reply> {
  const now = today(ctx.deps).date;
  const [thisWeek, nextWeek] = menuWeeks(now);
  const fetched = fetchedDishes(await ctx.deps.fetchedMenu?.(now, weekDates(nextWeek)[4]!));
  const view: WeekView = { todayDate: now, typed: refused?.typed ?? new Map<CalendarDate, string>(), fetched };
  const body = html`<p class="card muted">${ctx.t(ctx.deps.fetchedMenu ? 'menu_typed_wins' : 'menu_typed_only')}</p>
${refused && html`<p class="notice error" role="alert">${refused.problem}</p>`}
${weekSection(ctx, thisWeek, 'this_week', view)}
${weekSection(ctx, nextWeek, 'next_week', view)}
${ratingsSection(ctx)}`;
  return { kind: 'page', title: 'menu_title', body, ...(refused ? { status: 400 } : {}) };
}

export const menuRoutes: Route[] = [
  { method: 'GET', path: '/mat', access: 'staff', handle: (ctx) => menuPage(ctx) },
  { method: 'GET', path: '/mat/omdomen.csv', access: 'staff', handle: ratingsCsv },
  { method: 'POST', path: '/mat/spara', access: 'staff', handle: (ctx) => saveMenuWeek(ctx, (problem, typed) => menuPage(ctx, { problem, typed })) },
];
