/**
 * /barn: the children (first names only), whether the robot may say who picks each one up, each child's
 * standard pick-up per weekday, and removing a child after a confirmation page.
 */
import type { Child, DefaultPickup } from '../../robot/preschool/store-types';
import { SCHOOL_WEEKDAYS, weekdayKey } from '../dates';
import { idField } from '../form-values';
import { html, type SafeHtml } from '../html/escape';
import { button, field, hidden, postForm } from '../html/forms';
import { redirectWith, type Reply, type RequestContext, type Route } from '../http/context';
import { addChild, removeChild, saveStandardPickups, setMayTell, setMayTellDefault } from './children-actions';

export const FIRST_NAME_MAX = 50;

function mayTellForm(ctx: RequestContext, child: Child): SafeHtml {
  return postForm(
    ctx,
    '/barn/beratta',
    html`${hidden('id', child.id)}<p>${ctx.t('may_tell_question')}</p>
<div class="pair">${button(ctx.t('yes'), 'secondary', { name: 'tell', value: 'yes', pressed: child.mayTellPickup })}${button(ctx.t('no'), 'secondary', {
      name: 'tell',
      value: 'no',
      pressed: !child.mayTellPickup,
    })}</div>`,
  );
}

function standardPickupForm(ctx: RequestContext, child: Child, standards: DefaultPickup[]): SafeHtml {
  const days = SCHOOL_WEEKDAYS.map((weekday) => {
    const current = standards.find((s) => s.weekday === weekday);
    return html`<div class="pair">${field(
      `${ctx.t(weekdayKey(weekday))}: ${ctx.t('who_picks_up')}`,
      html`<input name="who_${weekday}" value="${current?.who ?? ''}" maxlength="100" autocomplete="off">`,
    )}${field(ctx.t('time'), html`<input type="time" name="time_${weekday}" value="${current?.time ?? ''}">`)}</div>`;
  });
  const summary = standards.length === 0 ? ctx.t('none_yet') : standards.map((s) => `${ctx.t(weekdayKey(s.weekday))} ${s.who}${s.time ? ` ${s.time}` : ''}`).join(' · ');
  return html`<p class="muted">${ctx.t('standard_pickups')}: ${summary}</p><details><summary>${ctx.t('change_standard_pickups')}</summary>
${postForm(ctx, '/barn/standard', html`${hidden('id', child.id)}${days}<p class="muted">${ctx.t('standard_pickups_hint')}</p>${button(ctx.t('save'))}`)}</details>`;
}

function childCard(ctx: RequestContext, child: Child): SafeHtml {
  return html`<li class="card"><h2>${child.firstName}</h2>${mayTellForm(ctx, child)}
${standardPickupForm(ctx, child, ctx.deps.store.defaultPickups(child.id))}
<p><a class="linkbutton danger" href="/barn/ta-bort?id=${child.id}">${ctx.t('remove_child', { name: child.firstName })}</a></p></li>`;
}

/** The preschool-wide answer new children start with. */
function mayTellDefaultForm(ctx: RequestContext): SafeHtml {
  const yes = ctx.deps.store.mayTellPickupByDefault();
  return html`<details class="card"><summary>${ctx.t('may_tell_default_question')}: ${ctx.t(yes ? 'yes' : 'no')}</summary>${postForm(
    ctx,
    '/barn/standardsvar',
    html`<p class="muted">${ctx.t('may_tell_default_hint')}</p><div class="pair">${button(ctx.t('yes'), 'secondary', { name: 'tell', value: 'yes', pressed: yes })}${button(
      ctx.t('no'),
      'secondary',
      { name: 'tell', value: 'no', pressed: !yes },
    )}</div>`,
  )}</details>`;
}

function childrenPage(ctx: RequestContext): Reply {
  const children = ctx.deps.store.children();
  const body = html`${mayTellDefaultForm(ctx)}<div class="card">${postForm(
    ctx,
    '/barn/lagg-till',
    html`${field(ctx.t('first_name'), html`<input name="name" required maxlength="${FIRST_NAME_MAX}" autocomplete="off">`)}
<p class="muted">${ctx.t('first_name_hint')}</p>${button(ctx.t('add_child'))}`,
  )}</div>
${children.length === 0 ? html`<p>${ctx.t('no_children')}</p>` : html`<ul class="cards">${children.map((c) => childCard(ctx, c))}</ul>`}`;
  return { kind: 'page', title: 'children_title', body };
}

function confirmRemoval(ctx: RequestContext): Reply {
  const id = idField(ctx.query, 'id');
  const child = ctx.deps.store.children().find((c) => c.id === id);
  if (!child) return redirectWith(ctx, '/barn', 'error', 'not_found_item');
  const body = html`<div class="card"><p class="who">${ctx.t('remove_child_question', { name: child.firstName })}</p>
<p>${ctx.t('remove_child_consequence')}</p>
${postForm(ctx, '/barn/ta-bort', html`${hidden('id', child.id)}${button(ctx.t('remove_child', { name: child.firstName }), 'danger')}`)}
<p><a class="linkbutton" href="/barn">${ctx.t('cancel')}</a></p></div>`;
  return { kind: 'page', title: 'children_title', body };
}

export const childrenRoutes: Route[] = [
  { method: 'GET', path: '/barn', access: 'staff', handle: childrenPage },
  { method: 'POST', path: '/barn/lagg-till', access: 'staff', handle: addChild },
  { method: 'POST', path: '/barn/beratta', access: 'staff', handle: setMayTell },
  { method: 'POST', path: '/barn/standardsvar', access: 'staff', handle: setMayTellDefault },
  { method: 'POST', path: '/barn/standard', access: 'staff', handle: saveStandardPickups },
  { method: 'GET', path: '/barn/ta-bort', access: 'staff', handle: confirmRemoval },
  { method: 'POST', path: '/barn/ta-bort', access: 'staff', handle: removeChild },
];
