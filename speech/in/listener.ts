/**
 * Live audio to utterances: 16 kHz samples in (from the microphone), Silero's probability per 32 ms
 * window, the endpointer, and each finished utterance out as its samples (padded by 0.2 s on each side,
 * so a soft first or last sound is not clipped). Windows are scored one after another, in order.
 */
import { Endpointer, type EndpointSettings } from './endpointer';
import { WINDOW, WINDOW_MS } from './silero-vad';

export const PAD_MS = 200;
const RATE = 16000;
const QUIET_KEEP_MS = 1500;

export interface HeardUtterance {
  startMs: number;
  endMs: number;
  cut: boolean;
  /** The utterance's 16-bit samples, padded. */
  samples: Int16Array;
}

export interface ListenerEvents {
  /** A voice started (after the endpointer's start time of speech): the moment to barge in. */
  onSpeechStart?(atMs: number): void;
  /**
   * The utterance's audio while it is spoken: from 0.2 s before its start, each VAD window as it is scored,
   * up to the window that ends it (so a recogniser can decode before the child has finished).
   */
  onSpeechAudio?(samples: Int16Array): void;
  onUtterance(utterance: HeardUtterance): void;
  onError?(err: Error): void;
}

export interface SpeechProbability {
  probability(window: Float32Array): Promise<number>;
  reset(): void;
}

export class Listener {
  private readonly endpointer: Endpointer;
  /** Samples not yet scored by the VAD. */
  private pending: number[] = [];
  /** Recent audio: samples from `keptFrom` (an absolute sample index) on. */
  private kept: Int16Array[] = [];
  private keptFrom = 0;
  private keptLength = 0;
  private scored = 0;
  /** Samples the VAD has scored. */
  private done = 0;
  private inSpeech = false;
  private work: Promise<void> = Promise.resolve();

  constructor(
    private readonly vad: SpeechProbability,
    private readonly events: ListenerEvents,
    settings: Partial<EndpointSettings> = {},
  ) {
    this.endpointer = new Endpointer(WINDOW_MS, settings);
    vad.reset();
  }

  /** Audio as it comes from the microphone, any chunk size. */
  push(samples: Int16Array): void {
    this.kept.push(samples);
    this.keptLength += samples.length;
    for (const s of samples) this.pending.push(s);
    while (this.pending.length >= WINDOW) {
      const window = Float32Array.from(this.pending.splice(0, WINDOW), (s) => s / 32768);
      const atMs = (this.scored / RATE) * 1000;
      this.scored += WINDOW;
      this.work = this.work.then(() => this.score(window, atMs)).catch((err: Error) => this.events.onError?.(err));
    }
    // While quiet, keep enough to reach back to the start of a run that may yet become speech, plus the pad.
    if (!this.inSpeech) this.forgetBefore(this.done - msToSamples(QUIET_KEEP_MS));
  }

  /** Resolves when every window pushed so far has been scored. */
  settled(): Promise<void> {
    return this.work;
  }

  private async score(window: Float32Array, atMs: number): Promise<void> {
    const event = this.endpointer.push(await this.vad.probability(window), atMs);
    this.done = msToSamples(atMs) + WINDOW;
    if (this.inSpeech) this.events.onSpeechAudio?.(this.slice(atMs, atMs + WINDOW_MS));
    if (!event) return;
    if (event.kind === 'start') {
      this.inSpeech = true;
      this.events.onSpeechStart?.(event.atMs);
      this.events.onSpeechAudio?.(this.slice(event.atMs - PAD_MS, atMs + WINDOW_MS));
      return;
    }
    this.inSpeech = false;
    this.events.onUtterance({ startMs: event.startMs, endMs: event.endMs, cut: event.cut, samples: this.slice(event.startMs - PAD_MS, event.endMs + PAD_MS) });
  }

  /** The kept samples between two times, copying only the parts that overlap them. */
  private slice(fromMs: number, toMs: number): Int16Array {
    const from = Math.max(0, msToSamples(fromMs) - this.keptFrom);
    const to = Math.min(this.keptLength, msToSamples(toMs) - this.keptFrom);
    const out = new Int16Array(Math.max(0, to - from));
    let at = 0;
    for (const part of this.kept) {
      const start = Math.max(from - at, 0);
      const end = Math.min(to - at, part.length);
      if (end > start) out.set(part.subarray(start, end), at + start - from);
      at += part.length;
      if (at >= to) break;
    }
    return out;
  }

  private forgetBefore(sample: number): void {
    while (this.kept.length > 1 && this.keptFrom + this.kept[0]!.length < sample) {
      const first = this.kept.shift()!;
      this.keptFrom += first.length;
      this.keptLength -= first.length;
    }
  }
}

function msToSamples(ms: number): number {
  return Math.round((ms / 1000) * RATE);
}
