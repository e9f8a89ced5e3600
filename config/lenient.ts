/**
 * Validates a config file without giving up on it: every bad value is reported and dropped so its
 * default is used, and every good value is kept. The robot must keep talking to children even when
 * a broken config is pushed to it.
 */
import { describeIssue, type ConfigProblem } from './problems';
import { configFileSchema, type ConfigFile } from './schema';

export function validateLeniently(written: Record<string, unknown>): { file: ConfigFile; problems: ConfigProblem[] } {
  const input = structuredClone(written);
  const problems: ConfigProblem[] = [];
  const reportedKeys = new Set<string>();
  for (;;) {
    const result = configFileSchema.safeParse(input);
    if (result.success) return { file: result.data, problems };
    const badValues = result.error.issues.flatMap((issue) => describeIssue(issue, input));
    let dropped = 0;
    for (const { problem, path } of badValues) {
      if (!reportedKeys.has(problem.key)) problems.push(problem);
      reportedKeys.add(problem.key);
      if (dropAt(input, path)) dropped++;
    }
    // Each round drops at least one written value, so this only fails if the defaults themselves are invalid.
    if (dropped === 0) throw new Error(`config schema rejects its own defaults: ${result.error.message}`);
  }
}

function dropAt(root: Record<string, unknown>, path: readonly string[]): boolean {
  let section: unknown = root;
  for (const segment of path.slice(0, -1)) {
    if (section === null || typeof section !== 'object') return false;
    section = (section as Record<string, unknown>)[segment];
  }
  const last = path[path.length - 1];
  if (last === undefined || section === null || typeof section !== 'object' || !(last in section)) return false;
  delete (section as Record<string, unknown>)[last];
  return true;
}
