/** A signing key, the joke example as versions 1.0.0 and 1.1.0, and a robot's skill folders, for the bundle tests. */
import fs from 'node:fs';
import path from 'node:path';
import { builtinSkills } from '../../skills/builtin';
import { installBundle, type InstallOptions } from '../../robot/skill-packages/install';
import { generateSigningKey, signContent } from '../../robot/skill-packages/keys';
import { metadataPathFor, type SignedContent } from '../../robot/skill-packages/metadata';
import { packSkill } from '../../robot/skill-packages/pack';
import { type SkillPaths, skillPaths } from '../../robot/skill-packages/paths';
import { sha256Of } from '../../robot/skill-packages/verify';
import { tempDir } from '../support/robot-harness';

export const NOW = new Date('2026-12-04T10:00:00Z');
const JOKE = path.resolve(__dirname, '../../skills/examples/joke');

export type Key = ReturnType<typeof generateSigningKey>;
export const newKey = (): Key => generateSigningKey();

/** The joke example at `version`, its first joke replaced by `firstJoke` when given. */
export function jokeSkill(version: string, firstJoke?: string, handleBody?: string): string {
  const dir = path.join(tempDir('laiban-joke-'), 'joke');
  fs.cpSync(JOKE, dir, { recursive: true });
  let code = fs.readFileSync(path.join(dir, 'index.js'), 'utf8').replace("version: '1.0.0'", `version: '${version}'`);
  if (firstJoke) code = code.replace(/\{ sv: 'Vad säger en snögubbe[^}]*\}/, `{ sv: '${firstJoke}', en: '${firstJoke}' }`);
  if (handleBody) code = code.replace(/handle[^{]*\{/, (m) => `${m} ${handleBody}`);
  fs.writeFileSync(path.join(dir, 'index.js'), code);
  return dir;
}

export async function signedBundle(dir: string, key: Key, signed: Partial<SignedContent> & { release: number }): Promise<string> {
  const packed = await packSkill(dir, tempDir('laiban-bundle-'));
  const content: SignedContent = { skill: packed.skill, version: packed.version, expires: '2027-06-01T00:00:00Z', sha256: sha256Of(packed.file), ...signed };
  fs.writeFileSync(metadataPathFor(packed.file), JSON.stringify({ signed: content, signatures: [signContent(content, key.privateKeyPem)] }));
  return packed.file;
}

export interface Robot {
  paths: SkillPaths;
  install(bundle: string, extra?: Partial<InstallOptions>): ReturnType<typeof installBundle>;
}

export function robotWith(trusted: InstallOptions['trusted']): Robot {
  const dataDir = tempDir('laiban-robot-');
  const paths = skillPaths(dataDir, path.join(dataDir, 'skills'));
  fs.mkdirSync(paths.versionsDir, { recursive: true });
  return {
    paths,
    install: (bundle, extra = {}) =>
      installBundle(bundle, { paths, trusted, robotVersion: '0.1.0', now: NOW, builtin: builtinSkills, timeoutMs: 3000, who: 'it-anna', ...extra }),
  };
}
