import { words } from '../normalize';

/**
 * Common words that sit one letter from a name ("säga" ~ Saga, "ella" ~ eller is two): never read as a
 * name by the fuzzy match. Exact matches still count, so a child really called Saga is found.
 */
const NOT_NAMES = new Set(['säga', 'sagt', 'mig', 'dig', 'sig', 'idag', 'ida', 'hem', 'hela', 'alla', 'alltså', 'eller', 'dagis', 'mamma', 'pappa', 'leka', 'lika', 'maten', 'mats']);

/** How a recogniser or a child may spell a name: w/v, ph/f, z/s, ck/k, double letters, a silent final h. */
function soundKey(word: string): string {
  return word
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/z/g, 's')
    .replace(/ck/g, 'k')
    .replace(/(.)\1+/g, '$1')
    .replace(/h$/, '');
}

/** Optimal string alignment distance (edits, with a swap of neighbours as one edit). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

export interface ChildMatch {
  /** The name as the roster spells it. */
  name: string;
  matched: string;
}

/** The roster child named in the utterance: exact first, then by sound, then one edit away (names of 5+ letters). */
export function extractChild(normalized: string, roster: readonly string[]): ChildMatch | undefined {
  if (roster.length === 0) return undefined;
  const tokens = words(normalized);
  const names = roster.map((name) => ({ name, lower: name.toLowerCase(), key: soundKey(name.toLowerCase()) }));
  for (const token of tokens) {
    const exact = names.find((n) => n.lower === token);
    if (exact) return { name: exact.name, matched: token };
  }
  const candidates = tokens.filter((t) => t.length >= 3 && !NOT_NAMES.has(t));
  for (const token of candidates) {
    const bySound = names.find((n) => n.key === soundKey(token));
    if (bySound) return { name: bySound.name, matched: token };
  }
  for (const token of candidates) {
    const close = names.find((n) => n.lower.length >= 5 && editDistance(soundKey(token), n.key) <= 1);
    if (close) return { name: close.name, matched: token };
  }
  return undefined;
}
