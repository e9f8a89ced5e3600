/** A skill's current version is where its link in the installed folder points; switching is one rename. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { appendAudit } from './audit-log';
import type { SkillPaths } from './paths';
import { type InstalledVersion, readLedger } from './release-ledger';

export function currentVersion(paths: SkillPaths, skill: string): InstalledVersion | undefined {
  const link = path.join(paths.installedDir, skill);
  if (!fs.existsSync(link) || !fs.lstatSync(link).isSymbolicLink()) return undefined;
  const target = path.resolve(paths.installedDir, fs.readlinkSync(link));
  return [...(readLedger(paths.ledgerFile)[skill]?.installed ?? [])].reverse().find((v) => v.dir === target);
}

/** Points `link` at `target` in one step: a new link beside it, renamed over the old one. */
export function switchLink(link: string, target: string): void {
  fs.mkdirSync(path.dirname(link), { recursive: true });
  const temporary = `${link}.new-${crypto.randomBytes(4).toString('hex')}`;
  fs.symlinkSync(target, temporary, 'dir');
  fs.renameSync(temporary, link);
}

export type RollbackResult = { kind: 'rolled-back'; skill: string; from: string; to: string } | { kind: 'refused'; skill: string; reason: string };

/** Back to the version installed before the current one (already verified when it was installed). */
export function rollbackSkill(paths: SkillPaths, skill: string, who: string, now: Date): RollbackResult {
  const history = readLedger(paths.ledgerFile)[skill]?.installed ?? [];
  const current = currentVersion(paths, skill);
  const at = current ? history.map((v) => v.dir).lastIndexOf(current.dir) : -1;
  const previous = at > 0 ? history.slice(0, at).reverse().find((v) => v.dir !== current!.dir && fs.existsSync(v.dir)) : undefined;
  const result: RollbackResult =
    !current ? { kind: 'refused', skill, reason: `"${skill}" is not installed from a bundle` }
    : !previous ? { kind: 'refused', skill, reason: `"${skill}" has no earlier version to go back to` }
    : { kind: 'rolled-back', skill, from: current.version, to: previous.version };
  if (result.kind === 'rolled-back') switchLink(path.join(paths.installedDir, skill), previous!.dir);
  appendAudit(paths.auditFile, {
    at: now.toISOString(), who, action: 'rollback', skill,
    ...(result.kind === 'rolled-back' ? { version: result.to, result: 'done' } : { result: 'refused', reason: result.reason }),
  });
  return result;
}
