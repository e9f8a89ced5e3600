/** A skill folder as one signed-for file: a gzipped tar of the folder (manifest in index.js, sentences, tests). */
import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { validateSkill } from '../../skills/sdk/manifest-schema';
import { describeSkill } from '../sandbox/skill-sandbox';
import { sha256Of } from './verify';

export interface PackedBundle {
  file: string;
  skill: string;
  version: string;
  sha256: string;
}

export async function packSkill(dir: string, outDir: string): Promise<PackedBundle> {
  if (!fs.existsSync(path.join(dir, 'index.js'))) throw new Error(`${dir} has no index.js: a bundle holds compiled JavaScript`);
  // Described in the sandbox like any installed skill: packing never runs the skill's code in this process.
  const { manifest } = validateSkill({ manifest: describeSkill(dir), handle: () => undefined }, dir);
  const file = path.join(outDir, `${manifest.id}-${manifest.version}.tar.gz`);
  const entries = fs.readdirSync(dir).filter((name) => name !== 'node_modules' && !name.startsWith('.')).sort();
  await tar.create({ gzip: true, file, cwd: dir, portable: true, noMtime: true }, entries);
  return { file, skill: manifest.id, version: manifest.version, sha256: sha256Of(file) };
}

/** Unpacks into an empty folder; entries that would land outside it (absolute or ../ paths, links) are refused by tar. */
export async function unpackBundle(file: string, dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  await tar.extract({ file, cwd: dir, strict: true, preservePaths: false, filter: (_p, entry) => !('type' in entry) || entry.type === 'File' || entry.type === 'Directory' });
}
