/** `laiban skill …`: IT's tools for signed skill bundles — keys, pack, sign, install, list, roll back. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtinSkills } from '../../skills/builtin';
import { NLU_SEED } from '../../robot/runtime/create-robot';
import { installBundle } from '../../robot/skill-packages/install';
import { generateSigningKey, keyIdOf, signContent } from '../../robot/skill-packages/keys';
import { metadataPathFor, type SignedContent } from '../../robot/skill-packages/metadata';
import { packSkill } from '../../robot/skill-packages/pack';
import { skillPaths } from '../../robot/skill-packages/paths';
import { readLedger } from '../../robot/skill-packages/release-ledger';
import { currentVersion, rollbackSkill } from '../../robot/skill-packages/versions';
import { sha256Of } from '../../robot/skill-packages/verify';
import { saveModel } from '../../robot/understanding/lifecycle/model-files';
import { trainFromSkills } from '../../robot/understanding/lifecycle/train-model';
import { gatherLanguage } from '../../robot/understanding/training/language';
import { configForCommand } from '../load-config';
import { robotVersion } from '../version';

const say = (line: string) => process.stdout.write(`${line}\n`);
const fail = (line: string): number => {
  process.stderr.write(`${line}\n`);
  return 1;
};
const operator = (): string => process.env.LAIBAN_OPERATOR ?? os.userInfo().username;

export function skillKeygenCommand(options: { out: string }): number {
  const key = generateSigningKey();
  const file = path.join(options.out, `laiban-skill-key-${key.keyId}.pem`);
  fs.mkdirSync(options.out, { recursive: true });
  fs.writeFileSync(file, key.privateKeyPem, { mode: 0o600, flag: 'wx' });
  say(`private key: ${file} (keep it secret; it signs skills for every robot that trusts it)`);
  say(`public key (for skills.trustedKeys): ${key.publicKey}`);
  say(`key id: ${key.keyId}`);
  return 0;
}

export async function skillPackCommand(dir: string, options: { out?: string }): Promise<number> {
  const packed = await packSkill(path.resolve(dir), path.resolve(options.out ?? '.'));
  say(`${packed.file}: ${packed.skill} ${packed.version}, sha256 ${packed.sha256}`);
  return 0;
}

export function skillSignCommand(bundle: string, options: { key: string; release: string; days?: string; minRobot?: string; skill?: string; version?: string }): number {
  const named = /^([a-z][a-z0-9_]*)-(\d+\.\d+\.\d+(?:[-+][\w.-]+)?)\.tar\.gz$/.exec(path.basename(bundle));
  const skill = options.skill ?? named?.[1];
  const version = options.version ?? named?.[2];
  if (!skill || !version) return fail(`${bundle}: give --skill and --version (the file name is not <id>-<version>.tar.gz)`);
  const release = Number(options.release);
  const days = Number(options.days ?? '90');
  if (!Number.isInteger(release) || release < 1) return fail(`--release: "${options.release}" must be a whole number from 1, higher than every earlier release of the skill`);
  if (!Number.isFinite(days) || days <= 0) return fail(`--days: "${options.days}" must be a positive number of days`);
  const signed: SignedContent = {
    skill,
    version,
    release,
    expires: new Date(Date.now() + days * 86_400_000).toISOString(),
    sha256: sha256Of(bundle),
    ...(options.minRobot ? { minRobotVersion: options.minRobot } : {}),
  };
  const signature = signContent(signed, fs.readFileSync(options.key, 'utf8'));
  fs.writeFileSync(metadataPathFor(bundle), `${JSON.stringify({ signed, signatures: [signature] }, null, 2)}\n`);
  say(`${metadataPathFor(bundle)}: ${signed.skill} ${signed.version}, release ${release}, expires ${signed.expires}, key ${signature.keyId}`);
  return 0;
}

export async function skillInstallCommand(bundle: string, options: { config?: string; force?: boolean }): Promise<number> {
  const config = configForCommand(options.config, process.stderr);
  const paths = skillPaths(config.dataDir, config.skills.installedDir);
  fs.mkdirSync(paths.versionsDir, { recursive: true, mode: 0o700 });
  const result = await installBundle(path.resolve(bundle), {
    paths,
    trusted: config.skills.trustedKeys,
    robotVersion: robotVersion(),
    now: new Date(),
    builtin: builtinSkills,
    timeoutMs: config.skills.timeoutMs,
    who: operator(),
    force: options.force === true,
    prepareModel: async (skills) => {
      if (config.understanding.classifier !== 'model') return;
      const trained = trainFromSkills({ ...gatherLanguage(skills), roster: config.children, seed: NLU_SEED });
      await saveModel(config.understanding.modelDir, trained.bytes, trained.meta);
    },
  });
  if (result.kind === 'refused') return fail(`refused: ${result.reason}`);
  say(`installed ${result.skill} ${result.version} (release ${result.release})${result.previous ? `, was ${result.previous}` : ''}; the robot answers with it from its next start`);
  return 0;
}

export function skillListCommand(options: { config?: string }): number {
  const config = configForCommand(options.config, process.stderr);
  const paths = skillPaths(config.dataDir, config.skills.installedDir);
  const ledger = readLedger(paths.ledgerFile);
  for (const [skill, entry] of Object.entries(ledger).sort(([a], [b]) => a.localeCompare(b))) {
    const current = currentVersion(paths, skill);
    const disabled = config.skills.disabled.includes(skill) ? ', disabled' : '';
    say(`${skill} ${current?.version ?? '(removed)'} — release ${entry.highestRelease} seen, ${entry.installed.length} installed${disabled}`);
  }
  for (const key of config.skills.trustedKeys) say(`trusted key ${keyIdOf(key.publicKey)}${key.name ? ` (${key.name})` : ''}${key.revoked ? ' — revoked' : ''}`);
  return 0;
}

export function skillRollbackCommand(skill: string, options: { config?: string }): number {
  const config = configForCommand(options.config, process.stderr);
  const result = rollbackSkill(skillPaths(config.dataDir, config.skills.installedDir), skill, operator(), new Date());
  if (result.kind === 'refused') return fail(`refused: ${result.reason}`);
  say(`${skill}: back from ${result.from} to ${result.to}; the robot answers with it from its next start`);
  return 0;
}
