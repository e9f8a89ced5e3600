/**
 * /mat: the lunch the teachers type in when the kitchen has no menu system, this week and next, Monday to
 * Friday, one dish per line and one Spara per week. Days gone by are shown but cannot be changed.
 */
import { type CalendarDate, isoWeekOf } from '../../core/calendar';
import { shortDate, today } from '../dates';
import { html, type SafeHtml } from '../html/escape';
import { button, field, hidden, postForm } from '../html/forms';
import type { Reply, RequestContext, Route } from '../http/context';
import type { StringKey } from '../strings';
import { dishField, menuWeeks, saveMenuWeek, type TypedMenu, weekDates } from './menu-actions';

function dayHtml(ctx: RequestContext, date: CalendarDate, todayDate: CalendarDate, dishes: string[], typed: string | undefined): SafeHtml {
  const label = `${shortDate(ctx.lang, date)}${date === todayDate ? ` (${ctx.t('today_word')})` : ''}`;
  if (date < todayDate) {
    return html`<div class="day past"><p class="day-name">${label}</p><p class="muted">${dishes.length === 0 ? ctx.t('none_yet') : dishes.join(' · ')}</p></div>`;
  }
  return field(label, html`<textarea name="${dishField(date)}" rows="3" autocomplete="off">${typed ?? dishes.join('\n')}</textarea>`);
}

function weekSection(ctx: RequestContext, monday: CalendarDate, heading: StringKey, todayDate: CalendarDate, typed: TypedMenu): SafeHtml {
  const dates = weekDates(monday);
  const stored = new Map(ctx.deps.store.manualMenu(monday, dates[4] ?? monday).map((d) => [d.date, d.dishes]));
  const days = dates.map((date) => dayHtml(ctx, date, todayDate, stored.get(date) ?? [], typed.get(date)));
  const editable = dates.some((date) => date >= todayDate);
  const content = editable
    ? postForm(ctx, '/mat/spara', html`${hidden('week', monday)}${days}<p class="muted">${ctx.t('menu_hint')}</p>${button(ctx.t('save'))}`)
    : days;
  return html`<h2>${ctx.t(heading, { week: isoWeekOf(monday) })}</h2><div class="card">${content}</div>`;
}

function menuPage(ctx: RequestContext, refused?: { problem: string; typed: TypedMenu }): Reply {
  const now = today(ctx.deps).date;
  const [thisWeek, nextWeek] = menuWeeks(now);
  const typed = refused?.typed ?? new Map<CalendarDate, string>();
  const body = html`${!ctx.deps.manualMenuInUse && html`<p class="card muted">${ctx.t('menu_not_in_use')}</p>`}
${refused && html`<p class="notice error" role="alert">${refused.problem}</p>`}
${weekSection(ctx, thisWeek, 'this_week', now, typed)}
${weekSection(ctx, nextWeek, 'next_week', now, typed)}`;
  return { kind: 'page', title: 'menu_title', body, ...(refused ? { status: 400 } : {}) };
}

export const menuRoutes: Route[] = [
  { method: 'GET', path: '/mat', access: 'staff', handle: (ctx) => menuPage(ctx) },
  { method: 'POST', path: '/mat/spara', access: 'staff', handle: (ctx) => saveMenuWeek(ctx, (problem, typed) => menuPage(ctx, { problem, typed })) },
];
