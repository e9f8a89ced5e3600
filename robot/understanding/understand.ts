import type { Lang } from '../../core/languages';
import type { IntentSpec, Slots } from '../../skills/sdk/types';
import { cleanUtterance, normalizeUtterance } from './normalize';
import type { Detection } from './safeguarding/categories';
import { SafeguardingDetector } from './safeguarding/detect';
import { type SlotContext, slotFillers } from './slot-fillers';
import { type IntentClassifier, NEEDS_ADULT, OUT_OF_SCOPE, type Understood } from './types';

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
 * Text → intent and slots. First the safeguarding detector, on every utterance and apart from the intent
 * model: a child who needs a grown-up is answered by the safeguarding layer whatever the model says. Then
 * urgent intents' phrases, then the classifier, whose intents must clear the confidence threshold, else the
 * answer is "out of scope" rather than a confident guess. When the detector is only unsure, it asks the child
 * unless the model is sure of another intent; an urgent intent the model picks alone becomes such a question.
 */
export class Understanding {
  private readonly urgentPhrases: { intent: string; lang: Lang; phrase: string }[];
  private readonly slotsOf = new Map<string, IntentSpec['slots']>();
  private readonly urgent = new Set<string>();

  constructor(
    private classifier: IntentClassifier,
    intents: readonly IntentSpec[],
    private minConfidence: number,
    private readonly detector: SafeguardingDetector = new SafeguardingDetector(),
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
    const normalized = normalizeUtterance(cleanUtterance(req.text));
    const base = { text: req.text, normalized };
    if (!normalized) return { ...base, lang: req.lang ?? req.defaultLang, intent: OUT_OF_SCOPE, confidence: 0, slots: {} };

    const detection = this.detector.detect(normalized, { lang: req.lang, roster: req.roster });
    const joke = detection === undefined && this.detector.isJoke(normalized);
    const safeguard = (found: Detection, lang: Lang): Understood => ({
      ...base,
      lang,
      intent: NEEDS_ADULT,
      confidence: found.score,
      slots: this.fillSlots(NEEDS_ADULT, normalized, req),
      safeguarding: found,
    });
    if (detection && detection.level !== 'unsure') return safeguard(detection, req.lang ?? detection.lang);

    const padded = ` ${normalized} `;
    const trigger = this.urgentPhrases.find((p) => padded.includes(p.phrase));
    if (trigger) {
      const lang = req.lang ?? trigger.lang;
      return safeguard(detection ?? unsureAbout(1, lang), lang);
    }

    // A classifier that fails (a broken model file, the runtime) answers nothing; the detector's finding still stands.
    const scores = await Promise.resolve()
      .then(() => this.classifier.classify(normalized, req.lang))
      .catch(() => []);
    const passing = scores.filter((s) => s.confidence >= this.minConfidence);
    const chosen = passing.find((s) => this.urgent.has(s.intent) && s.confidence >= URGENT_OVERRIDE) ?? passing[0];
    const sureOfAnother = chosen !== undefined && chosen.intent !== OUT_OF_SCOPE && !this.urgent.has(chosen.intent);
    // An emergency word ("det luktar rök") is always asked about, however sure the model is of small talk.
    if (detection && (detection.raiseOnSilence || !sureOfAnother)) return safeguard(detection, req.lang ?? detection.lang);
    if (chosen && this.urgent.has(chosen.intent) && !joke) return safeguard(unsureAbout(chosen.confidence, chosen.lang), req.lang ?? chosen.lang);
    if (!chosen || (joke && this.urgent.has(chosen.intent))) {
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

/** What the model alone suggests (an urgent intent, no cue the detector knows): ask the child. */
function unsureAbout(score: number, lang: Lang): Detection {
  return { lang, category: 'help_call', level: 'unsure', about: 'self', score: Math.round(score * 1000) / 1000, raiseOnSilence: false, cues: ['intent model'] };
}
