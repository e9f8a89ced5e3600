/**
 * What the forms on /klader do: save the garments ticked for a weather class, or go back to the robot's
 * rules for it. Writes go one at a time (deps.clothingWrites) into the clothing skill's own store.
 */
import { type Garment, GARMENT_WORDS, isGarment } from '../../skills/builtin/clothing/advice/garment-words';
import { CLASS_KEYS, removeClothingCorrection, saveClothingCorrection } from '../../skills/builtin/clothing/corrections';
import type { KeyValueStore, SkillLogger } from '../../skills/sdk/types';
import { today } from '../dates';
import { redirectWith, type Reply, type RequestContext } from '../http/context';
import { rulesSay } from './clothing-classes';
import { translate, type Lang, type StringKey } from '../strings';

const PAGE = '/klader';
/** A forged garment id is quoted back, but not at any length. */
const QUOTED_MAX = 40;

/** "Kallt", "Kallt och blött", "Kallt, blött och snö" / "Cold, wet and snowy" from a key like "cold-wet-snowy". */
export function weatherLabel(lang: Lang, key: string): string {
  const words = key.split('-').map((part) => translate(lang, `weather_${part}` as StringKey));
  const last = words.pop() ?? '';
  return words.length === 0 ? last : `${words.join(', ')} ${translate(lang, 'and_word')} ${last}`;
}

/** How a garment is named on the page: Swedish as the robot says it, English without the article. */
export function garmentName(lang: Lang, garment: Garment): string {
  const word = GARMENT_WORDS[garment][lang];
  return lang === 'en' ? word.replace(/^an? /, '') : word;
}

/** The skill's reading of its store logs through the panel's logger. */
export function skillLog(ctx: RequestContext): SkillLogger {
  const { log } = ctx.deps;
  return {
    info: (msg, fields) => log.info({ ...fields, skill: 'clothing' }, msg),
    warn: (msg, fields) => log.warn({ ...fields, skill: 'clothing' }, msg),
    error: (msg, fields) => log.error({ ...fields, skill: 'clothing' }, msg),
  };
}

type Target = { kind: 'target'; store: KeyValueStore; key: string } | { kind: 'refused'; reply: Reply };

function target(ctx: RequestContext): Target {
  const store = ctx.deps.clothingStore;
  if (!store) return { kind: 'refused', reply: redirectWith(ctx, PAGE, 'error', 'clothing_unavailable') };
  const key = ctx.form.get('key') ?? '';
  if (!CLASS_KEYS.has(key)) return { kind: 'refused', reply: redirectWith(ctx, PAGE, 'error', 'not_found_item') };
  return { kind: 'target', store, key };
}

async function change(ctx: RequestContext, key: string, write: () => Promise<unknown>, done: StringKey): Promise<Reply> {
  try {
    await ctx.deps.clothingWrites.run(write);
  } catch (err) {
    ctx.deps.log.error({ err, key }, 'panel: clothing correction not saved');
    return redirectWith(ctx, PAGE, 'error', 'clothing_not_saved');
  }
  ctx.deps.log.info({ key, done }, 'panel: clothing correction changed');
  return redirectWith(ctx, PAGE, 'ok', done, { weather: weatherLabel(ctx.lang, key) });
}

export async function saveCorrection(ctx: RequestContext): Promise<Reply> {
  const found = target(ctx);
  if (found.kind === 'refused') return found.reply;
  const garments = ctx.form.getAll('garment');
  const unknown = garments.find((g) => !isGarment(g));
  if (unknown !== undefined) return redirectWith(ctx, PAGE, 'error', 'unknown_garment', { garment: unknown.slice(0, QUOTED_MAX) });
  // Ticking exactly what the rules say today is no correction: the rules keep speaking (and follow the season).
  const rules = rulesSay(found.key, today(ctx.deps).date);
  const same = garments.length === rules.length && rules.every((g) => garments.includes(g));
  if (same) return change(ctx, found.key, () => removeClothingCorrection(found.store, found.key), 'clothing_rules_again');
  return change(ctx, found.key, () => saveClothingCorrection(found.store, found.key, garments), 'clothing_saved');
}

export async function backToRules(ctx: RequestContext): Promise<Reply> {
  const found = target(ctx);
  if (found.kind === 'refused') return found.reply;
  return change(ctx, found.key, () => removeClothingCorrection(found.store, found.key), 'clothing_rules_again');
}
