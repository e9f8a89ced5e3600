import { normalizeUtterance } from '../normalize';
import type { TrainingExample } from '../training/types';
import { mulberry32, shuffleInPlace } from '../random';

export interface Split {
  train: TrainingExample[];
  validation: TrainingExample[];
}

/**
 * Holds out `validationShare` of the distinct texts of every (intent, language) group, chosen by a seeded
 * shuffle. Copies of one text stay on one side, so validation never grades the model on a sentence it
 * trained on. A group always keeps at least one text for training, so the model knows every label it is
 * validated on.
 */
export function stratifiedSplit(examples: readonly TrainingExample[], validationShare: number, seed: number): Split {
  if (!(validationShare >= 0 && validationShare < 1)) throw new Error(`validationShare must be in [0, 1), got ${validationShare}`);
  const groups = new Map<string, Map<string, TrainingExample[]>>();
  for (const ex of examples) {
    const groupKey = `${ex.intent}\u0000${ex.lang}`;
    const texts = groups.get(groupKey) ?? new Map<string, TrainingExample[]>();
    groups.set(groupKey, texts);
    const text = normalizeUtterance(ex.text);
    const copies = texts.get(text);
    if (copies) copies.push(ex);
    else texts.set(text, [ex]);
  }
  const random = mulberry32(seed);
  const split: Split = { train: [], validation: [] };
  for (const groupKey of [...groups.keys()].sort()) {
    const texts = [...(groups.get(groupKey) as Map<string, TrainingExample[]>).values()];
    shuffleInPlace(texts, random);
    const held = Math.min(Math.round(texts.length * validationShare), texts.length - 1);
    texts.forEach((copies, i) => (i < held ? split.validation : split.train).push(...copies));
  }
  return split;
}
