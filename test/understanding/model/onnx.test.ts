import { normalizeUtterance } from '../../../robot/understanding/normalize';
import { OnnxIntentClassifier } from '../../../robot/understanding/model/onnx-classifier';
import { exportOnnx } from '../../../robot/understanding/model/onnx-export';
import { readOnnxModelInfo } from '../../../robot/understanding/model/onnx-metadata';
import { predictProbabilities, trainIntentModel, type TrainedModel } from '../../../robot/understanding/model/train';
import { smallHeldOutSet, smallTrainSet } from './small-swedish-set';

const texts = [...smallTrainSet, ...smallHeldOutSet].map((e) => normalizeUtterance(e.text)).concat(['', 'what time is it', 'xyzzy plugh']);
const FIVE_MB = 5 * 1000 * 1000;

async function expectOnnxMatchesTypeScript(model: TrainedModel): Promise<void> {
  const classifier = await OnnxIntentClassifier.load(exportOnnx(model), model);
  try {
    for (const text of texts) {
      const fromOnnx = Array.from(await classifier.probabilities(text));
      const fromTs = Array.from(predictProbabilities(model, text));
      expect(fromOnnx).toHaveLength(model.labels.length);
      fromOnnx.forEach((p, i) => expect(Math.abs(p - (fromTs[i] as number))).toBeLessThan(1e-5));
    }
  } finally {
    await classifier.close();
  }
}

describe('exportOnnx', () => {
  const model = trainIntentModel(smallTrainSet, { seed: 1 });
  const bytes = exportOnnx(model);

  it('fits the default model in under 5 MB', () => {
    expect(bytes.length).toBeLessThan(FIVE_MB);
    expect(bytes.length).toBeGreaterThan(model.buckets * model.dim * 4);
  });

  it('writes byte-identical files for the same seed and data, different ones for another seed', () => {
    expect(Buffer.from(exportOnnx(trainIntentModel(smallTrainSet, { seed: 1 }))).equals(Buffer.from(bytes))).toBe(true);
    expect(Buffer.from(exportOnnx(trainIntentModel(smallTrainSet, { seed: 2 }))).equals(Buffer.from(bytes))).toBe(false);
  });

  it('carries labels and buckets in its metadata', () => {
    expect(readOnnxModelInfo(bytes)).toEqual({ labels: ['goodbye', 'lunch', 'oos', 'time', 'weather'], buckets: model.buckets });
  });

  it('runs in onnxruntime with the same probabilities as the TypeScript model (linear softmax)', async () => {
    await expectOnnxMatchesTypeScript(model);
  });

  it('runs in onnxruntime with the same probabilities as the TypeScript model (hidden ReLU layer)', async () => {
    await expectOnnxMatchesTypeScript(trainIntentModel(smallTrainSet, { seed: 3, buckets: 4096, dim: 16, hidden: 12, learningRate: 0.2 }));
  });
});

describe('OnnxIntentClassifier', () => {
  const model = trainIntentModel(smallTrainSet, { seed: 1 });
  let classifier: OnnxIntentClassifier;
  beforeAll(async () => {
    classifier = await OnnxIntentClassifier.load(exportOnnx(model), { labels: model.labels, buckets: model.buckets });
  });
  afterAll(async () => {
    await classifier.close();
  });

  it('scores every intent, best first', async () => {
    const scores = await classifier.classify('kan du kolla vad klockan är');
    expect(classifier.name).toBe('onnx');
    expect(scores.map((s) => s.intent).sort()).toEqual(['goodbye', 'lunch', 'oos', 'time', 'weather']);
    expect(scores[0]?.intent).toBe('time');
    for (let i = 1; i < scores.length; i++) expect(scores[i - 1]!.confidence).toBeGreaterThanOrEqual(scores[i]!.confidence);
    expect(scores.reduce((sum, s) => sum + s.confidence, 0)).toBeCloseTo(1, 5);
  });

  it('classifies phrasings it never saw like the TypeScript model does', async () => {
    for (const ex of smallHeldOutSet) {
      const text = normalizeUtterance(ex.text);
      const probabilities = Array.from(predictProbabilities(model, text));
      const expected = model.labels[probabilities.indexOf(Math.max(...probabilities))];
      expect((await classifier.classify(text))[0]?.intent).toBe(expected);
    }
  });

  it('labels scores with the given language, else the detected one, else Swedish', async () => {
    expect((await classifier.classify('vad är klockan', 'en')).every((s) => s.lang === 'en')).toBe(true);
    expect((await classifier.classify('what time is it')).every((s) => s.lang === 'en')).toBe(true);
    expect((await classifier.classify('vad är klockan')).every((s) => s.lang === 'sv')).toBe(true);
    expect((await classifier.classify('')).every((s) => s.lang === 'sv')).toBe(true);
  });

  it('refuses a label list that does not match the model', async () => {
    await expect(OnnxIntentClassifier.load(exportOnnx(model), { labels: ['time', 'oos'], buckets: model.buckets })).rejects.toThrow(
      /gives 5 probabilities but 2 labels/,
    );
  });
});
