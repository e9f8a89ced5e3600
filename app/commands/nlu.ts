import readline from 'node:readline';
import { parseLocalDateTime, localTime } from '../../core/calendar';
import type { Lang } from '../../core/languages';
import { systemClock } from '../../core/clock';
import { createRobot, NLU_SEED } from '../../robot/runtime/create-robot';
import { BaselineMatcher } from '../../robot/understanding/baseline-matcher';
import { readEvalFile } from '../../robot/understanding/eval-file';
import { SafeguardingDetector } from '../../robot/understanding/safeguarding/detect';
import {
  describeIntentSet,
  evaluateSafeguarding,
  formatSafeguardingReport,
  isSafeguardingFile,
  readSafeguardingFile,
} from '../../robot/understanding/safeguarding/evaluate';
import { saveModel } from '../../robot/understanding/lifecycle/model-files';
import { trainFromSkills } from '../../robot/understanding/lifecycle/train-model';
import { evaluate, formatReport } from '../../robot/understanding/model/metrics';
import { Understanding } from '../../robot/understanding/understand';
import { evaluateTalk, formatTalkReport, isTalkFile, readTalkFile } from '../../robot/conversation/evaluate-talk';
import type { LaibanConfig } from '../../config/schema';
import { configForCommand } from '../load-config';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Trains in the foreground and shows what the model learned from; the robot retrains by itself too. */
export async function nluTrainCommand(options: { config?: string; seed?: string }): Promise<number> {
  const config = configForCommand(options.config, process.stderr);
  const robot = createRobot({ config: { ...config, understanding: { ...config.understanding, classifier: 'baseline' } }, clock: systemClock });
  const seed = options.seed === undefined ? NLU_SEED : Number(options.seed);
  if (!Number.isInteger(seed)) {
    process.stderr.write(`--seed: "${options.seed}" is not a whole number\n`);
    return 2;
  }
  const result = trainFromSkills({ ...robot.training, roster: config.children, seed });
  for (const c of result.conflicts) say(`conflict: "${c.text}" is an example of both ${c.intents[0]} and ${c.intents[1]}`);
  say(`examples: ${result.meta.examples} (${Object.keys(result.stats).length} labels)`);
  const meta = await saveModel(config.understanding.modelDir, result.bytes, result.meta);
  say(`trained in ${meta.trainingSeconds} s, ${result.bytes.length} bytes, seed ${seed}`);
  say(
    `validation: accuracy ${meta.validation.accuracy.toFixed(3)}, oos precision ${meta.validation.oosPrecision.toFixed(3)}, ` +
      `oos recall ${meta.validation.oosRecall.toFixed(3)}, threshold ${meta.threshold.toFixed(3)}`,
  );
  say(`saved: ${config.understanding.modelDir}/${meta.onnxFile}`);
  return 0;
}

/**
 * Accuracy, per-intent precision/recall, oos precision/recall and the confusion matrix, for the model and the
 * baseline, and the safeguarding detector's recall and false alarms beside them. A safeguarding set (lines
 * with "category") gets the detector's figures per category, also with one word garbled.
 */
export async function nluEvalCommand(file: string, options: { config?: string; mistakes?: boolean }): Promise<number> {
  const config = configForCommand(options.config, process.stderr);
  if (isTalkFile(file)) return talkEval(file, config, options.mistakes === true);
  const detector = new SafeguardingDetector();
  if (isSafeguardingFile(file)) {
    const items = readSafeguardingFile(file);
    const report = evaluateSafeguarding(items, (text, lang) => detector.detect(text, { lang, roster: config.children }), { garble: true });
    say(`== safeguarding detector on ${file}`);
    say(formatSafeguardingReport(report));
    return 0;
  }
  const data = readEvalFile(file);
  const robot = createRobot({ config, clock: systemClock, onNluTraining: () => process.stderr.write('Training the intent model first…\n') });
  await robot.understandingReady();
  const intents = robot.skills.flatMap((s) => s.manifest.intents);
  const baseline = new Understanding(new BaselineMatcher(intents), intents, config.understanding.minConfidence);
  const today = localTime(systemClock.now(), config.timeZone).date;
  for (const [name, understanding] of [
    [robot.understanding.classifierName, robot.understanding],
    ['baseline', baseline],
  ] as const) {
    const predictions = [];
    for (const item of data) {
      const u = await understanding.understand({ text: item.text, lang: item.lang, defaultLang: config.language, today, roster: config.children });
      predictions.push({ expected: item.intent, predicted: u.intent, lang: item.lang ?? u.lang });
    }
    say(`== ${name} on ${file} (${data.length} utterances)`);
    say(formatReport(evaluate(predictions)));
    if (config.understanding.classifier === 'baseline') break;
  }
  say(`== safeguarding detector on ${file}`);
  say(describeIntentSet(data, (text, lang) => detector.detect(text, { lang, roster: config.children })));
  await robot.close();
  return 0;
}

/**
 * Each line asked of the whole robot, as a child would: a fresh turn ten minutes after the last, so no
 * follow-up carries over, on a weekday morning.
 */
async function talkEval(file: string, config: LaibanConfig, mistakes: boolean): Promise<number> {
  const items = readTalkFile(file);
  let at = parseLocalDateTime('2026-12-02T09:30', config.timeZone).getTime();
  const robot = createRobot({ config, clock: { now: () => new Date(at) }, onNluTraining: () => process.stderr.write('Training the intent model first…\n') });
  await robot.understandingReady();
  const report = await evaluateTalk(items, async (item) => {
    at += 10 * 60_000;
    return robot.conversation.ask(item.text, { lang: item.lang });
  });
  say(`== the robot on ${file}`);
  say(formatTalkReport(report, { mistakes }));
  await robot.close();
  return 0;
}

/** One utterance per line on stdin → one JSON object per line: text, intent, confidence, slots. */
export async function nluPredictCommand(options: { config?: string; now?: string; lang?: Lang; roster?: string }): Promise<number> {
  const config = configForCommand(options.config, process.stderr);
  let now = systemClock.now();
  if (options.now) {
    try {
      now = parseLocalDateTime(options.now, config.timeZone);
    } catch (err) {
      process.stderr.write(`--now: ${(err as Error).message}\n`);
      return 2;
    }
  }
  const roster = options.roster === undefined ? config.children : options.roster.split(',').map((n) => n.trim()).filter(Boolean);
  const robot = createRobot({ config: { ...config, children: roster }, clock: systemClock, onNluTraining: () => process.stderr.write('Training the intent model first…\n') });
  await robot.understandingReady();
  const today = localTime(now, config.timeZone).date;
  const lines = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const u = await robot.understanding.understand({ text: line, lang: options.lang, defaultLang: config.language, today, roster });
    say(JSON.stringify({ text: line, intent: u.intent, confidence: Math.round(u.confidence * 1000) / 1000, slots: u.slots }));
  }
  await robot.close();
  return 0;
}
