import type { Logger } from '../../../core/logger';
import type { IntentClassifier } from '../types';
import { keepForSet, loadKeptForSet, loadModel, type ModelMeta, saveModel, type StoredModel } from './model-files';
import type { TrainRequest, TrainResult } from './train-model';
import { skillSetHash } from './skill-set-hash';

/** A model whose validation accuracy is below this is a failed training, whatever it replaces. */
const MIN_VALIDATION_ACCURACY = 0.8;
/** A retrained model may score this much lower than the one it replaces (validation sets differ). */
const TOLERATED_DROP = 0.02;

export type NluStatus = { kind: 'baseline'; reason: string } | { kind: 'model'; meta: ModelMeta; retraining: boolean };

export type RetrainOutcome = { kind: 'swapped'; meta: ModelMeta } | { kind: 'kept'; reason: string };

/** A model for a skill set not yet in use: opened, waiting for the switch. */
export type PreparedModel = { kind: 'ready'; request: TrainRequest; meta: ModelMeta; classifier: IntentClassifier } | { kind: 'failed'; reason: string };

export interface ModelManagerDeps {
  dir: string;
  request: TrainRequest;
  train(request: TrainRequest, signal: AbortSignal): Promise<TrainResult>;
  /** Told when a (re)training starts, e.g. to say that the first answer will take a moment. */
  onTraining?(): void;
  open(model: StoredModel): Promise<IntentClassifier>;
  /** Called with each classifier that should answer from now on. */
  use(classifier: IntentClassifier, meta: ModelMeta): void;
  log: Logger;
}

/**
 * Keeps the understanding model in step with the installed skills: loads the stored model, retrains
 * (in a worker) when the skills or roster changed, and swaps in only a model that trained, validated and
 * is not worse than the one it replaces. Until a model exists the baseline matcher answers.
 */
export class ModelManager {
  private current: { meta: ModelMeta; classifier: IntentClassifier } | undefined;
  private retraining = false;
  private baselineReason = 'no model trained yet';
  private readonly stop = new AbortController();
  /** Counts skill-set changes, so a training started for an earlier set is not used. */
  private generation = 0;

  constructor(private readonly deps: ModelManagerDeps) {}

  get status(): NluStatus {
    return this.current ? { kind: 'model', meta: this.current.meta, retraining: this.retraining } : { kind: 'baseline', reason: this.baselineReason };
  }

  /** Loads what is stored; resolves to the retraining under way (if one was needed) so callers may await it. */
  async start(): Promise<{ upToDate: boolean; retrain?: Promise<RetrainOutcome> }> {
    const stored = await loadModel(this.deps.dir);
    if (stored.kind === 'broken') this.deps.log.warn({ reason: stored.reason }, 'stored intent model ignored');
    if (stored.kind === 'found') {
      try {
        await this.adopt(stored.model);
      } catch (err) {
        this.deps.log.error({ error: (err as Error).message }, 'stored intent model could not be opened');
      }
    }
    const wanted = skillSetHash(this.deps.request);
    if (this.current?.meta.skillSetHash === wanted) return { upToDate: true };
    this.baselineReason = 'the intent model is being trained';
    return { upToDate: false, retrain: this.retrain() };
  }

  /**
   * A model for another skill set (an install, a rollback, a skill switched on or off), without using it
   * yet: the stored one when it was trained for exactly that set, else one trained now (in the worker).
   */
  async prepare(request: TrainRequest): Promise<PreparedModel> {
    const wanted = skillSetHash(request);
    const stored = await loadModel(this.deps.dir);
    try {
      if (stored.kind === 'found' && stored.model.meta.skillSetHash === wanted) {
        return { kind: 'ready', request, meta: stored.model.meta, classifier: await this.deps.open(stored.model) };
      }
      // The model in use is about to be replaced: keep it for a switch back (it may predate the kept copies).
      if (stored.kind === 'found') await keepForSet(this.deps.dir, stored.model.bytes, stored.model.meta);
      const kept = await loadKeptForSet(this.deps.dir, wanted);
      if (kept) {
        const meta = await saveModel(this.deps.dir, kept.bytes, kept.meta);
        return { kind: 'ready', request, meta, classifier: await this.deps.open({ bytes: kept.bytes, meta }) };
      }
      this.deps.onTraining?.();
      const result = await this.deps.train(request, this.stop.signal);
      if (result.meta.validation.accuracy < MIN_VALIDATION_ACCURACY) {
        return { kind: 'failed', reason: `validation accuracy ${result.meta.validation.accuracy.toFixed(3)} is below ${MIN_VALIDATION_ACCURACY}` };
      }
      const meta = await saveModel(this.deps.dir, result.bytes, result.meta);
      await keepForSet(this.deps.dir, result.bytes, meta);
      return { kind: 'ready', request, meta, classifier: await this.deps.open({ bytes: result.bytes, meta }) };
    } catch (err) {
      return { kind: 'failed', reason: `training failed: ${(err as Error).message}` };
    }
  }

  /** The skill set changed: from now on its model is the one in use and the one kept up to date. */
  adoptPrepared(prepared: Extract<PreparedModel, { kind: 'ready' }>): void {
    this.deps.request = { ...prepared.request, roster: this.deps.request.roster };
    this.generation++;
    this.current = { meta: prepared.meta, classifier: prepared.classifier };
  }

  /** The skill set changed and no model could be made for it: the baseline answers until one is. */
  forget(request: TrainRequest, reason: string): void {
    this.deps.request = { ...request, roster: this.deps.request.roster };
    this.generation++;
    this.current = undefined;
    this.baselineReason = reason;
  }

  async retrain(): Promise<RetrainOutcome> {
    this.retraining = true;
    this.deps.onTraining?.();
    const request = this.deps.request;
    const generation = this.generation;
    try {
      const result = await this.deps.train(request, this.stop.signal);
      // The skills changed while it trained (a live install): a model for the old set must not answer the new.
      if (generation !== this.generation) {
        return { kind: 'kept', reason: 'the skills changed while it trained' };
      }
      for (const conflict of result.conflicts) {
        this.deps.log.warn({ conflict }, `"${conflict.text}" is an example of both ${conflict.intents[0]} and ${conflict.intents[1]}`);
      }
      const verdict = this.judge(result.meta.validation.accuracy, result.meta.labels, result.meta.format);
      if (verdict) {
        this.deps.log.warn({ validation: result.meta.validation }, `new intent model not used: ${verdict}`);
        return { kind: 'kept', reason: verdict };
      }
      const meta = await saveModel(this.deps.dir, result.bytes, result.meta);
      await keepForSet(this.deps.dir, result.bytes, meta);
      await this.adopt({ bytes: result.bytes, meta });
      this.deps.log.info({ validation: meta.validation, seconds: meta.trainingSeconds }, 'intent model trained and in use');
      return { kind: 'swapped', meta };
    } catch (err) {
      const reason = `training failed: ${(err as Error).message}`;
      this.deps.log.error({ error: (err as Error).message }, 'intent model training failed; keeping what answers now');
      if (!this.current) this.baselineReason = reason;
      return { kind: 'kept', reason };
    } finally {
      this.retraining = false;
    }
  }

  /**
   * The children's names changed (the panel): retrains in the background when the model in use was trained
   * for other names. Names are understood at once anyway: the child slot reads the new roster directly.
   */
  async setRoster(roster: readonly string[]): Promise<RetrainOutcome | undefined> {
    this.deps.request = { ...this.deps.request, roster: [...roster] };
    if (this.current?.meta.skillSetHash === skillSetHash(this.deps.request)) return undefined;
    if (this.retraining) return undefined;
    return this.retrain();
  }

  /** Stops a training under way; the model in use stays. */
  close(): void {
    this.stop.abort();
  }

  private judge(accuracy: number, labels: readonly string[], format: number): string | undefined {
    if (accuracy < MIN_VALIDATION_ACCURACY) return `validation accuracy ${accuracy.toFixed(3)} is below ${MIN_VALIDATION_ACCURACY}`;
    const old = this.current?.meta;
    // Validation figures are only comparable between models trained on data made the same way.
    const comparable = old && old.format === format && labels.every((l) => old.labels.includes(l));
    if (old && comparable && accuracy < old.validation.accuracy - TOLERATED_DROP) {
      return `it validates worse (${accuracy.toFixed(3)}) than the model in use (${old.validation.accuracy.toFixed(3)})`;
    }
    return undefined;
  }

  private async adopt(model: StoredModel): Promise<void> {
    const classifier = await this.deps.open(model);
    this.current = { meta: model.meta, classifier };
    this.deps.use(classifier, model.meta);
  }
}
