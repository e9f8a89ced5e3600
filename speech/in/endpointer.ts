/**
 * Where an utterance starts and ends, from the VAD's probability per 32 ms window. Speech starts after
 * `startMs` of speech (probability ≥ `onAt`), ends after `endSilenceMs` below `offAt`, and is cut at
 * `maxMs`. The reported start is the first speech window of the run that started it.
 * Defaults: Home Assistant Assist starts after 0.3 s and ends after 0.7 s; children pause mid-sentence,
 * so the end waits 0.8 s (see speech/README.md for what the clips showed).
 */
export interface EndpointSettings {
  onAt: number;
  offAt: number;
  startMs: number;
  endSilenceMs: number;
  maxMs: number;
}

export const DEFAULT_ENDPOINTS: EndpointSettings = { onAt: 0.5, offAt: 0.35, startMs: 300, endSilenceMs: 800, maxMs: 15000 };

export type EndpointEvent = { kind: 'start'; atMs: number } | { kind: 'end'; startMs: number; endMs: number; cut: boolean };

export class Endpointer {
  private readonly settings: EndpointSettings;
  private inSpeech = false;
  private runStart: number | undefined;
  private speechStart = 0;
  private lastSpeech = 0;

  constructor(
    private readonly windowMs: number,
    settings: Partial<EndpointSettings> = {},
  ) {
    this.settings = { ...DEFAULT_ENDPOINTS, ...settings };
  }

  /** The probability of the window that starts at `atMs`; returns what that window decided. */
  push(probability: number, atMs: number): EndpointEvent | undefined {
    const s = this.settings;
    const end = atMs + this.windowMs;
    if (!this.inSpeech) {
      if (probability >= s.onAt) {
        this.runStart ??= atMs;
        if (end - this.runStart >= s.startMs) {
          this.inSpeech = true;
          this.speechStart = this.runStart;
          this.lastSpeech = end;
          return { kind: 'start', atMs: this.speechStart };
        }
      } else if (probability < s.offAt) this.runStart = undefined;
      return undefined;
    }
    if (probability >= s.offAt) this.lastSpeech = end;
    if (end - this.speechStart >= s.maxMs) return this.finish(end, true);
    if (end - this.lastSpeech >= s.endSilenceMs) return this.finish(this.lastSpeech, false);
    return undefined;
  }

  /** The recording stopped: an utterance still open ends where its speech did. */
  flush(): EndpointEvent | undefined {
    return this.inSpeech ? this.finish(this.lastSpeech, false) : undefined;
  }

  private finish(endMs: number, cut: boolean): EndpointEvent {
    this.inSpeech = false;
    this.runStart = undefined;
    return { kind: 'end', startMs: this.speechStart, endMs, cut };
  }
}

/** Every utterance in a recording (16 kHz samples), with the given VAD. */
export async function findUtterances(
  samples: Float32Array,
  vad: { probability(window: Float32Array): Promise<number>; reset(): void },
  windowSamples: number,
  settings: Partial<EndpointSettings> = {},
): Promise<{ startMs: number; endMs: number; cut: boolean }[]> {
  vad.reset();
  const windowMs = (windowSamples / 16000) * 1000;
  const endpointer = new Endpointer(windowMs, settings);
  const out: { startMs: number; endMs: number; cut: boolean }[] = [];
  for (let i = 0; i + windowSamples <= samples.length; i += windowSamples) {
    const event = endpointer.push(await vad.probability(samples.subarray(i, i + windowSamples)), (i / 16000) * 1000);
    if (event?.kind === 'end') out.push({ startMs: event.startMs, endMs: event.endMs, cut: event.cut });
  }
  const last = endpointer.flush();
  if (last?.kind === 'end') out.push({ startMs: last.startMs, endMs: last.endMs, cut: last.cut });
  return out;
}
