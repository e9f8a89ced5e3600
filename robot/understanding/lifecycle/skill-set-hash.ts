import { createHash } from 'node:crypto';
import type { IntentSpec } from '../../../skills/sdk/types';

/** Bump when features, architecture or the training-data generator change, so old models are retrained. */
export const MODEL_FORMAT = 2;

/** Identifies what a model was trained on: the intents (ids, examples, slots, priority) and the roster. */
export function skillSetHash(intents: readonly IntentSpec[], roster: readonly string[]): string {
  const canonical = [...intents]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((i) => ({
      id: i.id,
      priority: i.priority,
      slots: [...i.slots].sort(),
      examples: Object.fromEntries(Object.entries(i.examples).sort(([a], [b]) => a.localeCompare(b))),
    }));
  return createHash('sha256')
    .update(JSON.stringify({ format: MODEL_FORMAT, intents: canonical, roster: [...roster].sort() }))
    .digest('hex');
}
