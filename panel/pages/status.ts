/**
 * /status: is the robot alive, how fresh its weather and menu are, its errors, today's question counts, and
 * the way to change the staff password.
 */
import { localStamp, longDate, nowClockTime, today } from '../dates';
import { html } from '../html/escape';
import type { PanelStatus, Reply, RequestContext, Route } from '../http/context';

function readStatus(ctx: RequestContext): PanelStatus | undefined {
  try {
    return ctx.deps.status();
  } catch (err) {
    ctx.deps.log.error({ err }, 'panel: status() failed');
    return undefined;
  }
}

function webhookLine(ctx: RequestContext) {
  const hook = ctx.deps.webhookStatus?.();
  if (!hook) return '';
  const parts = [hook.lastSuccessAt ? ctx.t('webhook_ok', { time: localStamp(hook.lastSuccessAt, ctx.deps) }) : ctx.t('webhook_never')];
  if (hook.lastFailure) parts.push(ctx.t('webhook_failed', { time: localStamp(hook.lastFailure.at, ctx.deps), reason: hook.lastFailure.reason }));
  if (hook.undelivered > 0) parts.push(ctx.t('webhook_undelivered', { count: hook.undelivered }));
  return html`<dt>${ctx.t('webhook')}</dt><dd>${parts.join('. ')}</dd>`;
}

function statusPage(ctx: RequestContext): Reply {
  const now = today(ctx.deps);
  const status = readStatus(ctx);
  const counts = ctx.deps.store.questionCounts(now.date);
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const errors = status?.errors ?? [];
  const body = html`<div class="card"><dl>
<dt>${ctx.t('robot_clock')}</dt><dd>${nowClockTime(ctx.deps)}, ${longDate(ctx.lang, now.date)}</dd>
<dt>${ctx.t('bridge')}</dt><dd>${status ? status.bridge : ctx.t('status_unknown')}</dd>
<dt>${ctx.t('data_age')}</dt><dd>${status ? (status.dataAge ?? ctx.t('no_data_yet')) : ctx.t('status_unknown')}</dd>
${webhookLine(ctx)}
</dl></div>
<h2>${ctx.t('errors')}</h2>
<div class="card">${errors.length === 0 ? html`<p>${ctx.t('no_errors')}</p>` : html`<ul class="items">${errors.map((e) => html`<li>${e}</li>`)}</ul>`}</div>
<h2>${ctx.t('questions_today')}</h2><p class="muted">${ctx.t('counts_only')}</p>
<div class="card">${
    counts.length === 0
      ? html`<p>${ctx.t('no_questions')}</p>`
      : html`<ul class="items">${counts.map((c) => html`<li class="row"><span>${c.intent}</span><strong>${c.count}</strong></li>`)}
<li class="row"><span>${ctx.t('total')}</span><strong>${total}</strong></li></ul>`
  }</div>
<h2>${ctx.t('password')}</h2>
<div class="card"><a class="linkbutton" href="/losenord">${ctx.t('change_password')}</a></div>`;
  return { kind: 'page', title: 'status_title', body };
}

export const statusRoutes: Route[] = [{ method: 'GET', path: '/status', access: 'staff', handle: statusPage }];
