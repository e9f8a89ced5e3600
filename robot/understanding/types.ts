import type { Lang } from '../../core/languages';
import type { Slots } from '../../skills/sdk/types';
import type { Detection } from './safeguarding/categories';

export const OUT_OF_SCOPE = 'oos';

/** The intent every safeguarding finding is reported as (the eval sets and the panel's counts use it). */
export const NEEDS_ADULT = 'needs_adult';

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
  /** Set when a child may need a grown-up: the safeguarding layer answers, whatever the intent model said. */
  safeguarding?: Detection;
}
