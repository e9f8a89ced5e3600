import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { followEnvelope, wavLoudness } from './loudness';
import type { Lang } from '../../core/languages';
import { runProcess, summarizeStderr, type ProcessOutcome } from './run-process';
import type { SpeechText } from './sanitize';
import type { SpeechBackend, VoiceStyle } from './types';

export const DEFAULT_ESPEAK_BINARY = 'espeak-ng';
export const DEFAULT_ESPEAK_VOICES: Readonly<Record<Lang, string>> = { sv: 'sv', en: 'en' };

export interface EspeakSettings {
  /** Program to run; a path only in tests and odd installs (never taken from the robot's config). */
  binary: string;
  voices: Record<Lang, string>;
  /** Words per minute; espeak-ng's own default is 175. */
  rate?: number;
  /** Amplitude (-a), 100 being espeak-ng's own default. */
  volume?: number;
}

/** The settings with one utterance's loudness and speed. */
export function styled<T extends EspeakSettings>(settings: T, style: VoiceStyle | undefined): T {
  return style ? { ...settings, rate: style.rate, volume: style.volume } : settings;
}

/** `-v voice [-s rate] [-a volume] [-w wav] -- text`; the `--` keeps text that starts with "-" from being read as an option. */
export function espeakArgs(settings: EspeakSettings, text: SpeechText, lang: Lang, wavPath?: string): string[] {
  const args = ['-v', settings.voices[lang]];
  if (settings.rate !== undefined) args.push('-s', String(Math.round(settings.rate)));
  if (settings.volume !== undefined) args.push('-a', String(Math.round(settings.volume)));
  if (wavPath !== undefined) args.push('-w', wavPath);
  args.push('--', text);
  return args;
}

/** Plays on the default sound device. Resolves early, with the engine stopped, if `signal` aborts. */
export async function speakWithEspeak(settings: EspeakSettings, text: SpeechText, lang: Lang, signal?: AbortSignal): Promise<void> {
  const outcome = await runProcess(settings.binary, espeakArgs(settings, text, lang), { signal });
  throwIfEspeakFailed(outcome, settings.binary, 'could not play audio');
}

/** Writes the utterance as a RIFF/WAVE file (espeak-ng: 16-bit mono PCM, 22050 Hz). */
export async function synthesizeWavWithEspeak(
  settings: EspeakSettings,
  text: SpeechText,
  lang: Lang,
  wavPath: string,
  signal?: AbortSignal,
): Promise<void> {
  const outcome = await runProcess(settings.binary, espeakArgs(settings, text, lang, wavPath), { signal });
  throwIfEspeakFailed(outcome, settings.binary, `could not write ${wavPath}`);
}

/** Null when espeak-ng runs; otherwise the reason, fit to show a person. */
export async function espeakUnavailableReason(binary: string): Promise<string | null> {
  const outcome = await runProcess(binary, ['--version'], { signal: AbortSignal.timeout(5000) });
  if (outcome.kind === 'exited' && outcome.code === 0) return null;
  if (outcome.kind === 'aborted') return `espeak-ng (${binary}) did not answer --version within 5 s`;
  return espeakFailure(outcome, binary, 'did not start')?.message ?? `espeak-ng (${binary}) did not start`;
}

/**
 * With a mouth to move: the utterance is written to a WAV file first, played with aplay, and its loudness
 * sent to `onMouth` in time with the playing.
 */
export async function speakWithEspeakAndMouth(settings: EspeakSettings, text: SpeechText, lang: Lang, signal: AbortSignal, onMouth: (open: number) => void): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'laiban-say-'));
  const wavPath = path.join(dir, 'utterance.wav');
  try {
    await synthesizeWavWithEspeak(settings, text, lang, wavPath, signal);
    const envelope = wavLoudness(await readFile(wavPath));
    const [played] = await Promise.all([runProcess('aplay', ['-q', wavPath], { signal }), followEnvelope(envelope, onMouth, signal)]);
    if (played.kind !== 'exited' || played.code !== 0) throw new Error(`espeak-ng: aplay could not play the audio (${played.kind === 'exited' ? `exit ${played.code}` : played.kind})`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function createEspeakBackend(settings: EspeakSettings, onMouth?: (open: number) => void): SpeechBackend {
  return {
    engine: 'espeak-ng',
    speak: (text, lang, signal, style) =>
      onMouth ? speakWithEspeakAndMouth(styled(settings, style), text, lang, signal, onMouth) : speakWithEspeak(styled(settings, style), text, lang, signal),
  };
}

function throwIfEspeakFailed(outcome: ProcessOutcome, binary: string, whatFailed: string): void {
  const failure = espeakFailure(outcome, binary, whatFailed);
  if (failure) throw failure;
}

function espeakFailure(outcome: ProcessOutcome, binary: string, whatFailed: string): Error | null {
  switch (outcome.kind) {
    case 'aborted':
      return null;
    case 'not-found':
      return new Error(
        binary === DEFAULT_ESPEAK_BINARY
          ? 'espeak-ng is not installed (apt-get install espeak-ng)'
          : `espeak-ng is not installed: no program at ${binary} (apt-get install espeak-ng)`,
      );
    case 'failed-to-start':
      return new Error(`espeak-ng could not start: ${outcome.message}`);
    case 'killed':
      return new Error(`espeak-ng was killed by ${outcome.signal}: ${summarizeStderr(outcome.stderr)}`);
    case 'exited':
      if (outcome.code !== 0) return new Error(`espeak-ng exited with code ${outcome.code}: ${summarizeStderr(outcome.stderr)}`);
      // espeak-ng 1.51 exits 0 when it cannot open the sound device; it only says so on stderr.
      if (/^error:/im.test(outcome.stderr)) return new Error(`espeak-ng ${whatFailed}: ${summarizeStderr(outcome.stderr)}`);
      return null;
  }
}
