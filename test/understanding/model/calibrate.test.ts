import { applyThreshold, calibrateThreshold, MIN_THRESHOLD, type TopPrediction } from '../../../robot/understanding/model/calibrate';

const top = (expected: string, label: string, probability: number): TopPrediction => ({ expected, label, probability, lang: 'sv' });

/**
 * 10 in-scope and 10 out-of-scope utterances. Only a threshold between 0.55 and 0.65 gets both oos precision
 * and recall to 0.9: below it too few oos are caught, above it a correct "time" at 0.65 is thrown away too.
 */
const known: TopPrediction[] = [
  ...[0.7, 0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.95].map((p) => top('time', 'time', p)),
  top('time', 'time', 0.65),
  top('weather', 'time', 0.45),
  ...[0.2, 0.25, 0.3, 0.33, 0.4, 0.42, 0.5, 0.55].map((p) => top('oos', 'time', p)),
  top('oos', 'oos', 0.6),
  top('oos', 'weather', 0.72),
];

describe('calibrateThreshold', () => {
  it('finds the threshold that reaches the oos targets with the best accuracy', () => {
    const c = calibrateThreshold(known);
    expect(c.meetsTargets).toBe(true);
    expect(c.threshold).toBeCloseTo(0.575, 10); // halfway between 0.55 and the next probability, 0.6
    expect(c.report.oos).toEqual({ precision: 0.9, recall: 0.9 });
    expect(c.report.accuracy).toBe(0.9);
  });

  it('catches only one oos utterance of ten without a threshold', () => {
    const caught = known.filter((k) => k.expected === 'oos' && applyThreshold(k.label, k.probability, 0) === 'oos');
    expect(caught).toHaveLength(1);
  });

  it('falls back to the best oos F1 when stricter targets are out of reach', () => {
    const c = calibrateThreshold(known, { minPrecision: 0.95, minRecall: 0.95 });
    expect(c.meetsTargets).toBe(false);
    expect(c.threshold).toBeCloseTo(0.575, 10);
  });

  it('maximises the oos F1 when the targets cannot be reached', () => {
    // Out-of-scope utterances look surer than the in-scope ones: the best is to call everything oos.
    const hard = [...[0.5, 0.5, 0.5, 0.5, 0.5].map((p) => top('time', 'time', p)), ...[0.9, 0.9, 0.9, 0.9, 0.9].map((p) => top('oos', 'time', p))];
    const c = calibrateThreshold(hard);
    expect(c.meetsTargets).toBe(false);
    expect(c.threshold).toBeCloseTo(0.95, 10);
    expect(c.report.oos).toEqual({ precision: 0.5, recall: 1 });
  });

  it('never goes below the floor, even with nothing out of scope to catch: a thin guess is no answer', () => {
    const c = calibrateThreshold([top('time', 'time', 0.3), top('time', 'time', 0.9), top('weather', 'time', 0.4)]);
    expect(c.threshold).toBe(MIN_THRESHOLD);
    expect(c.report.accuracy).toBeCloseTo(1 / 3, 12);
    expect(calibrateThreshold([top('time', 'time', 0.5), top('time', 'time', 0.9)]).threshold).toBe(MIN_THRESHOLD);
  });

  it('says oos below the threshold and keeps the label at or above it', () => {
    expect(applyThreshold('time', 0.4, 0.5)).toBe('oos');
    expect(applyThreshold('time', 0.5, 0.5)).toBe('time');
  });
});
