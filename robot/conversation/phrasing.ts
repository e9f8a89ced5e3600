/**
 * Which of a reply's phrasings the child hears: chosen by the moment of the question (so a test with a
 * fixed clock hears the same words every run), and never the phrasing the same question got last time.
 */
import type { Localized, Reply } from '../../skills/sdk/types';

/** The phrasing a question got: "the same question" is the same intent and the same words. */
export interface SaidBefore {
  key: string;
  index: number;
}

export function choosePhrasing(reply: Reply, key: string, now: Date, before: SaidBefore | undefined): { speech: Localized; said: SaidBefore } {
  const phrasings = [reply.speech, ...(reply.variants ?? [])];
  let index = Math.floor(now.getTime() / 1000) % phrasings.length;
  if (before?.key === key && before.index === index && phrasings.length > 1) index = (index + 1) % phrasings.length;
  return { speech: phrasings[index]!, said: { key, index } };
}
