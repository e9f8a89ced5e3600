import { performance } from 'node:perf_hooks';
import type { IntentSpec } from '../../../skills/sdk/types';
import { exportOnnx } from '../model/onnx-export';
import { trainAndValidate } from '../model/train-and-validate';
import { buildTrainingSet, findExampleConflicts, trainingSetStats } from '../training';
import type { TrainingLanguage } from '../training/language';
import type { NewModelMeta } from './model-files';
import { MODEL_FORMAT, skillSetHash } from './skill-set-hash';

export interface TrainRequest {
  intents: readonly IntentSpec[];
  roster: readonly string[];
  seed: number;
  /** Lists and out-of-scope talk from the common files and the loaded skills. */
  language: TrainingLanguage;
}

export interface TrainResult {
  bytes: Uint8Array;
  meta: NewModelMeta;
  conflicts: { text: string; intents: [string, string] }[];
  stats: ReturnType<typeof trainingSetStats>;
}

/** Skills' examples → training set → trained, calibrated model → ONNX bytes. Pure and deterministic for a seed. */
export function trainFromSkills(req: TrainRequest): TrainResult {
  const started = performance.now();
  const examples = buildTrainingSet(req.intents, { seed: req.seed, roster: req.roster, language: req.language });
  const { model, threshold, validation } = trainAndValidate(examples, { seed: req.seed });
  const bytes = exportOnnx(model);
  return {
    bytes,
    conflicts: findExampleConflicts(req.intents),
    stats: trainingSetStats(examples),
    meta: {
      format: MODEL_FORMAT,
      skillSetHash: skillSetHash(req),
      labels: model.labels,
      buckets: model.buckets,
      threshold,
      seed: req.seed,
      trainedAt: new Date().toISOString(),
      trainingSeconds: Math.round((performance.now() - started) / 100) / 10,
      examples: examples.length,
      validation: { accuracy: validation.accuracy, oosPrecision: validation.oos.precision, oosRecall: validation.oos.recall },
    },
  };
}
