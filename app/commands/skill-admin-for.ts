/** The robot's skill administration as the config describes it: paths, trusted keys, and the model to retrain. */
import fs from 'node:fs';
import type { LaibanConfig } from '../../config/schema';
import { NLU_SEED } from '../../robot/runtime/create-robot';
import { skillPaths } from '../../robot/skill-packages/paths';
import { SkillAdmin } from '../../robot/skill-packages/skill-admin';
import { skillStateFile } from '../../robot/skill-packages/skill-state';
import { saveModel } from '../../robot/understanding/lifecycle/model-files';
import { trainFromSkills } from '../../robot/understanding/lifecycle/train-model';
import { gatherLanguage } from '../../robot/understanding/training/language';
import { builtinSkills } from '../../skills/builtin';
import { robotVersion } from '../version';

export function skillAdminFor(config: LaibanConfig): SkillAdmin {
  const paths = skillPaths(config.dataDir, config.skills.installedDir);
  fs.mkdirSync(paths.versionsDir, { recursive: true, mode: 0o700 });
  return new SkillAdmin({
    paths,
    trusted: config.skills.trustedKeys,
    robotVersion: robotVersion(),
    builtin: builtinSkills,
    timeoutMs: config.skills.timeoutMs,
    stateFile: skillStateFile(config.dataDir),
    now: () => new Date(),
    prepareModel: async (skills) => {
      if (config.understanding.classifier !== 'model') return;
      const trained = trainFromSkills({ ...gatherLanguage(skills), roster: config.children, seed: NLU_SEED });
      await saveModel(config.understanding.modelDir, trained.bytes, trained.meta);
    },
  });
}
