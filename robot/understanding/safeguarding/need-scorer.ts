/**
 * The trained half of the safeguarding detector: linear models over word and character n-grams, learnt
 * from labelled child utterances, so wording nobody wrote a cue for (an unlisted inflection, a new body
 * part, a garbled word) still scores. Two models: does this child need a grown-up (binary), and if so in
 * which situation (softmax over the categories). Small and deterministic: it trains in about a second
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
  /** The learning rate, the same in every epoch (a falling one stopped the models short of fitting the sets). */
  rate?: number;
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
const EMERGENCY = SAFEGUARDING_CATEGORIES.indexOf('emergency');
/** The category index of an example about another child (situation unlabelled). */
const OTHER_CHILD = K;
/**
 * A word or a pair of words says more than a piece of one: they weigh this much against a character n-gram
 * (leave-one-set-out: AUC of need 99.5 → 99.6, and at the same false asks more needs reach the act threshold).
 */
const WORD_VALUE = 3;

/** An utterance's hashed features, their values, and the scale that keeps long utterances from scoring high by length. */
interface Encoded {
  index: Uint32Array;
  value: Float32Array;
  scale: number;
}

/**
 * Words and adjacent pairs (weighing WORD_VALUE), pairs with one word between ("ont … foten", "slog … huvudet":
 * a filler or an adjective no longer breaks them), character 3- and 4-grams of each word, and a bias.
 */
function encode(text: string, spokenForms: ReadonlyMap<string, string>): Encoded {
  const ws = words(normalizeUtterance(text)).map((w) => {
    const squeezed = squeeze(w);
    return spokenForms.get(squeezed) ?? squeezed;
  });
  const features = featuresOf(ws.join(' '), 4, { skipPairs: true });
  const index = new Uint32Array(features.length + 1);
  const value = new Float32Array(features.length + 1);
  let total = 1;
  features.forEach((f, i) => {
    index[i] = fnv1a32(f) & (SIZE - 1);
    value[i] = f.startsWith('w:') || f.startsWith('b:') ? WORD_VALUE : 1;
    total += value[i]!;
  });
  index[features.length] = 0; // the bias
  value[features.length] = 1;
  return { index, value, scale: 1 / Math.sqrt(total) };
}

/** An example the model already gets this nearly right is left as it is (most, after a few epochs; training takes less time). */
const SETTLED = 0.01;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const squeezedForms = (forms: ReadonlyMap<string, string>): Map<string, string> => new Map([...forms].map(([from, to]) => [squeeze(from), squeeze(to)]));

/** "LNS" and a version: a change to the features or the tables must raise WEIGHTS_FORMAT, so old weights are not read as new. */
const WEIGHTS_MAGIC = Uint8Array.from([0x4c, 0x4e, 0x53, 0x00]);
const WEIGHTS_FORMAT = 1;

export class NeedScorer {
  private constructor(
    private readonly needWeights: SparseRows,
    private readonly categoryWeights: SparseRows,
    private readonly spokenForms: ReadonlyMap<string, string>,
  ) {}

  static train(examples: readonly NeedExample[], options: TrainOptions = {}): NeedScorer {
    const epochs = options.epochs ?? 12;
    const rate = options.rate ?? 2;
    const shrink = 1 - rate * (options.l2 ?? 1e-4);
    const next = mulberry32(options.seed ?? 20261203);
    const need = new Float32Array(SIZE);
    const cats = new Float32Array(SIZE * K);
    const spokenForms = squeezedForms(options.spokenForms ?? new Map<string, string>());
    const prepared = examples.map((e) => ({ ...encode(e.text, spokenForms), y: e.category === 'none' ? 0 : 1, k: e.category === 'other_child' ? OTHER_CHILD : SAFEGUARDING_CATEGORIES.indexOf(e.category as SafeguardingCategory) }));
    const z = new Float64Array(K);
    const gradient = new Float64Array(K);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (const { index, value, scale, y, k } of shuffleInPlace([...prepared], next)) {
        let sum = 0;
        for (let j = 0; j < index.length; j++) sum += need[index[j]!]! * value[j]!;
        const error = y - sigmoid(sum * scale);
        const g = error * rate * scale;
        if (Math.abs(error) >= SETTLED) for (let j = 0; j < index.length; j++) need[index[j]!] = need[index[j]!]! * shrink + g * value[j]!;
        if (k < 0) continue;
        z.fill(0);
        for (let j = 0; j < index.length; j++) {
          const row = index[j]! * K;
          for (let c = 0; c < K; c++) z[c]! += cats[row + c]! * value[j]!;
        }
        for (let c = 0; c < K; c++) z[c]! *= scale;
        softmaxInPlace(z);
        // Another child's need has no situation label but is no emergency (that label is its own): the
        // target is the model's own belief without emergency, so only the share of emergency is pushed down.
        const right = k === OTHER_CHILD ? 1 - z[EMERGENCY]! : z[k]!;
        if (1 - right < SETTLED) continue;
        for (let c = 0; c < K; c++) {
          const wanted = k === OTHER_CHILD ? (c === EMERGENCY ? 0 : z[c]! / right) : c === k ? 1 : 0;
          gradient[c] = (wanted - z[c]!) * rate * scale;
        }
        for (let j = 0; j < index.length; j++) {
          const row = index[j]! * K;
          for (let c = 0; c < K; c++) cats[row + c] = cats[row + c]! * shrink + gradient[c]! * value[j]!;
        }
      }
    }
    // A weight skipped is exactly 0, so a score is the same number as with the full tables (10 MB of them).
    return new NeedScorer(SparseRows.from(need, 1), SparseRows.from(cats, K), spokenForms);
  }

  /** The trained weights as bytes (a magic word and format, then the need rows and the category rows). */
  toBytes(): Uint8Array {
    const need = this.needWeights.toBytes();
    const cats = this.categoryWeights.toBytes();
    const out = new Uint8Array(8 + need.byteLength + cats.byteLength);
    out.set(WEIGHTS_MAGIC, 0);
    new DataView(out.buffer).setUint32(4, WEIGHTS_FORMAT, true);
    out.set(need, 8);
    out.set(cats, 8 + need.byteLength);
    return out;
  }

  /** A scorer from `toBytes`' weights: the same scores as the one that wrote them; an error names what is wrong with the bytes. */
  static fromBytes(bytes: Uint8Array, spokenForms: ReadonlyMap<string, string> = new Map()): NeedScorer {
    if (bytes.byteLength < 8 || WEIGHTS_MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('not need scorer weights (no magic word)');
    const format = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
    if (format !== WEIGHTS_FORMAT) throw new Error(`need scorer weights of format ${format}; this code reads format ${WEIGHTS_FORMAT}`);
    const need = SparseRows.fromBytes(bytes, 8, 1);
    const cats = SparseRows.fromBytes(bytes, need.end, K);
    if (cats.end !== bytes.byteLength) throw new Error(`need scorer weights: ${bytes.byteLength - cats.end} bytes after the last row`);
    return new NeedScorer(need.rows, cats.rows, squeezedForms(spokenForms));
  }

  /** The memory the trained weights take. */
  get weightBytes(): number {
    return this.needWeights.bytes + this.categoryWeights.bytes;
  }

  score(text: string): NeedScore {
    const { index, value, scale } = encode(text, this.spokenForms);
    const need = this.needWeights.weights;
    const cats = this.categoryWeights.weights;
    let sum = 0;
    const z = new Float64Array(K);
    for (let j = 0; j < index.length; j++) {
      const at = this.needWeights.offset(index[j]!);
      if (at >= 0) sum += need[at]! * value[j]!;
      const row = this.categoryWeights.offset(index[j]!);
      if (row >= 0) for (let c = 0; c < K; c++) z[c]! += cats[row + c]! * value[j]!;
    }
    for (let c = 0; c < K; c++) z[c]! *= scale;
    softmaxInPlace(z);
    const categories = new Map<SafeguardingCategory, number>();
    let best = 0;
    SAFEGUARDING_CATEGORIES.forEach((c, k) => {
      categories.set(c, z[k]!);
      if (z[k]! > z[best]!) best = k;
    });
    return { need: sigmoid(sum * scale), category: SAFEGUARDING_CATEGORIES[best]!, categories };
  }
}

function softmaxInPlace(z: Float64Array): void {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    z[i] = Math.exp(z[i]! - max);
    sum += z[i]!;
  }
  for (let i = 0; i < z.length; i++) z[i]! /= sum;
}
