/**
 * The install pipeline: verify the signed metadata → unpack into a new versioned folder → read the manifest
 * in the sandbox and check it against the metadata and the other skills → self-test → prepare the
 * understanding model for the new skill set → switch the skill's link atomically → remember the release.
 * Any failure removes what was unpacked and leaves the robot exactly as it was.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { validateSkill } from '../../skills/sdk/manifest-schema';
import type { Skill } from '../../skills/sdk/types';
import { assembleSkills, readInstalledSkills, type SkillOverride } from '../runtime/load-skills';
import { describeSkill } from '../sandbox/skill-sandbox';
import { appendAudit } from './audit-log';
import type { TrustedKey } from './keys';
import { metadataPathFor } from './metadata';
import { unpackBundle } from './pack';
import type { SkillPaths } from './paths';
import { readLedger, writeLedger } from './release-ledger';
import { selfTest } from './self-test';
import { currentVersion, switchLink } from './versions';
import { checkBundle } from './verify';

export interface InstallOptions {
  paths: SkillPaths;
  trusted: readonly TrustedKey[];
  robotVersion: string;
  now: Date;
  builtin: readonly Skill[];
  timeoutMs: number;
  who: string;
  force?: boolean;
  /** Trains and stores the understanding model for the skill set with this skill's unpacked folder, before it goes live. */
  prepareModel?(change: SkillOverride): Promise<void>;
}

const SELF_TEST_TIMEOUT_MS = 15_000;

export type InstallResult = { kind: 'installed'; skill: string; version: string; release: number; previous?: string } | { kind: 'refused'; skill?: string; reason: string };

export async function installBundle(bundleFile: string, options: InstallOptions): Promise<InstallResult> {
  const { paths } = options;
  const ledger = readLedger(paths.ledgerFile);
  const peek = peekSkill(bundleFile);
  const current = peek ? currentVersion(paths, peek) : undefined;
  const check = checkBundle(bundleFile, metadataPathFor(bundleFile), {
    trusted: options.trusted,
    highestRelease: peek ? (ledger[peek]?.highestRelease ?? 0) : 0,
    ...(current ? { installedVersion: current.version } : {}),
    robotVersion: options.robotVersion,
    now: options.now,
    force: options.force,
  });
  const audit = (result: InstallResult) => {
    appendAudit(paths.auditFile, {
      at: options.now.toISOString(), who: options.who, action: 'install', skill: result.skill ?? peek ?? '?',
      ...(result.kind === 'installed' ? { version: result.version, result: 'done' } : { result: 'refused', reason: result.reason }),
    });
    return result;
  };
  if (check.kind === 'refused') return audit({ kind: 'refused', ...(peek ? { skill: peek } : {}), reason: check.reason });
  const { signed } = check;

  const skillDir = path.join(paths.versionsDir, signed.skill);
  const staging = path.join(skillDir, `.staging-${crypto.randomBytes(4).toString('hex')}`);
  const finalDir = path.join(skillDir, `${signed.version}-r${signed.release}`);
  const link = path.join(paths.installedDir, signed.skill);
  const refuse = (reason: string): InstallResult => {
    fs.rmSync(staging, { recursive: true, force: true });
    return audit({ kind: 'refused', skill: signed.skill, reason });
  };
  if (fs.existsSync(link) && !fs.lstatSync(link).isSymbolicLink()) {
    return refuse(`${link} is a folder copied by hand; move it away first (installs keep versions for rollback)`);
  }
  try {
    await unpackBundle(bundleFile, staging);
  } catch (err) {
    return refuse(`the bundle could not be unpacked: ${(err as Error).message}`);
  }
  let skill: Skill;
  try {
    skill = validateSkill({ manifest: describeSkill(staging), handle: () => undefined }, bundleFile);
  } catch (err) {
    return refuse(`the skill in the bundle ${(err as Error).message}`);
  }
  const { id, version } = skill.manifest;
  if (id !== signed.skill || version !== signed.version) return refuse(`the bundle holds ${id} ${version}, but its signed metadata says ${signed.skill} ${signed.version}`);
  const others = readInstalledSkills(paths.installedDir).found.filter((f) => path.basename(path.dirname(f.where)) !== id);
  const assembled = assembleSkills([...options.builtin.map((s) => ({ skill: s, where: `built-in ${s.manifest.id}` })), ...others, { skill, where: bundleFile }], []);
  const clash = assembled.problems.find((p) => p.kind !== 'shared-example' && 'message' in p && p.message.includes(bundleFile));
  if (clash) return refuse(clash.message);
  // The first answer includes starting the sandbox's Node, which a busy Pi needs seconds for.
  const failed = await selfTest(staging, skill.manifest, options.now, Math.max(options.timeoutMs, SELF_TEST_TIMEOUT_MS));
  if (failed) return refuse(`its self-test failed: ${failed}`);
  try {
    await options.prepareModel?.({ skill: id, dir: staging });
  } catch (err) {
    return refuse(`the understanding model could not be prepared: ${(err as Error).message}`);
  }
  fs.rmSync(finalDir, { recursive: true, force: true });
  fs.renameSync(staging, finalDir);
  switchLink(link, finalDir);
  const entry = ledger[id] ?? { highestRelease: 0, installed: [] };
  entry.highestRelease = signed.release;
  entry.installed.push({ version, release: signed.release, dir: finalDir, at: options.now.toISOString() });
  ledger[id] = entry;
  writeLedger(paths.ledgerFile, ledger);
  return audit({ kind: 'installed', skill: id, version, release: signed.release, ...(current ? { previous: current.version } : {}) });
}

/** The skill id the metadata names, to look up its ledger entry before anything is trusted. */
function peekSkill(bundleFile: string): string | undefined {
  try {
    const raw = JSON.parse(fs.readFileSync(metadataPathFor(bundleFile), 'utf8')) as { signed?: { skill?: unknown } };
    return typeof raw.signed?.skill === 'string' && /^[a-z][a-z0-9_]*$/.test(raw.signed.skill) ? raw.signed.skill : undefined;
  } catch {
    return undefined;
  }
}
