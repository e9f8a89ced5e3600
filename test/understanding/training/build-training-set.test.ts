import { normalizeUtterance } from '../../../robot/understanding/normalize';
import {
  buildTrainingSet,
  claimant,
  findExampleConflicts,
  generateTrainingSet,
  outOfScopeShare,
  type TrainingExample,
  trainingSetStats,
} from '../../../robot/understanding/training';
import { gatherLanguage } from '../../../robot/understanding/training/language';
import { builtinSkills } from '../../../skills/builtin';
import { defineSkill } from '../../../skills/sdk';
import type { IntentSpec } from '../../../skills/sdk/types';

const { intents, language } = gatherLanguage(builtinSkills);
const intent = (id: string, sv: string[], en?: string[], more: Partial<IntentSpec> = {}): IntentSpec =>
  defineSkill({
    manifest: {
      id,
      version: '1.0.0',
      name: { sv: id, en: id },
      description: { sv: id, en: id },
      languages: en ? ['sv', 'en'] : ['sv'],
      intents: [{ id, examples: en ? { sv, en } : { sv }, ...more }],
    },
    handle: () => ({ speech: { sv: 'ja', en: 'yes' }, expression: 'happy' }),
  }).manifest.intents[0]!;

let examples: TrainingExample[];
beforeAll(() => {
  examples = buildTrainingSet(intents, { seed: 7, language });
});

describe('the training set for the built-in skills', () => {
  it('is the same list for the same seed and another list for another seed', () => {
    expect(buildTrainingSet(intents, { seed: 7, language })).toEqual(examples);
    const other = buildTrainingSet(intents, { seed: 8, language });
    expect(other).not.toEqual(examples);
    expect(new Set(other.map((e) => e.text))).not.toEqual(new Set(examples.map((e) => e.text)));
  });

  it('is 6,000–17,000 examples (how long it takes: npm run bench:skills)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6000);
    expect(examples.length).toBeLessThanOrEqual(17000);
  });

  it('has at least 200 examples of every intent in both languages, and out-of-scope ones too', () => {
    const stats = trainingSetStats(examples);
    expect(Object.keys(stats).sort()).toEqual([...intents.map((i) => i.id), 'oos'].sort());
    for (const [label, counts] of Object.entries(stats)) {
      expect({ label, enough: counts.sv >= 200 && counts.en >= 200 }).toEqual({ label, enough: true });
    }
    const total = Object.values(stats).reduce((n, c) => n + c.sv + c.en, 0);
    expect(total).toBe(examples.length);
  });

  it('keeps out-of-scope examples between 15 and 35 % of the set', () => {
    const share = outOfScopeShare(examples);
    expect(share).toBeGreaterThanOrEqual(0.15);
    expect(share).toBeLessThanOrEqual(0.35);
  });

  it('never puts one text under two labels, nor twice', () => {
    const seen = new Map<string, string>();
    const twice = examples.filter((ex) => seen.has(ex.text) || !seen.set(ex.text, ex.intent));
    expect(twice).toEqual([]);
  });

  it('includes every manifest example, normalised, under its own intent and language', () => {
    const byText = new Map(examples.map((e) => [e.text, e]));
    for (const spec of intents) {
      for (const lang of ['sv', 'en'] as const) {
        for (const raw of spec.examples[lang] ?? []) {
          const found = byText.get(normalizeUtterance(raw));
          expect({ raw, intent: found?.intent }).toEqual({ raw, intent: spec.id });
        }
      }
    }
  });

  it('gives text as a recogniser would: normalised and never empty', () => {
    expect(examples.filter((ex) => ex.text.length === 0 || normalizeUtterance(ex.text) !== ex.text)).toEqual([]);
  });

  it('puts names from the default roster into pickup questions', () => {
    const pickup = examples.filter((e) => e.intent === 'pickup').map((e) => ` ${e.text} `);
    expect(pickup.some((t) => t.includes(' alva ') || t.includes(' hugo ') || t.includes(' noah '))).toBe(true);
  });

  it('contains hard negatives: words of the questions about the day in talk that only chat answers, or nothing', () => {
    const claim = claimant(intents, { ...language.lists, child: { sv: ['alva'], en: ['alva'] } }, 'sv');
    const labels = new Map(examples.map((e) => [e.text, e.intent]));
    const texts = ['min mamma lagar god mat', 'jag gillar inte tomater', 'klockan på väggen är röd', 'min hund heter måndag', 'vi har en robot hemma', 'pappa har en röd bil'];
    expect(texts.map((t) => ({ t, chatOrNothing: /^(oos|social_\w+)$/.test(labels.get(t) ?? claim(t) ?? '') }))).toEqual(texts.map((t) => ({ t, chatOrNothing: true })));
  });
});

describe('the roster', () => {
  it('puts the children of this preschool into pickup questions', () => {
    const spec = intent('pickup', ['vem hämtar mig'], ['who is picking me up'], { slots: ['child', 'date'] });
    const withSentences = { ...spec, sentences: { sv: ['vem hämtar {child} [{date}]'], en: ['who is picking up {child}'] } };
    const set = buildTrainingSet([withSentences], {
      seed: 1,
      roster: ['Zlatan', 'Ingrid-Marie', 'Åke'],
    });
    const pickup = set.filter((e) => e.intent === 'pickup').map((e) => ` ${e.text} `);
    for (const name of ['zlatan', 'ingrid marie', 'åke']) expect(pickup.some((t) => t.includes(` ${name} `))).toBe(true);
  });
});

describe('conflicts', () => {
  const shared = [
    intent('lunch', ['vad blir det för mat', 'Vad äter vi?']),
    intent('menu', ['vad äter vi', 'vad står det på menyn']),
    intent('hurt', ['jag har ont', 'vad äter vi'], undefined, { priority: 'urgent' }),
  ];

  it('names every manifest example two intents share, after normalising', () => {
    expect(findExampleConflicts(shared)).toEqual([
      { text: 'vad äter vi', intents: ['lunch', 'menu'] },
      { text: 'vad äter vi', intents: ['lunch', 'hurt'] },
      { text: 'vad äter vi', intents: ['menu', 'hurt'] },
    ]);
    expect(findExampleConflicts(intents)).toEqual([]);
  });

  it('gives a shared example to the urgent intent, or to neither, and counts the collision', () => {
    const report = generateTrainingSet(shared, { seed: 3, language });
    expect(report.examples.filter((e) => e.text === 'vad äter vi')).toEqual([{ text: 'vad äter vi', intent: 'hurt', lang: 'sv' }]);
    expect(report.conflicts).toHaveLength(3);
    expect(report.dropped.collisions).toBeGreaterThanOrEqual(1);

    const noUrgent = generateTrainingSet(shared.slice(0, 2), { seed: 3, language });
    expect(noUrgent.examples.some((e) => e.text === 'vad äter vi')).toBe(false);
  });

  it('never labels a generated text with an intent whose example it is not, when it is another intent\'s example', () => {
    const report = generateTrainingSet(intents, { seed: 11, language });
    const owner = new Map<string, string>();
    for (const spec of intents) for (const list of Object.values(spec.examples)) for (const t of list ?? []) owner.set(normalizeUtterance(t), spec.id);
    expect(report.examples.filter((ex) => owner.has(ex.text) && owner.get(ex.text) !== ex.intent)).toEqual([]);
  });
});

describe('an installed skill without templates', () => {
  it('is widened from its own examples, only in its languages, and not beyond a dozen variants per example', () => {
    const joke = intent('joke', ['berätta ett skämt', 'kan du ett skämt', 'säg något roligt laiban', 'har du ett roligt skämt']);
    const set = buildTrainingSet([joke], { seed: 5, language });
    const jokes = set.filter((e) => e.intent === 'joke');
    expect(jokes.every((e) => e.lang === 'sv')).toBe(true);
    expect(jokes.length).toBeGreaterThan(20);
    expect(jokes.length).toBeLessThanOrEqual(4 * 12);
    expect(set.some((e) => e.intent === 'oos' && e.lang === 'en')).toBe(false);
    // The example skill's phrases win over the out-of-scope corpus, which also has "berätta ett skämt".
    expect(set.find((e) => e.text === 'berätta ett skämt')?.intent).toBe('joke');
  });
});
