/**
 * How much a child hears at once: a four-year-old stops listening after one or two short sentences. Every
 * spoken answer (and every part of a longer one) keeps within this budget; the built-in skills are checked
 * against it in the test run, and a skill author can check their own replies the same way.
 */
import type { Localized, Reply } from './types';
import { LANGS } from './types';

export const MAX_SENTENCES = 2;
/** Words in one part, both sentences together. */
export const MAX_WORDS = 22;

const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+/u).filter((s) => s.trim() !== '');
const wordsOf = (text: string): string[] => text.split(/\s+/u).filter((w) => /\p{L}|\d/u.test(w));

/** What is wrong with one spoken text, or undefined when a child can take it in. */
export function overBudget(text: string): string | undefined {
  const sentences = sentencesOf(text).length;
  const words = wordsOf(text).length;
  if (sentences > MAX_SENTENCES) return `${sentences} sentences (at most ${MAX_SENTENCES}): "${text}"`;
  if (words > MAX_WORDS) return `${words} words (at most ${MAX_WORDS}): "${text}"`;
  return undefined;
}

export const wordCount = (text: string): number => wordsOf(text).length;

/** Every phrasing and part of a reply, in every language, that goes past the budget. */
export function replyOverBudget(reply: Reply): string[] {
  const texts: Localized[] = [reply.speech, ...(reply.variants ?? []), ...(reply.more ?? [])];
  return texts.flatMap((t) => LANGS.map((lang) => overBudget(t[lang])).filter((p): p is string => p !== undefined));
}
