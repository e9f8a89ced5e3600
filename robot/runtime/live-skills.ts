/**
 * The skill set a running robot answers with, and how it changes without a restart: after an install, a
 * rollback or a skill switched on or off, the set is read again from disk, its intent model made (the
 * stored one when it fits, else trained in the worker), its sandboxes started, and then the conversation
 * switches to it when it is idle. The set it replaces is closed (its sandboxes stopped).
 */
import type { Logger } from '../../core/logger';
import type { Skill } from '../../skills/sdk/types';
import type { Conversation } from '../conversation/conversation';
import { describeSwitchedOff, type SwitchedOff } from '../sandbox/switched-off';
import { BaselineMatcher } from '../understanding/baseline-matcher';
import type { ModelManager, PreparedModel } from '../understanding/lifecycle/model-manager';
import type { TrainRequest } from '../understanding/lifecycle/train-model';
import { Understanding } from '../understanding/understand';
import { type LoadedSkills, loadSkills, type SkillOverride } from './load-skills';

export type LiveOutcome =
  /** The next question is answered by the new set. */
  | { kind: 'switched'; skills: string[] }
  /** A conversation is going on; the new set answers once it is over. */
  | { kind: 'waiting'; skills: string[] };

export interface LiveSkillsDeps {
  builtin: readonly Skill[];
  installedDir: string;
  /** Read at each change: config's skills.disabled and IT's switched-off skills. */
  disabled(): string[];
  timeoutMs: number;
  minConfidence: number;
  /** The names the robot understands (kept up to date by the robot). */
  roster: readonly string[];
  seed: number;
  nlu?: ModelManager;
  conversation: Conversation;
  log: Logger;
}

interface PreparedSet {
  loaded: LoadedSkills;
  understanding: Understanding;
  model?: PreparedModel;
}

export class LiveSkills {
  private changes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly deps: LiveSkillsDeps,
    private current: LoadedSkills,
  ) {}

  get loaded(): LoadedSkills {
    return this.current;
  }

  /**
   * Makes and stores the intent model for the set as it will be with `change` (an install's unpacked
   * folder), before anything switches; throws when no model can be made, so the install is refused.
   */
  async prepareModel(change: SkillOverride): Promise<void> {
    if (!this.deps.nlu) return;
    const loaded = this.load(change);
    const model = await this.deps.nlu.prepare(this.request(loaded));
    await closeAll(loaded);
    if (model.kind === 'failed') throw new Error(model.reason);
  }

  /** Reads the skills again and switches to them (now, or when the conversation is idle). One change at a time. */
  apply(): Promise<LiveOutcome> {
    const change = this.changes.then(() => this.switchTo(this.load()));
    this.changes = change.catch(() => undefined);
    return change;
  }

  /** Installed skills their sandbox switched off, with the reason and what IT can do, by skill id. */
  switchedOff(): Map<string, SwitchedOff> {
    const off = new Map<string, SwitchedOff>();
    for (const [id, sandbox] of this.current.sandboxes) {
      const status = sandbox.status;
      const name = this.current.skills.find((s) => s.manifest.id === id)?.manifest.name.sv ?? id;
      if (status.kind === 'off') off.set(id, describeSwitchedOff(id, name, status));
    }
    return off;
  }

  async close(): Promise<void> {
    await closeAll(this.current);
  }

  private load(change?: SkillOverride): LoadedSkills {
    const { builtin, installedDir, timeoutMs } = this.deps;
    return loadSkills(builtin, installedDir, this.deps.disabled(), timeoutMs, change);
  }

  private request(loaded: LoadedSkills): TrainRequest {
    return { intents: loaded.intents, roster: [...this.deps.roster], seed: this.deps.seed, language: loaded.language };
  }

  private async switchTo(loaded: LoadedSkills): Promise<LiveOutcome> {
    const prepared = await this.prepare(loaded);
    for (const sandbox of loaded.sandboxes.values()) sandbox.warm();
    const skills = loaded.skills.map((s) => s.manifest.id);
    const { now, switched } = this.deps.conversation.useSkills({ understanding: prepared.understanding, skills: loaded.skills });
    void switched.then(async (outcome) => {
      if (outcome.kind === 'superseded') return closeAll(loaded);
      this.adoptModel(prepared);
      const previous = this.current;
      this.current = loaded;
      this.deps.log.info({ skills, waited: !now }, 'the new skill set answers');
      await closeAll(previous);
    });
    return { kind: now ? 'switched' : 'waiting', skills };
  }

  private async prepare(loaded: LoadedSkills): Promise<PreparedSet> {
    const understanding = new Understanding(new BaselineMatcher(loaded.intents), loaded.intents, this.deps.minConfidence);
    if (!this.deps.nlu) return { loaded, understanding };
    const model = await this.deps.nlu.prepare(this.request(loaded));
    if (model.kind === 'ready') understanding.useClassifier(model.classifier, model.meta.threshold);
    else this.deps.log.error({ reason: model.reason }, 'no intent model for the new skill set; the simple matcher answers until one is trained');
    return { loaded, understanding, model };
  }

  private adoptModel(prepared: PreparedSet): void {
    const { nlu } = this.deps;
    if (!nlu || !prepared.model) return;
    if (prepared.model.kind === 'ready') nlu.adoptPrepared(prepared.model);
    else nlu.forget(this.request(prepared.loaded), prepared.model.reason);
  }
}

async function closeAll(loaded: LoadedSkills): Promise<void> {
  await Promise.all([...loaded.sandboxes.values()].map((sandbox) => sandbox.close()));
}
