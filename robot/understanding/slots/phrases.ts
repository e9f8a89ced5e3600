/** A slot's value and the words of the utterance that named it. */
export interface SlotMatch {
  value: string;
  /** The words of the utterance that named the value. */
  matched: string;
}

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
