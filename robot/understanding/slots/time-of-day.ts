import type { SlotMatch } from '../slot-fillers';
import { matchPhrases } from './phrases';

export type TimeOfDay = 'now' | 'morning' | 'forenoon' | 'afternoon' | 'evening' | 'later';

const TIMES: readonly (readonly [TimeOfDay, readonly string[]])[] = [
  ['now', ['nu', 'just nu', 'right now', 'now']],
  ['morning', ['i morse', 'imorse', 'på morgonen', 'in the morning', 'this morning']],
  ['forenoon', ['i förmiddag', 'på förmiddagen', 'före lunch', 'before lunch']],
  ['afternoon', ['i eftermiddag', 'på eftermiddagen', 'efter lunch', 'efter maten', 'this afternoon', 'in the afternoon', 'after lunch']],
  ['evening', ['i kväll', 'ikväll', 'på kvällen', 'tonight', 'this evening', 'in the evening']],
  ['later', ['sen', 'sedan', 'senare', 'later', 'later today', 'senare idag']],
];

export function extractTimeOfDay(normalized: string): SlotMatch | undefined {
  return matchPhrases(normalized, TIMES);
}
