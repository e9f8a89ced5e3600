import { words } from './normalize';

/**
 * Word unigrams (`w:`) and bigrams (`b:`), optionally pairs with one word between (`s:`), and character 3- to
 * `maxCharN`-grams of each word with `<` `>` boundary markers (`c:`), word by word: robust to small recognition
 * slips. The baseline uses trigrams, the trained model 3–5-grams, the safeguarding need scorer 3–4 and pairs
 * with a gap.
 */
export function featuresOf(normalized: string, maxCharN = 3, { skipPairs = false } = {}): string[] {
  const ws = words(normalized);
  const out: string[] = [];
  ws.forEach((w, i) => {
    out.push(`w:${w}`);
    if (i > 0) out.push(`b:${ws[i - 1]} ${w}`);
    if (skipPairs && i > 1) out.push(`s:${ws[i - 2]} ${w}`);
    const chars = Array.from(`<${w}>`);
    for (let n = 3; n <= maxCharN; n++) {
      for (let c = 0; c + n <= chars.length; c++) out.push(`c:${chars.slice(c, c + n).join('')}`);
    }
  });
  return out;
}

export type SparseVector = Map<string, number>;

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, v] of small) dot += v * (large.get(k) ?? 0);
  return dot;
}

/** Builds unit-length TF-IDF vectors; idf comes from the examples the matcher was built from. */
export function tfidfVector(features: readonly string[], idf: ReadonlyMap<string, number>, unseenIdf: number): SparseVector {
  const tf = new Map<string, number>();
  for (const f of features) tf.set(f, (tf.get(f) ?? 0) + 1);
  const vec: SparseVector = new Map();
  let norm = 0;
  for (const [f, n] of tf) {
    // Word features weigh more than character trigrams: a whole word is stronger evidence.
    const kind = f.startsWith('c:') ? 0.5 : 1;
    const weight = (1 + Math.log(n)) * (idf.get(f) ?? unseenIdf) * kind;
    vec.set(f, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [f, w] of vec) vec.set(f, w / norm);
  return vec;
}
