/**
 * /status: is the robot alive; per data source its last success, last failure in plain words and the age of
 * the data answered from; the bridge, the intent model, the skills, disk space, version and the panel
 * certificate's fingerprint; its errors; today's question counts by the skills' names; and the way to change
 * the staff password.
 */
import { failing } from '../../robot/bridge-link/source-health';
import { localStamp, longDate, nowClockTime, today } from '../dates';
import { html, type SafeHtml } from '../html/escape';
import type { DataSourceStatus, PanelStatus, Reply, RequestContext, Route } from '../http/context';
import type { StringKey } from '../strings';
import { plainAge, plainBytes, plainReason } from './status-words';

const SOURCE_KEYS: Record<DataSourceStatus['id'], StringKey> = { weather: 'source_weather', warnings: 'source_warnings', lunch: 'source_lunch' };

function sourceLine(ctx: RequestContext, source: DataSourceStatus): SafeHtml {
  const { state } = source;
  const now = ctx.deps.clock.now();
  const parts = [state.lastSuccessAt ? ctx.t('source_ok', { time: localStamp(state.lastSuccessAt, ctx.deps) }) : ctx.t('source_never')];
  if (state.lastFailure) {
    parts.push(ctx.t('source_failed', { time: localStamp(state.lastFailure.at, ctx.deps), reason: plainReason(ctx.lang, source.upstream, state.lastFailure.problem) }));
  }
  parts.push(state.dataFetchedAt ? ctx.t('source_data_age', { age: plainAge(ctx.lang, state.dataFetchedAt, now) }) : ctx.t('source_no_data'));
  return html`<dt>${ctx.t(SOURCE_KEYS[source.id])}</dt><dd class="${failing(state) ? 'failing' : 'ok'}">${parts.join(' ')}</dd>`;
}

/** The errors that hold now: the robot's own and each data source that failed since it last succeeded. */
function currentErrors(ctx: RequestContext, status: PanelStatus | undefined): string[] {
  const sources = (status?.sources ?? []).filter((s) => failing(s.state) && s.state.lastFailure);
  return [...sources.map((s) => `${ctx.t(SOURCE_KEYS[s.id])}: ${plainReason(ctx.lang, s.upstream, s.state.lastFailure!.problem)}`), ...(status?.errors ?? [])];
}

function robotFacts(ctx: RequestContext, status: PanelStatus | undefined): SafeHtml {
  if (!status) return html``;
  return html`${status.model !== undefined && html`<dt>${ctx.t('intent_model')}</dt><dd>${status.model}</dd>`}
${status.skills !== undefined && html`<dt>${ctx.t('skills_installed')}</dt><dd>${status.skills.join(', ')}</dd>`}
${status.diskFreeBytes !== undefined && html`<dt>${ctx.t('disk_free')}</dt><dd>${plainBytes(ctx.lang, status.diskFreeBytes)}</dd>`}
${status.version !== undefined && html`<dt>${ctx.t('robot_version')}</dt><dd>${status.version}</dd>`}
${status.certFingerprint !== undefined && html`<dt>${ctx.t('cert_fingerprint')}</dt><dd class="fingerprint">${status.certFingerprint}</dd>`}`;
}

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
  const errors = currentErrors(ctx, status);
  const names = status?.intentNames ?? {};
  const body = html`<div class="card"><dl>
<dt>${ctx.t('robot_clock')}</dt><dd>${nowClockTime(ctx.deps)}, ${longDate(ctx.lang, now.date)}</dd>
<dt>${ctx.t('bridge')}</dt><dd>${status ? status.bridge : ctx.t('status_unknown')}</dd>
${status?.sources ? status.sources.map((source) => sourceLine(ctx, source)) : html`<dt>${ctx.t('data_age')}</dt><dd>${status ? (status.dataAge ?? ctx.t('no_data_yet')) : ctx.t('status_unknown')}</dd>`}
${webhookLine(ctx)}
${robotFacts(ctx, status)}
</dl></div>
<h2>${ctx.t('errors')}</h2>
<div class="card">${errors.length === 0 ? html`<p>${ctx.t('no_errors')}</p>` : html`<ul class="items">${errors.map((e) => html`<li>${e}</li>`)}</ul>`}</div>
<h2>${ctx.t('questions_today')}</h2><p class="muted">${ctx.t('counts_only')}</p>
<div class="card">${
    counts.length === 0
      ? html`<p>${ctx.t('no_questions')}</p>`
      : html`<ul class="items">${counts.map((c) => html`<li class="row"><span>${names[c.intent] ?? c.intent}</span><strong>${c.count}</strong></li>`)}
<li class="row"><span>${ctx.t('total')}</span><strong>${total}</strong></li></ul>`
  }</div>
<h2>${ctx.t('password')}</h2>
<div class="card"><a class="linkbutton" href="/losenord">${ctx.t('change_password')}</a></div>`;
  return { kind: 'page', title: 'status_title', body };
}

export const statusRoutes: Route[] = [{ method: 'GET', path: '/status', access: 'staff', handle: statusPage }];
