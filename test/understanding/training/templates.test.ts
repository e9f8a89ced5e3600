import { normalizeUtterance } from '../../../robot/understanding/normalize';
import { createRng, mulberry32, rngFor, shuffleInPlace } from '../../../robot/understanding/random';
import { gatherLanguage } from '../../../robot/understanding/training/language';
import { DEFAULT_ROSTER, rosterValues } from '../../../robot/understanding/training/slot-values';
import { expandTemplate, templateRegExp, templateSlots } from '../../../robot/understanding/training/template';
import { builtinSkills } from '../../../skills/builtin';
import { LANGS } from '../../../core/languages';

const { intents, language, problems } = gatherLanguage(builtinSkills);
const lists = { ...language.lists, child: { sv: rosterValues(DEFAULT_ROSTER), en: rosterValues(DEFAULT_ROSTER) } };
const OOS_CORPUS = { sv: language.outOfScope.sv.sentences, en: language.outOfScope.en.sentences };

describe('seeded randomness', () => {
  it('repeats for a seed and differs between seeds and purposes', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(first[0]);
    expect(rngFor(1, 'lunch:sv').next()).not.toBe(rngFor(1, 'lunch:en').next());
    expect(shuffleInPlace([1, 2, 3, 4, 5, 6], createRng(9).next).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('templates', () => {
  it('expand choices, optional parts (with alternatives), nested groups and slots', () => {
    const seen = new Set<string>();
    const rng = createRng(1);
    for (let i = 0; i < 1000; i++) seen.add(expandTemplate('(vad|va) ska (jag|vi) ha [på (mig|oss)|ute] (idag|{meal})', 'sv', lists, rng));
    expect(seen.has('vad ska jag ha idag')).toBe(true);
    expect(seen.has('va ska vi ha på oss idag')).toBe(true);
    expect(seen.has('va ska jag ha mellis')).toBe(true);
    expect(seen.has('vad ska jag ha ute idag')).toBe(true);
    for (const text of seen) expect(text).toMatch(/^(vad|va) ska (jag|vi) ha( på (mig|oss)| ute)? \S/);
  });

  it('reject an unknown slot or an unclosed group', () => {
    expect(() => expandTemplate('vad blir det för {dessert}', 'sv', lists, createRng(1))).toThrow('{dessert}');
    expect(() => expandTemplate('(vad|va blir det', 'sv', lists, createRng(1))).toThrow('missing )');
  });

  it('match exactly what they can say', () => {
    const re = templateRegExp('(vad|va) (blir det|är det) för {meal} [idag]', 'sv', lists);
    expect(re.test('vad blir det för lunch idag')).toBe(true);
    expect(re.test('va är det för mellis')).toBe(true);
    expect(re.test('vad blir det för väder')).toBe(false);
    expect(re.test('jag undrar vad blir det för lunch')).toBe(false);
  });

  it('every intent and out-of-scope template uses known slots and expands in its language', () => {
    expect(problems).toEqual([]);
    const all = [
      ...intents.flatMap((i) => LANGS.map((lang) => [lang, i.sentences?.[lang] ?? []] as const)),
      ...LANGS.map((lang) => [lang, language.outOfScope[lang].templates] as const),
    ];
    for (const [lang, templates] of all) {
      for (const template of templates) {
        for (const slot of templateSlots(template)) expect({ template, slot, known: slot in lists }).toEqual({ template, slot, known: true });
        const out = expandTemplate(template, lang, lists, createRng(3));
        expect(out).not.toMatch(/[()[\]{}|]/);
      }
    }
  });

  it('exist for every built-in intent in both languages', () => {
    for (const spec of intents) {
      expect({ id: spec.id, sv: (spec.sentences?.sv?.length ?? 0) > 0, en: (spec.sentences?.en?.length ?? 0) > 0 }).toEqual({ id: spec.id, sv: true, en: true });
    }
  });
});

describe('the out-of-scope corpus', () => {
  const manifest = new Set(builtinSkills.flatMap((s) => s.manifest.intents.flatMap((i) => Object.values(i.examples).flat().map((t) => normalizeUtterance(t ?? '')))));
  const urgent = builtinSkills.flatMap((s) => s.manifest.intents.filter((i) => i.priority === 'urgent')).flatMap((i) => Object.values(i.examples).flat().map((t) => ` ${normalizeUtterance(t ?? '')} `));

  it('has at least 500 Swedish and 200 English sentences, none twice', () => {
    for (const [lang, min] of [['sv', 500], ['en', 200]] as const) {
      const texts = OOS_CORPUS[lang].map(normalizeUtterance);
      expect(new Set(texts).size).toBe(texts.length);
      expect(texts.length).toBeGreaterThanOrEqual(min);
    }
  });

  it('holds nothing a built-in skill answers, and nothing a hurt or sad child says', () => {
    for (const text of [...OOS_CORPUS.sv, ...OOS_CORPUS.en].map(normalizeUtterance)) {
      expect({ text, skillExample: manifest.has(text) }).toEqual({ text, skillExample: false });
      expect({ text, urgent: urgent.filter((p) => ` ${text} `.includes(p)) }).toEqual({ text, urgent: [] });
    }
  });
});
