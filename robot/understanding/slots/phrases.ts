import type { SlotMatch } from '../slot-fillers';

/** The first listed phrase (longest first within a value) that occurs as whole words; its value fills the slot. */
export function matchPhrases(normalized: string, table: readonly (readonly [value: string, phrases: readonly string[]])[]): SlotMatch | undefined {
  const padded = ` ${normalized} `;
  let best: SlotMatch | undefined;
  for (const [value, phrases] of table) {
    for (const phrase of phrases) {
      if (padded.includes(` ${phrase} `) && (!best || phrase.length > best.matched.length)) best = { value, matched: phrase };
    }
  }
  return best;
}
