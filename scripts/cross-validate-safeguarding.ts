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
import type { NeedScore, NeedScorer, TrainOptions } from '../robot/understanding/safeguarding/need-scorer';
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

interface Scored {
  item: SafeguardingItem;
  s: NeedScore;
}

function measure(set: string, items: readonly SafeguardingItem[], scorer: NeedScorer, detector: SafeguardingDetector | undefined, pooled: Scored[], showMisses = false): Row {
  const scores = items.map((item) => ({ item, s: scorer.score(item.text) }));
  pooled.push(...scores);
  const positives = scores.filter((x) => x.item.category !== 'none');
  const negatives = scores.filter((x) => x.item.category === 'none');
  const emergencies = scores.filter((x) => x.item.category === 'emergency');
  const report = detector ? evaluateSafeguarding(items, (text, lang) => detector.detect(text, { lang })) : undefined;
  if (showMisses && report) {
    for (const m of report.misses) if (m.label === 'none' || m.label === 'emergency') console.log(`  ${set}: ${m.label} "${m.text}" → ${m.got}`);
  }
  // A "none" line is a miss exactly when the detector found anything in it, asking included.
  const anyOnNone = report ? report.misses.filter((m) => m.label === 'none').length : NaN;
  return {
    set,
    n: items.length,
    auc: rocAuc(positives.map((x) => x.s.need), negatives.map((x) => x.s.need)),
    actedAlone: share(positives.filter((x) => x.s.need >= SCORER_ACT_AT).length, positives.length),
    askedNoneAlone: share(negatives.filter((x) => x.s.need >= SCORER_ASK_AT).length, negatives.length),
    emergencyAlone: share(emergencies.filter((x) => x.s.need * (x.s.categories.get('emergency') ?? 0) >= SCORER_EMERGENCY_AT).length, emergencies.length),
    strict: report?.recall.strict ?? NaN,
    emergency: report?.emergencyRecall ?? NaN,
    falseAlarms: report?.falseAlarms ?? NaN,
    anyOnNone: share(anyOnNone, negatives.length),
  };
}

const COLUMNS: [keyof Row, string][] = [
  ['auc', 'AUC'],
  ['actedAlone', 'acted'],
  ['askedNoneAlone', 'none ask'],
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

/**
 * Every set's lines scored by the scorer that never saw them, pooled: at each threshold, the share of lines
 * needing help at or above it and of "none" lines; and the emergency score (need × share of emergency) on
 * emergencies and on all other lines. For calibrating the detector's thresholds.
 */
function curve(pooled: readonly Scored[]): string {
  const positives = pooled.filter((x) => x.item.category !== 'none').map((x) => x.s.need);
  const negatives = pooled.filter((x) => x.item.category === 'none').map((x) => x.s.need);
  const emergencyScore = (x: Scored) => x.s.need * (x.s.categories.get('emergency') ?? 0);
  const emergencies = pooled.filter((x) => x.item.category === 'emergency').map(emergencyScore);
  const others = pooled.filter((x) => x.item.category !== 'emergency').map(emergencyScore);
  const atOrAbove = (xs: readonly number[], t: number) => (xs.filter((x) => x >= t).length / xs.length) * 100;
  const lines = ['threshold   need: needing  none   emergency: emergencies  others'];
  for (const t of [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99]) {
    lines.push(`${t.toFixed(2).padStart(9)} ${atOrAbove(positives, t).toFixed(1).padStart(14)} ${atOrAbove(negatives, t).toFixed(1).padStart(6)} ${atOrAbove(emergencies, t).toFixed(1).padStart(20)} ${atOrAbove(others, t).toFixed(1).padStart(7)}`);
  }
  return lines.join('\n');
}

function main(): void {
  // Arguments: set names to measure only those; --scorer-only to skip the detector; --options '{"epochs":20}' to try training options.
  const args = process.argv.slice(2);
  const at = args.indexOf('--options');
  const options = at >= 0 ? (JSON.parse(args.splice(at, 2)[1] ?? '{}') as Omit<TrainOptions, 'spokenForms'>) : {};
  const scorerOnly = args.includes('--scorer-only');
  const showMisses = args.includes('--misses');
  const only = args.filter((a) => !a.startsWith('--'));
  const sets = only.length > 0 ? EXAMPLE_SETS.filter((s) => only.includes(s)) : EXAMPLE_SETS;
  const wordLists = systemWordLists();
  const rows: Row[] = [];
  const pooled: Scored[] = [];
  let trainMs = 0;
  let bytes = 0;
  for (const set of sets) {
    const started = performance.now();
    const scorer = trainNeedScorer(labelledChildTalk(EXAMPLES, EXAMPLE_SETS.filter((s) => s !== set)), options);
    trainMs += performance.now() - started;
    bytes = Math.max(bytes, scorer.weightBytes);
    const detector = scorerOnly ? undefined : new SafeguardingDetector({ scorer, wordLists });
    rows.push(measure(set, readSafeguardingFile(path.join(EXAMPLES, `${set}.jsonl`)), scorer, detector, pooled, showMisses));
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  console.log(table(rows));
  if (args.includes('--curve')) console.log(curve(pooled));
  console.log(`training ${(trainMs / sets.length / 1000).toFixed(2)} s a fold (ordinary talk included), weights up to ${(bytes / 1e6).toFixed(2)} MB`);
}

main();
