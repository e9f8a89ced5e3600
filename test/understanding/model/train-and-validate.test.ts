import { normalizeUtterance } from '../../../robot/understanding/normalize';
import type { TrainingExample } from '../../../robot/understanding/training/types';
import { stratifiedSplit } from '../../../robot/understanding/model/stratified-split';
import { trainIntentModel } from '../../../robot/understanding/model/train';
import { trainAndValidate } from '../../../robot/understanding/model/train-and-validate';
import { smallTrainSet } from './small-swedish-set';
import { syntheticCorpus } from './synthetic-corpus';
import { weightBytes } from './support';

describe('stratifiedSplit', () => {
  const corpus = syntheticCorpus(2000, 7);
  const split = stratifiedSplit(corpus, 0.15, 3);
  const key = (e: { intent: string; lang: string }): string => `${e.intent}/${e.lang}`;
  const count = (list: readonly { intent: string; lang: string }[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const e of list) m.set(key(e), (m.get(key(e)) ?? 0) + 1);
    return m;
  };

  it('keeps every example exactly once', () => {
    expect(split.train.length + split.validation.length).toBe(corpus.length);
    expect(new Set([...split.train, ...split.validation]).size).toBe(corpus.length);
  });

  it('holds out 15% of the distinct texts of every intent and language, and always leaves one to train on', () => {
    const distinct = (list: readonly TrainingExample[]): Map<string, number> => count([...new Map(list.map((e) => [`${key(e)}:${normalizeUtterance(e.text)}`, e])).values()]);
    const all = distinct(corpus);
    const held = distinct(split.validation);
    for (const [group, n] of all) expect(held.get(group) ?? 0).toBe(Math.min(Math.round(n * 0.15), n - 1));
    const tiny = stratifiedSplit([{ text: 'hej', intent: 'greeting', lang: 'sv' }], 0.5, 1);
    expect(tiny).toEqual({ train: [{ text: 'hej', intent: 'greeting', lang: 'sv' }], validation: [] });
  });

  it('keeps every copy of a text on the same side', () => {
    const trainTexts = new Set(split.train.map((e) => `${key(e)}:${normalizeUtterance(e.text)}`));
    expect(corpus.length).toBeGreaterThan(new Set(corpus.map((e) => e.text)).size); // the corpus has copies
    expect(split.validation.filter((e) => trainTexts.has(`${key(e)}:${normalizeUtterance(e.text)}`))).toEqual([]);
    const copies = stratifiedSplit([1, 2, 3, 4].map(() => ({ text: 'Hej!', intent: 'greeting', lang: 'sv' as const })).concat([{ text: 'tjena', intent: 'greeting', lang: 'sv' }]), 0.5, 1);
    expect(copies.train.length === 4 || copies.validation.length === 4).toBe(true);
  });

  it('splits the same way for the same seed and differently for another', () => {
    expect(stratifiedSplit(corpus, 0.15, 3)).toEqual(split);
    expect(stratifiedSplit(corpus, 0.15, 4).validation).not.toEqual(split.validation);
  });
});

describe('trainAndValidate', () => {
  const corpus = syntheticCorpus(1500, 11);
  const result = trainAndValidate(corpus, { seed: 5 });

  it('measures a held-out 15% with a calibrated threshold', () => {
    expect(result.validation.total / corpus.length).toBeGreaterThan(0.13);
    expect(result.validation.total / corpus.length).toBeLessThan(0.17);
    expect(result.validation.accuracy).toBeGreaterThan(0.9);
    expect(result.meetsOosTargets).toBe(true);
    expect(result.validation.oos.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.validation.oos.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.threshold).toBeGreaterThanOrEqual(0);
    expect(result.threshold).toBeLessThan(1);
  });

  it('returns the model retrained on every example with the same settings', () => {
    const labels = [...new Set(corpus.map((e) => e.intent))].sort();
    expect(result.model.labels).toEqual(labels);
    expect(weightBytes(result.model).equals(weightBytes(trainIntentModel(corpus, { seed: 5, labels })))).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const again = trainAndValidate(smallTrainSet, { seed: 2 });
    const same = trainAndValidate(smallTrainSet, { seed: 2 });
    expect(same.threshold).toBe(again.threshold);
    expect(same.validation).toEqual(again.validation);
    expect(weightBytes(same.model).equals(weightBytes(again.model))).toBe(true);
  });
});
