import os from 'node:os';
import { loadConfig, formatProblems } from '../config/load';
import type { LaibanConfig } from '../config/schema';

/** Loads the config for a command; problems go to stderr and the robot runs on defaults for those keys. */
export function configForCommand(path: string | undefined, stderr: NodeJS.WritableStream): LaibanConfig {
  const result = loadConfig({ path, env: process.env, cwd: process.cwd(), home: os.homedir() });
  if (result.problems.length) {
    stderr.write(`Config ${result.source}: ${result.problems.length} problem(s); defaults are used for them:\n${formatProblems(result.problems)}\n`);
  }
  return result.config;
}
