import { createHash } from 'node:crypto';
import type { IntentSpec } from '../../../skills/sdk/types';
import type { TrainingLanguage } from '../training/language';

/** Bump when features, architecture or the training-data generator change, so old models are retrained. */
export const MODEL_FORMAT = 4;

/**
 * Identifies everything a model is trained from: the intents (ids, examples, templates, slots, priority),
 * the lists and out-of-scope talk, and the roster. Editing any of them retrains.
 */
export function skillSetHash(req: { intents: readonly IntentSpec[]; roster: readonly string[]; language: TrainingLanguage }): string {
  const sortedEntries = <T>(record: Partial<Record<string, T>>) => Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
  const canonical = [...req.intents]
    .sort((a, b) => a.id.localeCompare(b.id))
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
