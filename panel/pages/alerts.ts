/**
 * /larm: what children said that needs a grown-up, newest first, compact (kind, time, the child's words),
 * each acknowledged with one button or all at once; the page refreshes itself. /larm/kort is the same list,
 * short, for the strip on the Idag page: a frame that refreshes on its own, so a half-typed pick-up in the
 * page around it is never lost (the panel has no scripts).
 */
import type { Alert } from '../../robot/preschool/store-types';
import { localStamp } from '../dates';
import { idField } from '../form-values';
import { html, type SafeHtml } from '../html/escape';
import { button, hidden, postForm } from '../html/forms';
import { redirectWith, type Reply, type RequestContext, type Route } from '../http/context';
import type { StringKey } from '../strings';

/** Pages that show alerts; acknowledging returns to the one it came from. */
const ALERT_PAGES = ['/', '/larm'];
/** Seconds between refreshes of the alert list and the strip. */
export const ALERT_REFRESH_SECONDS = 10;
/** Rows the strip on Idag shows; the rest are counted with a link to /larm. */
const STRIP_ROWS = 2;

/** In the strip the answer replaces the whole Idag page, so its "Kvitterat." notice is seen. */
function acknowledgeForm(ctx: RequestContext, action: string, fields: SafeHtml, label: string, inFrame: boolean): SafeHtml {
  return postForm(ctx, action, html`${fields}${button(label)}`, inFrame ? '_top' : undefined);
}

export function alertRow(ctx: RequestContext, alert: Alert, back: string, inFrame = false): SafeHtml {
  const kind = ctx.t(`alert_${alert.category}` as StringKey);
  const when = localStamp(alert.lastAt, ctx.deps);
  const times = alert.repeats > 1 ? html` · ${ctx.t('said_times', { count: alert.repeats })}` : '';
  const other = alert.about === 'other' ? html` · ${ctx.t('about_other_child')}` : '';
  const summary = html`<div><strong>${kind}</strong> · ${when}${times}${other}<br><span class="muted">“${alert.text}”</span></div>`;
  const level = alert.level === 'emergency' ? 'emergency' : '';
  if (alert.acknowledgedAt !== null) {
    return html`<li class="done">${summary}<span class="muted">${ctx.t('acknowledged_at', { time: localStamp(alert.acknowledgedAt, ctx.deps) })}</span></li>`;
  }
  return html`<li class="${level}">${summary}${acknowledgeForm(ctx, '/larm/kvittera', html`${hidden('id', alert.id)}${hidden('back', back)}`, ctx.t('acknowledge'), inFrame)}</li>`;
}

function acknowledgeAllForm(ctx: RequestContext, back: string, inFrame: boolean): SafeHtml {
  return acknowledgeForm(ctx, '/larm/kvittera-alla', hidden('back', back), ctx.t('acknowledge_all'), inFrame);
}

function alertsPage(ctx: RequestContext): Reply {
  const alerts = ctx.deps.store.alerts();
  const open = alerts.filter((a) => a.acknowledgedAt === null);
  const done = alerts.filter((a) => a.acknowledgedAt !== null);
  const body = html`<p>${ctx.t('alerts_intro')}</p>
${open.length === 0 ? html`<p class="notice ok">${ctx.t('no_open_alerts')}</p>` : html`<ul class="alerts">${open.map((a) => alertRow(ctx, a, '/larm'))}</ul>`}
${open.length > 1 && acknowledgeAllForm(ctx, '/larm', false)}
${done.length > 0 && html`<h2>${ctx.t('acknowledged_alerts')}</h2><ul class="alerts">${done.map((a) => alertRow(ctx, a, '/larm'))}</ul>`}`;
  return { kind: 'page', title: 'alerts_title', body, refreshSeconds: ALERT_REFRESH_SECONDS };
}

/** The Idag page's strip: the newest open alerts, a count of the rest, "Kvittera alla". */
function alertStrip(ctx: RequestContext): Reply {
  const open = ctx.deps.store.openAlerts();
  const shown = open.slice(0, STRIP_ROWS);
  const more = open.length - shown.length;
  const body =
    open.length === 0
      ? html`<p class="notice ok">${ctx.t('no_open_alerts')}</p>`
      : html`<ul class="alerts">${shown.map((a) => alertRow(ctx, a, '/', true))}</ul>
<div class="row">${more > 0 ? html`<a href="/larm" target="_top">${ctx.t('alerts_more', { count: more })}</a>` : html`<span></span>`}${open.length > 1 && acknowledgeAllForm(ctx, '/', true)}</div>`;
  return { kind: 'page', title: 'alerts_strip', body, refreshSeconds: ALERT_REFRESH_SECONDS, frame: true };
}

function backTo(ctx: RequestContext): string {
  return ALERT_PAGES.find((p) => p === ctx.form.get('back')) ?? '/larm';
}

function acknowledge(ctx: RequestContext): Reply {
  const id = idField(ctx.form, 'id');
  const back = backTo(ctx);
  if (id === undefined || !ctx.deps.store.alerts().some((a) => a.id === id)) return redirectWith(ctx, back, 'error', 'not_found_item');
  ctx.deps.store.acknowledgeAlert(id, ctx.deps.clock.now());
  ctx.deps.log.info({ alert: id }, 'panel: alert acknowledged');
  return redirectWith(ctx, back, 'ok', 'alert_acknowledged');
}

function acknowledgeAll(ctx: RequestContext): Reply {
  const count = ctx.deps.store.acknowledgeAllAlerts(ctx.deps.clock.now());
  ctx.deps.log.info({ alerts: count }, 'panel: all alerts acknowledged');
  return redirectWith(ctx, backTo(ctx), 'ok', 'all_acknowledged');
}

export const alertRoutes: Route[] = [
  { method: 'GET', path: '/larm', access: 'staff', handle: alertsPage },
  { method: 'GET', path: '/larm/kort', access: 'staff', handle: alertStrip },
  { method: 'POST', path: '/larm/kvittera', access: 'staff', handle: acknowledge },
  { method: 'POST', path: '/larm/kvittera-alla', access: 'staff', handle: acknowledgeAll },
];
