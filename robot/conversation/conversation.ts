import { performance } from 'node:perf_hooks';
import { localTime } from '../../core/calendar';
import type { Lang } from '../../core/languages';
import type { Expression, KeyValueStore, Reply, RobotEvent, Skill, Slots } from '../../skills/sdk/types';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import { type DataSource, dataAccessFor } from '../runtime/data-access';
import { runSkill } from '../runtime/skill-runner';
import { checkInAnswer, type PendingCheckIn } from '../safeguarding/check-in';
import { checkInNo, checkInQuestion, checkInSilence, checkInYes, safeguardingReply, type StaffWord } from '../safeguarding/replies';
import { type Detection, isAlertLevel } from '../understanding/safeguarding/categories';
import { cleanUtterance } from '../understanding/normalize';
import { NEEDS_ADULT, OUT_OF_SCOPE } from '../understanding/types';
import type { NewAlert } from '../preschool/store-types';
import type { Understanding } from '../understanding/understand';
import { notHeardReply, notUnderstoodReply, skillFailedReply } from './fallbacks';
import { applyFollowUp, type TurnMemory } from './follow-up';
import { MORE_QUESTION, NO_MORE, type PendingParts } from './more-parts';
import { choosePhrasing, type SaidBefore } from './phrasing';
import { type ConversationEvent, type ConversationState, nextState } from './state-machine';
import { type ActiveSet, activeSet, type SkillSetInUse } from './skill-set';
import { type SkillSwitch, WhenIdle } from './when-idle';

export type { SkillSetInUse } from './skill-set';

export type { SkillSwitch } from './when-idle';

/** One question and its answer: what `laiban ask --json` prints and what the voice and face show. */
export interface Turn {
  text: string;
  lang: Lang;
  intent: string;
  confidence: number;
  slots: Slots;
  /** The skill that answered; "safeguarding" when the safeguarding layer did. */
  skill: string | null;
  answer: string;
  /** What the safeguarding layer found, and whether it alerted the staff. */
  safeguarding?: { category: string; level: string; about: 'self' | 'other'; alerted: boolean };
  expression: Expression;
  outcome: 'answered' | 'skill-failed' | 'not-understood' | 'not-heard';
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
  /** What the preschool calls its staff in the safeguarding answers. */
  staffWord: StaffWord;
  /** A routine toilet need alerts the staff too. */
  alertOnToilet: boolean;
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
  /** A child needs a grown-up: keep it for the panel, chime, tell the webhook. */
  raiseAlert?(alert: NewAlert & { name?: string }): void;
  /** The first question waits for this (loading a stored model: milliseconds, never a training). */
  warmUp?: Promise<unknown>;
}

/** How sure the ears were of the words (absent for typed text, which is what it says). */
export interface HeardHow {
  /** Too unsure to act on: the robot asks the child to say it again, unless a safeguarding word is in it. */
  unsure: boolean;
  /** Average word confidence, 0–1. */
  confidence: number;
  /** Share of the words outside the recogniser's grammar ("[unk]"). */
  unknownShare: number;
}

export interface AskOptions {
  lang?: Lang;
  now?: Date;
  heard?: HeardHow;
}

export const SAFEGUARDING_SKILL = 'safeguarding';

export class Conversation {
  private state: ConversationState = 'idle';
  private memory: TurnMemory | undefined;
  private checkIn: PendingCheckIn | undefined;
  private parts: PendingParts | undefined;
  private guess: PendingParts | undefined;
  private saidBefore: SaidBefore | undefined;
  private silenceTimer: NodeJS.Timeout | undefined;
  private queue: Promise<unknown>;
  private set: ActiveSet;
  /** Another skill set waits here until the robot is idle. */
  private readonly switcher = new WhenIdle<SkillSetInUse>(
    (next) => this.switchNow(next),
    () => this.checkIn !== undefined,
  );

  constructor(private readonly deps: ConversationDeps) {
    this.queue = (deps.warmUp ?? Promise.resolve()).catch(() => undefined);
    this.set = activeSet(deps);
  }

  get current(): ConversationState {
    return this.state;
  }

  get understanding(): Understanding {
    return this.set.understanding;
  }

  get skills(): readonly Skill[] {
    return this.set.skills;
  }

  /** No turn in progress or queued, and nothing the last answer left open for a follow-up. */
  get idle(): boolean {
    return this.switcher.idle;
  }

  /**
   * Another skill set answers from the next question on — at once when the robot is idle, else as soon as it
   * is: the turn in progress, and any follow-up to it, are answered by the set that began it. `now` says
   * whether it switched before returning; a newer set that arrives while this one waits supersedes it.
   */
  useSkills(next: SkillSetInUse): { now: boolean; switched: Promise<SkillSwitch> } {
    return this.switcher.request(next);
  }

  private switchNow(next: SkillSetInUse): void {
    this.set = activeSet(next);
    this.memory = undefined;
    this.parts = undefined;
    this.guess = undefined;
    this.saidBefore = undefined;
  }

  /** Marks the start of listening (the console prompt, or a voice on the microphone). */
  wake(): void {
    if (this.state === 'idle') this.move({ type: 'wake' }, 'listening');
  }

  /** Questions are answered one at a time, in the order they came. */
  ask(text: string, options: AskOptions = {}): Promise<Turn> {
    const turn = this.switcher.track(this.queue.then(() => this.answer(text, options)));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async answer(said: string, options: AskOptions): Promise<Turn> {
    const text = cleanUtterance(said);
    const now = options.now ?? this.deps.clock.now();
    const started = performance.now();
    if (this.state !== 'idle' && this.state !== 'listening') {
      this.deps.log.error({ state: this.state }, 'a question came while the conversation was not listening; starting afresh');
      this.state = 'idle';
    }
    this.move({ type: 'heard', text }, 'thinking');
    let answered: { turn: Turn; awaitingAnswer: boolean };
    try {
      answered = await this.think(text, options, now);
    } catch (err) {
      // Whatever failed, this child gets a kind answer and the next question is answered.
      this.deps.log.error({ error: (err as Error).message }, 'understanding or answering failed');
      this.memory = undefined;
      answered = { turn: this.failedTurn(text, options.lang ?? this.deps.settings.defaultLang), awaitingAnswer: false };
    }
    return this.finish(answered, started);
  }

  private failedTurn(text: string, lang: Lang): Turn {
    return { text, lang, intent: OUT_OF_SCOPE, confidence: 0, slots: {}, skill: null, answer: skillFailedReply.speech[lang], expression: skillFailedReply.expression, outcome: 'skill-failed', ms: 0 };
  }

  private async think(text: string, options: AskOptions, now: Date): Promise<{ turn: Turn; awaitingAnswer: boolean }> {
    const { settings } = this.deps;
    const { understanding } = this.set;
    if (options.heard?.unsure) return this.unsure(text, options, now);
    const checked = this.answerCheckIn(text, now, options.lang);
    if (checked) return checked;
    const continued = this.answerMore(text, now, options.lang);
    if (continued) return continued;

    const today = localTime(now, settings.timeZone).date;
    const roster = settings.roster;
    const heard = await understanding.understand({ text, lang: options.lang, defaultLang: settings.defaultLang, today, roster });
    if (heard.safeguarding) return this.safeguard(heard.safeguarding, { text, lang: heard.lang, now, slots: heard.slots });
    // A bare "ja" or "nej" that answers no question of the robot's is no request to any skill.
    const first = checkInAnswer(text) === 'other' ? heard : { ...heard, intent: OUT_OF_SCOPE, slots: {} };
    // A guess is what the game's own skill or nobody understood ("en häst"); another skill's question is answered.
    const guessing = first.intent === OUT_OF_SCOPE || this.set.byIntent.get(first.intent)?.manifest.id === this.guess?.skill;
    const guessed = guessing ? this.answerGuess(text, now, first.lang) : undefined;
    if (guessed) return guessed;
    this.guess = undefined;
    const understood = applyFollowUp({
      understood: first,
      memory: this.memory,
      now,
      today,
      roster,
      windowMs: settings.followUpMs,
      acceptedSlots: this.memory ? understanding.slotsFor(this.memory.intent) : [],
    });

    const skill = understood.intent === OUT_OF_SCOPE ? undefined : this.set.byIntent.get(understood.intent);
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
    const { speech, said } = choosePhrasing(reply, `${understood.intent}:${understood.normalized}`, now, this.saidBefore);
    this.saidBefore = said;
    const parts = reply.followUp ? [] : (reply.more ?? []);
    const pending: PendingParts | undefined = parts.length && skill
      ? { parts, question: reply.moreQuestion ?? MORE_QUESTION, guessing: reply.guessing === true, intent: understood.intent, skill: skill.manifest.id, expression: reply.expression, askedAt: now.getTime() }
      : undefined;
    this.parts = pending?.guessing ? undefined : pending;
    this.guess = pending?.guessing ? pending : undefined;
    const question = reply.followUp?.question ?? pending?.question;
    const answer = question ? `${speech[lang]} ${question[lang]}` : speech[lang];
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
      ms: 0,
    };
    return { turn, awaitingAnswer: question !== undefined };
  }

  /**
   * The ears were unsure: a safeguarding word is acted on all the same; anything else is asked again rather
   * than guessed at, and what the robot was waiting for (a yes or no, the next part) stays waiting.
   */
  private async unsure(text: string, options: AskOptions, now: Date): Promise<{ turn: Turn; awaitingAnswer: boolean }> {
    const { settings } = this.deps;
    const { understanding } = this.set;
    const today = localTime(now, settings.timeZone).date;
    const heard = await understanding.understand({ text, lang: options.lang, defaultLang: settings.defaultLang, today, roster: settings.roster });
    if (heard.safeguarding) return this.safeguard(heard.safeguarding, { text, lang: heard.lang, now, slots: heard.slots });
    const lang = options.lang ?? this.memory?.lang ?? settings.defaultLang;
    this.deps.log.info({ confidence: options.heard?.confidence, unknownShare: options.heard?.unknownShare }, 'unsure what was said: asking again');
    const turn: Turn = { text, lang, intent: OUT_OF_SCOPE, confidence: options.heard?.confidence ?? 0, slots: {}, skill: null, answer: notHeardReply.speech[lang], expression: notHeardReply.expression, outcome: 'not-heard', ms: 0 };
    return { turn, awaitingAnswer: true };
  }

  /** A yes to "Vill du höra mer?" tells the next part; a no ends it; anything else is a new question. */
  private answerMore(text: string, now: Date, lang: Lang | undefined): { turn: Turn; awaitingAnswer: boolean } | undefined {
    const pending = this.parts;
    if (!pending) return undefined;
    this.parts = undefined;
    if (now.getTime() - pending.askedAt > this.deps.settings.followUpMs) return undefined;
    const answer = checkInAnswer(text);
    if (answer === 'other') return undefined;
    const spokenLang = lang ?? this.memory?.lang ?? this.deps.settings.defaultLang;
    return answer === 'yes' ? this.tellNextPart(pending, text, now, spokenLang) : this.partsTurn(pending, text, spokenLang, NO_MORE[spokenLang]);
  }

  /** A guessing game's answer: whatever the child guessed (that was no other question), the next part tells. */
  private answerGuess(text: string, now: Date, lang: Lang): { turn: Turn; awaitingAnswer: boolean } | undefined {
    const pending = this.guess;
    this.guess = undefined;
    if (!pending || now.getTime() - pending.askedAt > this.deps.settings.followUpMs) return undefined;
    return this.tellNextPart(pending, text, now, lang);
  }

  private tellNextPart(pending: PendingParts, text: string, now: Date, lang: Lang): { turn: Turn; awaitingAnswer: boolean } {
    const [next, ...rest] = pending.parts;
    const goesOn = rest.length > 0 ? { ...pending, parts: rest, askedAt: now.getTime() } : undefined;
    this.parts = goesOn && !goesOn.guessing ? goesOn : undefined;
    this.guess = goesOn?.guessing ? goesOn : undefined;
    const told = next?.[lang] ?? NO_MORE[lang];
    return this.partsTurn(pending, text, lang, goesOn ? `${told} ${goesOn.question[lang]}` : told, goesOn !== undefined);
  }

  private partsTurn(pending: PendingParts, text: string, lang: Lang, answer: string, awaitingAnswer = false): { turn: Turn; awaitingAnswer: boolean } {
    const turn: Turn = { text, lang, intent: pending.intent, confidence: 1, slots: {}, skill: pending.skill, answer, expression: pending.expression, outcome: 'answered', ms: 0 };
    return { turn, awaitingAnswer };
  }

  private async finish(answered: { turn: Turn; awaitingAnswer: boolean }, started: number): Promise<Turn> {
    const turn = { ...answered.turn, ms: Math.round((performance.now() - started) * 10) / 10 };
    this.deps.log.info({ intent: turn.intent, skill: turn.skill, outcome: turn.outcome, ms: turn.ms }, 'turn');
    this.move({ type: 'answered' }, turn.expression);
    try {
      await this.deps.present(turn);
    } catch (err) {
      this.deps.log.error({ error: (err as Error).message }, 'presenting the answer failed');
    }
    this.move({ type: 'spoken', awaitingAnswer: answered.awaitingAnswer });
    const followUp = this.memory || this.parts || this.guess || this.checkIn;
    this.switcher.holdFor(followUp ? this.deps.settings.followUpMs : 0);
    return turn;
  }

  /**
   * Nothing was said after the robot asked (the microphone's silence, or the follow-up window running out):
   * after an emergency word, the alert goes to the staff anyway. Resolves to the turn said, if any.
   */
  heardNothing(): Promise<Turn | undefined> {
    const turn = this.switcher.track(this.queue.then(async () => {
      const pending = this.checkIn;
      this.stopSilenceTimer();
      this.checkIn = undefined;
      if (!pending?.detection.raiseOnSilence) {
        if (this.state === 'listening') this.move({ type: 'silence' });
        return undefined;
      }
      const now = this.deps.clock.now();
      const started = performance.now();
      if (this.state !== 'idle' && this.state !== 'listening') return undefined;
      this.move({ type: 'heard', text: '' }, 'thinking');
      const detection: Detection = { ...pending.detection, level: 'emergency' };
      this.alert(detection, pending.said, now);
      return this.finish({ turn: this.safeguardingTurn(pending.said, detection, checkInSilence, true), awaitingAnswer: false }, started);
    }));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** A yes or no to "Ska jag säga till en vuxen?"; anything else is a new question. */
  private answerCheckIn(text: string, now: Date, lang: Lang | undefined): { turn: Turn; awaitingAnswer: boolean } | undefined {
    const pending = this.checkIn;
    if (!pending) return undefined;
    this.checkIn = undefined;
    this.stopSilenceTimer();
    if (now.getTime() - pending.askedAt > this.deps.settings.followUpMs) return undefined;
    const answer = checkInAnswer(text);
    if (answer === 'other') return undefined;
    const detection: Detection = { ...pending.detection, lang: lang ?? pending.detection.lang };
    if (answer === 'no') return { turn: this.safeguardingTurn(text, detection, checkInNo, false), awaitingAnswer: false };
    const raised: Detection = { ...detection, level: detection.raiseOnSilence ? 'emergency' : 'needs_adult' };
    this.alert(raised, pending.said, now);
    return { turn: this.safeguardingTurn(text, raised, checkInYes(this.deps.settings.staffWord), true), awaitingAnswer: false };
  }

  /** The safeguarding layer answers: the words for the need, an alert, or the question whether something happened. */
  private safeguard(detection: Detection, asked: { text: string; lang: Lang; now: Date; slots: Slots }): { turn: Turn; awaitingAnswer: boolean } {
    const { settings } = this.deps;
    this.memory = undefined;
    const found = { ...detection, lang: asked.lang };
    if (detection.level === 'unsure') {
      this.checkIn = { detection: found, said: asked.text, askedAt: asked.now.getTime() };
      this.startSilenceTimer();
      return { turn: this.safeguardingTurn(asked.text, found, checkInQuestion(settings.staffWord), false, 'thinking'), awaitingAnswer: true };
    }
    const alerting = isAlertLevel(detection.level) || (detection.level === 'routine' && settings.alertOnToilet);
    if (alerting) this.alert(found, asked.text, asked.now);
    const reply = safeguardingReply(found, settings.staffWord, { alerting, said: asked.text });
    return { turn: this.safeguardingTurn(asked.text, found, reply.speech, alerting, reply.expression, asked.slots), awaitingAnswer: false };
  }

  private safeguardingTurn(text: string, detection: Detection, speech: Reply['speech'], alerted: boolean, expression: Expression = 'sad', slots: Slots = {}): Turn {
    return {
      text,
      lang: detection.lang,
      intent: NEEDS_ADULT,
      confidence: detection.score,
      slots,
      skill: SAFEGUARDING_SKILL,
      answer: speech[detection.lang],
      expression,
      outcome: 'answered',
      safeguarding: { category: detection.category, level: detection.level, about: detection.about, alerted },
      ms: 0,
    };
  }

  private alert(detection: Detection, said: string, at: Date): void {
    const level = detection.level === 'emergency' ? 'emergency' : detection.level === 'routine' ? 'routine' : 'needs_adult';
    const alert = { at, text: said, category: detection.category, level, about: detection.about, ...(detection.name ? { name: detection.name } : {}) } as const;
    try {
      this.deps.raiseAlert?.(alert);
    } catch (err) {
      this.deps.log.error({ error: (err as Error).message }, 'raising an alert failed');
    }
    this.deps.onEvent?.({ type: 'alert', reason: 'needs_adult', skill: SAFEGUARDING_SKILL, text: said, at: at.toISOString(), category: detection.category, level, about: detection.about });
  }

  private startSilenceTimer(): void {
    this.stopSilenceTimer();
    const timer = setTimeout(() => void this.heardNothing(), this.deps.settings.followUpMs);
    timer.unref();
    this.silenceTimer = timer;
  }

  private stopSilenceTimer(): void {
    if (this.silenceTimer !== undefined) clearTimeout(this.silenceTimer);
    this.silenceTimer = undefined;
  }

  /** Stops the timer that waits for an answer to the robot's question. */
  close(): void {
    this.stopSilenceTimer();
    this.switcher.close();
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
      skills: this.set.summaries,
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
