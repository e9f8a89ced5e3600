/** What a schedule question asks: the day's plan, when an activity is, what comes after one, or whether we do one. */
import { weekdayFromWord } from '../../sdk';
import { mentions } from '../shared/text';
import {
  AFTER_WORDS,
  LEADING_WORDS,
  NOT_ACTIVITY_WORDS,
  NOT_YES_NO_WORDS,
  NOW_WORDS,
  TRAILING_WORDS,
  WHEN_WORDS,
  YES_NO_STARTS,
} from './question-words';

export type ScheduleQuestion =
  /** "Vad ska vi göra idag?", and any question that names no activity. */
  | { kind: 'day' }
  /** "När ska vi gå ut?": `words` may name the activity, in the order said. */
  | { kind: 'when'; words: string[] }
  /** "Vad händer efter lunchen?": `said` is the child's own words for the activity ("lunchen"). */
  | { kind: 'after'; words: string[]; said: string }
  /** "Har vi gympa idag?": `words` name what is asked for, in the order said. */
  | { kind: 'yesNo'; words: string[] };

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

/** The words after "har vi", "do we" …, when the question starts so (after a "hej" or a name) and asks no what or when; else none. */
function yesNoWords(words: readonly string[]): string[] {
  let start = 0;
  while (start < words.length && LEADING_WORDS.has(words[start] ?? '')) start += 1;
  const said = words.slice(start).join(' ');
  const opening = YES_NO_STARTS.find((phrase) => said.startsWith(`${phrase} `));
  if (!opening || words.some((word) => NOT_YES_NO_WORDS.includes(word))) return [];
  return activityWords(words.slice(start + opening.split(' ').length));
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
  const asked = yesNoWords(words);
  if (asked.length > 0) return mentions(text, NOW_WORDS) ? { kind: 'when', words: asked } : { kind: 'yesNo', words: asked };
  return { kind: 'day' };
}
