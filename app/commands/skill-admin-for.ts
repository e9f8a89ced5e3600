/** The robot's skill administration as the config describes it: paths, trusted keys, and the model to retrain. */
import fs from 'node:fs';
import type { LaibanConfig } from '../../config/schema';
import { NLU_SEED } from '../../robot/runtime/create-robot';
import { skillPaths } from '../../robot/skill-packages/paths';
import { loadSkills } from '../../robot/runtime/load-skills';
import { type LiveRobot, SkillAdmin } from '../../robot/skill-packages/skill-admin';
import { readDisabledSkills, skillStateFile } from '../../robot/skill-packages/skill-state';
import { saveModel } from '../../robot/understanding/lifecycle/model-files';
import { trainFromSkills } from '../../robot/understanding/lifecycle/train-model';
import { builtinSkills } from '../../skills/builtin';
import { robotVersion } from '../version';

/** With `live`, the running robot (`laiban start`) takes each change at once and makes its own model. */
export function skillAdminFor(config: LaibanConfig, live?: LiveRobot): SkillAdmin {
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
    ...(live ? { live } : {}),
    prepareModel: async (change) => {
      if (config.understanding.classifier !== 'model') return;
      const disabled = [...config.skills.disabled, ...readDisabledSkills(skillStateFile(config.dataDir))];
      const loaded = loadSkills(builtinSkills, config.skills.installedDir, disabled, config.skills.timeoutMs, change);
      const trained = trainFromSkills({ intents: loaded.intents, language: loaded.language, roster: config.children, seed: NLU_SEED });
      await saveModel(config.understanding.modelDir, trained.bytes, trained.meta);
    },
  });
}
