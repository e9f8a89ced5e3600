/** The contract between the robot and every skill, built-in or installed. */
import type { SkillSentences } from './sentences';

import type { Lang, Localized } from '../../core/languages';

export { LANGS, type Lang, type Localized } from '../../core/languages';

export const EXPRESSIONS = ['neutral', 'happy', 'thinking', 'sad', 'surprised', 'listening'] as const;
export type Expression = (typeof EXPRESSIONS)[number];

/** Slot kinds the understanding layer can fill. `date` is a calendar date "YYYY-MM-DD" in the robot's time zone. */
export const SLOT_KINDS = ['date', 'child', 'meal', 'timeOfDay', 'rating'] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];
export type Slots = Partial<Record<SlotKind, string>>;

export interface IntentSpec {
  id: string;
  /** Example utterances per language; the understanding layer learns from these. */
  examples: Partial<Record<Lang, string[]>>;
  /** Templates per language from the skill's sentence files, shared rules already expanded (set at load time). */
  sentences?: Partial<Record<Lang, string[]>>;
  slots: SlotKind[];
  /** `urgent` intents (a child who is hurt) win over every other intent that also matches. */
  priority: 'normal' | 'urgent';
}

export interface SkillManifest {
  id: string;
  version: string;
  name: Localized;
  /** What this skill does, as a phrase that completes "Jag kan …" / "I can …" (help reads these out). */
  description: Localized;
  languages: Lang[];
  intents: IntentSpec[];
  /** Bridge data sources this skill may request (e.g. "weather", "lunch"). */
  permissions: { data: string[] };
}

export interface FollowUp {
  /** Asked after the answer; the child's next utterance fills `slot` for the same intent. */
  question: Localized;
  slot: SlotKind;
}

export interface Reply {
  /** At most two short sentences (see speech-budget.ts); longer content goes in `more`. */
  speech: Localized;
  expression: Expression;
  followUp?: FollowUp;
  /** Other phrasings of the same facts: a child who asks again does not hear the same words. */
  variants?: Localized[];
  /** The rest, told one part at a time after "Vill du höra mer?" and a yes. */
  more?: Localized[];
  /** Asked instead of "Vill du höra mer?" ("Vad tror du?" after a riddle). */
  moreQuestion?: Localized;
  /** A guessing game: any answer that is no other question (a guess, "vet inte") tells the next part. */
  guessing?: boolean;
}

/** Things a skill tells the rest of the robot about; the panel and body act on them. */
export type RobotEvent = {
  type: 'alert';
  reason: 'needs_adult';
  skill: string;
  text: string;
  at: string;
  /** From the safeguarding layer: the kind of need, how urgent, and whom it is about. */
  category?: string;
  level?: 'emergency' | 'needs_adult' | 'routine';
  about?: 'self' | 'other';
};

export type { JsonValue } from '../../core/json';
import type { JsonValue } from '../../core/json';

/** A skill's own small persistent store; writes are atomic. */
export interface KeyValueStore {
  get(key: string): Promise<JsonValue | undefined>;
  set(key: string, value: JsonValue): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Data from the bridge (weather, lunch…); only sources named in the manifest's permissions. */
export interface DataAccess {
  request(source: string, params?: Record<string, JsonValue>): Promise<JsonValue>;
}

export interface SkillLogger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export interface SkillSummary {
  id: string;
  name: Localized;
  description: Localized;
  /** It answers a child who needs a grown-up (an urgent intent). */
  urgent: boolean;
}

export interface SkillContext {
  /** The moment the question was asked; never read the system clock in a skill. */
  now: Date;
  timeZone: string;
  /** What the robot is called at this preschool (config robotName). */
  robotName: string;
  lang: Lang;
  intent: string;
  /** The utterance as understood (normalised: lower case, no punctuation). */
  text: string;
  slots: Slots;
  store: KeyValueStore;
  data: DataAccess;
  log: SkillLogger;
  /** Every loaded skill, for skills that talk about the others (help). */
  skills: readonly SkillSummary[];
  emit(event: RobotEvent): void;
}

export type SkillHandler = (ctx: SkillContext) => Reply | Promise<Reply>;

export interface Skill {
  manifest: SkillManifest;
  handle: SkillHandler;
  /** The skill's language as data (its `sentences/` folder): templates, lists, hard negatives. */
  sentences?: SkillSentences;
  /** Set by the robot for an installed skill: stops its sandboxed process. */
  close?(): Promise<void>;
}
