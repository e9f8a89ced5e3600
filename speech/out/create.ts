import { DEFAULT_ESPEAK_BINARY, createEspeakBackend, espeakUnavailableReason, type EspeakSettings } from './espeak';
import { hasAudioOutput } from './device';
import { guardBackend } from './guard';
import { assertValidSpeechOptions } from './options';
import { createSayBackend, sayUnavailableReason } from './say';
import type { SpeechBackend, SpeechOptions, SpeechOut } from './types';
import { createWavSinkBackend } from './wav-sink';
import { AudioCache } from './audio-cache';
import { createStreamingEspeakBackend } from './espeak-stream';
import { aplayPlayer, type Player } from './player';

/** Either a voice, or why there is none; the caller prints the reason once and shows answers as text. */
export type SpeechOutChoice = { kind: 'on'; out: SpeechOut } | { kind: 'off'; reason: string };

/** What createSpeechOut probes; tests replace these. Not part of the config, so no config can run a program of its choosing. */
export interface SpeechOutDeps {
  espeakBinary: string;
  hasAudioOutput: () => Promise<boolean>;
  /** The body's mouth: espeak-ng and the WAV sink send the speech's loudness to it (0–100, 25 a second). */
  onMouth?: (open: number) => void;
  /** Where espeak-ng's streamed audio goes (default aplay); tests and the bench record it instead. */
  player?: Player;
}

type BackendChoice = { kind: 'ready'; backend: SpeechBackend } | { kind: 'off'; reason: string };

const DEFAULT_DEPS: SpeechOutDeps = { espeakBinary: DEFAULT_ESPEAK_BINARY, hasAudioOutput: () => hasAudioOutput() };

/**
 * `auto`: macOS and Windows speak through say; elsewhere espeak-ng, if it is installed and there is a
 * sound device. An engine named explicitly is trusted to have a device (it may be one the probe cannot
 * see), but its program must be there. Throws only for options that are out of range.
 */
export async function createSpeechOut(options: SpeechOptions, deps: Partial<SpeechOutDeps> = {}): Promise<SpeechOutChoice> {
  assertValidSpeechOptions(options);
  const { espeakBinary, hasAudioOutput: probeAudioOutput, onMouth, player } = { ...DEFAULT_DEPS, ...deps };
  const platform = options.platform ?? process.platform;
  const espeak: EspeakSettings = { binary: espeakBinary, voices: options.voices, rate: options.rate };

  const chosen = await chooseBackend();
  return chosen.kind === 'off' ? chosen : { kind: 'on', out: guardBackend(chosen.backend, options.maxChars) };

  async function chooseBackend(): Promise<BackendChoice> {
    switch (options.engine) {
      case 'none':
        return { kind: 'off', reason: 'speech is turned off in the config (speech.engine is "none")' };
      case 'wav':
        return withEspeak(async () => {
          try {
            return { kind: 'ready', backend: await createWavSinkBackend({ ...espeak, dir: options.wavDir, ...(onMouth ? { onMouth } : {}) }) };
          } catch (error) {
            return { kind: 'off', reason: `wav: cannot use ${options.wavDir}: ${error instanceof Error ? error.message : String(error)}` };
          }
        });
      case 'espeak-ng':
        return withEspeak(async () => ({ kind: 'ready', backend: espeakBackend() }));
      case 'say':
        return sayBackend();
      case 'auto':
        if (platform === 'darwin' || platform === 'win32') return sayBackend();
        if (!(await probeAudioOutput())) return { kind: 'off', reason: 'no audio device found' };
        return withEspeak(async () => ({ kind: 'ready', backend: espeakBackend() }));
    }
  }

  /** Streamed sentence by sentence through aplay; with a mouth to move, a WAV first so its loudness can lead the mouth. */
  function espeakBackend(): SpeechBackend {
    if (onMouth) return createEspeakBackend(espeak, onMouth);
    return createStreamingEspeakBackend({ ...espeak, player: player ?? aplayPlayer(), cache: new AudioCache() });
  }

  async function withEspeak(create: () => Promise<BackendChoice>): Promise<BackendChoice> {
    const reason = await espeakUnavailableReason(espeakBinary);
    return reason === null ? create() : { kind: 'off', reason };
  }

  async function sayBackend(): Promise<BackendChoice> {
    const reason = await sayUnavailableReason(platform);
    if (reason !== null) return { kind: 'off', reason };
    const result = createSayBackend({ voices: options.voices, rate: options.rate, platform });
    return result.kind === 'ready' ? result : { kind: 'off', reason: result.reason };
  }
}
