import fs from 'node:fs';
import path from 'node:path';
import { loadModel, type NewModelMeta, saveModel } from '../../../robot/understanding/lifecycle/model-files';
import { tempDir } from '../../support/robot-harness';

const meta = (accuracy: number): NewModelMeta => ({
  format: 1,
  skillSetHash: 'abc',
  labels: ['time', 'oos'],
  buckets: 1024,
  threshold: 0.5,
  seed: 1,
  trainedAt: '2026-11-23T22:00:00.000Z',
  trainingSeconds: 1.5,
  examples: 10,
  validation: { accuracy, oosPrecision: 0.9, oosRecall: 0.9 },
});

describe('stored intent model', () => {
  it('is missing until one is saved, then loads with its metadata', async () => {
    const dir = tempDir();
    expect(await loadModel(dir)).toEqual({ kind: 'missing' });
    await saveModel(dir, new Uint8Array([1, 2, 3]), meta(0.9));
    const loaded = await loadModel(dir);
    expect(loaded.kind).toBe('found');
    if (loaded.kind !== 'found') return;
    expect([...loaded.model.bytes]).toEqual([1, 2, 3]);
    expect(loaded.model.meta.validation.accuracy).toBe(0.9);
  });

  it('replaces the old model and removes its file', async () => {
    const dir = tempDir();
    const first = await saveModel(dir, new Uint8Array([1]), meta(0.9));
    const second = await saveModel(dir, new Uint8Array([2]), meta(0.95));
    expect(fs.readdirSync(dir).sort()).toEqual(['meta.json', second.onnxFile].sort());
    expect(fs.existsSync(path.join(dir, first.onnxFile))).toBe(false);
  });

  it('keeps the old model when the process dies after writing the new ONNX file but before meta.json', async () => {
    const dir = tempDir();
    await saveModel(dir, new Uint8Array([1, 1]), meta(0.9));
    fs.writeFileSync(path.join(dir, 'model-00000000000000ff.onnx'), Buffer.from([9, 9])); // a new model, never committed
    const loaded = await loadModel(dir);
    expect(loaded.kind === 'found' && [...loaded.model.bytes]).toEqual([1, 1]);
  });

  it('reports a model file that does not match its digest instead of running it', async () => {
    const dir = tempDir();
    const saved = await saveModel(dir, new Uint8Array([1, 2, 3]), meta(0.9));
    fs.writeFileSync(path.join(dir, saved.onnxFile), Buffer.from([6, 6, 6]));
    expect(await loadModel(dir)).toEqual({ kind: 'broken', reason: `${saved.onnxFile} does not match its recorded digest` });
  });

  it('reports unreadable metadata', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'meta.json'), '{"format": 1');
    const loaded = await loadModel(dir);
    expect(loaded.kind).toBe('broken');
  });
});
