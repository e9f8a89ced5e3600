import type { Lang, Slots } from '../../skills/sdk/types';

export const OUT_OF_SCOPE = 'oos';

/** One intent's score for an utterance; `lang` is the language of the evidence that matched. */
export interface IntentScore {
  intent: string;
  confidence: number;
  lang: Lang;
}

/**
 * What turns normalised text into ranked intents. The baseline matcher implements it now; the
 * ONNX model (its own issue) implements it later, and both are measured on the same data.
 */
export interface IntentClassifier {
  readonly name: string;
  /** Scores for every known intent, best first. `lang` restricts to that language when given. */
  classify(normalized: string, lang?: Lang): Promise<IntentScore[]>;
}

export interface Understood {
  text: string;
  normalized: string;
  lang: Lang;
  intent: string;
  confidence: number;
  slots: Slots;
}
