import { fnv1a32 } from '../hash';
import { featuresOf } from '../features';

/** Bumped whenever the ids below change for the same text; a model is only valid with the version it was trained on. */
export const FEATURE_VERSION = 1;

const CHAR_NGRAM_MAX = 5;
const EMPTY_FEATURE = 'e:';

/**
 * Hashed feature ids of normalised text: word unigrams (`w:`), word bigrams (`b:`) and character 3–5-grams of
 * each word with `<` `>` boundary markers (`c:`), in first-seen order.
 *
 * Ids are deduplicated: the model averages a bag of features, and a child repeating "hej hej hej" (or a
 * recogniser stuttering) should mean the same as "hej", not weigh one word three times.
 * Empty text gives one fixed id so the model still has something to average.
 */
export function featureIds(normalized: string, buckets: number): number[] {
  const seen = new Set<number>();
  const ids: number[] = [];
  const add = (feature: string): void => {
    const id = fnv1a32(feature) % buckets;
    if (!seen.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  };
  for (const feature of featuresOf(normalized, CHAR_NGRAM_MAX)) add(feature);
  if (ids.length === 0) add(EMPTY_FEATURE);
  return ids;
}
