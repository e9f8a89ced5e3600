/** Skills IT switched off on this robot (beside config's skills.disabled), kept in dataDir. */
import fs from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';

const stateSchema = z.strictObject({ disabled: z.array(z.string()) });

export const skillStateFile = (dataDir: string): string => path.join(dataDir, 'skill-state.json');

export function readDisabledSkills(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  const parsed = stateSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a valid skill state file: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data.disabled;
}

export function setSkillDisabled(file: string, skill: string, disabled: boolean): void {
  const now = new Set(readDisabledSkills(file));
  if (disabled) now.add(skill);
  else now.delete(skill);
  writeFileAtomic.sync(file, `${JSON.stringify({ disabled: [...now].sort() }, null, 2)}\n`, { mode: 0o600 });
}
