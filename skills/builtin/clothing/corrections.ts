/**
 * Teachers' corrections to the clothing advice, kept in the skill's own store under "corrections":
 * { [class key]: garment ids }, e.g. { "cold-wet": ["rain-clothes", "boots", "fleece", "hat", "mittens"] }.
 * A correction wins over the rules for every day of the same weather class.
 */
import type { JsonValue, KeyValueStore, SkillLogger } from '../../sdk';
import { type Garment, GARMENTS, inSpeakingOrder, isGarment } from './advice/garment-words';
import { classKey, type TemperatureClass } from './advice/weather-class';

export const CORRECTIONS_KEY = 'corrections';

export type ClothingCorrections = Record<string, Garment[]>;

const TEMPERATURE_CLASSES = ['cold', 'cool', 'warmish', 'warm', 'hot'] as const satisfies readonly TemperatureClass[];
const YES_NO = [false, true] as const;

/** Every key classKey can give; a correction under any other key would never be used. */
export const CLASS_KEYS: ReadonlySet<string> = new Set(
  TEMPERATURE_CLASSES.flatMap((temperatureClass) =>
    YES_NO.flatMap((wet) => YES_NO.flatMap((snowy) => YES_NO.map((sunny) => classKey({ temperatureClass, wet, snowy, sunny })))),
  ),
);

const isRecord = (value: JsonValue | undefined): value is { [key: string]: JsonValue } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The stored corrections as far as they can be used: entries under unknown keys, entries that are not
 * lists, and unknown garments are left out with a warning, so a broken store never stops the advice.
 */
export async function readCorrections(store: KeyValueStore, log?: SkillLogger): Promise<ClothingCorrections> {
  let value: JsonValue | undefined;
  try {
    value = await store.get(CORRECTIONS_KEY);
  } catch (error) {
    log?.warn('could not read the clothing corrections', { error: error instanceof Error ? error.message : String(error) });
    return {};
  }
  if (value === undefined) return {};
  if (!isRecord(value)) {
    log?.warn('ignored the clothing corrections: not an object of class keys', { value });
    return {};
  }
  const corrections: ClothingCorrections = {};
  for (const [key, list] of Object.entries(value)) {
    if (!CLASS_KEYS.has(key) || !Array.isArray(list)) {
      log?.warn(`ignored the clothing correction "${key}": not a weather class with a list of garments`, { value: list });
      continue;
    }
    const garments = list.filter((g): g is Garment => typeof g === 'string' && isGarment(g));
    if (garments.length < list.length) {
      log?.warn(`ignored unknown garments in the clothing correction "${key}"`, { unknown: list.filter((g) => !garments.includes(g as Garment)) });
    }
    // A list of nothing but unknown garments says nothing; an empty list says "no extra clothes".
    if (garments.length === 0 && list.length > 0) continue;
    corrections[key] = inSpeakingOrder(garments);
  }
  return corrections;
}

/**
 * Saves a teacher's correction for a weather class (from the panel) and returns the garments as stored.
 * Throws for a key classKey never gives or a garment the robot cannot say.
 */
export async function saveClothingCorrection(store: KeyValueStore, key: string, garments: readonly string[]): Promise<Garment[]> {
  if (!CLASS_KEYS.has(key)) throw new Error(`"${key}" is not a weather class; use one of: ${[...CLASS_KEYS].join(', ')}`);
  const unknown = garments.filter((g) => !isGarment(g));
  if (unknown.length > 0) {
    throw new Error(`${unknown.map((g) => `"${g}"`).join(', ')} ${unknown.length === 1 ? 'is not a garment' : 'are not garments'}; use ${GARMENTS.join(', ')}`);
  }
  const saved = inSpeakingOrder(garments.filter(isGarment));
  const current = await readCorrections(store);
  await store.set(CORRECTIONS_KEY, { ...current, [key]: saved });
  return saved;
}

/**
 * Forgets the teachers' correction for a weather class (from the panel), so the rules decide again; false
 * when there was none. Throws for a key classKey never gives.
 */
export async function removeClothingCorrection(store: KeyValueStore, key: string): Promise<boolean> {
  if (!CLASS_KEYS.has(key)) throw new Error(`"${key}" is not a weather class; use one of: ${[...CLASS_KEYS].join(', ')}`);
  const { [key]: removed, ...others } = await readCorrections(store);
  if (removed === undefined) return false;
  await store.set(CORRECTIONS_KEY, others);
  return true;
}
