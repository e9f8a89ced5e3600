import { evaluate, formatReport, type Prediction } from '../../../robot/understanding/model/metrics';

const p = (expected: string, predicted: string, lang: 'sv' | 'en'): Prediction => ({ expected, predicted, lang });

const predictions: Prediction[] = [
  p('time', 'time', 'sv'),
  p('time', 'time', 'sv'),
  p('time', 'oos', 'sv'),
  p('time', 'time', 'en'),
  p('weather', 'weather', 'en'),
  p('weather', 'time', 'en'),
  p('oos', 'oos', 'sv'),
  p('oos', 'weather', 'sv'),
  p('oos', 'oos', 'en'),
  p('lunch', 'time', 'sv'),
];

describe('evaluate', () => {
  const report = evaluate(predictions);

  it('counts overall and per-language accuracy', () => {
    expect(report).toMatchObject({ total: 10, correct: 6, accuracy: 0.6 });
    expect(report.byLang).toEqual({ sv: { total: 6, correct: 3, accuracy: 0.5 }, en: { total: 4, correct: 3, accuracy: 0.75 } });
  });

  it('gives precision, recall and support per intent, including one never predicted', () => {
    expect(Object.keys(report.perIntent)).toEqual(['lunch', 'oos', 'time', 'weather']);
    expect(report.perIntent.time).toEqual({ precision: 3 / 5, recall: 3 / 4, support: 4, predicted: 5 });
    expect(report.perIntent.weather).toEqual({ precision: 1 / 2, recall: 1 / 2, support: 2, predicted: 2 });
    expect(report.perIntent.oos).toEqual({ precision: 2 / 3, recall: 2 / 3, support: 3, predicted: 3 });
    expect(report.perIntent.lunch).toEqual({ precision: 0, recall: 0, support: 1, predicted: 0 });
    expect(report.oos).toEqual({ precision: 2 / 3, recall: 2 / 3 });
  });

  it('builds the confusion matrix expected → predicted → count', () => {
    expect(report.confusion).toEqual({
      time: { time: 3, oos: 1 },
      weather: { weather: 1, time: 1 },
      oos: { oos: 2, weather: 1 },
      lunch: { time: 1 },
    });
  });

  it('reports zeros, not NaN, for no predictions at all', () => {
    expect(evaluate([])).toEqual({ total: 0, correct: 0, accuracy: 0, byLang: {}, perIntent: {}, oos: { precision: 0, recall: 0 }, confusion: {} });
  });

  it('separates oos precision from recall when they differ', () => {
    const r = evaluate([p('oos', 'oos', 'sv'), p('time', 'oos', 'sv'), p('time', 'oos', 'sv'), p('time', 'time', 'sv')]);
    expect(r.oos).toEqual({ precision: 1 / 3, recall: 1 });
  });
});

describe('formatReport', () => {
  it('shows totals, a row per intent and the commonest mistakes first', () => {
    const text = formatReport(evaluate([...predictions, p('weather', 'time', 'sv')]));
    expect(text).toContain('accuracy 54.5% (6/11)');
    expect(text).toContain('sv: 42.9% (3/7)');
    expect(text).toContain('oos precision 66.7%, recall 66.7%');
    expect(text).toMatch(/^time\s+50\.0%\s+75\.0%\s+4$/m);
    const mistakes = text.slice(text.indexOf('most common confusions'));
    expect(mistakes.split('\n').slice(1)).toEqual(['  weather → time: 2', '  lunch → time: 1', '  oos → weather: 1', '  time → oos: 1']);
  });
});
