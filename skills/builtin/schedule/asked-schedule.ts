/** What a schedule question asks: the day's plan, when an activity is, or what comes after one. */
import { weekdayFromWord } from '../../sdk';
import { mentions } from '../shared/text';
import { AFTER_WORDS, NOT_ACTIVITY_WORDS, TRAILING_WORDS, WHEN_WORDS } from './question-words';

export type ScheduleQuestion =
  /** "Vad ska vi göra idag?", and any question that names no activity. */
  | { kind: 'day' }
  /** "När ska vi gå ut?": `words` may name the activity, in the order said. */
  | { kind: 'when'; words: string[] }
  /** "Vad händer efter lunchen?": `said` is the child's own words for the activity ("lunchen"). */
  | { kind: 'after'; words: string[]; said: string };

const isDayWord = (word: string): boolean => weekdayFromWord(word) !== undefined;

function activityWords(words: readonly string[]): string[] {
  return words.filter((word) => !NOT_ACTIVITY_WORDS.has(word) && !isDayWord(word));
}

/** "lunchen på fredag laiban" → ["lunchen"]. */
function withoutTrailing(words: readonly string[]): string[] {
  let end = words.length;
  while (end > 0 && (TRAILING_WORDS.has(words[end - 1] ?? '') || isDayWord(words[end - 1] ?? ''))) end -= 1;
  return words.slice(0, end);
}

/** `text` is the normalised utterance (lower case, no punctuation). */
export function scheduleQuestion(text: string): ScheduleQuestion {
  const words = text.split(' ').filter((word) => word.length > 0);
  const after = words.findIndex((word) => AFTER_WORDS.includes(word));
  if (after >= 0) {
    const said = withoutTrailing(words.slice(after + 1));
    const named = activityWords(said);
    if (named.length > 0) return { kind: 'after', words: named, said: said.join(' ') };
  }
  if (mentions(text, WHEN_WORDS)) {
    const named = activityWords(words);
    if (named.length > 0) return { kind: 'when', words: named };
  }
  return { kind: 'day' };
}
