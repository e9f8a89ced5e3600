/**
 * One upstream request per source and key, however many robots ask.
 *
 * Pure logic: time comes from an injected Clock, data from an injected fetcher, persistence from an
 * injected CacheStore. Rules per key:
 * - fresh (younger than freshMs and not past the upstream's expiresAt) → answered from the cache;
 * - stale but no older than maxStaleMs (measured from fetchedAt) → answered at once, and one background
 *   refresh is started (stale-while-revalidate);
 * - nothing, or older than maxStaleMs → fetched and waited for;
 * - concurrent gets share one upstream request;
 * - a failure keeps the last good value (served as stale with the problem) and backs off exponentially:
 *   no upstream request for the key until the backoff has passed; success resets the backoff;
 * - a successful fetch whose value differs from the previous one (or is the first) calls onChange.
 */
import type { Clock } from '../../core/clock';
import type { UpstreamProblem, UpstreamResult } from '../types';

export interface StoredEntry<T> {
  value: T;
  /** ISO 8601. */
  fetchedAt: string;
  /** ISO 8601; the upstream's own expiry (cache headers), when it gave one. */
  expiresAt?: string;
}

export interface CacheStore<T> {
  /** undefined when nothing (usable) is stored. */
  load(key: string): Promise<StoredEntry<T> | undefined>;
  save(key: string, entry: StoredEntry<T>): Promise<void>;
  /** Forgets a key (the cache evicted it). */
  remove?(key: string): Promise<void>;
}

export type CacheAnswer<T> =
  | { kind: 'fresh'; value: T; fetchedAt: Date }
  | { kind: 'stale'; value: T; fetchedAt: Date; problem?: UpstreamProblem }
  | { kind: 'none'; problem: UpstreamProblem };

export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  factor: number;
}

export interface UpstreamCacheOptions<T> {
  /** The upstream's name ("smhi-forecast", "skolmaten"); also part of the stored file names. */
  name: string;
  /** Keys kept; beyond this the least recently asked idle key is forgotten, in memory and in the store. */
  maxKeys?: number;
  clock: Clock;
  /** Never expected to throw, but a throw is treated as a network problem. */
  fetch: (key: string) => Promise<UpstreamResult<{ value: T; expiresAt?: Date }>>;
  freshMs: number;
  maxStaleMs: number;
  backoff: BackoffOptions;
  store: CacheStore<T>;
  /** Default: deep JSON comparison (object key order ignored). */
  equals?: (a: T, b: T) => boolean;
  onChange?: (key: string, value: T) => void;
  /**
   * Per-upstream deadline on one fetch (real time, not the injected clock): a fetch that has not settled
   * by then counts as a timeout problem. The fetcher's own timeout (fetchUpstream) should normally fire first.
   */
  timeoutMs?: number;
  /** Told about store and onChange failures, which never fail a get. */
  onError?: (err: unknown) => void;
}

interface Entry<T> {
  value: T;
  fetchedAt: Date;
  expiresAt?: Date;
}

interface KeyState<T> {
  entry?: Entry<T>;
  loading?: Promise<void>;
  loaded?: boolean;
  inflight?: Promise<void>;
  failures: number;
  retryAt?: Date;
  lastProblem?: UpstreamProblem;
}

/** JSON text with object keys sorted, so equal data compares equal whatever the key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v as Record<string, unknown>).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

export function jsonEquals(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

/** Backoff after the n-th consecutive failure (n ≥ 1): initial·factor^(n−1), capped at maxMs. */
export function backoffDelayMs(backoff: BackoffOptions, failures: number): number {
  const raw = backoff.initialMs * Math.pow(backoff.factor, Math.max(0, failures - 1));
  return Math.min(backoff.maxMs, Number.isFinite(raw) ? raw : backoff.maxMs);
}

function parseDate(iso: string | undefined): Date | undefined {
  if (iso === undefined) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Enough for every preschool of a large municipality; a flood of new keys cannot grow memory or disk past it. */
export const DEFAULT_MAX_KEYS = 2000;

export class UpstreamCache<T> {
  private readonly keys = new Map<string, KeyState<T>>();
  private readonly equals: (a: T, b: T) => boolean;

  constructor(private readonly options: UpstreamCacheOptions<T>) {
    this.equals = options.equals ?? jsonEquals;
  }

  get name(): string {
    return this.options.name;
  }

  async get(key: string): Promise<CacheAnswer<T>> {
    const state = this.state(key);
    await this.ensureLoaded(key, state);

    const now = this.options.clock.now();
    const { entry } = state;
    if (entry) {
      if (this.isFresh(entry, now)) return { kind: 'fresh', value: entry.value, fetchedAt: entry.fetchedAt };
      if (this.isUsable(entry, now)) {
        if (!this.backingOff(state, now)) void this.refresh(key, state);
        return state.lastProblem
          ? { kind: 'stale', value: entry.value, fetchedAt: entry.fetchedAt, problem: state.lastProblem }
          : { kind: 'stale', value: entry.value, fetchedAt: entry.fetchedAt };
      }
    }

    // Nothing usable: wait for upstream, unless we are backing off (and nobody is already asking).
    if (this.backingOff(state, now) && !state.inflight) {
      return { kind: 'none', problem: state.lastProblem ?? { kind: 'network', detail: 'backing off' } };
    }
    await this.refresh(key, state);

    const after = state.entry;
    const at = this.options.clock.now();
    if (after && this.isFresh(after, at)) return { kind: 'fresh', value: after.value, fetchedAt: after.fetchedAt };
    if (after && this.isUsable(after, at)) {
      return state.lastProblem
        ? { kind: 'stale', value: after.value, fetchedAt: after.fetchedAt, problem: state.lastProblem }
        : { kind: 'stale', value: after.value, fetchedAt: after.fetchedAt };
    }
    return { kind: 'none', problem: state.lastProblem ?? { kind: 'malformed', detail: 'upstream value already expired' } };
  }

  /** Resolves when no fetch is under way for any key (shutdown, tests). */
  async idle(): Promise<void> {
    for (;;) {
      const pending = [...this.keys.values()]
        .flatMap((s) => [s.loaded ? undefined : s.loading, s.inflight])
        .filter((p): p is Promise<void> => !!p);
      if (pending.length === 0) return;
      await Promise.all(pending);
    }
  }

  /** When the key may next ask upstream after failures; undefined when not backing off. */
  retryAt(key: string): Date | undefined {
    return this.keys.get(key)?.retryAt;
  }

  /** Keys held now (at most `maxKeys`, but for keys busy fetching). */
  get size(): number {
    return this.keys.size;
  }

  private state(key: string): KeyState<T> {
    let s = this.keys.get(key);
    if (s) {
      // Most recently asked last: eviction takes from the front.
      this.keys.delete(key);
      this.keys.set(key, s);
      return s;
    }
    s = { failures: 0 };
    this.keys.set(key, s);
    this.evict();
    return s;
  }

  private evict(): void {
    const max = this.options.maxKeys ?? DEFAULT_MAX_KEYS;
    for (const [key, state] of this.keys) {
      if (this.keys.size <= max) return;
      if (state.inflight || (state.loading && !state.loaded)) continue;
      this.keys.delete(key);
      this.options.store.remove?.(key).catch((err: unknown) => this.options.onError?.(err));
    }
  }

  private ensureLoaded(key: string, state: KeyState<T>): Promise<void> {
    if (!state.loading) {
      state.loading = (async () => {
        try {
          const stored = await this.options.store.load(key);
          const fetchedAt = parseDate(stored?.fetchedAt);
          // A fetch that finished meanwhile is newer than anything on disk.
          if (stored && fetchedAt && !state.entry) {
            const expiresAt = parseDate(stored.expiresAt);
            state.entry = expiresAt ? { value: stored.value, fetchedAt, expiresAt } : { value: stored.value, fetchedAt };
          }
        } catch (err) {
          this.options.onError?.(err);
        } finally {
          state.loaded = true;
        }
      })();
    }
    return state.loading;
  }

  private isFresh(entry: Entry<T>, now: Date): boolean {
    if (entry.expiresAt && now.getTime() >= entry.expiresAt.getTime()) return false;
    return now.getTime() - entry.fetchedAt.getTime() < this.options.freshMs;
  }

  private isUsable(entry: Entry<T>, now: Date): boolean {
    return now.getTime() - entry.fetchedAt.getTime() <= this.options.maxStaleMs;
  }

  private backingOff(state: KeyState<T>, now: Date): boolean {
    return state.retryAt !== undefined && now.getTime() < state.retryAt.getTime();
  }

  /** Starts (or joins) the one upstream request for the key. Never rejects. */
  private refresh(key: string, state: KeyState<T>): Promise<void> {
    if (state.inflight) return state.inflight;
    const run = async (): Promise<void> => {
      const result = await this.fetchWithDeadline(key);
      const now = this.options.clock.now();
      if (!result.ok) {
        state.failures += 1;
        state.lastProblem = result.problem;
        state.retryAt = new Date(now.getTime() + backoffDelayMs(this.options.backoff, state.failures));
        return;
      }
      const previous = state.entry;
      const { value, expiresAt } = result.value;
      state.entry = expiresAt ? { value, fetchedAt: now, expiresAt } : { value, fetchedAt: now };
      state.failures = 0;
      state.retryAt = undefined;
      state.lastProblem = undefined;
      const stored: StoredEntry<T> = { value, fetchedAt: now.toISOString() };
      if (expiresAt) stored.expiresAt = expiresAt.toISOString();
      try {
        await this.options.store.save(key, stored);
      } catch (err) {
        this.options.onError?.(err);
      }
      if (!previous || !this.equals(previous.value, value)) {
        try {
          this.options.onChange?.(key, value);
        } catch (err) {
          this.options.onError?.(err);
        }
      }
    };
    state.inflight = run().finally(() => {
      state.inflight = undefined;
    });
    return state.inflight;
  }

  private async fetchWithDeadline(key: string): Promise<UpstreamResult<{ value: T; expiresAt?: Date }>> {
    const call = (async () => {
      try {
        return await this.options.fetch(key);
      } catch (err) {
        return { ok: false as const, problem: { kind: 'network' as const, detail: (err as Error)?.message ?? String(err) } };
      }
    })();
    const { timeoutMs } = this.options;
    if (timeoutMs === undefined) return call;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<UpstreamResult<never>>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, problem: { kind: 'timeout', afterMs: timeoutMs } }), timeoutMs);
      timer.unref?.();
    });
    try {
      return await Promise.race([call, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }
}
