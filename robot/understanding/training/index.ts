/** The training set for the intent model: manifest examples, generated variants and out-of-scope sentences. */
export {
  buildTrainingSet,
  claimant,
  claimedOutOfScope,
  type ExampleConflict,
  findExampleConflicts,
  generateTrainingSet,
  OOS_RATIO,
  outOfScopeShare,
  TARGET_PER_INTENT,
  type TrainingSetOptions,
  type TrainingSetReport,
  type TrainingSetStats,
  trainingSetStats,
} from './build';
export { DEFAULT_ROSTER } from './slot-values';
export type { TrainingExample } from './types';
