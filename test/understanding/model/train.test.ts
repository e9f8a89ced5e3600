import { classWeights, DEFAULT_TRAIN_OPTIONS, predictProbabilities, trainIntentModel } from '../../../robot/understanding/model/train';
import { smallHeldOutSet, smallTrainSet } from './small-swedish-set';
import { accuracy, topLabel, weightBytes } from './support';

describe('trainIntentModel', () => {
  const model = trainIntentModel(smallTrainSet, { seed: 1 });

  it('learns the phrasings it was trained on', () => {
    expect(accuracy(model, smallTrainSet)).toBe(1);
  });

  it('recognises phrasings it never saw, out-of-scope ones included', () => {
    expect(accuracy(model, smallHeldOutSet)).toBeGreaterThanOrEqual(0.9);
    expect(topLabel(model, 'kan du kolla vad klockan är').label).toBe('time');
    expect(topLabel(model, 'vi byggde en koja').label).toBe('oos');
  });

  it('also learns with a hidden ReLU layer', () => {
    const deep = trainIntentModel(smallTrainSet, { seed: 1, hidden: 32, learningRate: 0.2 });
    expect(deep.weights.hiddenWeight).toHaveLength(32 * DEFAULT_TRAIN_OPTIONS.dim);
    expect(accuracy(deep, smallTrainSet)).toBeGreaterThanOrEqual(0.95);
    expect(accuracy(deep, smallHeldOutSet)).toBeGreaterThanOrEqual(0.8);
  });

  it('gives a probability for every label, summing to 1', () => {
    expect(model.labels).toEqual(['goodbye', 'lunch', 'oos', 'time', 'weather']);
    for (const text of ['vad är klockan', '', 'xyzzy']) {
      const p = predictProbabilities(model, text);
      expect(p).toHaveLength(5);
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    }
  });

  it('trains differently with and without feature dropout', () => {
    const withoutDropout = trainIntentModel(smallTrainSet, { seed: 1, featureDropout: 0 });
    expect(weightBytes(withoutDropout).equals(weightBytes(model))).toBe(false);
    expect(accuracy(withoutDropout, smallTrainSet)).toBe(1);
  });

  it('gives identical weights for the same seed and different ones for another seed', () => {
    const again = trainIntentModel(smallTrainSet, { seed: 1 });
    const other = trainIntentModel(smallTrainSet, { seed: 2 });
    expect(weightBytes(again).equals(weightBytes(model))).toBe(true);
    expect(weightBytes(other).equals(weightBytes(model))).toBe(false);
  });

  it('keeps the label order it is given, with labels that have no examples', () => {
    const labels = ['weather', 'time', 'oos', 'lunch', 'goodbye', 'joke'];
    const ordered = trainIntentModel(smallTrainSet, { seed: 1, labels });
    expect(ordered.labels).toEqual(labels);
    expect(ordered.weights.outputBias).toHaveLength(6);
    expect(topLabel(ordered, 'hur är vädret').label).toBe('weather');
  });

  it('refuses labels that miss an intent of the examples', () => {
    expect(() => trainIntentModel(smallTrainSet, { seed: 1, labels: ['time', 'oos'] })).toThrow(/missing from labels: goodbye, lunch, weather/);
  });

  it.each([
    [{ seed: 1.5 }, /seed/],
    [{ seed: 1, buckets: 0 }, /buckets/],
    [{ seed: 1, dim: 0 }, /dim/],
    [{ seed: 1, hidden: -1 }, /hidden/],
    [{ seed: 1, epochs: 0 }, /epochs/],
    [{ seed: 1, learningRate: 0 }, /learningRate/],
    [{ seed: 1, featureDropout: 1 }, /featureDropout/],
  ])('refuses bad options %j', (options, message) => {
    expect(() => trainIntentModel(smallTrainSet, options)).toThrow(message);
  });

  it('refuses to train on nothing', () => {
    expect(() => trainIntentModel([], { seed: 1 })).toThrow(/no examples/);
  });
});

describe('classWeights', () => {
  it('weighs every class 1 when classes are balanced', () => {
    expect(Array.from(classWeights([0, 1, 2, 0, 1, 2], 3))).toEqual([1, 1, 1]);
  });

  it('weighs a rare class up by the square root of its rarity, keeping the mean example weight 1', () => {
    // 1 and 4 examples: raw weights 1 and 1/2; the 5 examples weigh 1 + 4 × 1/2 = 3, so scale by 5/3.
    const [rare, common, absent] = Array.from(classWeights([0, 1, 1, 1, 1], 3));
    expect(rare).toBeCloseTo(5 / 3, 12);
    expect(common).toBeCloseTo(5 / 6, 12);
    expect(absent).toBe(0);
  });
});
