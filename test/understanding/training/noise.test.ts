import {
  addFiller,
  addNoise,
  asRecognized,
  dropWord,
  duplicateWord,
  FILLERS,
  mergeWords,
  numbersAsWords,
  numberWords,
  SPOKEN_FORMS,
  spokenForms,
  swapNeighbours,
} from '../../../robot/understanding/training/noise';
import { createRng } from '../../../robot/understanding/random';

const TEXT = 'vad blir det för mat idag';
const WORDS = TEXT.split(' ');
const seeds = Array.from({ length: 25 }, (_, i) => i + 1);

describe('noise', () => {
  it('asRecognized: lower case, no punctuation, single spaces', () => {
    expect(asRecognized('  Vad blir det för MAT,  Laiban?! ')).toBe('vad blir det för mat laiban');
  });

  it('dropWord: one word fewer, the rest in order; short texts untouched', () => {
    for (const seed of seeds) {
      const out = dropWord(TEXT, createRng(seed)).split(' ');
      expect(out).toHaveLength(WORDS.length - 1);
      const gap = WORDS.findIndex((w, i) => out[i] !== w);
      expect([...WORDS.slice(0, gap), ...WORDS.slice(gap + 1)]).toEqual(out);
    }
    expect(dropWord('regnar det', createRng(1))).toBe('regnar det');
  });

  it('mergeWords: two neighbours run together ("vadblir")', () => {
    for (const seed of seeds) {
      const out = mergeWords(TEXT, createRng(seed));
      expect(out.split(' ')).toHaveLength(WORDS.length - 1);
      expect(out.replace(/ /g, '')).toBe(TEXT.replace(/ /g, ''));
    }
    expect(mergeWords('mat', createRng(1))).toBe('mat');
  });

  it('swapNeighbours: the same words, two neighbours in the other order', () => {
    for (const seed of seeds) {
      const out = swapNeighbours(TEXT, createRng(seed)).split(' ');
      const changed = out.map((w, i) => (w === WORDS[i] ? -1 : i)).filter((i) => i >= 0);
      expect(changed).toHaveLength(2);
      expect(changed[1]! - changed[0]!).toBe(1);
      expect([...out].sort()).toEqual([...WORDS].sort());
    }
  });

  it('duplicateWord: one word said twice in a row', () => {
    for (const seed of seeds) {
      const out = duplicateWord(TEXT, createRng(seed)).split(' ');
      expect(out).toHaveLength(WORDS.length + 1);
      const twice = out.findIndex((w, i) => i > 0 && out[i - 1] === w);
      expect(twice).toBeGreaterThan(0);
      expect([...out.slice(0, twice), ...out.slice(twice + 1)]).toEqual(WORDS);
    }
  });

  it('numbersAsWords: digits spelled out the way a recogniser writes them', () => {
    expect(numbersAsWords('jag är 5 år och har 24 bilar', 'sv')).toBe('jag är fem år och har tjugofyra bilar');
    expect(numbersAsWords('i am 5 and have 24 cars', 'en')).toBe('i am five and have twenty four cars');
    expect(numbersAsWords('vad är 100 plus 0 år 2026', 'sv')).toBe('vad är hundra plus noll år 2026');
    expect(numberWords(17, 'sv')).toBe('sjutton');
    expect(numberWords(40, 'en')).toBe('forty');
    expect(numberWords(101, 'en')).toBeUndefined();
  });

  it('spokenForms: children\'s and recognisers\' spellings, each phrase rewritten once', () => {
    const forms = SPOKEN_FORMS.sv.find(([p]) => p === 'vad är det')![1];
    for (const seed of seeds) {
      const rng = createRng(seed);
      expect(forms.map((f) => `${f} för mat`)).toContain(spokenForms('vad är det för mat', 'sv', rng, 1));
      expect(spokenForms('vem hämtar mig', 'sv', rng, 1)).toBe('vem hämtar mej');
      expect(spokenForms('kan du se dig', 'sv', rng, 1)).toBe('kan du se dej');
      expect(spokenForms('vad blir det till mellanmål på tisdag', 'sv', rng, 1)).toMatch(/^(va blir de|vad blir de|va blire) (te|till) mellis på tisdan$/);
      expect(['imorrn', 'i morrn', 'imorron', 'i morgon']).toContain(spokenForms('imorgon', 'sv', rng, 1));
      expect(spokenForms('what is for lunch', 'en', rng, 1)).toBe('whats for lunch');
    }
    expect(spokenForms('vad är det för mat', 'sv', createRng(1), 0)).toBe('vad är det för mat');
  });

  it('addFiller: a filler word before (or after) the words', () => {
    for (const seed of seeds) {
      const out = addFiller(TEXT, 'sv', createRng(seed));
      const filler = out.startsWith(`${TEXT} `) ? out.slice(TEXT.length + 1) : out.slice(0, out.length - TEXT.length - 1);
      expect(FILLERS.sv).toContain(filler);
      expect(out === `${filler} ${TEXT}` || out === `${TEXT} ${filler}`).toBe(true);
    }
  });

  it('addNoise: normalised, deterministic for a seed, and mostly still the question', () => {
    const once = seeds.map((s) => addNoise('Vad blir det för mat idag?', 'sv', createRng(s)));
    expect(seeds.map((s) => addNoise('Vad blir det för mat idag?', 'sv', createRng(s)))).toEqual(once);
    for (const out of once) expect(asRecognized(out)).toBe(out);
    expect(once.filter((o) => o.includes('mat')).length).toBeGreaterThan(seeds.length * 0.8);
  });
});
