import { LANGS, type Lang } from '../../core/languages';
import { toSpeechText } from './sanitize';
import type { SpeechBackend, SpeechOut, VoiceStyle } from './types';

/**
 * The one place between callers and engines: every text is sanitised (capped at `maxChars`) before a
 * backend sees it, and utterances are spoken one at a time in the order they were asked for, so answers
 * never talk over each other. interrupt() stops the current utterance and drops the queued ones (barge-in);
 * speech goes on with the next speak(). close() stops the current utterance; queued ones are dropped and their
 * promises resolve (a deliberate stop is not a failure). speak() after close() rejects.
 */
export function guardBackend(backend: SpeechBackend, maxChars: number): SpeechOut {
  const stop = new AbortController();
  /** Aborted by interrupt(): the current utterance and those queued before it; a new one gets a new controller. */
  let turnStop = new AbortController();
  let queueTail: Promise<void> = Promise.resolve();
  let closing: Promise<void> | null = null;

  return {
    engine: backend.engine,

    speak(text: string, lang: Lang, style?: VoiceStyle): Promise<void> {
      if (stop.signal.aborted) return Promise.reject(new Error(`${backend.engine}: speech output is closed`));
      if (!LANGS.includes(lang)) return Promise.reject(new Error(`${backend.engine}: unknown language "${String(lang)}"`));
      const speechText = toSpeechText(text, maxChars);
      const signal = AbortSignal.any([stop.signal, turnStop.signal]);
      const turn = queueTail.then(() => (speechText === null || signal.aborted ? undefined : backend.speak(speechText, lang, signal, style)));
      queueTail = turn.catch(() => undefined); // one failed utterance must not block the ones after it
      return turn;
    },

    interrupt(): void {
      turnStop.abort();
      turnStop = new AbortController();
    },

    close(): Promise<void> {
      closing ??= (async () => {
        stop.abort();
        await queueTail;
        await backend.close?.();
      })();
      return closing;
    },
  };
}
