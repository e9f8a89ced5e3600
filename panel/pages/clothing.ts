/**
 * /klader: per weather class that occurs, with its temperatures, what the robot would tell the children to
 * wear today (its rules, or the teachers' correction), ticked in a form so a teacher changes only what is
 * wrong, and a way back to the rules. The corrections live in the clothing skill's own store, which the
 * robot lends the panel.
 */
import { GARMENTS } from '../../skills/builtin/clothing/advice/garment-words';
import { readCorrections } from '../../skills/builtin/clothing/corrections';
import { today } from '../dates';
import type { StringKey } from '../strings';
import { adviceToday, type ClassAdvice, OCCURRING_CLASS_KEYS, weatherOfKey } from './clothing-classes';
import { html, type SafeHtml } from '../html/escape';
import { button, hidden, postForm } from '../html/forms';
import type { Reply, RequestContext, Route } from '../http/context';
import { backToRules, garmentName, saveCorrection, skillLog, weatherLabel } from './clothing-actions';

function classSection(ctx: RequestContext, advice: ClassAdvice): SafeHtml {
  const said = advice.garments.length === 0 ? ctx.t('no_special_clothes') : advice.garments.map((g) => garmentName(ctx.lang, g)).join(', ');
  const whose = html`<span class="${advice.corrected ? 'corrected' : 'standard'}">${ctx.t(advice.corrected ? 'clothing_yours' : 'robot_rules')}</span>`;
  const boxes = GARMENTS.map(
    (g) => html`<label class="check"><input type="checkbox" name="garment" value="${g}"${advice.garments.includes(g) && html` checked`}>${garmentName(ctx.lang, g)}</label>`,
  );
  const save = postForm(
    ctx,
    '/klader/spara',
    html`${hidden('key', advice.key)}<fieldset><legend>${ctx.t('clothing_choose')}</legend><div class="checks">${boxes}</div></fieldset>${button(ctx.t('save'))}`,
  );
  const rules = advice.corrected && postForm(ctx, '/klader/regler', html`${hidden('key', advice.key)}${button(ctx.t('back_to_rules'), 'secondary')}`);
  const temperature = ctx.t(`feels_${weatherOfKey(advice.key).temperatureClass}` as StringKey);
  return html`<details class="card"><summary><strong>${weatherLabel(ctx.lang, advice.key)}</strong> <span class="muted">(${temperature})</span><br>${ctx.t('robot_says_now')} ${said} ${whose}</summary>${save}${rules}</details>`;
}

async function clothingPage(ctx: RequestContext): Promise<Reply> {
  const store = ctx.deps.clothingStore;
  if (!store) return { kind: 'page', title: 'clothing_title', body: html`<p class="card">${ctx.t('clothing_unavailable')}</p>` };
  const corrections = await readCorrections(store, skillLog(ctx));
  const date = today(ctx.deps).date;
  const body = html`<p>${ctx.t('clothing_intro')}</p>
${OCCURRING_CLASS_KEYS.map((key) => classSection(ctx, adviceToday(key, corrections, date)))}`;
  return { kind: 'page', title: 'clothing_title', body };
}

export const clothingRoutes: Route[] = [
  { method: 'GET', path: '/klader', access: 'staff', handle: clothingPage },
  { method: 'POST', path: '/klader/spara', access: 'staff', handle: saveCorrection },
  { method: 'POST', path: '/klader/regler', access: 'staff', handle: backToRules },
];
