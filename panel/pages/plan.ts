/**
 * /dagen (Dagens plan): on first run a suggested usual day to take or decline; the week's plan per weekday
 * (a weekday without one says the robot does not know); a date's own plan that replaces the weekday's that
 * day; and messages the robot reads out on a given date.
 */
import { SUGGESTED_DAY } from '../../robot/preschool/preschool-store';
import type { DateActivity, Message, PlannedActivity, SchoolWeekday } from '../../robot/preschool/store-types';
import { addCalendarDays } from '../../core/calendar';
import { longDate, SCHOOL_WEEKDAYS, today, weekdayKey } from '../dates';
import { html, type SafeHtml } from '../html/escape';
import { button, field, hidden, postForm } from '../html/forms';
import type { Reply, RequestContext, Route } from '../http/context';
import { ACTIVITY_MAX, addActivity, addDateActivity, addMessage, answerSuggestion, MESSAGE_MAX, removeActivity, removeDateActivity, removeMessage } from './plan-actions';

/** Messages are listed for today and this many days ahead. */
const MESSAGE_DAYS_SHOWN = 14;

function activityList(ctx: RequestContext, planned: PlannedActivity[]): SafeHtml {
  if (planned.length === 0) return html`<p class="muted no-plan">${ctx.t('no_plan_day')}</p>`;
  return html`<ul class="items">${planned.map(
    (a) => html`<li class="row"><span>${a.time} ${a.what}</span>${postForm(ctx, '/dagen/aktivitet/ta-bort', html`${hidden('id', a.id)}${button(ctx.t('remove'), 'danger')}`)}</li>`,
  )}</ul>`;
}

function weekdaySection(ctx: RequestContext, weekday: SchoolWeekday, isToday: boolean): SafeHtml {
  const addForm = postForm(
    ctx,
    '/dagen/aktivitet/lagg-till',
    html`${hidden('weekday', weekday)}<div class="pair">${field(ctx.t('time'), html`<input type="time" name="time" required>`)}${field(
      ctx.t('activity'),
      html`<input name="what" required maxlength="${ACTIVITY_MAX}" autocomplete="off">`,
    )}</div>${button(ctx.t('add'))}`,
  );
  return html`<details class="card"${isToday && html` open`}><summary>${ctx.t(weekdayKey(weekday))}${isToday && html` (${ctx.t('today_word')})`}</summary>
${activityList(ctx, ctx.deps.store.plan(weekday))}${addForm}</details>`;
}

function suggestionCard(ctx: RequestContext): SafeHtml {
  if (!ctx.deps.store.suggestedDayOpen()) return html``;
  const list = html`<ul class="items">${SUGGESTED_DAY.map((a) => html`<li>${a.time} ${a.what}</li>`)}</ul>`;
  const take = postForm(ctx, '/dagen/forslag', html`${hidden('answer', 'take')}${button(ctx.t('suggestion_take'))}`);
  const decline = postForm(ctx, '/dagen/forslag', html`${hidden('answer', 'decline')}${button(ctx.t('suggestion_decline'), 'secondary')}`);
  return html`<div class="card suggestion"><h2>${ctx.t('suggestion_title')}</h2><p>${ctx.t('suggestion_hint')}</p>${list}${take}${decline}</div>`;
}

function datePlanSection(ctx: RequestContext, from: string): SafeHtml {
  const byDate = new Map<string, DateActivity[]>();
  for (const a of ctx.deps.store.datePlansFrom(from)) byDate.set(a.date, [...(byDate.get(a.date) ?? []), a]);
  const list =
    byDate.size === 0
      ? html`<p>${ctx.t('no_date_plans')}</p>`
      : html`${[...byDate].map(
          ([date, activities]) => html`<h3>${longDate(ctx.lang, date)}</h3><ul class="items">${activities.map(
            (a) => html`<li class="row"><span>${a.time} ${a.what}</span>${postForm(ctx, '/dagen/datum/ta-bort', html`${hidden('id', a.id)}${button(ctx.t('remove'), 'danger')}`)}</li>`,
          )}</ul>`,
        )}`;
  const addForm = postForm(
    ctx,
    '/dagen/datum/lagg-till',
    html`${field(ctx.t('date'), html`<input type="date" name="date" required value="${from}" min="${from}">`)}<div class="pair">${field(
      ctx.t('time'),
      html`<input type="time" name="time" required>`,
    )}${field(ctx.t('activity'), html`<input name="what" required maxlength="${ACTIVITY_MAX}" autocomplete="off">`)}</div>${button(ctx.t('add'))}`,
  );
  return html`<h2>${ctx.t('date_plans')}</h2><p class="muted">${ctx.t('date_plans_hint')}</p><div class="card">${addForm}</div><div class="card">${list}</div>`;
}

function messageList(ctx: RequestContext, from: string): SafeHtml {
  const days: Array<{ date: string; messages: Message[] }> = [];
  for (let i = 0; i < MESSAGE_DAYS_SHOWN; i++) {
    const date = addCalendarDays(from, i);
    const messages = ctx.deps.store.messagesOn(date);
    if (messages.length > 0) days.push({ date, messages });
  }
  if (days.length === 0) return html`<p>${ctx.t('no_messages')}</p>`;
  return html`${days.map(
    ({ date, messages }) => html`<h3>${longDate(ctx.lang, date)}</h3><ul class="items">${messages.map(
      (m) => html`<li class="row"><span>${m.text}</span>${postForm(ctx, '/dagen/meddelande/ta-bort', html`${hidden('id', m.id)}${button(ctx.t('remove'), 'danger')}`)}</li>`,
    )}</ul>`,
  )}`;
}

function planPage(ctx: RequestContext): Reply {
  const now = today(ctx.deps);
  const body = html`${suggestionCard(ctx)}<h2>${ctx.t('week_plan')}</h2><p class="muted">${ctx.t('week_plan_hint')}</p>
${SCHOOL_WEEKDAYS.map((d) => weekdaySection(ctx, d, d === now.weekday))}
${datePlanSection(ctx, now.date)}
<h2>${ctx.t('messages')}</h2><p class="muted">${ctx.t('messages_hint')}</p>
<div class="card">${postForm(
    ctx,
    '/dagen/meddelande/lagg-till',
    html`${field(ctx.t('date'), html`<input type="date" name="date" required value="${now.date}" min="${now.date}">`)}
${field(ctx.t('message'), html`<input name="text" required maxlength="${MESSAGE_MAX}" autocomplete="off">`)}${button(ctx.t('add'))}`,
  )}</div>
<div class="card">${messageList(ctx, now.date)}</div>`;
  return { kind: 'page', title: 'plan_title', body };
}

export const planRoutes: Route[] = [
  { method: 'GET', path: '/dagen', access: 'staff', handle: planPage },
  { method: 'POST', path: '/dagen/aktivitet/lagg-till', access: 'staff', handle: addActivity },
  { method: 'POST', path: '/dagen/aktivitet/ta-bort', access: 'staff', handle: removeActivity },
  { method: 'POST', path: '/dagen/forslag', access: 'staff', handle: answerSuggestion },
  { method: 'POST', path: '/dagen/datum/lagg-till', access: 'staff', handle: addDateActivity },
  { method: 'POST', path: '/dagen/datum/ta-bort', access: 'staff', handle: removeDateActivity },
  { method: 'POST', path: '/dagen/meddelande/lagg-till', access: 'staff', handle: addMessage },
  { method: 'POST', path: '/dagen/meddelande/ta-bort', access: 'staff', handle: removeMessage },
];
