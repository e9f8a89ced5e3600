import { builtinSkills } from '../../skills/builtin';
import { loadSkills } from '../../robot/runtime/load-skills';
import { configForCommand } from '../load-config';

/** Lists the skills the robot would load and every conflict; exit 1 when there is a problem. */
export function skillsCommand(options: { config?: string }): number {
  const config = configForCommand(options.config, process.stderr);
  const loaded = loadSkills(builtinSkills, config.skills.installedDir, config.skills.disabled);
  for (const { manifest: m } of loaded.skills) {
    process.stdout.write(`${m.id} ${m.version}  ${m.name.sv} — intents: ${m.intents.map((i) => i.id).join(', ')}\n`);
  }
  for (const problem of loaded.problems) process.stderr.write(`problem: ${problem.message}\n`);
  // A skill's wording that wins over the out-of-scope talk is news, not a fault.
  return loaded.problems.some((p) => p.kind !== 'claimed-out-of-scope') ? 1 : 0;
}
