import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';

const metaSchema = z.object({
  format: z.number().int(),
  skillSetHash: z.string(),
  onnxFile: z.string().regex(/^model-[0-9a-f]{16}\.onnx$/),
  onnxSha256: z.string(),
  labels: z.array(z.string()).min(2),
  buckets: z.number().int().positive(),
  threshold: z.number().min(0).max(1),
  seed: z.number().int(),
  trainedAt: z.string(),
  trainingSeconds: z.number(),
  examples: z.number().int(),
  validation: z.object({ accuracy: z.number(), oosPrecision: z.number(), oosRecall: z.number() }),
});

/** What is known about a trained model; stored beside it as meta.json. */
export type ModelMeta = z.infer<typeof metaSchema>;
export type NewModelMeta = Omit<ModelMeta, 'onnxFile' | 'onnxSha256'>;

export interface StoredModel {
  bytes: Uint8Array;
  meta: ModelMeta;
}

const META = 'meta.json';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Writes the ONNX file under a name of its own, then meta.json pointing to it: the rename of meta.json
 * is the moment the new model takes over, so a crash leaves the old model or the new one, whole. A stored
 * model's meta may be given as it is: its file name and checksum are made afresh from the bytes.
 */
export async function saveModel(dir: string, bytes: Uint8Array, meta: NewModelMeta): Promise<ModelMeta> {
  await fs.mkdir(dir, { recursive: true });
  const digest = sha256(bytes);
  const full: ModelMeta = { ...meta, onnxFile: `model-${digest.slice(0, 16)}.onnx`, onnxSha256: digest };
  await writeFileAtomic(path.join(dir, full.onnxFile), Buffer.from(bytes), { fsync: true });
  await writeFileAtomic(path.join(dir, META), JSON.stringify(full, null, 2), { fsync: true });
  await removeStaleModels(dir, full.onnxFile);
  return full;
}

async function removeStaleModels(dir: string, keep: string): Promise<void> {
  for (const file of await fs.readdir(dir)) {
    if (/^model-[0-9a-f]{16}\.onnx$/.test(file) && file !== keep) await fs.rm(path.join(dir, file), { force: true });
  }
}

export type LoadedModel = { kind: 'found'; model: StoredModel } | { kind: 'missing' } | { kind: 'broken'; reason: string };

/** The model in `dir`, checked against its recorded digest. */
export async function loadModel(dir: string): Promise<LoadedModel> {
  let rawMeta: string;
  try {
    rawMeta = await fs.readFile(path.join(dir, META), 'utf8');
  } catch {
    return { kind: 'missing' };
  }
  let meta: ModelMeta;
  try {
    meta = metaSchema.parse(JSON.parse(rawMeta));
  } catch (err) {
    return { kind: 'broken', reason: `${path.join(dir, META)} is not valid: ${(err as Error).message.split('\n')[0]}` };
  }
  try {
    const bytes = new Uint8Array(await fs.readFile(path.join(dir, meta.onnxFile)));
    if (sha256(bytes) !== meta.onnxSha256) return { kind: 'broken', reason: `${meta.onnxFile} does not match its recorded digest` };
    return { kind: 'found', model: { bytes, meta } };
  } catch (err) {
    return { kind: 'broken', reason: `${meta.onnxFile} cannot be read: ${(err as Error).message}` };
  }
}

/** How many skill sets' models are kept beside the current one (about 3 MB each). */
const KEPT_SETS = 4;
const setsDir = (dir: string) => path.join(dir, 'sets');

/**
 * Keeps a copy of a model under its skill set's hash, so switching back to that set (a rollback, a skill
 * switched on again) finds it instead of training again. The oldest copies beyond KEPT_SETS are removed.
 */
export async function keepForSet(dir: string, bytes: Uint8Array, meta: ModelMeta): Promise<void> {
  await saveModel(path.join(setsDir(dir), meta.skillSetHash.slice(0, 32)), bytes, meta);
  const kept = await fs.readdir(setsDir(dir));
  const byAge = await Promise.all(kept.map(async (name) => ({ name, at: (await fs.stat(path.join(setsDir(dir), name))).mtimeMs })));
  for (const old of byAge.sort((a, b) => b.at - a.at).slice(KEPT_SETS)) await fs.rm(path.join(setsDir(dir), old.name), { recursive: true, force: true });
}

/** The kept model for exactly this skill set, if there is one. */
export async function loadKeptForSet(dir: string, skillSetHash: string): Promise<StoredModel | undefined> {
  const found = await loadModel(path.join(setsDir(dir), skillSetHash.slice(0, 32)));
  return found.kind === 'found' && found.model.meta.skillSetHash === skillSetHash ? found.model : undefined;
}
