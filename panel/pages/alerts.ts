/** /larm: what children said that needs a grown-up, newest first, each acknowledged with one button. */
import type { PreschoolStore } from '../../robot/preschool/preschool-store';
import type { Alert } from '../../robot/preschool/store-types';
import { localStamp } from '../dates';
import { idField } from '../form-values';
import { html, type SafeHtml } from '../html/escape';
import { button, hidden, postForm } from '../html/forms';
import { redirectWith, type Reply, type RequestContext, type Route } from '../http/context';

/** Pages that show alerts; acknowledging returns to the one it came from. */
const ALERT_PAGES = ['/', '/larm'];

export function unacknowledgedAlerts(store: PreschoolStore): Alert[] {
  return store.alerts().filter((a) => a.acknowledgedAt === null);
}

export function alertCard(ctx: RequestContext, alert: Alert, back: string): SafeHtml {
  const when = html`<p class="muted">${localStamp(alert.at, ctx.deps)}</p>`;
  if (alert.acknowledgedAt !== null) {
    return html`<li class="card">${when}<p>“${alert.text}”</p><p class="muted">${ctx.t('acknowledged_at', { time: localStamp(alert.acknowledgedAt, ctx.deps) })}</p></li>`;
  }
  return html`<li class="card alert">${when}<p class="who">“${alert.text}”</p>${postForm(
    ctx,
    '/larm/kvittera',
    html`${hidden('id', alert.id)}${hidden('back', back)}${button(ctx.t('acknowledge'))}`,
  )}</li>`;
}

function alertsPage(ctx: RequestContext): Reply {
  const alerts = ctx.deps.store.alerts();
  const open = alerts.filter((a) => a.acknowledgedAt === null);
  const done = alerts.filter((a) => a.acknowledgedAt !== null);
  const body = html`<p>${ctx.t('alerts_intro')}</p>
${open.length === 0 && html`<p class="notice ok">${ctx.t('no_open_alerts')}</p>`}
<ul class="cards">${open.map((a) => alertCard(ctx, a, '/larm'))}</ul>
${done.length > 0 && html`<h2>${ctx.t('acknowledged_alerts')}</h2><ul class="cards">${done.map((a) => alertCard(ctx, a, '/larm'))}</ul>`}`;
  return { kind: 'page', title: 'alerts_title', body };
}

function acknowledge(ctx: RequestContext): Reply {
  const id = idField(ctx.form, 'id');
  const back = ALERT_PAGES.find((p) => p === ctx.form.get('back')) ?? '/larm';
  if (id === undefined || !ctx.deps.store.alerts().some((a) => a.id === id)) return redirectWith(ctx, back, 'error', 'not_found_item');
  ctx.deps.store.acknowledgeAlert(id, ctx.deps.clock.now());
  ctx.deps.log.info({ alert: id }, 'panel: alert acknowledged');
  return redirectWith(ctx, back, 'ok', 'alert_acknowledged');
}

export const alertRoutes: Route[] = [
  { method: 'GET', path: '/larm', access: 'staff', handle: alertsPage },
  { method: 'POST', path: '/larm/kvittera', access: 'staff', handle: acknowledge },
];
