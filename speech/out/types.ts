import type { Lang } from '../../core/languages';
import type { SpeechText } from './sanitize';

export type SpeechEngineName = 'espeak-ng' | 'say' | 'wav';

/** How loud and how fast one utterance is said (quieter and slower at rest time). */
export interface VoiceStyle {
  /** espeak-ng's amplitude (-a): 100 is normal, 0 silent, 200 twice as loud. Engines without one ignore it. */
  volume: number;
  /** Words per minute. */
  rate: number;
}

/** What the robot talks through. Every implementation sanitises text and speaks one utterance at a time. */
export interface SpeechOut {
  readonly engine: SpeechEngineName;
  /**
   * Resolves when the utterance has been spoken (or skipped because nothing speakable was left after
   * sanitising, or cancelled by close()). Rejects with an Error whose message names the engine.
   */
  speak(text: string, lang: Lang, style?: VoiceStyle): Promise<void>;
  /** Barge-in: stops the current utterance and drops queued ones (their promises resolve); later speak() calls speak. */
  interrupt?(): void;
  /** Stops the current utterance, drops queued ones, and releases the engine. */
  close?(): Promise<void>;
}

/** The `speech` section of the robot's config. */
export interface SpeechOptions {
  engine: 'auto' | SpeechEngineName | 'none';
  /** Voice per language, in the chosen engine's own naming (espeak-ng: "sv", "en"; macOS say: "Alva"). */
  voices: Record<Lang, string>;
  /** Words per minute (espeak-ng -s; say.js gets rate / 175 as its speed ratio). */
  rate: number;
  /** Longest text spoken in one utterance; longer text is cut at a word boundary. */
  maxChars: number;
  /** Where the `wav` engine writes its numbered files. */
  wavDir: string;
  /** Defaults to process.platform; tests set it. */
  platform?: NodeJS.Platform;
}

/**
 * One engine, without the queue and the sanitiser: only guardBackend() calls it, and the SpeechText
 * type makes it impossible to hand an engine text that did not go through sanitizeForSpeech.
 */
export interface SpeechBackend {
  readonly engine: SpeechEngineName;
  /** Speaks one utterance; when `signal` aborts it stops the engine and resolves. */
  speak(text: SpeechText, lang: Lang, signal: AbortSignal, style?: VoiceStyle): Promise<void>;
  close?(): Promise<void>;
}
