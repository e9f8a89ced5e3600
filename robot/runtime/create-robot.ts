import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LaibanConfig } from '../../config/schema';
import { builtinSkills } from '../../skills/builtin';
import type { KeyValueStore, RobotEvent, Skill } from '../../skills/sdk/types';
import { type Clock, systemClock } from '../../core/clock';
import { Conversation, SAFEGUARDING_SKILL, type Turn } from '../conversation/conversation';
import { AlertDesk } from '../safeguarding/alert-desk';
import { AlertWebhook, type AlertNotice, type WebhookStatus } from '../safeguarding/webhook';
import type { ConversationState } from '../conversation/state-machine';
import { BaselineMatcher } from '../understanding/baseline-matcher';
import { ModelManager } from '../understanding/lifecycle/model-manager';
import { trainInWorker } from '../understanding/lifecycle/train-in-worker';
import { OnnxIntentClassifier } from '../understanding/model/onnx-classifier';
import { Understanding } from '../understanding/understand';
import { connectBridgeLink, type BridgeLink } from '../bridge-link/bridge-link';
import { PRESCHOOL_SOURCES, preschoolDataSource, routeDataSources } from '../preschool/preschool-data-source';
import { typedMenuSource } from '../preschool/typed-menu';
import { PreschoolStore } from '../preschool/preschool-store';
import { addCalendarDays, localTime, parseLocalDateTime } from '../../core/calendar';
import type { DataSource } from './data-access';
import type { Logger } from '../../core/logger';
import { createFileLogger } from './log';
import { readDisabledSkills, skillStateFile } from '../skill-packages/skill-state';
import type { InstallPushed } from '../bridge-link/skill-offers';
import { LiveSkills } from './live-skills';
import { type LoadedSkills, loadSkills, type SkillProblem } from './load-skills';
import { everyLocalMidnight } from './midnight';
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
  /** Installs a skill bundle IT pushed through the bridge (the program wires the install pipeline in). */
  installPushedSkill?: InstallPushed;
  /** Replaces the bridge chosen by config (the in-process one, or `bridge.url`). */
  data?: DataSource;
  /** Real time for the age of cached data; defaults to the system clock (the question's clock may be fixed). */
  realClock?: Clock;
  /** Told when the intent model starts training. */
  onNluTraining?(): void;
  /** Plays the alert chime (config safeguarding.chime turns it off). */
  alertSound?(kind: 'alert' | 'emergency'): Promise<void>;
}

export interface Robot {
  conversation: Conversation;
  /** The understanding and skills that answer now (they change together when IT changes the skills). */
  readonly understanding: Understanding;
  readonly skills: readonly Skill[];
  /** What the intent model is trained from: the skills' intents with their templates, lists, out-of-scope talk. */
  readonly training: Pick<LoadedSkills, 'intents' | 'language'>;
  readonly skillProblems: SkillProblem[];
  /** Changes the skill set while the robot runs (after an install, a rollback, a skill switched on or off). */
  live: LiveSkills;
  /** Set when the configured data directory could not be used and a temporary one was. */
  dataDirProblem?: string;
  dataDir: string;
  log: Logger;
  /** Present when config asks for the trained model (understanding.classifier "model"). */
  nlu?: ModelManager;
  /** Where weather and menus come from; absent when `data` was given. */
  bridgeLink?: BridgeLink;
  /** The teachers' entries (children, pick-ups, the plan); absent when the database could not be opened. */
  preschool?: PreschoolStore;
  /** The names the robot understands: config `children` plus the children in the preschool store. */
  roster: string[];
  /** Re-reads the children after the panel changed them; the intent model retrains in the background. */
  refreshRoster(): void;
  /** A skill's own store, the same instance the skill gets (the panel writes clothing corrections here). */
  skillStore(skillId: string): KeyValueStore;
  /** Deletes yesterday's pick-ups, messages, alerts and counts (kept `retentionDays` more days); also runs by itself just after every local midnight. */
  forgetOldDays(): void;
  /** Resolves once the trained model answers (after training it, the first time) or it is clear it cannot. */
  understandingReady(): Promise<void>;
  /** The alert webhook's deliveries and failures; absent when none is configured. */
  webhookStatus(): WebhookStatus | undefined;
  /** Stops background work (a training, a bridge connection) so the process can end. */
  close(): Promise<void>;
}

/** Training is deterministic for a seed; the robot always trains with this one. */
export const NLU_SEED = 20261123;

/** Readable by the robot's user only, where the robot owns the folder (IT may have given it a shared one). */
function tightenMode(dir: string): void {
  try {
    if ((fs.statSync(dir).mode & 0o077) !== 0) fs.chmodSync(dir, 0o700);
  } catch {
    // Not ours to change; the files inside are still made 0600.
  }
}

/**
 * A data directory the robot can write, readable by its user only; or, when the configured one cannot be
 * used, a new private temporary one (never a predictable shared path another user could have made first),
 * with the reason.
 */
function usableDataDir(configured: string): { dir: string; problem?: string } {
  try {
    fs.mkdirSync(configured, { recursive: true, mode: 0o700 });
    fs.accessSync(configured, fs.constants.W_OK);
    tightenMode(configured);
    return { dir: configured };
  } catch (err) {
    const fallback = fs.mkdtempSync(path.join(os.tmpdir(), 'laiban-'));
    return {
      dir: fallback,
      problem: `dataDir ${configured} cannot be used (${(err as Error).message}); the robot keeps today's data in ${fallback}, which is gone at restart`,
    };
  }
}

function openPreschool(dataDir: string, log: Logger): { store?: PreschoolStore; problem?: string } {
  try {
    return { store: PreschoolStore.open(PreschoolStore.inDataDir(dataDir)) };
  } catch (err) {
    const problem = `the preschool database could not be opened: ${(err as Error).message}`;
    log.error(problem);
    return { problem };
  }
}

export function createRobot(options: RobotOptions): Robot {
  const { config } = options;
  const data = usableDataDir(config.dataDir);
  const inData = (file: string) => (data.problem ? path.join(data.dir, path.relative(config.dataDir, file)) : file);
  const log = createFileLogger(inData(config.log.file), config.log.level);
  if (data.problem) log.warn(data.problem);

  // Off by the config, or by IT through the admin API (kept in dataDir).
  const disabled = () => [...config.skills.disabled, ...disabledByIt(config.dataDir, log)];
  const builtin = options.builtin ?? builtinSkills;
  const loaded = loadSkills(builtin, config.skills.installedDir, disabled(), config.skills.timeoutMs);
  for (const problem of loaded.problems) log.warn({ problem }, problem.message);

  const realClock = options.realClock ?? systemClock;
  const bridgeLink = options.data
    ? undefined
    : connectBridgeLink(config, data.dir, { log, realClock, ...(options.installPushedSkill ? { installPushedSkill: options.installPushedSkill } : {}) });
  const preschool = openPreschool(data.dir, log);
  const rosterNow = (): string[] => [...new Set([...config.children, ...(preschool.store?.children().map((c) => c.firstName) ?? [])])];
  const roster = rosterNow();
  const forgetOldDays = (): void => {
    if (!preschool.store) return;
    // Real time, never a question's `now`: `laiban ask --now <next week>` must not delete today.
    const today = localTime(realClock.now(), config.timeZone).date;
    const keepFrom = addCalendarDays(today, -config.retention.days);
    const forgotten = preschool.store.forgetBefore(keepFrom, parseLocalDateTime(`${keepFrom}T00:00`, config.timeZone));
    if (Object.values(forgotten).some((n) => n > 0)) log.info({ forgotten }, 'forgot the days before the retention window');
  };
  forgetOldDays();
  let forgotOn = localTime(realClock.now(), config.timeZone).date;
  const purgeAtMidnight = everyLocalMidnight(realClock, config.timeZone, () => {
    forgotOn = localTime(realClock.now(), config.timeZone).date;
    forgetOldDays();
  });
  const preschoolSource = preschoolDataSource(preschool.store, { problem: preschool.problem });
  const lunchFeed = config.lunch.provider === 'manual' ? undefined : bridgeLink?.source;
  const lunchSource = typedMenuSource(preschool.store, lunchFeed, realClock, preschool.problem);
  const dataSource =
    options.data ??
    routeDataSources({ ...Object.fromEntries(PRESCHOOL_SOURCES.map((s) => [s, preschoolSource])), lunch: lunchSource }, bridgeLink!.source);
  const { intents, language } = loaded;
  const understanding = new Understanding(new BaselineMatcher(intents), intents, config.understanding.minConfidence);
  let nlu: ModelManager | undefined;
  let ready: Promise<void> = Promise.resolve();
  let modelLoaded: Promise<unknown> = Promise.resolve();
  if (config.understanding.classifier === 'model') {
    nlu = new ModelManager({
      dir: config.understanding.modelDir,
      request: { intents, roster, seed: NLU_SEED, language },
      train: trainInWorker,
      open: (model) => OnnxIntentClassifier.load(model.bytes, { labels: model.meta.labels, buckets: model.meta.buckets }),
      // The understanding of the skill set answering when the model is ready (IT may have changed the set).
      use: (classifier, meta) => conversation.understanding.useClassifier(classifier, meta.threshold),
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
  const stores = new Map<string, JsonFileStore>();
  const presenters = options.presenters ?? [];
  const skillStore = (id: string): JsonFileStore => {
    let store = stores.get(id);
    if (!store) {
      store = new JsonFileStore(path.join(data.dir, 'skill-data', `${id}.json`));
      stores.set(id, store);
    }
    return store;
  };

  const webhookUrl = config.safeguarding.webhook.url;
  const webhook = webhookUrl === undefined ? undefined : new AlertWebhook({ ...config.safeguarding.webhook, url: webhookUrl }, { robotName: config.robotName, clock: realClock, log });
  const alertDesk = new AlertDesk({
    store: preschool.store,
    log,
    timeZone: config.timeZone,
    repeatWindowMs: config.safeguarding.repeatMinutes * 60_000,
    includeNames: config.safeguarding.webhook.includeNames,
    ...(options.alertSound && config.safeguarding.chime ? { sound: options.alertSound } : {}),
    ...(webhook ? { notify: (notice: AlertNotice) => void webhook.send(notice) } : {}),
  });

  const conversation = new Conversation({
    understanding,
    skills: loaded.skills,
    clock: options.clock,
    settings: {
      robotName: config.robotName,
      roster,
      timeZone: config.timeZone,
      defaultLang: config.language,
      followUpMs: config.conversation.followUpSeconds * 1000,
      skillTimeoutMs: config.skills.timeoutMs,
      staffWord: config.safeguarding.staffWord,
      alertOnToilet: config.safeguarding.alertOnToilet,
    },
    storeFor: skillStore,
    data: dataSource,
    log,
    present: async (turn) => {
      const today = localTime(realClock.now(), config.timeZone).date;
      if (today !== forgotOn) {
        forgotOn = today;
        forgetOldDays();
      }
      if (turn.intent && turn.outcome === 'answered') preschool.store?.countQuestion(today, turn.intent);
      for (const present of presenters) await present(turn);
    },
    raiseAlert: (alert) => alertDesk.raise(alert),
    onEvent: (event) => {
      // A skill's own alert (the safeguarding layer raises its alerts itself).
      if (event.type === 'alert' && event.skill !== SAFEGUARDING_SKILL) {
        alertDesk.raise({ at: new Date(event.at), text: event.text, category: 'help_call', level: 'needs_adult', about: 'self' });
      }
      options.onEvent?.(event);
    },
    onState: options.onState,
    warmUp: modelLoaded,
  });
  const live = new LiveSkills(
    {
      builtin,
      installedDir: config.skills.installedDir,
      disabled,
      timeoutMs: config.skills.timeoutMs,
      minConfidence: config.understanding.minConfidence,
      roster,
      seed: NLU_SEED,
      ...(nlu ? { nlu } : {}),
      conversation,
      log,
    },
    loaded,
  );

  return {
    conversation,
    get understanding() {
      return conversation.understanding;
    },
    get skills() {
      return conversation.skills;
    },
    get training() {
      return { intents: live.loaded.intents, language: live.loaded.language };
    },
    get skillProblems() {
      return live.loaded.problems;
    },
    live,
    dataDirProblem: data.problem,
    dataDir: data.dir,
    log,
    nlu,
    bridgeLink,
    preschool: preschool.store,
    roster,
    refreshRoster: () => {
      roster.splice(0, roster.length, ...rosterNow());
      void nlu?.setRoster(roster);
    },
    forgetOldDays,
    skillStore,
    understandingReady: () => ready.catch(() => undefined),
    webhookStatus: () => webhook?.status(),
    close: async () => {
      conversation.close();
      purgeAtMidnight.stop();
      webhook?.close();
      nlu?.close();
      await bridgeLink?.close();
      await Promise.all(conversation.skills.map((skill) => skill.close?.()));
      await live.close();
      preschool.store?.close();
    },
  };
}

/** Skills IT switched off; a damaged state file is said in the log and read as none, so the robot still starts. */
function disabledByIt(dataDir: string, log: Logger): string[] {
  try {
    return readDisabledSkills(skillStateFile(dataDir));
  } catch (err) {
    log.error({ error: (err as Error).message }, 'the skill state file is damaged; no skill is switched off by it');
    return [];
  }
}
