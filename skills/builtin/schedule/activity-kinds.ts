/** Kinds of activity a child asks about in other words than the plan's: "gå ut" finds "utevistelse", "mellis" finds "mellanmål". */
import { wordsOf } from '../shared/text';
import { PLACES } from './places';

export type ActivityKind = 'out' | 'rest' | 'breakfast' | 'lunch' | 'snack' | 'fruit' | 'circle' | 'meal';

interface KindWords {
  /** Swedish joins words, so these are found inside longer ones: "vila" in "läsvila" and "vilan". */
  parts: readonly string[];
  /** Found at the start of a word: Swedish "ute-" words ("utevistelse", "utelek") are all outdoors. */
  starts?: readonly string[];
  /** Only as whole words: short ones ("ut") and English ones ("rest" is in "forest"). */
  whole: readonly string[];
}

/** The words of each kind, in questions and in plans. In this order the first kind that has a word wins: "lunch" asks for lunch, not any meal. */
const KIND_WORDS: Readonly<Record<ActivityKind, KindWords>> = {
  out: {
    parts: ['utomhus', ...PLACES.flatMap((place) => place.parts)],
    starts: ['ute'],
    whole: ['ut', 'out', 'outside', 'outdoor', 'outdoors', ...PLACES.flatMap((place) => place.whole)],
  },
  rest: { parts: ['vila', 'vilo', 'sova', 'sovstund'], whole: ['sov', 'sover', 'rest', 'nap', 'sleep'] },
  breakfast: { parts: ['frukost'], whole: ['breakfast'] },
  lunch: { parts: ['lunch'], whole: ['mat', 'maten'] },
  snack: { parts: ['mellis', 'mellanmål'], whole: ['snack'] },
  fruit: { parts: ['frukt'], whole: ['fruit'] },
  circle: { parts: ['samling'], whole: ['circle'] },
  meal: { parts: ['frukost', 'lunch', 'mellis', 'mellanmål', 'frukt'], whole: ['äta', 'äter', 'eat', 'breakfast', 'snack', 'fruit'] },
};

const KINDS = Object.keys(KIND_WORDS) as ActivityKind[];

function isKindWord(word: string, { parts, starts = [], whole }: KindWords): boolean {
  return whole.includes(word) || parts.some((part) => word.includes(part)) || starts.some((start) => word.startsWith(start));
}

/** The kind a word of a question names, if any. */
export function kindOf(word: string): ActivityKind | undefined {
  return KINDS.find((kind) => isKindWord(word, KIND_WORDS[kind]));
}

/** Whether an activity as the teachers wrote it ("Utevistelse på gården") is of the kind. */
export function isOfKind(what: string, kind: ActivityKind): boolean {
  return wordsOf(what).some((word) => isKindWord(word, KIND_WORDS[kind]));
}

/**
 * For words of the plan no kind knows: the same word, or one inside the other when the shorter has four
 * letters or more ("gympa" in "gympan"). Shorter words must match whole ("ut" is not in "utställning").
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 4 && longer.includes(shorter);
}
