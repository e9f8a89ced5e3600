/**
 * / (Idag): a strip of open alerts (a self-refreshing frame), one quick form to enter or change a pick-up,
 * then who picks up which child today (entered today, else the weekday's standard).
 */
import type { Child, Pickup, SchoolWeekday } from '../../robot/preschool/store-types';
import { longDate, today } from '../dates';
import { idField, textField, timeField } from '../form-values';
import { html, type SafeHtml } from '../html/escape';
import { button, field, hidden, postForm } from '../html/forms';
import { redirectWith, type Reply, type RequestContext, type Route } from '../http/context';

const WHO_MAX = 100;
const NOTE_MAX = 500;

type PickupRow =
  | { kind: 'entered'; child: Child; pickup: Pickup }
  | { kind: 'standard'; child: Child; who: string; time: string | null };

function pickupRows(ctx: RequestContext, children: Child[], date: string, weekday: number): { rows: PickupRow[]; without: Child[] } {
  const { store } = ctx.deps;
  const entered = new Map(store.pickupsOn(date).map((p) => [p.childId, p]));
  const rows: PickupRow[] = [];
  const without: Child[] = [];
  for (const child of children) {
    const pickup = entered.get(child.id);
    const standard = weekday <= 5 ? store.defaultPickups(child.id).find((d) => d.weekday === (weekday as SchoolWeekday)) : undefined;
    if (pickup) rows.push({ kind: 'entered', child, pickup });
    else if (standard) rows.push({ kind: 'standard', child, who: standard.who, time: standard.time });
    else without.push(child);
  }
  const timeOf = (r: PickupRow): string => (r.kind === 'entered' ? r.pickup.time : r.time) ?? '99:99';
  return { rows: rows.sort((a, b) => timeOf(a).localeCompare(timeOf(b))), without };
}

function rowHtml(ctx: RequestContext, row: PickupRow): SafeHtml {
  const quiet = !row.child.mayTellPickup && html`<br><span class="muted">${ctx.t('robot_will_not_tell')}</span>`;
  if (row.kind === 'standard') {
    return html`<li><span class="who">${row.child.firstName}</span> · ${row.who}${row.time && html` · ${row.time}`}
<br><span class="standard">${ctx.t('standard')}</span>${quiet}</li>`;
  }
  const { pickup } = row;
  return html`<li><span class="who">${row.child.firstName}</span> · ${pickup.who}${pickup.time && html` · ${pickup.time}`}
${pickup.note !== '' && html`<br><span class="muted">${pickup.note}</span>`}${quiet}
${postForm(ctx, '/hamtning/ta-bort', html`${hidden('id', pickup.id)}${button(ctx.t('remove'), 'danger')}`)}</li>`;
}

function pickupForm(ctx: RequestContext, children: Child[]): SafeHtml {
  if (children.length === 0) return html`<p>${ctx.t('add_children_first')} <a href="/barn">${ctx.t('nav_children')}</a></p>`;
  const options = children.map((c) => html`<option value="${c.id}">${c.firstName}</option>`);
  return postForm(
    ctx,
    '/hamtning/spara',
    html`${field(ctx.t('child'), html`<select name="child" required>${options}</select>`)}
${field(ctx.t('who_picks_up'), html`<input name="who" required maxlength="${WHO_MAX}" autocomplete="off">`)}
${field(ctx.t('time'), html`<input type="time" name="time">`)}
${field(ctx.t('note'), html`<input name="note" maxlength="${NOTE_MAX}" autocomplete="off">`)}
${button(ctx.t('save'))}`,
  );
}

function todayPage(ctx: RequestContext): Reply {
  const now = today(ctx.deps);
  const children = ctx.deps.store.children();
  const { rows, without } = pickupRows(ctx, children, now.date, now.weekday);
  // The alerts live in a frame that refreshes itself and has a fixed height: new alerts show within seconds,
  // never push the pick-up form down, and never reload (and empty) a form a teacher is filling in.
  const body = html`<p class="muted">${longDate(ctx.lang, now.date)}</p>
<iframe class="alert-strip" src="/larm/kort" title="${ctx.t('open_alerts')}"></iframe>
<h2>${ctx.t('enter_pickup')}</h2>
<div class="card">${pickupForm(ctx, children)}</div>
<h2>${ctx.t('pickups_today')}</h2>
<div class="card">${rows.length === 0 ? html`<p>${ctx.t('no_pickups')}</p>` : html`<ul class="items">${rows.map((r) => rowHtml(ctx, r))}</ul>`}
${without.length > 0 && html`<p class="muted">${ctx.t('no_pickup_for', { names: without.map((c) => c.firstName).join(', ') })}</p>`}</div>`;
  return { kind: 'page', title: 'today_title', body };
}

function savePickup(ctx: RequestContext): Reply {
  const { store, log } = ctx.deps;
  const childId = idField(ctx.form, 'child');
  const child = store.children().find((c) => c.id === childId);
  if (!child) return redirectWith(ctx, '/', 'error', 'not_found_item');
  const who = textField(ctx.form, 'who');
  if (who === '') return redirectWith(ctx, '/', 'error', 'who_missing');
  const note = textField(ctx.form, 'note');
  if (who.length > WHO_MAX || note.length > NOTE_MAX) return redirectWith(ctx, '/', 'error', 'too_long');
  const time = timeField(ctx.form, 'time');
  if (time.kind === 'invalid') return redirectWith(ctx, '/', 'error', 'bad_time');
  store.setPickup(child.id, today(ctx.deps).date, who, time.value, note);
  log.info({ child: child.id }, 'panel: pick-up saved');
  return redirectWith(ctx, '/', 'ok', 'pickup_saved', { name: child.firstName });
}

function removePickup(ctx: RequestContext): Reply {
  const id = idField(ctx.form, 'id');
  const { store } = ctx.deps;
  if (id === undefined || !store.pickupsOn(today(ctx.deps).date).some((p) => p.id === id)) return redirectWith(ctx, '/', 'error', 'not_found_item');
  store.removePickup(id);
  return redirectWith(ctx, '/', 'ok', 'removed');
}

export const todayRoutes: Route[] = [
  { method: 'GET', path: '/', access: 'staff', handle: todayPage },
  { method: 'POST', path: '/hamtning/spara', access: 'staff', handle: savePickup },
  { method: 'POST', path: '/hamtning/ta-bort', access: 'staff', handle: removePickup },
];
