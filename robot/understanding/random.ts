/**
 * Seeded randomness for training data and training: the same seed gives the same numbers on every
 * machine. mulberry32 is tiny, fast and good enough for picking templates, noise and initial weights.
 */
import { fnv1a32 } from './hash';

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element; the array must not be empty. */
  pick<T>(items: readonly T[]): T;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
  };
  return rng;
}

/** A stream for one purpose ("lunch:sv", "oos:en"…): adding an intent leaves the others' examples unchanged. */
export function rngFor(seed: number, key: string): Rng {
  return createRng((fnv1a32(key) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0);
}

/** Fisher–Yates, in place, driven by `next` (a mulberry32 function or an Rng's next). */
export function shuffleInPlace<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}
