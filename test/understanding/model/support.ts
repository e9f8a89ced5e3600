import type { TrainedModel } from '../../../robot/understanding/model/trained-model';
import { predictProbabilities } from '../../../robot/understanding/model/trained-model';
import { normalizeUtterance } from '../../../robot/understanding/normalize';
import type { TrainingExample } from '../../../robot/understanding/training/types';

export function topLabel(model: TrainedModel, text: string): { label: string; probability: number } {
  const probabilities = predictProbabilities(model, normalizeUtterance(text));
  let best = 0;
  for (let i = 1; i < probabilities.length; i++) if ((probabilities[i] as number) > (probabilities[best] as number)) best = i;
  return { label: model.labels[best] as string, probability: probabilities[best] as number };
}

export function accuracy(model: TrainedModel, examples: readonly TrainingExample[]): number {
  return examples.filter((ex) => topLabel(model, ex.text).label === ex.intent).length / examples.length;
}

/** Every weight as one byte string, to compare two models exactly. */
export function weightBytes(model: TrainedModel): Buffer {
  const w = model.weights;
  return Buffer.concat([w.embedding, w.hiddenWeight, w.hiddenBias, w.outputWeight, w.outputBias].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
}
