import { InferenceSession, Tensor } from 'onnxruntime-node';
import type { Lang } from '../../../core/languages';
import { detectLanguage } from '../language';
import type { IntentClassifier, IntentScore } from '../types';
import { featureIds } from './features';
import { INPUT_NAME, OUTPUT_NAME } from './onnx-io-names';
import type { OnnxModelInfo } from './onnx-metadata';

// One thread and no parallel executor: a single short utterance is far cheaper than waking a thread pool.
const SESSION_OPTIONS: InferenceSession.SessionOptions = {
  intraOpNumThreads: 1,
  interOpNumThreads: 1,
  executionMode: 'sequential',
  graphOptimizationLevel: 'all',
  logSeverityLevel: 3,
};

/** The trained intent model run by onnxruntime: one session.run per utterance, every label scored. */
export class OnnxIntentClassifier implements IntentClassifier {
  readonly name = 'onnx';

  private constructor(
    private readonly session: InferenceSession,
    private readonly info: OnnxModelInfo,
  ) {}

  static async load(onnxBytes: Uint8Array, info: OnnxModelInfo): Promise<OnnxIntentClassifier> {
    const session = await InferenceSession.create(onnxBytes, SESSION_OPTIONS);
    const classifier = new OnnxIntentClassifier(session, { labels: [...info.labels], buckets: info.buckets });
    try {
      // Also warms the session up, so the first child's question is not the slow one.
      const outputs = await classifier.probabilities('');
      if (outputs.length !== info.labels.length) {
        throw new Error(`model gives ${outputs.length} probabilities but ${info.labels.length} labels were given`);
      }
    } catch (err) {
      await session.release();
      throw err;
    }
    return classifier;
  }

  async classify(normalized: string, lang?: Lang): Promise<IntentScore[]> {
    const probabilities = await this.probabilities(normalized);
    const scoreLang = lang ?? detectLanguage(normalized) ?? 'sv';
    return this.info.labels
      .map((intent, i) => ({ intent, confidence: probabilities[i] as number, lang: scoreLang }))
      .sort((a, b) => b.confidence - a.confidence);
  }

  /** Raw output of the graph, one probability per label in label order. */
  async probabilities(normalized: string): Promise<Float32Array> {
    const ids = featureIds(normalized, this.info.buckets);
    const input = new BigInt64Array(ids.length);
    for (let i = 0; i < ids.length; i++) input[i] = BigInt(ids[i] as number);
    const result = await this.session.run({ [INPUT_NAME]: new Tensor('int64', input, [ids.length]) });
    const output = result[OUTPUT_NAME];
    if (!output) throw new Error(`model has no "${OUTPUT_NAME}" output`);
    return output.data as Float32Array;
  }

  async close(): Promise<void> {
    await this.session.release();
  }
}
