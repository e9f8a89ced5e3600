import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NLU_SEED } from '../../robot/runtime/create-robot';
import { saveModel } from '../../robot/understanding/lifecycle/model-files';
import { trainFromSkills } from '../../robot/understanding/lifecycle/train-model';
import { gatherLanguage } from '../../robot/understanding/training/language';
import { builtinSkills } from '../../skills/builtin';

/**
 * Trains the intent model for the built-in skills once per test run; robots in tests load it from
 * LAIBAN_TEST_MODEL_DIR instead of each training their own.
 */
export default async function globalSetup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laiban-test-nlu-'));
  const result = trainFromSkills({ ...gatherLanguage(builtinSkills), roster: [], seed: NLU_SEED });
  await saveModel(dir, result.bytes, result.meta);
  process.env.LAIBAN_TEST_MODEL_DIR = dir;
}
