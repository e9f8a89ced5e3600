import { ModelManager } from '../../../robot/understanding/lifecycle/model-manager';
import { type ModelMeta, saveModel } from '../../../robot/understanding/lifecycle/model-files';
import { gatherLanguage } from '../../../robot/understanding/training/language';
import { skillSetHash } from '../../../robot/understanding/lifecycle/skill-set-hash';
import type { TrainResult } from '../../../robot/understanding/lifecycle/train-model';
import { createSilentLogger } from '../../../robot/runtime/log';
import type { IntentClassifier } from '../../../robot/understanding/types';
import type { IntentSpec } from '../../../skills/sdk/types';
import { tempDir } from '../../support/robot-harness';

const { language } = gatherLanguage([]);
const intents: IntentSpec[] = [{ id: 'time', examples: { sv: ['vad är klockan'] }, slots: [], priority: 'normal' }];

function result(accuracy: number, bytes = [accuracy * 100]): TrainResult {
  return {
    bytes: new Uint8Array(bytes),
    conflicts: [],
    stats: {},
    meta: {
      format: 1,
      skillSetHash: skillSetHash({ intents, roster: [], language }),
      labels: ['time', 'oos'],
      buckets: 8,
      threshold: 0.4,
      seed: 1,
      trainedAt: '2026-11-23T22:00:00.000Z',
      trainingSeconds: 1,
      examples: 2,
      validation: { accuracy, oosPrecision: 0.9, oosRecall: 0.9 },
    },
  };
}

function manager(dir: string, train: () => Promise<TrainResult>) {
  const used: ModelMeta[] = [];
  const m = new ModelManager({
    dir,
    request: { intents, roster: [], seed: 1, language },
    train,
    open: async ({ meta }) => ({ name: `model-${meta.validation.accuracy}`, classify: async () => [] }) as IntentClassifier,
    use: (_c, meta) => void used.push(meta),
    log: createSilentLogger(),
  });
  return { m, used };
}

describe('intent model manager', () => {
  it('trains when there is no model, saves it and puts it to use', async () => {
    const dir = tempDir();
    const { m, used } = manager(dir, async () => result(0.96));
    expect(m.status).toEqual({ kind: 'baseline', reason: 'no model trained yet' });
    const started = await m.start();
    expect(started.upToDate).toBe(false);
    expect(await started.retrain).toMatchObject({ kind: 'swapped' });
    expect(used.map((u) => u.validation.accuracy)).toEqual([0.96]);
    expect(m.status).toMatchObject({ kind: 'model', retraining: false });
  });

  it('uses the stored model without training when the skills have not changed', async () => {
    const dir = tempDir();
    await saveModel(dir, new Uint8Array([1]), result(0.97).meta);
    const train = jest.fn(async () => result(0.5));
    const { m, used } = manager(dir, train);
    expect((await m.start()).upToDate).toBe(true);
    expect(train).not.toHaveBeenCalled();
    expect(used).toHaveLength(1);
  });

  it('keeps the model in use when the new one validates worse', async () => {
    const dir = tempDir();
    await saveModel(dir, new Uint8Array([1]), { ...result(0.97).meta, skillSetHash: 'older skills' });
    const { m, used } = manager(dir, async () => result(0.9));
    const outcome = await (await m.start()).retrain;
    expect(outcome).toEqual({ kind: 'kept', reason: 'it validates worse (0.900) than the model in use (0.970)' });
    expect(used.map((u) => u.validation.accuracy)).toEqual([0.97]);
  });

  it('keeps answering with what it has when training fails', async () => {
    const dir = tempDir();
    const { m } = manager(dir, async () => {
      throw new Error('out of memory');
    });
    const outcome = await (await m.start()).retrain;
    expect(outcome).toEqual({ kind: 'kept', reason: 'training failed: out of memory' });
    expect(m.status).toEqual({ kind: 'baseline', reason: 'training failed: out of memory' });
  });

  it('does not compare with a model trained on data made another way (an older format)', async () => {
    const dir = tempDir();
    await saveModel(dir, new Uint8Array([1]), { ...result(0.99).meta, format: 0, skillSetHash: 'older generator' });
    const { m, used } = manager(dir, async () => result(0.9));
    expect(await (await m.start()).retrain).toMatchObject({ kind: 'swapped' });
    expect(used.map((u) => u.validation.accuracy)).toEqual([0.99, 0.9]);
  });

  it('refuses a model whose validation accuracy shows training went wrong', async () => {
    const { m } = manager(tempDir(), async () => result(0.3));
    expect(await (await m.start()).retrain).toEqual({ kind: 'kept', reason: 'validation accuracy 0.300 is below 0.8' });
  });
});
