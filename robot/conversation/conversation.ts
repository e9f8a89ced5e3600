import { performance } from 'node:perf_hooks';
import { localTime } from '../../skills/sdk/calendar';
import type { Expression, KeyValueStore, Lang, Reply, RobotEvent, Skill, SkillSummary, Slots } from '../../skills/sdk/types';
import type { Clock } from '../clock';
import type { Logger } from '../runtime/log';
import { type DataSource, dataAccessFor } from '../runtime/data-access';
import { runSkill } from '../runtime/skill-runner';
import { OUT_OF_SCOPE } from '../understanding/types';
import type { Understanding } from '../understanding/understand';
import { notUnderstoodReply, skillFailedReply } from './fallbacks';
import { applyFollowUp, type TurnMemory } from './follow-up';
import { type ConversationEvent, type ConversationState, nextState } from './state-machine';

/** One question and its answer: what `laiban ask --json` prints and what the voice and face show. */
export interface Turn {
  text: string;
  lang: Lang;
  intent: string;
  confidence: number;
  slots: Slots;
  skill: string | null;
  answer: string;
  expression: Expression;
  outcome: 'answered' | 'skill-failed' | 'not-understood';
  /** Thinking time: understanding plus the skill. */
  ms: number;
}

export interface ConversationSettings {
  robotName: string;
  roster: readonly string[];
  timeZone: string;
  defaultLang: Lang;
  followUpMs: number;
  skillTimeoutMs: number;
}

export interface ConversationDeps {
  understanding: Understanding;
  skills: readonly Skill[];
  clock: Clock;
  settings: ConversationSettings;
  storeFor(skillId: string): KeyValueStore;
  data: DataSource;
  log: Logger;
  /** Speaks and shows the answer; the conversation stays "speaking" until it resolves. */
  present(turn: Turn): Promise<void>;
  onState?(state: ConversationState, expression: Expression): void;
  onEvent?(event: RobotEvent): void;
  /** The first question waits for this (loading a stored model: milliseconds, never a training). */
  warmUp?: Promise<unknown>;
}

export interface AskOptions {
  lang?: Lang;
  now?: Date;
}

export class Conversation {
  private state: ConversationState = 'idle';
  private memory: TurnMemory | undefined;
  private queue: Promise<unknown>;
  private readonly byIntent = new Map<string, Skill>();
  private readonly summaries: SkillSummary[];

  constructor(private readonly deps: ConversationDeps) {
    this.queue = (deps.warmUp ?? Promise.resolve()).catch(() => undefined);
    for (const skill of deps.skills) for (const intent of skill.manifest.intents) this.byIntent.set(intent.id, skill);
    this.summaries = deps.skills.map(({ manifest: m }) => ({
      id: m.id,
      name: m.name,
      description: m.description,
      urgent: m.intents.some((i) => i.priority === 'urgent'),
    }));
  }

  get current(): ConversationState {
    return this.state;
  }

  /** Marks the start of listening (the console prompt, or a voice on the microphone). */
  wake(): void {
    if (this.state === 'idle') this.move({ type: 'wake' }, 'listening');
  }

  /** Questions are answered one at a time, in the order they came. */
  ask(text: string, options: AskOptions = {}): Promise<Turn> {
    const turn = this.queue.then(() => this.answer(text, options));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async answer(text: string, options: AskOptions): Promise<Turn> {
    const { settings, understanding, clock } = this.deps;
    const now = options.now ?? clock.now();
    const started = performance.now();
    this.move({ type: 'heard', text }, 'thinking');

    const today = localTime(now, settings.timeZone).date;
    const roster = settings.roster;
    const first = await understanding.understand({ text, lang: options.lang, defaultLang: settings.defaultLang, today, roster });
    const understood = applyFollowUp({
      understood: first,
      memory: this.memory,
      now,
      today,
      roster,
      windowMs: settings.followUpMs,
      acceptedSlots: this.memory ? understanding.slotsFor(this.memory.intent) : [],
    });

    const skill = understood.intent === OUT_OF_SCOPE ? undefined : this.byIntent.get(understood.intent);
    let reply: Reply = notUnderstoodReply;
    let outcome: Turn['outcome'] = 'not-understood';
    if (skill) {
      const result = await runSkill(skill, this.contextFor(skill, understood, now), settings.skillTimeoutMs);
      if (result.kind === 'answered') {
        reply = result.reply;
        outcome = 'answered';
      } else {
        reply = skillFailedReply;
        outcome = 'skill-failed';
        this.deps.log.error({ skill: skill.manifest.id, reason: result.reason, error: result.error }, 'skill failed');
      }
    }

    const lang = understood.lang;
    const answer = reply.followUp ? `${reply.speech[lang]} ${reply.followUp.question[lang]}` : reply.speech[lang];
    if (skill) {
      this.memory = { intent: understood.intent, slots: understood.slots, lang, at: now.getTime(), awaiting: reply.followUp?.slot };
    }
    const turn: Turn = {
      text,
      lang,
      intent: understood.intent,
      confidence: Math.round(understood.confidence * 1000) / 1000,
      slots: understood.slots,
      skill: skill?.manifest.id ?? null,
      answer,
      expression: reply.expression,
      outcome,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    this.deps.log.info({ intent: turn.intent, skill: turn.skill, outcome, ms: turn.ms }, 'turn');

    this.move({ type: 'answered' }, reply.expression);
    try {
      await this.deps.present(turn);
    } catch (err) {
      this.deps.log.error({ error: (err as Error).message }, 'presenting the answer failed');
    }
    this.move({ type: 'spoken', awaitingAnswer: Boolean(reply.followUp) });
    return turn;
  }

  private contextFor(skill: Skill, understood: { lang: Lang; intent: string; normalized: string; slots: Slots }, now: Date) {
    const { manifest } = skill;
    const log = this.deps.log.child({ skill: manifest.id });
    return {
      now,
      timeZone: this.deps.settings.timeZone,
      robotName: this.deps.settings.robotName,
      lang: understood.lang,
      intent: understood.intent,
      text: understood.normalized,
      slots: understood.slots,
      store: this.deps.storeFor(manifest.id),
      data: dataAccessFor(manifest, this.deps.data),
      log: {
        info: (msg: string, fields?: Record<string, unknown>) => log.info(fields ?? {}, msg),
        warn: (msg: string, fields?: Record<string, unknown>) => log.warn(fields ?? {}, msg),
        error: (msg: string, fields?: Record<string, unknown>) => log.error(fields ?? {}, msg),
      },
      skills: this.summaries,
      emit: (event: RobotEvent) => {
        // What the child said goes to the panel's alert list (gone after the day), never into the log file.
        const { text: _said, ...kept } = event;
        this.deps.log.warn({ event: kept }, 'robot event');
        this.deps.onEvent?.(event);
      },
    };
  }

  private move(event: ConversationEvent, expression?: Expression): void {
    this.state = nextState(this.state, event);
    const shown: Expression = expression ?? (this.state === 'listening' ? 'listening' : this.state === 'thinking' ? 'thinking' : 'neutral');
    this.deps.onState?.(this.state, shown);
  }
}
