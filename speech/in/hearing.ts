/**
 * How sure the recogniser was of an utterance, from Vosk's words: the average confidence of the words it
 * knew, and the share of "[unk]" (speech outside the grammar). The text keeps only the known words.
 */
import { UNKNOWN_WORD } from './grammar';
import type { VoskWord } from './vosk';

export interface Hearing {
  /** The words heard, "[unk]" left out. */
  text: string;
  /** Average confidence (0–1) of the words that were not "[unk]"; 0 when there were none. */
  confidence: number;
  /** Share of the words that were "[unk]"; 0 when nothing was heard. */
  unknownShare: number;
}

export function hearingOf(heard: { text: string; words: readonly VoskWord[] }): Hearing {
  const words = heard.words.length > 0 ? heard.words : heard.text.split(/\s+/).filter(Boolean).map((word) => ({ word, conf: 1 }));
  const known = words.filter((w) => w.word !== UNKNOWN_WORD);
  const confidence = known.length ? known.reduce((sum, w) => sum + w.conf, 0) / known.length : 0;
  return {
    text: known.map((w) => w.word).join(' '),
    confidence: Math.round(confidence * 1000) / 1000,
    unknownShare: words.length ? Math.round(((words.length - known.length) / words.length) * 1000) / 1000 : 0,
  };
}
