import { createHash } from 'node:crypto';
import type { IntentSpec } from '../../../skills/sdk/types';
import type { TrainingLanguage } from '../training/language';

/** Bump when features, architecture or the training-data generator change, so old models are retrained. */
export const MODEL_FORMAT = 4;

/**
 * Not localeCompare: a collation would follow the process's locale (LANG), so the hash could change with it, and
 * it pages ICU's collation data into the robot. The built-in skills' ids and keys sort the same either way.
 */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Identifies everything a model is trained from: the intents (ids, examples, templates, slots, priority),
 * the lists and out-of-scope talk, and the roster. Editing any of them retrains.
 */
export function skillSetHash(req: { intents: readonly IntentSpec[]; roster: readonly string[]; language: TrainingLanguage }): string {
  const sortedEntries = <T>(record: Partial<Record<string, T>>) => Object.entries(record).sort(([a], [b]) => byCodeUnits(a, b));
  const canonical = [...req.intents]
    .sort((a, b) => byCodeUnits(a.id, b.id))
    .map((i) => ({
      id: i.id,
      priority: i.priority,
      slots: [...i.slots].sort(),
      examples: sortedEntries(i.examples),
      sentences: sortedEntries(i.sentences ?? {}),
    }));
  const language = { lists: sortedEntries(req.language.lists), outOfScope: sortedEntries(req.language.outOfScope) };
  return createHash('sha256')
    .update(JSON.stringify({ format: MODEL_FORMAT, intents: canonical, language, roster: [...req.roster].sort() }))
    .digest('hex');
}
