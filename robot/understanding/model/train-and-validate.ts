import { normalizeUtterance } from '../normalize';
import type { TrainingExample } from '../training/types';
import { calibrateThreshold, DEFAULT_OOS_TARGETS, type OosTargets } from './calibrate';
import type { EvalReport } from './metrics';
import { stratifiedSplit } from './stratified-split';
import { resolveTrainOptions, trainIntentModel, type TrainOptions } from './train';
import { predictProbabilities, type TrainedModel } from './trained-model';

export interface ValidateOptions extends TrainOptions {
  /** Share of each (intent, language) group held out for calibration and measurement; default 0.15. */
  validationShare?: number;
  oosTargets?: OosTargets;
}

export interface ValidatedModel {
  /** Trained on every example, with the same settings as the validated one. */
  model: TrainedModel;
  threshold: number;
  /** Measured on the held-out part with the calibrated threshold, by a model that never saw it. */
  validation: EvalReport;
  meetsOosTargets: boolean;
}

// Keeps the split's shuffle apart from the training shuffle that uses the seed itself.
const SPLIT_SEED_SALT = 0x9e3779b9;

export function trainAndValidate(examples: readonly TrainingExample[], options: ValidateOptions): ValidatedModel {
  const { validationShare = 0.15, oosTargets = DEFAULT_OOS_TARGETS, ...trainOptions } = options;
  const seed = resolveTrainOptions(trainOptions).seed;
  const labels = trainOptions.labels ?? [...new Set(examples.map((e) => e.intent))].sort();
  const { train, validation } = stratifiedSplit(examples, validationShare, (seed ^ SPLIT_SEED_SALT) >>> 0);

  const heldOutModel = trainIntentModel(train, { ...trainOptions, labels });
  const calibration = calibrateThreshold(
    validation.map((ex) => {
      const probabilities = predictProbabilities(heldOutModel, normalizeUtterance(ex.text));
      let top = 0;
      for (let i = 1; i < probabilities.length; i++) if ((probabilities[i] as number) > (probabilities[top] as number)) top = i;
      return { expected: ex.intent, label: labels[top] as string, probability: probabilities[top] as number, lang: ex.lang };
    }),
    oosTargets,
  );

  const model = trainIntentModel(examples, { ...trainOptions, labels });
  return { model, threshold: calibration.threshold, validation: calibration.report, meetsOosTargets: calibration.meetsTargets };
}
