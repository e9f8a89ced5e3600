/**
 * The highest release the robot has accepted per skill, and the versions installed, in order. It lives
 * outside the skills folder: deleting a skill does not reopen the door to an older, replayed release.
 */
import fs from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';

const installedSchema = z.strictObject({ version: z.string(), release: z.int(), dir: z.string(), at: z.string() });
const ledgerSchema = z.record(z.string(), z.strictObject({ highestRelease: z.int(), installed: z.array(installedSchema) }));
export type Ledger = z.infer<typeof ledgerSchema>;
export type InstalledVersion = z.infer<typeof installedSchema>;

export function readLedger(file: string): Ledger {
  if (!fs.existsSync(file)) return {};
  const parsed = ledgerSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  // A ledger that cannot be read must not let old releases back in: refuse to go on rather than start afresh.
  if (!parsed.success) throw new Error(`the skill release ledger ${file} is damaged; restore it from a backup (it guards against replayed releases)`);
  return parsed.data;
}

export function writeLedger(file: string, ledger: Ledger): void {
  writeFileAtomic.sync(file, `${JSON.stringify(ledger, null, 2)}\n`, { mode: 0o600 });
}
