/** `laiban skill …`: IT's tools for signed skill bundles — keys, pack, sign, install, list, roll back. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callRobot, type RobotAddress } from '../../admin/admin-client';
import type { InstallResult } from '../../robot/skill-packages/install';
import { generateSigningKey, keyIdOf, signContent } from '../../robot/skill-packages/keys';
import { metadataPathFor, type SignedContent } from '../../robot/skill-packages/metadata';
import { packSkill } from '../../robot/skill-packages/pack';
import type { Applied, SkillListing } from '../../robot/skill-packages/skill-admin';
import type { RollbackResult } from '../../robot/skill-packages/versions';
import { sha256Of } from '../../robot/skill-packages/verify';
import { configForCommand } from '../load-config';
import { skillAdminFor } from './skill-admin-for';

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

export interface RemoteOptions {
  config?: string;
  robot?: string;
  tokenFile?: string;
  fingerprint?: string;
  ca?: string;
}

/** The robot to drive: this one (its files), or another through its admin API. */
function remoteOf(options: RemoteOptions): RobotAddress | undefined {
  if (!options.robot) return undefined;
  const token = (options.tokenFile ? fs.readFileSync(options.tokenFile, 'utf8') : (process.env.LAIBAN_ADMIN_TOKEN ?? '')).trim();
  if (!token) throw new Error('--robot needs a token: --token-file FILE or LAIBAN_ADMIN_TOKEN');
  return { url: options.robot, token, ...(options.fingerprint ? { fingerprint: options.fingerprint } : {}), ...(options.ca ? { caFile: options.ca } : {}) };
}

/** The robot's answer; a refusal of the request itself (a wrong token, a bad request) is an error that says why. */
async function ask<T>(remote: RobotAddress, method: 'GET' | 'POST', where: string, body?: unknown): Promise<T> {
  const answer = await callRobot(remote, method, where, body);
  const error = (answer.body as { error?: unknown }).error;
  if (answer.status >= 400 && typeof error === 'string') throw new Error(`the robot said ${answer.status}: ${error}`);
  return answer.body as T;
}

/** When the change reaches the robot's answers. */
function whenItApplies(live: Applied<object>['live']): string {
  if (!live) return 'a robot running here loads it at its next start (drive a running robot with --robot to apply it at once)';
  if (live.kind === 'switched') return 'the running robot answers with it from the next question';
  if (live.kind === 'waiting') return 'the running robot is in a conversation and switches as soon as it is idle';
  return live.reason;
}

export async function skillInstallCommand(bundle: string, options: RemoteOptions & { force?: boolean }): Promise<number> {
  const remote = remoteOf(options);
  const file = path.resolve(bundle);
  const result = remote
    ? await ask<Applied<InstallResult>>(remote, 'POST', '/admin/skills', {
        bundle: fs.readFileSync(file).toString('base64'),
        metadata: JSON.parse(fs.readFileSync(metadataPathFor(file), 'utf8')) as unknown,
        force: options.force === true,
      })
    : await skillAdminFor(configForCommand(options.config, process.stderr)).installFile(file, operator(), options.force === true);
  if (result.kind === 'refused') return fail(`refused: ${result.reason}`);
  say(`installed ${result.skill} ${result.version} (release ${result.release})${result.previous ? `, was ${result.previous}` : ''}; ${whenItApplies(result.live)}`);
  return 0;
}

export async function skillListCommand(options: RemoteOptions): Promise<number> {
  const remote = remoteOf(options);
  const config = remote ? undefined : configForCommand(options.config, process.stderr);
  const listing = config ? skillAdminFor(config).list() : await ask<SkillListing[]>(remote!, 'GET', '/admin/skills');
  for (const s of listing) {
    say(`${s.skill} ${s.version ?? '(removed)'} — release ${s.highestRelease} seen, ${s.installed.length} installed${s.enabled ? '' : ', switched off'}`);
    if (s.switchedOff) say(`  ${s.switchedOff.reason} ${s.switchedOff.whatToDo}`);
  }
  for (const key of config?.skills.trustedKeys ?? []) say(`trusted key ${keyIdOf(key.publicKey)}${key.name ? ` (${key.name})` : ''}${key.revoked ? ' — revoked' : ''}`);
  return 0;
}

export async function skillRollbackCommand(skill: string, options: RemoteOptions): Promise<number> {
  const remote = remoteOf(options);
  const result = remote
    ? await ask<Applied<RollbackResult>>(remote, 'POST', `/admin/skills/${skill}/rollback`)
    : await skillAdminFor(configForCommand(options.config, process.stderr)).rollback(skill, operator());
  if (result.kind === 'refused') return fail(`refused: ${result.reason}`);
  say(`${skill}: back from ${result.from} to ${result.to}; ${whenItApplies(result.live)}`);
  return 0;
}

export async function skillSwitchCommand(skill: string, enabled: boolean, options: RemoteOptions): Promise<number> {
  const remote = remoteOf(options);
  const result = remote
    ? await ask<Applied<{ kind: 'done' } | { kind: 'refused'; reason: string }>>(remote, 'POST', `/admin/skills/${skill}/${enabled ? 'enable' : 'disable'}`)
    : await skillAdminFor(configForCommand(options.config, process.stderr)).setEnabled(skill, enabled, operator());
  if (result.kind === 'refused') return fail(`refused: ${result.reason}`);
  say(`${skill}: switched ${enabled ? 'on' : 'off'}; ${whenItApplies(result.live)}`);
  return 0;
}
