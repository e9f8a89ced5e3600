import type { IntentSpec, Lang, Slots } from '../../skills/sdk/types';
import { normalizeUtterance } from './normalize';
import { type SlotContext, slotFillers } from './slot-fillers';
import { type IntentClassifier, OUT_OF_SCOPE, type Understood } from './types';

/**
 * An urgent intent overrides the best-scoring one only with at least this much confidence: a calibrated
 * threshold can be near 0, and then every intent "passes". Phrases of urgent intents still win anywhere.
 */
const URGENT_OVERRIDE = 0.35;

export interface UnderstandRequest extends SlotContext {
  text: string;
  /** The child's language when known; otherwise the language whose examples matched best. */
  lang?: Lang;
  defaultLang: Lang;
}

/**
 * Text → intent and slots. Urgent intents (a child who is hurt) are found by their phrases anywhere
 * in the utterance and win over everything; other intents must clear the confidence threshold,
 * else the answer is "out of scope" rather than a confident guess.
 */
export class Understanding {
  private readonly urgentPhrases: { intent: string; lang: Lang; phrase: string }[];
  private readonly slotsOf = new Map<string, IntentSpec['slots']>();
  private readonly urgent = new Set<string>();

  constructor(
    private classifier: IntentClassifier,
    intents: readonly IntentSpec[],
    private minConfidence: number,
  ) {
    this.urgentPhrases = [];
    for (const spec of intents) {
      this.slotsOf.set(spec.id, spec.slots);
      if (spec.priority !== 'urgent') continue;
      this.urgent.add(spec.id);
      for (const [lang, list] of Object.entries(spec.examples) as [Lang, string[]][]) {
        for (const text of list) this.urgentPhrases.push({ intent: spec.id, lang, phrase: ` ${normalizeUtterance(text)} ` });
      }
    }
  }

  get classifierName(): string {
    return this.classifier.name;
  }

  /** Swaps in another classifier (the trained model once it is ready) between two questions. */
  useClassifier(classifier: IntentClassifier, minConfidence: number): void {
    this.classifier = classifier;
    this.minConfidence = minConfidence;
  }

  slotsFor(intent: string): IntentSpec['slots'] {
    return this.slotsOf.get(intent) ?? [];
  }

  async understand(req: UnderstandRequest): Promise<Understood> {
    const normalized = normalizeUtterance(req.text);
    const base = { text: req.text, normalized };
    if (!normalized) return { ...base, lang: req.lang ?? req.defaultLang, intent: OUT_OF_SCOPE, confidence: 0, slots: {} };

    const padded = ` ${normalized} `;
    const trigger = this.urgentPhrases.find((p) => padded.includes(p.phrase));
    if (trigger) {
      const lang = req.lang ?? trigger.lang;
      return { ...base, lang, intent: trigger.intent, confidence: 1, slots: this.fillSlots(trigger.intent, normalized, req) };
    }

    const scores = await this.classifier.classify(normalized, req.lang);
    const passing = scores.filter((s) => s.confidence >= this.minConfidence);
    const chosen = passing.find((s) => this.urgent.has(s.intent) && s.confidence >= URGENT_OVERRIDE) ?? passing[0];
    if (!chosen) {
      const guess = scores[0];
      const lang = req.lang ?? (guess && guess.confidence > 0.2 ? guess.lang : req.defaultLang);
      return { ...base, lang, intent: OUT_OF_SCOPE, confidence: 1 - (guess?.confidence ?? 0), slots: {} };
    }
    const lang = req.lang ?? chosen.lang;
    return { ...base, lang, intent: chosen.intent, confidence: chosen.confidence, slots: this.fillSlots(chosen.intent, normalized, req) };
  }

  fillSlots(intent: string, normalized: string, ctx: SlotContext): Slots {
    const slots: Slots = {};
    for (const kind of this.slotsFor(intent)) {
      const match = slotFillers[kind]?.(normalized, ctx);
      if (match) slots[kind] = match.value;
    }
    return slots;
  }
}
