import type { SlotMatch } from './phrases';
import { readCommonSentences, slotPhrases } from '../../../skills/common';
import { matchPhrases } from './phrases';

export type TimeOfDay = 'now' | 'morning' | 'forenoon' | 'afternoon' | 'evening' | 'later';

/** The phrases live in skills/common/sentences, where templates draw their {timeOfDay} from too. */
let table: readonly (readonly [TimeOfDay, readonly string[]])[] | undefined;
const times = () => (table ??= slotPhrases(readCommonSentences(), 'timeOfDay') as [TimeOfDay, string[]][]);

export function extractTimeOfDay(normalized: string): SlotMatch | undefined {
  return matchPhrases(normalized, times());
}
