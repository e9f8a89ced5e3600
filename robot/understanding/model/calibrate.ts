import type { Lang } from '../../../core/languages';
import { OUT_OF_SCOPE } from '../types';
import { evaluate, type EvalReport } from './metrics';

/** The model's best guess for one validation utterance. */
export interface TopPrediction {
  expected: string;
  label: string;
  probability: number;
  lang: Lang;
}

export interface OosTargets {
  minPrecision: number;
  minRecall: number;
}

export interface Calibration {
  /** Say "oos" when the top probability is below this (or the top label is oos). */
  threshold: number;
  report: EvalReport;
  meetsTargets: boolean;
}

export const DEFAULT_OOS_TARGETS: OosTargets = { minPrecision: 0.9, minRecall: 0.9 };

/**
 * No threshold below this: the held-out sentences are whole questions, but children also say fragments
 * ("imorgon då") that the model spreads thinly over every intent; a guess under this is no answer.
 */
export const MIN_THRESHOLD = 0.4;

export function applyThreshold(label: string, probability: number, threshold: number): string {
  return probability < threshold ? OUT_OF_SCOPE : label;
}

/**
 * The threshold with the best accuracy among those that reach both oos targets; when none does, the one with
 * the best oos F1. Ties go to the lower threshold. Candidates sit halfway between neighbouring top
 * probabilities, so the choice does not hug one validation utterance.
 */
export function calibrateThreshold(predictions: readonly TopPrediction[], targets: OosTargets = DEFAULT_OOS_TARGETS): Calibration {
  const sorted = [...predictions].sort((a, b) => a.probability - b.probability);
  const oosSupport = sorted.filter((p) => p.expected === OUT_OF_SCOPE).length;
  let correct = sorted.filter((p) => p.expected === p.label).length;
  let oosPredicted = sorted.filter((p) => p.label === OUT_OF_SCOPE).length;
  let oosHits = sorted.filter((p) => p.label === OUT_OF_SCOPE && p.expected === OUT_OF_SCOPE).length;

  let best: { threshold: number; feasible: boolean; accuracy: number; f1: number } | undefined;
  const consider = (threshold: number): void => {
    const precision = oosPredicted === 0 ? 0 : oosHits / oosPredicted;
    const recall = oosSupport === 0 ? 0 : oosHits / oosSupport;
    const candidate = {
      threshold,
      feasible: precision >= targets.minPrecision && recall >= targets.minRecall,
      accuracy: sorted.length === 0 ? 0 : correct / sorted.length,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    };
    if (!best || isBetter(candidate, best)) best = candidate;
  };

  // The floor itself, when it rejects nothing.
  if ((sorted[0]?.probability ?? 1) >= MIN_THRESHOLD) consider(MIN_THRESHOLD);
  let i = 0;
  while (i < sorted.length) {
    const probability = (sorted[i] as TopPrediction).probability;
    // Reject every utterance with this probability, then consider a threshold just above it.
    for (; i < sorted.length && (sorted[i] as TopPrediction).probability === probability; i++) {
      const p = sorted[i] as TopPrediction;
      if (p.label === OUT_OF_SCOPE) continue;
      if (p.expected === p.label) correct--;
      if (p.expected === OUT_OF_SCOPE) {
        correct++;
        oosHits++;
      }
      oosPredicted++;
    }
    const next = i < sorted.length ? (sorted[i] as TopPrediction).probability : 1;
    if (next > probability && next >= MIN_THRESHOLD) consider(Math.max((probability + next) / 2, MIN_THRESHOLD));
  }

  const chosen = best as NonNullable<typeof best>;
  const report = evaluate(
    predictions.map((p) => ({ expected: p.expected, predicted: applyThreshold(p.label, p.probability, chosen.threshold), lang: p.lang })),
  );
  return { threshold: chosen.threshold, report, meetsTargets: chosen.feasible };
}

function isBetter(a: { feasible: boolean; accuracy: number; f1: number }, b: { feasible: boolean; accuracy: number; f1: number }): boolean {
  if (a.feasible !== b.feasible) return a.feasible;
  const [first, second] = a.feasible ? (['accuracy', 'f1'] as const) : (['f1', 'accuracy'] as const);
  if (a[first] !== b[first]) return a[first] > b[first];
  return a[second] > b[second];
}
