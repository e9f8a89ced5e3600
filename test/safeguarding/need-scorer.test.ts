import { SafeguardingDetector } from '../../robot/understanding/safeguarding/detect';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { labelledChildTalk, ordinaryTalk, SHIPPED_WEIGHTS, shipNeedScorer, shippedNeedScorer, sharedNeedScorer } from '../../robot/understanding/safeguarding/need-examples';
import { NeedScorer } from '../../robot/understanding/safeguarding/need-scorer';

describe('the need scorer', () => {
  it('ships its weights in a file the robot reads back to the same scores, and turns away a broken file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laiban-need-'));
    try {
      expect(shippedNeedScorer(dir)).toBeUndefined();
      const file = shipNeedScorer(dir);
      expect(path.basename(file)).toBe(SHIPPED_WEIGHTS);
      const shipped = shippedNeedScorer(dir)!;
      const trained = sharedNeedScorer();
      for (const text of ['jag har ont i magen', 'min kompis blöder jättemycket', 'vad blir det för mat idag', 'ja e ledsen för mamma gick', 'the dog bit me']) {
        expect(shipped.score(text)).toEqual(trained.score(text));
      }
      const bytes = fs.readFileSync(file);
      expect(() => NeedScorer.fromBytes(bytes.subarray(0, bytes.byteLength - 10))).toThrow(/cut short/);
      expect(() => NeedScorer.fromBytes(Buffer.from('hello world, not weights'))).toThrow(/magic/);
      // A file cut short is not read: the robot trains instead.
      fs.writeFileSync(file, bytes.subarray(0, 1000));
      expect(shippedNeedScorer(dir)).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('learns need and situation from labelled talk, the same weights on every run', () => {
    const examples = [
      ...['jag har ont i foten', 'min arm gör ont', 'jag slog mig i knät', 'det gör ont i handen'].map((text) => ({ text, category: 'hurt' as const })),
      ...['jag mår illa', 'jag ska kräkas', 'jag har feber', 'jag mår inte bra'].map((text) => ({ text, category: 'ill' as const })),
      ...['vad blir det för mat', 'vilken dag är det', 'vem hämtar mig', 'vad ska jag ha på mig'].map((text) => ({ text, category: 'none' as const })),
    ];
    const scorer = NeedScorer.train(examples, { epochs: 30 });
    const again = NeedScorer.train(examples, { epochs: 30 });
    const hurt = scorer.score('det gör ont i foten');
    expect(hurt.need).toBeGreaterThan(0.5);
    expect(hurt.category).toBe('hurt');
    expect(scorer.score('jag mår så illa').category).toBe('ill');
    expect(scorer.score('vad blir det för mat idag').need).toBeLessThan(0.5);
    expect(again.score('det gör ont i foten')).toEqual(hurt);
  });

  it('reads spoken forms as their written words, so "ja" itself is no sign of need', () => {
    const examples = [
      ...['ja har ont i foten', 'ja slog mej', 'ja e ledsen', 'ja mår illa'].map((text) => ({ text, category: 'hurt' as const })),
      ...['jag vill se på film', 'jag är glad', 'vad blir det för mat', 'jag vill leka'].map((text) => ({ text, category: 'none' as const })),
    ];
    const spokenForms = new Map([['ja', 'jag'], ['e', 'är'], ['mej', 'mig']]);
    const reading = NeedScorer.train(examples, { epochs: 30, spokenForms });
    const literal = NeedScorer.train(examples, { epochs: 30 });
    expect(reading.score('ja vill se på film').need).toBeCloseTo(reading.score('jag vill se på film').need, 10);
    expect(literal.score('ja vill se på film').need).toBeGreaterThan(literal.score('jag vill se på film').need);
  });

  it('is trained from the shipped sets and the robot’s ordinary questions', () => {
    const labelled = labelledChildTalk();
    expect(labelled.length).toBeGreaterThan(1500);
    expect(new Set(labelled.map((e) => e.category)).size).toBe(11);
    const ordinary = ordinaryTalk();
    expect(ordinary.filter((e) => e.category === 'none').length).toBeGreaterThan(2000);
    expect(ordinary.some((e) => e.text.includes('hämtar'))).toBe(true);
  });

  it('catches wording that no phrase rule lists, and leaves ordinary questions alone', () => {
    const rulesAlone = new SafeguardingDetector({ scorer: null });
    const withScorer = new SafeguardingDetector();
    for (const text of ['mina fingrar e vita och jag känner dom inte', 'jag känner inte mina tår']) {
      expect(rulesAlone.detect(text)).toBeUndefined();
      expect(withScorer.detect(text)).toBeDefined();
    }
    for (const text of ['vad blir det för mat idag', 'vem hämtar mig idag', 'min docka har ont i magen']) expect(withScorer.detect(text)).toBeUndefined();
  });
});
