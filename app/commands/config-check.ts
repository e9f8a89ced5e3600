import os from 'node:os';
import { checkConfigFile, formatProblems } from '../../config/load';

/** For IT before pushing a config: exit 1 and every problem when the file is not right. */
export function configCheckCommand(file: string): number {
  const problems = checkConfigFile(file, process.env, process.cwd(), os.homedir());
  if (problems.length === 0) {
    process.stdout.write(`${file}: OK\n`);
    return 0;
  }
  process.stderr.write(`${file}: ${problems.length} problem(s)\n${formatProblems(problems)}\n`);
  return 1;
}
