/**
 * /klader: what the robot tells the children to wear, per weather class: its rules, or the teachers'
 * correction (the garments ticked here), and a way back to the rules. The corrections live in the
 * clothing skill's own store, which the robot lends the panel.
 */
import { GARMENTS, type Garment } from '../../skills/builtin/clothing/advice/garment-words';
import { CLASS_KEYS, readCorrections } from '../../skills/builtin/clothing/corrections';
import { html, type SafeHtml } from '../html/escape';
import { button, hidden, postForm } from '../html/forms';
import type { Reply, RequestContext, Route } from '../http/context';
import { backToRules, garmentName, saveCorrection, skillLog, weatherLabel } from './clothing-actions';

function classSection(ctx: RequestContext, key: string, corrected: Garment[] | undefined): SafeHtml {
  const now =
    corrected === undefined
      ? html`<span class="standard">${ctx.t('robot_rules')}</span>`
      : html`<span class="muted">${corrected.length === 0 ? ctx.t('no_special_clothes') : corrected.map((g) => garmentName(ctx.lang, g)).join(', ')}</span>`;
  const boxes = GARMENTS.map(
    (g) => html`<label class="check"><input type="checkbox" name="garment" value="${g}"${corrected?.includes(g) && html` checked`}>${garmentName(ctx.lang, g)}</label>`,
  );
  const save = postForm(
    ctx,
    '/klader/spara',
    html`${hidden('key', key)}<fieldset><legend>${ctx.t('clothing_choose')}</legend><div class="checks">${boxes}</div></fieldset>${button(ctx.t('save'))}`,
  );
  const rules = corrected !== undefined && postForm(ctx, '/klader/regler', html`${hidden('key', key)}${button(ctx.t('back_to_rules'), 'secondary')}`);
  return html`<details class="card"><summary>${weatherLabel(ctx.lang, key)}<br>${now}</summary>${save}${rules}</details>`;
}

async function clothingPage(ctx: RequestContext): Promise<Reply> {
  const store = ctx.deps.clothingStore;
  if (!store) return { kind: 'page', title: 'clothing_title', body: html`<p class="card">${ctx.t('clothing_unavailable')}</p>` };
  const corrections = await readCorrections(store, skillLog(ctx));
  const body = html`<p>${ctx.t('clothing_intro')}</p>
${[...CLASS_KEYS].map((key) => classSection(ctx, key, corrections[key]))}`;
  return { kind: 'page', title: 'clothing_title', body };
}

export const clothingRoutes: Route[] = [
  { method: 'GET', path: '/klader', access: 'staff', handle: clothingPage },
  { method: 'POST', path: '/klader/spara', access: 'staff', handle: saveCorrection },
  { method: 'POST', path: '/klader/regler', access: 'staff', handle: backToRules },
];
