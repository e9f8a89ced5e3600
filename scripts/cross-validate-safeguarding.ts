/**
 * npm run bench:safeguarding-cv — leave-one-set-out for the need scorer: for each labelled set, the scorer
 * is trained on every other set and the ordinary talk, then measured on the set it never saw, alone
 * (ROC AUC of need; at the detector's thresholds) and inside the detector (strict recall, emergencies,
 * false alarms). The cues have read every set's errors, so the detector's figures flatter the rules; the
 * scorer's own figures are the honest measure of how it generalises.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SafeguardingDetector, SCORER_ACT_AT, SCORER_ASK_AT, SCORER_EMERGENCY_AT } from '../robot/understanding/safeguarding/detect';
import { evaluateSafeguarding, readSafeguardingFile, type SafeguardingItem } from '../robot/understanding/safeguarding/evaluate';
import { EXAMPLE_SETS, labelledChildTalk, trainNeedScorer } from '../robot/understanding/safeguarding/need-examples';
import type { NeedScorer } from '../robot/understanding/safeguarding/need-scorer';
import { systemWordLists } from '../robot/understanding/safeguarding/word-list';

const EXAMPLES = path.resolve(__dirname, '../../robot/understanding/safeguarding/examples'); // run from dist/scripts

interface Row {
  set: string;
  n: number;
  /** The scorer alone. */
  auc: number;
  /** Share of lines needing a grown-up the scorer alone would act on, and of "none" lines it would at least ask about. */
  actedAlone: number;
  askedNoneAlone: number;
  /** Share of emergencies the scorer alone calls one. */
  emergencyAlone: number;
  /** The whole detector. */
  strict: number;
  emergency: number;
  falseAlarms: number;
  /** Any detection on a "none" line, asking included. */
  anyOnNone: number;
}

/** The probability that a random line needing help scores above a random "none" line (ties count half). */
export function rocAuc(positives: readonly number[], negatives: readonly number[]): number {
  const all = [...positives.map((s) => ({ s, y: 1 })), ...negatives.map((s) => ({ s, y: 0 }))].sort((a, b) => a.s - b.s);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]!.s === all[i]!.s) j++;
    const rank = (i + j + 1) / 2; // ranks i+1..j averaged
    for (let k = i; k < j; k++) if (all[k]!.y === 1) rankSum += rank;
    i = j;
  }
  const p = positives.length;
  const n = negatives.length;
  return (rankSum - (p * (p + 1)) / 2) / (p * n);
}

const share = (part: number, whole: number): number => (whole === 0 ? NaN : part / whole);

function measure(set: string, items: readonly SafeguardingItem[], scorer: NeedScorer, detector: SafeguardingDetector): Row {
  const scores = items.map((item) => ({ item, s: scorer.score(item.text) }));
  const positives = scores.filter((x) => x.item.category !== 'none');
  const negatives = scores.filter((x) => x.item.category === 'none');
  const emergencies = scores.filter((x) => x.item.category === 'emergency');
  const report = evaluateSafeguarding(items, (text, lang) => detector.detect(text, { lang }));
  const anyOnNone = items.filter((i) => i.category === 'none' && detector.detect(i.text, { lang: i.lang }) !== undefined).length;
  return {
    set,
    n: items.length,
    auc: rocAuc(positives.map((x) => x.s.need), negatives.map((x) => x.s.need)),
    actedAlone: share(positives.filter((x) => x.s.need >= SCORER_ACT_AT).length, positives.length),
    askedNoneAlone: share(negatives.filter((x) => x.s.need >= SCORER_ASK_AT).length, negatives.length),
    emergencyAlone: share(emergencies.filter((x) => x.s.need * (x.s.categories.get('emergency') ?? 0) >= SCORER_EMERGENCY_AT).length, emergencies.length),
    strict: report.recall.strict,
    emergency: report.emergencyRecall,
    falseAlarms: report.falseAlarms,
    anyOnNone: share(anyOnNone, negatives.length),
  };
}

const COLUMNS: [keyof Row, string][] = [
  ['auc', 'AUC'],
  ['actedAlone', 'acted@.9'],
  ['askedNoneAlone', 'none@.6'],
  ['emergencyAlone', 'emerg'],
  ['strict', 'strict'],
  ['emergency', 'emerg'],
  ['falseAlarms', 'false'],
  ['anyOnNone', 'any/none'],
];

const cell = (x: number): string => (Number.isNaN(x) ? '-' : (x * 100).toFixed(1)).padStart(9);

function table(rows: readonly Row[]): string {
  const mean = (key: keyof Row) => {
    const xs = rows.map((r) => r[key] as number).filter((x) => !Number.isNaN(x));
    return xs.reduce((a, b) => a + b, 0) / xs.length;
  };
  const header = `${'set'.padEnd(11)}${'n'.padStart(5)} | ${COLUMNS.slice(0, 4).map(([, h]) => h.padStart(9)).join('')} | ${COLUMNS.slice(4).map(([, h]) => h.padStart(9)).join('')}`;
  const line = (name: string, n: string, value: (key: keyof Row) => number) =>
    `${name.padEnd(11)}${n.padStart(5)} | ${COLUMNS.slice(0, 4).map(([k]) => cell(value(k))).join('')} | ${COLUMNS.slice(4).map(([k]) => cell(value(k))).join('')}`;
  return [
    `${' '.repeat(17)}| the scorer alone, trained without the set | the detector with that scorer`,
    header,
    ...rows.map((r) => line(r.set, String(r.n), (k) => r[k] as number)),
    line('mean', '', mean),
  ].join('\n');
}

function main(): void {
  const only = process.argv.slice(2);
  const sets = only.length > 0 ? EXAMPLE_SETS.filter((s) => only.includes(s)) : EXAMPLE_SETS;
  const wordLists = systemWordLists();
  const rows: Row[] = [];
  let trainMs = 0;
  let bytes = 0;
  for (const set of sets) {
    const started = performance.now();
    const scorer = trainNeedScorer(labelledChildTalk(EXAMPLES, EXAMPLE_SETS.filter((s) => s !== set)));
    trainMs += performance.now() - started;
    bytes = Math.max(bytes, scorer.weightBytes);
    const detector = new SafeguardingDetector({ scorer, wordLists });
    rows.push(measure(set, readSafeguardingFile(path.join(EXAMPLES, `${set}.jsonl`)), scorer, detector));
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  console.log(table(rows));
  console.log(`training ${(trainMs / sets.length / 1000).toFixed(2)} s a fold (ordinary talk included), weights up to ${(bytes / 1e6).toFixed(2)} MB`);
}

main();
