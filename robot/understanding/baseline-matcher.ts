import type { Lang } from '../../core/languages';
import type { IntentSpec } from '../../skills/sdk/types';
import { cosine, featuresOf, type SparseVector, tfidfVector } from './features';
import { normalizeUtterance } from './normalize';
import type { IntentClassifier, IntentScore } from './types';

interface Example {
  intent: string;
  lang: Lang;
  vector: SparseVector;
}

/**
 * The baseline: nearest example by TF-IDF cosine over word and character n-grams. Simple, fast,
 * explainable, and the yardstick the trained model has to beat.
 */
export class BaselineMatcher implements IntentClassifier {
  readonly name = 'baseline';
  private readonly examples: Example[];
  private readonly idf = new Map<string, number>();
  private readonly unseenIdf: number;
  private readonly intents: string[];

  constructor(intents: readonly IntentSpec[]) {
    const raw: { intent: string; lang: Lang; features: string[] }[] = [];
    for (const spec of intents) {
      for (const [lang, list] of Object.entries(spec.examples) as [Lang, string[]][]) {
        for (const text of list) raw.push({ intent: spec.id, lang, features: featuresOf(normalizeUtterance(text)) });
      }
    }
    const docFreq = new Map<string, number>();
    for (const r of raw) for (const f of new Set(r.features)) docFreq.set(f, (docFreq.get(f) ?? 0) + 1);
    const n = Math.max(raw.length, 1);
    for (const [f, df] of docFreq) this.idf.set(f, Math.log((n + 1) / (df + 1)) + 1);
    this.unseenIdf = Math.log(n + 1) + 1;
    this.examples = raw.map((r) => ({ intent: r.intent, lang: r.lang, vector: tfidfVector(r.features, this.idf, this.unseenIdf) }));
    this.intents = intents.map((i) => i.id);
  }

  async classify(normalized: string, lang?: Lang): Promise<IntentScore[]> {
    const query = tfidfVector(featuresOf(normalized), this.idf, this.unseenIdf);
    const best = new Map<string, IntentScore>();
    for (const ex of this.examples) {
      if (lang && ex.lang !== lang) continue;
      const score = cosine(query, ex.vector);
      const current = best.get(ex.intent);
      if (!current || score > current.confidence) best.set(ex.intent, { intent: ex.intent, confidence: score, lang: ex.lang });
    }
    return this.intents
      .map((intent) => best.get(intent) ?? { intent, confidence: 0, lang: lang ?? 'sv' })
      .sort((a, b) => b.confidence - a.confidence);
  }
}
