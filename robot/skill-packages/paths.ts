/** Where installed skills and what guards them live on the robot. */
import path from 'node:path';

export interface SkillPaths {
  /** What the robot loads: one entry per skill, a link to its current version. */
  installedDir: string;
  /** Every installed version, kept for rollback: `<id>/<version>-r<release>/`. */
  versionsDir: string;
  ledgerFile: string;
  auditFile: string;
}

export function skillPaths(dataDir: string, installedDir: string): SkillPaths {
  return {
    installedDir,
    versionsDir: path.join(dataDir, 'skill-versions'),
    ledgerFile: path.join(dataDir, 'skill-releases.json'),
    auditFile: path.join(dataDir, 'skill-audit.jsonl'),
  };
}
