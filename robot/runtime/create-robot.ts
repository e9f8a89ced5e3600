import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LaibanConfig } from '../../config/schema';
import { builtinSkills } from '../../skills/builtin';
import type { RobotEvent, Skill } from '../../skills/sdk/types';
import type { Clock } from '../clock';
import { Conversation, type Turn } from '../conversation/conversation';
import type { ConversationState } from '../conversation/state-machine';
import { BaselineMatcher } from '../understanding/baseline-matcher';
import { ModelManager } from '../understanding/lifecycle/model-manager';
import { trainInWorker } from '../understanding/lifecycle/train-in-worker';
import { OnnxIntentClassifier } from '../understanding/model/onnx-classifier';
import { Understanding } from '../understanding/understand';
import { createRobotData, type RobotData } from '../data/robot-data';
import type { DataSource } from './data-access';
import { createFileLogger, type Logger } from './log';
import { loadSkills, type SkillProblem } from './load-skills';
import { JsonFileStore } from './skill-store';
import type { Expression } from '../../skills/sdk/types';

export type Presenter = (turn: Turn) => void | Promise<void>;

export interface RobotOptions {
  config: LaibanConfig;
  clock: Clock;
  /** Each answer goes through these in order (console printer, voice, later the face). */
  presenters?: Presenter[];
  onEvent?(event: RobotEvent): void;
  onState?(state: ConversationState, expression: Expression): void;
  /** Replaces the built-in skill list (tests add failing skills this way). */
  builtin?: readonly Skill[];
  /** Replaces the bridge chosen by config (the in-process one, or `bridge.url`). */
  data?: DataSource;
  /** Real time for the age of cached data; defaults to the system clock (the question's clock may be fixed). */
  realClock?: Clock;
  /** Told when the intent model starts training. */
  onNluTraining?(): void;
}

export interface Robot {
  conversation: Conversation;
  understanding: Understanding;
  skills: readonly Skill[];
  skillProblems: SkillProblem[];
  /** Set when the configured data directory could not be used and a temporary one was. */
  dataDirProblem?: string;
  dataDir: string;
  log: Logger;
  /** Present when config asks for the trained model (understanding.classifier "model"). */
  nlu?: ModelManager;
  /** Where weather and menus come from; absent when `data` was given. */
  data?: RobotData;
  /** Resolves once the trained model answers (after training it, the first time) or it is clear it cannot. */
  understandingReady(): Promise<void>;
  /** Stops background work (a training, a bridge connection) so the process can end. */
  close(): Promise<void>;
}

/** Training is deterministic for a seed; the robot always trains with this one. */
export const NLU_SEED = 20261123;

/** A data directory the robot can write, or a temporary one with the reason the configured one failed. */
function usableDataDir(configured: string): { dir: string; problem?: string } {
  try {
    fs.mkdirSync(configured, { recursive: true });
    fs.accessSync(configured, fs.constants.W_OK);
    return { dir: configured };
  } catch (err) {
    const fallback = path.join(os.tmpdir(), `laiban-${process.getuid?.() ?? 'user'}`);
    fs.mkdirSync(fallback, { recursive: true });
    return { dir: fallback, problem: `dataDir ${configured} is not writable (${(err as Error).message}); using ${fallback} until it is fixed` };
  }
}

export function createRobot(options: RobotOptions): Robot {
  const { config } = options;
  const data = usableDataDir(config.dataDir);
  const inData = (file: string) => (data.problem ? path.join(data.dir, path.relative(config.dataDir, file)) : file);
  const log = createFileLogger(inData(config.log.file), config.log.level);
  if (data.problem) log.warn(data.problem);

  const loaded = loadSkills(options.builtin ?? builtinSkills, config.skills.installedDir, config.skills.disabled);
  for (const problem of loaded.problems) log.warn({ problem }, problem.message);

  const intents = loaded.skills.flatMap((s) => s.manifest.intents);
  const understanding = new Understanding(new BaselineMatcher(intents), intents, config.understanding.minConfidence);
  let nlu: ModelManager | undefined;
  let ready: Promise<void> = Promise.resolve();
  let modelLoaded: Promise<unknown> = Promise.resolve();
  if (config.understanding.classifier === 'model') {
    nlu = new ModelManager({
      dir: config.understanding.modelDir,
      request: { intents, roster: config.children, seed: NLU_SEED },
      train: trainInWorker,
      open: (model) => OnnxIntentClassifier.load(model.bytes, { labels: model.meta.labels, buckets: model.meta.buckets }),
      use: (classifier, meta) => understanding.useClassifier(classifier, meta.threshold),
      log,
      onTraining: options.onNluTraining,
    });
    const starting = nlu.start();
    modelLoaded = starting;
    ready = starting.then(async (started) => {
      await started.retrain;
    });
    ready.catch((err: Error) => log.error({ error: err.message }, 'intent model could not start; the baseline answers'));
  }
  const robotData = options.data ? undefined : createRobotData(config, data.dir, { log, realClock: options.realClock });
  const stores = new Map<string, JsonFileStore>();
  const presenters = options.presenters ?? [];

  const conversation = new Conversation({
    understanding,
    skills: loaded.skills,
    clock: options.clock,
    settings: {
      robotName: config.robotName,
      roster: config.children,
      timeZone: config.timeZone,
      defaultLang: config.language,
      followUpMs: config.conversation.followUpSeconds * 1000,
      skillTimeoutMs: config.skills.timeoutMs,
    },
    storeFor: (id) => {
      let store = stores.get(id);
      if (!store) {
        store = new JsonFileStore(path.join(data.dir, 'skill-data', `${id}.json`));
        stores.set(id, store);
      }
      return store;
    },
    data: options.data ?? robotData!.source,
    log,
    present: async (turn) => {
      for (const present of presenters) await present(turn);
    },
    onEvent: options.onEvent,
    onState: options.onState,
    warmUp: modelLoaded,
  });

  return {
    conversation,
    understanding,
    skills: loaded.skills,
    skillProblems: loaded.problems,
    dataDirProblem: data.problem,
    dataDir: data.dir,
    log,
    nlu,
    data: robotData,
    understandingReady: () => ready.catch(() => undefined),
    close: async () => {
      nlu?.close();
      await robotData?.close();
    },
  };
}
