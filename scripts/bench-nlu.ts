/**
 * npm run bench:nlu — trains the intent model from the built-in skills, then measures it and the
 * baseline on two sets written apart from the training data: test.jsonl (the final test set, never
 * looked at while improving the model) and eval.jsonl (the development set, whose errors guided one
 * round of improvements to the skills' examples). Prints accuracy per language, oos precision and
 * recall, classification latency p50/p99, model bytes and training seconds; then the safeguarding detector's
 * latency over every fixture line and its figures on each safeguarding set.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { NLU_SEED } from '../robot/runtime/create-robot';
import { BaselineMatcher } from '../robot/understanding/baseline-matcher';
import { readEvalFile } from '../robot/understanding/eval-file';
import { trainFromSkills } from '../robot/understanding/lifecycle/train-model';
import { evaluate } from '../robot/understanding/model/metrics';
import { OnnxIntentClassifier } from '../robot/understanding/model/onnx-classifier';
import { normalizeUtterance } from '../robot/understanding/normalize';
import type { IntentClassifier } from '../robot/understanding/types';
import { SafeguardingDetector } from '../robot/understanding/safeguarding/detect';
import { EXAMPLE_SETS } from '../robot/understanding/safeguarding/need-examples';
import { evaluateSafeguarding, formatSafeguardingReport, readSafeguardingFile } from '../robot/understanding/safeguarding/evaluate';
import { loadSkills } from '../robot/runtime/load-skills';
import { gatherLanguage } from '../robot/understanding/training/language';
import { Understanding } from '../robot/understanding/understand';
import { builtinSkills } from '../skills/builtin';

const FIXTURES = path.resolve(__dirname, '../../test/fixtures/nlu'); // run from dist/scripts
const BLIND = path.resolve(__dirname, '../../test/fixtures/safeguarding');
/** The blind sets first (every set in the fixtures folder), then the training examples, newest first (figures on those are training figures). */
const SAFEGUARDING_SETS = [
  ...fs.readdirSync(BLIND).filter((name) => name.endsWith('.jsonl')).sort().map((name) => path.join(BLIND, name)),
  ...[...EXAMPLE_SETS].reverse().map((name) => path.resolve(__dirname, '../../robot/understanding/safeguarding/examples', `${name}.jsonl`)),
];
const SETS = [
  { name: 'test', file: path.join(FIXTURES, 'test.jsonl') },
  { name: 'dev', file: path.join(FIXTURES, 'eval.jsonl') },
];
/** The names the evaluation set's pick-up questions use. */
const ROSTER = ['Alva', 'Elias', 'Maja', 'Noah', 'Ella', 'Liam', 'Wilma', 'Hugo', 'Saga', 'Leo', 'Alice', 'Oscar'];
const LATENCY_CALLS = 5000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function latency(classifier: IntentClassifier, texts: string[]): Promise<{ p50: number; p99: number }> {
  for (const t of texts.slice(0, 200)) await classifier.classify(t); // warm-up
  const times: number[] = [];
  for (let i = 0; i < LATENCY_CALLS; i++) {
    const text = texts[i % texts.length] as string;
    const start = performance.now();
    await classifier.classify(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function main(): Promise<void> {
  // `npm run bench:nlu -- --installed DIR`: the same figures with installed skills beside the built-ins.
  const at = process.argv.indexOf('--installed');
  const installedDir = at > 0 ? process.argv[at + 1] : undefined;
  const loaded = installedDir ? loadSkills(builtinSkills, installedDir, []) : undefined;
  if (loaded) console.log(`with installed skills from ${installedDir}: ${loaded.skills.map((s) => s.manifest.id).join(', ')}`);
  const { intents, language } = loaded ?? gatherLanguage(builtinSkills);
  const trained = trainFromSkills({ intents, language, roster: ROSTER, seed: NLU_SEED });
  const model = await OnnxIntentClassifier.load(trained.bytes, { labels: trained.meta.labels, buckets: trained.meta.buckets });
  const contenders = [
    { name: 'model', classifier: model as IntentClassifier, threshold: trained.meta.threshold },
    { name: 'baseline', classifier: new BaselineMatcher(intents) as IntentClassifier, threshold: 0.45 },
  ];

  const rows: Record<string, string | number>[] = [];
  for (const set of SETS) {
    const data = readEvalFile(set.file);
    const texts = data.map((d) => normalizeUtterance(d.text));
    for (const { name, classifier, threshold } of contenders) {
      const understanding = new Understanding(classifier, intents, threshold);
      const predictions = [];
      for (const item of data) {
        const u = await understanding.understand({ text: item.text, lang: item.lang, defaultLang: 'sv', today: '2026-11-25', roster: ROSTER });
        predictions.push({ expected: item.intent, predicted: u.intent, lang: item.lang ?? u.lang });
      }
      const report = evaluate(predictions);
      const speed = await latency(classifier, texts);
      rows.push({
        set: `${set.name} (${data.length})`,
        classifier: name,
        'accuracy sv': report.byLang.sv?.accuracy.toFixed(3) ?? '-',
        'accuracy en': report.byLang.en?.accuracy.toFixed(3) ?? '-',
        'oos precision': report.oos.precision.toFixed(3),
        'oos recall': report.oos.recall.toFixed(3),
        'p50 ms': speed.p50.toFixed(3),
        'p99 ms': speed.p99.toFixed(3),
      });
    }
  }
  console.log(`model: ${trained.bytes.length} bytes, trained in ${trained.meta.trainingSeconds} s on ${trained.meta.examples} examples, threshold ${trained.meta.threshold.toFixed(3)}`);
  console.log(`memory: rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`);
  console.table(rows);
  await model.close();
  benchSafeguarding();
}

/** The safeguarding detector runs on every utterance: its latency over every fixture line, warm. */
function benchSafeguarding(): void {
  const started = performance.now();
  const detector = new SafeguardingDetector(); // reads the shipped need scorer weights (trains it without them)
  const built = performance.now() - started;
  const texts = [
    ...SETS.flatMap((set) => readEvalFile(set.file).map((d) => d.text)),
    ...SAFEGUARDING_SETS.flatMap((file) => readSafeguardingFile(file).map((d) => d.text)),
  ];
  for (const text of texts) detector.detect(text, { roster: ROSTER });
  const times: number[] = [];
  for (let i = 0; i < LATENCY_CALLS * 2; i++) {
    const text = texts[i % texts.length] as string;
    const start = performance.now();
    detector.detect(text, { roster: ROSTER });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `safeguarding detector: built in ${built.toFixed(0)} ms; ${times.length} detections over ${texts.length} utterances: ` +
      `p50 ${percentile(times, 50).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms, max ${percentile(times, 100).toFixed(3)} ms`,
  );
  for (const file of SAFEGUARDING_SETS) {
    const items = readSafeguardingFile(file);
    const report = evaluateSafeguarding(items, (text, lang) => detector.detect(text, { lang, roster: ROSTER }), { garble: true });
    console.log(`== ${path.relative(path.resolve(__dirname, '../..'), file)}`);
    console.log(formatSafeguardingReport(report));
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
