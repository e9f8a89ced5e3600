import type { Lang } from '../../../core/languages';
import { OUT_OF_SCOPE } from '../types';

export interface Prediction {
  expected: string;
  predicted: string;
  lang: Lang;
}

export interface AccuracyCount {
  total: number;
  correct: number;
  accuracy: number;
}

export interface IntentMetrics {
  /** Of the utterances predicted as this intent, the share that were it (0 when none were predicted). */
  precision: number;
  /** Of the utterances that were this intent, the share predicted as it (0 when there were none). */
  recall: number;
  /** How many utterances were this intent. */
  support: number;
  /** How many utterances were predicted as this intent. */
  predicted: number;
}

export interface EvalReport extends AccuracyCount {
  byLang: Partial<Record<Lang, AccuracyCount>>;
  /** Every intent that was expected or predicted, sorted by name. */
  perIntent: Record<string, IntentMetrics>;
  oos: { precision: number; recall: number };
  /** confusion[expected][predicted] = count; only pairs that occurred. */
  confusion: Record<string, Record<string, number>>;
}

export function evaluate(predictions: readonly Prediction[]): EvalReport {
  const byLang: Partial<Record<Lang, AccuracyCount>> = {};
  const confusion: Record<string, Record<string, number>> = {};
  const support = new Map<string, number>();
  const predicted = new Map<string, number>();
  const hits = new Map<string, number>();
  let correct = 0;
  for (const p of predictions) {
    const ok = p.expected === p.predicted;
    if (ok) correct++;
    const lang = (byLang[p.lang] ??= { total: 0, correct: 0, accuracy: 0 });
    lang.total++;
    if (ok) lang.correct++;
    const row = (confusion[p.expected] ??= {});
    row[p.predicted] = (row[p.predicted] ?? 0) + 1;
    support.set(p.expected, (support.get(p.expected) ?? 0) + 1);
    predicted.set(p.predicted, (predicted.get(p.predicted) ?? 0) + 1);
    if (ok) hits.set(p.expected, (hits.get(p.expected) ?? 0) + 1);
  }
  for (const count of Object.values(byLang)) count.accuracy = ratio(count.correct, count.total);

  const perIntent: Record<string, IntentMetrics> = {};
  for (const intent of [...new Set([...support.keys(), ...predicted.keys()])].sort()) {
    const tp = hits.get(intent) ?? 0;
    const s = support.get(intent) ?? 0;
    const n = predicted.get(intent) ?? 0;
    perIntent[intent] = { precision: ratio(tp, n), recall: ratio(tp, s), support: s, predicted: n };
  }
  const oos = perIntent[OUT_OF_SCOPE];
  return {
    total: predictions.length,
    correct,
    accuracy: ratio(correct, predictions.length),
    byLang,
    perIntent,
    oos: { precision: oos?.precision ?? 0, recall: oos?.recall ?? 0 },
    confusion,
  };
}

/** A plain-text report: totals, per-language accuracy, per-intent table and the most common confusions. */
export function formatReport(report: EvalReport, maxConfusions = 10): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const lines = [`accuracy ${pct(report.accuracy)} (${report.correct}/${report.total})`];
  for (const [lang, c] of Object.entries(report.byLang)) lines.push(`  ${lang}: ${pct(c.accuracy)} (${c.correct}/${c.total})`);
  lines.push(`oos precision ${pct(report.oos.precision)}, recall ${pct(report.oos.recall)}`, '');

  const intents = Object.keys(report.perIntent);
  const width = Math.max(6, ...intents.map((i) => i.length));
  lines.push(`${'intent'.padEnd(width)}  precision  recall  support`);
  for (const intent of intents) {
    const m = report.perIntent[intent] as IntentMetrics;
    lines.push(`${intent.padEnd(width)}  ${pct(m.precision).padStart(9)}  ${pct(m.recall).padStart(6)}  ${String(m.support).padStart(7)}`);
  }

  const mistakes = Object.entries(report.confusion)
    .flatMap(([expected, row]) => Object.entries(row).map(([predicted, count]) => ({ expected, predicted, count })))
    .filter((c) => c.expected !== c.predicted)
    .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected) || a.predicted.localeCompare(b.predicted))
    .slice(0, maxConfusions);
  if (mistakes.length > 0) {
    lines.push('', 'most common confusions (expected → predicted):');
    for (const m of mistakes) lines.push(`  ${m.expected} → ${m.predicted}: ${m.count}`);
  }
  return lines.join('\n');
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}
