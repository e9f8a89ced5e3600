/**
 * The trained half of the safeguarding detector: linear models over word and character n-grams, learnt
 * from labelled child utterances, so wording nobody wrote a cue for (an unlisted inflection, a new body
 * part, a garbled word) still scores. Two models: does this child need a grown-up (binary), and if so in
 * which situation (softmax over the categories). Small and deterministic: it trains in well under a second
 * at start-up and scores an utterance in microseconds.
 */
import { featuresOf } from '../features';
import { fnv1a32 } from '../hash';
import { normalizeUtterance, words } from '../normalize';
import { mulberry32, shuffleInPlace } from '../random';
import { SAFEGUARDING_CATEGORIES, type SafeguardingCategory } from './categories';
import { squeeze } from './patterns';
import { SparseRows } from './sparse-rows';

/** A labelled utterance: a category, "other_child" (someone else needs help, situation unlabelled) or "none". */
export interface NeedExample {
  text: string;
  category: SafeguardingCategory | 'other_child' | 'none';
}

export interface NeedScore {
  /** Probability that the child (or one they speak of) needs a grown-up. */
  need: number;
  /** The likeliest situation, and the probability of each, given that a grown-up is needed. */
  category: SafeguardingCategory;
  categories: ReadonlyMap<SafeguardingCategory, number>;
}

export interface TrainOptions {
  epochs?: number;
  seed?: number;
  /** L2 shrinkage per update, relative to the learning rate. */
  l2?: number;
  /**
   * Spoken forms read as their written word ("ja" → "jag", "e" → "är"), in training and scoring alike: the
   * blind sets write children's speech with them and the skills' sentences mostly do not, and without this
   * the scorer learnt that "ja" itself means a child needs help.
   */
  spokenForms?: ReadonlyMap<string, string>;
}

const BITS = 18;
const SIZE = 1 << BITS;
const K = SAFEGUARDING_CATEGORIES.length;

/** Hashed feature indices of an utterance (duplicates kept: a repeated word counts twice). */
function featureIndices(text: string, spokenForms: ReadonlyMap<string, string>): Uint32Array {
  const normalized = words(normalizeUtterance(text))
    .map((w) => {
      const squeezed = squeeze(w);
      return spokenForms.get(squeezed) ?? squeezed;
    })
    .join(' ');
  const features = featuresOf(normalized, 4);
  const out = new Uint32Array(features.length + 1);
  features.forEach((f, i) => {
    out[i] = fnv1a32(f) & (SIZE - 1);
  });
  out[features.length] = 0; // the bias
  return out;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export class NeedScorer {
  private constructor(
    private readonly needWeights: SparseRows,
    private readonly categoryWeights: SparseRows,
    private readonly spokenForms: ReadonlyMap<string, string>,
  ) {}

  static train(examples: readonly NeedExample[], options: TrainOptions = {}): NeedScorer {
    const epochs = options.epochs ?? 12;
    const l2 = options.l2 ?? 1e-4;
    const next = mulberry32(options.seed ?? 20261203);
    const need = new Float32Array(SIZE);
    const cats = new Float32Array(SIZE * K);
    const spokenForms = new Map([...(options.spokenForms ?? new Map<string, string>())].map(([from, to]) => [squeeze(from), squeeze(to)]));
    const prepared = examples.map((e) => ({ x: featureIndices(e.text, spokenForms), category: e.category }));
    const scale = (x: Uint32Array) => 1 / Math.sqrt(x.length);
    for (let epoch = 0; epoch < epochs; epoch++) {
      const rate = 0.5 / (1 + epoch * 0.5);
      for (const { x, category } of shuffleInPlace([...prepared], next)) {
        const s = scale(x);
        const y = category === 'none' ? 0 : 1;
        let z = 0;
        for (const i of x) z += need[i]! * s;
        const g = (y - sigmoid(z)) * rate;
        for (const i of x) need[i] = need[i]! * (1 - rate * l2) + g * s;
        const k = SAFEGUARDING_CATEGORIES.indexOf(category as SafeguardingCategory);
        if (k < 0) continue;
        const p = softmax(logits(cats, x, s));
        for (let c = 0; c < K; c++) {
          const gc = ((c === k ? 1 : 0) - p[c]!) * rate;
          for (const i of x) cats[i * K + c] = cats[i * K + c]! * (1 - rate * l2) + gc * s;
        }
      }
    }
    // A weight skipped is exactly 0, so a score is the same number as with the full tables (10 MB of them).
    return new NeedScorer(SparseRows.from(need, 1), SparseRows.from(cats, K), spokenForms);
  }

  /** The memory the trained weights take. */
  get weightBytes(): number {
    return this.needWeights.bytes + this.categoryWeights.bytes;
  }

  score(text: string): NeedScore {
    const x = featureIndices(text, this.spokenForms);
    const s = 1 / Math.sqrt(x.length);
    let z = 0;
    const need = this.needWeights.weights;
    for (const i of x) {
      const at = this.needWeights.offset(i);
      if (at >= 0) z += need[at]! * s;
    }
    const p = softmax(sparseLogits(this.categoryWeights, x, s));
    const categories = new Map<SafeguardingCategory, number>();
    let best = 0;
    SAFEGUARDING_CATEGORIES.forEach((c, k) => {
      categories.set(c, p[k]!);
      if (p[k]! > p[best]!) best = k;
    });
    return { need: sigmoid(z), category: SAFEGUARDING_CATEGORIES[best]!, categories };
  }
}

function logits(weights: Float32Array, x: Uint32Array, s: number): Float64Array {
  const z = new Float64Array(K);
  for (const i of x) for (let c = 0; c < K; c++) z[c]! += weights[i * K + c]! * s;
  return z;
}

function sparseLogits(rows: SparseRows, x: Uint32Array, s: number): Float64Array {
  const z = new Float64Array(K);
  const weights = rows.weights;
  for (const i of x) {
    const at = rows.offset(i);
    if (at >= 0) for (let c = 0; c < K; c++) z[c]! += weights[at + c]! * s;
  }
  return z;
}

function softmax(z: Float64Array): Float64Array {
  const max = Math.max(...z);
  let sum = 0;
  const out = new Float64Array(z.length);
  z.forEach((v, i) => {
    out[i] = Math.exp(v - max);
    sum += out[i]!;
  });
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}
