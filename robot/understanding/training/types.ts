import type { Lang } from '../../../core/languages';

/** One labelled utterance; `intent` is an intent id or "oos" (out of scope). Text is as a child or a recogniser would give it. */
export interface TrainingExample {
  text: string;
  intent: string;
  lang: Lang;
}
