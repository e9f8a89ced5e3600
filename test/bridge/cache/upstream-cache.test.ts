import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UpstreamCache, backoffDelayMs, jsonEquals, type UpstreamCacheOptions } from '../../../bridge/cache/upstream-cache';
import { JsonFileCacheStore, MemoryCacheStore } from '../../../bridge/cache/file-store';
import type { UpstreamProblem, UpstreamResult } from '../../../bridge/types';

const MIN = 60_000;
const T0 = Date.parse('2025-03-10T08:00:00Z');

function fakeClock(start = T0) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms), set: (ms: number) => (t = ms) };
}

type Out = UpstreamResult<{ value: string; expiresAt?: Date }>;
const fail: UpstreamProblem = { kind: 'http', status: 503, detail: 'down' };

/** Counting fake fetch: answers from a queue (or the last answer), optionally held until released. */
function fakeFetch() {
  const f = {
    calls: 0,
    next: { ok: true, value: { value: 'v1' } } as Out,
    hold: false,
    releases: [] as Array<() => void>,
    fn: async (_key: string): Promise<Out> => {
      f.calls += 1;
      const answer = f.next;
      if (f.hold) await new Promise<void>((r) => f.releases.push(r));
      return answer;
    },
    release() {
      for (const r of f.releases.splice(0)) r();
    },
  };
  return f;
}

function makeCache(over: Partial<UpstreamCacheOptions<string>> = {}) {
  const clock = fakeClock();
  const fetch = fakeFetch();
  const changes: Array<[string, string]> = [];
  const store = new MemoryCacheStore<string>();
  const cache = new UpstreamCache<string>({
    name: 'test',
    clock,
    fetch: fetch.fn,
    freshMs: 30 * MIN,
    maxStaleMs: 6 * 60 * MIN,
    backoff: { initialMs: MIN, maxMs: 8 * MIN, factor: 2 },
    store,
    onChange: (k, v) => changes.push([k, v]),
    ...over,
  });
  return { cache, clock, fetch, changes, store };
}

describe('UpstreamCache', () => {
  test('first get fetches and waits; a fresh hit does not fetch', async () => {
    const { cache, clock, fetch } = makeCache();
    expect(await cache.get('k')).toEqual({ kind: 'fresh', value: 'v1', fetchedAt: new Date(T0) });
    clock.advance(29 * MIN);
    expect(await cache.get('k')).toMatchObject({ kind: 'fresh', value: 'v1' });
    expect(fetch.calls).toBe(1);
  });

  test('stale value is served at once and one background refresh runs', async () => {
    const { cache, clock, fetch } = makeCache();
    await cache.get('k');
    clock.advance(31 * MIN);
    fetch.next = { ok: true, value: { value: 'v2' } };
    fetch.hold = true;
    const answers = await Promise.all([cache.get('k'), cache.get('k'), cache.get('k')]);
    for (const a of answers) expect(a).toEqual({ kind: 'stale', value: 'v1', fetchedAt: new Date(T0) });
    expect(fetch.calls).toBe(2);
    fetch.release();
    await cache.idle();
    expect(await cache.get('k')).toMatchObject({ kind: 'fresh', value: 'v2' });
    expect(fetch.calls).toBe(2);
  });

  test('100 concurrent gets share exactly one upstream fetch', async () => {
    const { cache, fetch } = makeCache();
    fetch.hold = true;
    const pending = Array.from({ length: 100 }, () => cache.get('k'));
    await new Promise((r) => setImmediate(r));
    fetch.release();
    const answers = await Promise.all(pending);
    expect(fetch.calls).toBe(1);
    expect(answers.every((a) => a.kind === 'fresh' && a.value === 'v1')).toBe(true);
  });

  test('different keys are fetched separately', async () => {
    const { cache, fetch } = makeCache();
    await Promise.all([cache.get('a'), cache.get('b'), cache.get('a')]);
    expect(fetch.calls).toBe(2);
  });

  test('too stale: fetched and waited for', async () => {
    const { cache, clock, fetch } = makeCache();
    await cache.get('k');
    clock.advance(6 * 60 * MIN + 1);
    fetch.next = { ok: true, value: { value: 'v2' } };
    expect(await cache.get('k')).toMatchObject({ kind: 'fresh', value: 'v2' });
    expect(fetch.calls).toBe(2);
  });

  test('upstream failure: the last good value is served as stale with the problem', async () => {
    const { cache, clock, fetch } = makeCache();
    await cache.get('k');
    clock.advance(31 * MIN);
    fetch.next = { ok: false, problem: fail };
    expect(await cache.get('k')).toEqual({ kind: 'stale', value: 'v1', fetchedAt: new Date(T0) });
    await cache.idle();
    expect(await cache.get('k')).toEqual({ kind: 'stale', value: 'v1', fetchedAt: new Date(T0), problem: fail });
  });

  test('a throwing fetcher counts as a network problem', async () => {
    const { cache } = makeCache({
      fetch: async () => {
        throw new Error('boom');
      },
    });
    expect(await cache.get('k')).toEqual({ kind: 'none', problem: { kind: 'network', detail: 'boom' } });
  });

  test('none when nothing is cached and upstream fails; backing off answers none without calling upstream', async () => {
    const { cache, clock, fetch } = makeCache();
    fetch.next = { ok: false, problem: fail };
    expect(await cache.get('k')).toEqual({ kind: 'none', problem: fail });
    expect(fetch.calls).toBe(1);
    clock.advance(MIN - 1);
    expect(await cache.get('k')).toEqual({ kind: 'none', problem: fail });
    expect(fetch.calls).toBe(1);
  });

  test('backoff: no call before it ends, one after; doubling; capped; reset on success', async () => {
    const { cache, clock, fetch } = makeCache();
    await cache.get('k');
    clock.advance(31 * MIN);
    fetch.next = { ok: false, problem: fail };

    // Delays after consecutive failures: 1, 2, 4, 8, 8 minutes.
    const expected = [1, 2, 4, 8, 8];
    for (const [i, minutes] of expected.entries()) {
      await cache.get('k');
      await cache.idle();
      expect(fetch.calls).toBe(2 + i);
      const failedAt = clock.now().getTime();
      expect(cache.retryAt('k')?.getTime()).toBe(failedAt + minutes * MIN);
      clock.advance(minutes * MIN - 1);
      await cache.get('k');
      await cache.idle();
      expect(fetch.calls).toBe(2 + i); // still backing off
      clock.advance(1);
    }
    // Success resets: the next failure backs off by the initial delay again.
    fetch.next = { ok: true, value: { value: 'v2' } };
    await cache.get('k');
    await cache.idle();
    expect(cache.retryAt('k')).toBeUndefined();
    expect(await cache.get('k')).toMatchObject({ kind: 'fresh', value: 'v2' });
    clock.advance(31 * MIN);
    fetch.next = { ok: false, problem: fail };
    await cache.get('k');
    await cache.idle();
    expect(cache.retryAt('k')?.getTime()).toBe(clock.now().getTime() + MIN);
  });

  test('backoff delay formula', () => {
    const b = { initialMs: 1000, maxMs: 10_000, factor: 3 };
    expect([1, 2, 3, 4, 100, 5000].map((n) => backoffDelayMs(b, n))).toEqual([1000, 3000, 9000, 10_000, 10_000, 10_000]);
  });

  test('onChange only on a real change (deep JSON comparison, key order ignored)', async () => {
    const clock = fakeClock();
    let next: Record<string, unknown> = { a: 1, b: { c: [1, 2] } };
    const changes: unknown[] = [];
    const cache = new UpstreamCache<Record<string, unknown>>({
      name: 'obj',
      clock,
      fetch: async () => ({ ok: true, value: { value: next } }),
      freshMs: MIN,
      maxStaleMs: 10 * MIN,
      backoff: { initialMs: MIN, maxMs: MIN, factor: 2 },
      store: new MemoryCacheStore(),
      onChange: (_k, v) => changes.push(v),
    });
    await cache.get('k');
    expect(changes).toHaveLength(1); // the first value is news
    next = { b: { c: [1, 2] }, a: 1 };
    clock.advance(2 * MIN);
    await cache.get('k');
    await cache.idle();
    expect(changes).toHaveLength(1);
    next = { a: 1, b: { c: [2, 1] } };
    clock.advance(2 * MIN);
    await cache.get('k');
    await cache.idle();
    expect(changes).toEqual([{ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [2, 1] } }]);
  });

  test('custom equals is used', async () => {
    const { cache, clock, fetch, changes } = makeCache({ equals: (a, b) => a.toLowerCase() === b.toLowerCase() });
    await cache.get('k');
    fetch.next = { ok: true, value: { value: 'V1' } };
    clock.advance(31 * MIN);
    await cache.get('k');
    await cache.idle();
    expect(changes).toEqual([['k', 'v1']]);
  });

  test('jsonEquals', () => {
    expect(jsonEquals({ x: 1, y: [1, { z: 2 }] }, { y: [1, { z: 2 }], x: 1 })).toBe(true);
    expect(jsonEquals([1, 2], [2, 1])).toBe(false);
  });

  test("upstream expiresAt honoured: stale before freshMs when the upstream says so", async () => {
    const { cache, clock, fetch } = makeCache();
    fetch.next = { ok: true, value: { value: 'v1', expiresAt: new Date(T0 + 5 * MIN) } };
    await cache.get('k');
    clock.advance(5 * MIN - 1);
    expect(await cache.get('k')).toMatchObject({ kind: 'fresh' });
    clock.advance(1);
    expect(await cache.get('k')).toMatchObject({ kind: 'stale', value: 'v1' });
    expect(fetch.calls).toBe(2);
  });

  test('an expiresAt later than freshMs does not extend freshness', async () => {
    const { cache, clock, fetch } = makeCache();
    fetch.next = { ok: true, value: { value: 'v1', expiresAt: new Date(T0 + 120 * MIN) } };
    await cache.get('k');
    clock.advance(30 * MIN);
    expect(await cache.get('k')).toMatchObject({ kind: 'stale' });
    expect(fetch.calls).toBe(2);
  });

  test('timeoutMs turns a hung fetch into a timeout problem', async () => {
    const { cache } = makeCache({ fetch: () => new Promise<Out>(() => undefined), timeoutMs: 20 });
    expect(await cache.get('k')).toEqual({ kind: 'none', problem: { kind: 'timeout', afterMs: 20 } });
  });

  test('a failing store never fails a get', async () => {
    const errors: unknown[] = [];
    const { cache } = makeCache({
      store: {
        load: async () => {
          throw new Error('disk');
        },
        save: async () => {
          throw new Error('disk full');
        },
      },
      onError: (e) => errors.push(e),
    });
    expect(await cache.get('k')).toMatchObject({ kind: 'fresh', value: 'v1' });
    expect(errors).toHaveLength(2);
  });
});

describe('persistence with JsonFileCacheStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'laiban-cache-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  function build(clock: ReturnType<typeof fakeClock>, fetch: ReturnType<typeof fakeFetch>, changes: string[] = []) {
    return new UpstreamCache<string>({
      name: 'smhi',
      clock,
      fetch: fetch.fn,
      freshMs: 30 * MIN,
      maxStaleMs: 6 * 60 * MIN,
      backoff: { initialMs: MIN, maxMs: 8 * MIN, factor: 2 },
      store: new JsonFileCacheStore<string>(dir, 'smhi'),
      onChange: (_k, v) => changes.push(v),
    });
  }

  test('the last good value survives a restart and is served per the freshness rules', async () => {
    const clock = fakeClock();
    const f1 = fakeFetch();
    await build(clock, f1).get('59.3,18.0');

    // Restart, still fresh: served from disk with no fetch.
    const f2 = fakeFetch();
    clock.advance(10 * MIN);
    expect(await build(clock, f2).get('59.3,18.0')).toEqual({ kind: 'fresh', value: 'v1', fetchedAt: new Date(T0) });
    expect(f2.calls).toBe(0);

    // Restart, stale, upstream down: the stored value is served as stale, with the problem once known.
    const f3 = fakeFetch();
    f3.next = { ok: false, problem: fail };
    clock.advance(60 * MIN);
    const changes: string[] = [];
    const c3 = build(clock, f3, changes);
    expect(await c3.get('59.3,18.0')).toMatchObject({ kind: 'stale', value: 'v1' });
    await c3.idle();
    expect(await c3.get('59.3,18.0')).toEqual({ kind: 'stale', value: 'v1', fetchedAt: new Date(T0), problem: fail });
    expect(f3.calls).toBe(1);

    // Same value after a restart is no change.
    f3.next = { ok: true, value: { value: 'v1' } };
    clock.advance(MIN);
    await c3.get('59.3,18.0');
    await c3.idle();
    expect(changes).toEqual([]);
  });

  test('upstream expiresAt is persisted', async () => {
    const clock = fakeClock();
    const f1 = fakeFetch();
    f1.next = { ok: true, value: { value: 'v1', expiresAt: new Date(T0 + 5 * MIN) } };
    await build(clock, f1).get('k');
    clock.advance(6 * MIN);
    const f2 = fakeFetch();
    const c2 = build(clock, f2);
    expect(await c2.get('k')).toMatchObject({ kind: 'stale', value: 'v1' });
    await c2.idle();
    expect(f2.calls).toBe(1);
  });

  test('a corrupt or foreign file is ignored (treated as absent)', async () => {
    const store = new JsonFileCacheStore<string>(dir, 'smhi');
    await fs.writeFile(store.fileFor('k'), '{"name":"smhi","key":"k","value":"v', 'utf8');
    expect(await store.load('k')).toBeUndefined();
    await fs.writeFile(store.fileFor('k'), JSON.stringify({ name: 'smhi', key: 'k', value: 'x', fetchedAt: 'yesterday' }));
    expect(await store.load('k')).toBeUndefined();
    await fs.writeFile(store.fileFor('k'), JSON.stringify({ name: 'other', key: 'k', value: 'x', fetchedAt: new Date(T0).toISOString() }));
    expect(await store.load('k')).toBeUndefined();

    await fs.writeFile(store.fileFor('k'), 'garbage');
    const clock = fakeClock();
    const f = fakeFetch();
    expect(await build(clock, f).get('k')).toMatchObject({ kind: 'fresh', value: 'v1' });
    expect(f.calls).toBe(1);
    // ...and the good value replaced it.
    expect(await store.load('k')).toEqual({ value: 'v1', fetchedAt: new Date(T0).toISOString() });
  });

  test('file names differ per name and key; parse option rejects bad values', async () => {
    const a = new JsonFileCacheStore<number>(dir, 'a');
    const b = new JsonFileCacheStore<number>(dir, 'b');
    expect(a.fileFor('k')).not.toBe(b.fileFor('k'));
    expect(a.fileFor('k1')).not.toBe(a.fileFor('k2'));
    await a.save('k', { value: 5, fetchedAt: new Date(T0).toISOString() });
    const strict = new JsonFileCacheStore<number>(dir, 'a', { parse: (v) => (typeof v === 'number' && v > 10 ? v : undefined) });
    expect(await strict.load('k')).toBeUndefined();
    expect(await a.load('k')).toEqual({ value: 5, fetchedAt: new Date(T0).toISOString() });
    expect(await a.load('missing')).toBeUndefined();
  });
});

describe('a cache that asks for ever more keys', () => {
  test('keeps at most maxKeys, forgetting the least recently asked in memory and on disk', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'laiban-cache-'));
    const store = new JsonFileCacheStore<string>(dir, 'smhi');
    const { cache } = makeCache({ maxKeys: 3, store });
    for (const key of ['a', 'b', 'c']) await cache.get(key);
    await cache.get('a'); // asked again: now the most recent
    for (const key of ['d', 'e']) await cache.get(key);
    await cache.idle();
    expect(cache.size).toBe(3);
    // Evicted files are removed in the background.
    for (let i = 0; i < 50 && (await fs.readdir(dir)).length > 3; i++) await new Promise((r) => setTimeout(r, 20));
    const files = await fs.readdir(dir);
    expect(files.sort()).toEqual([store.fileFor('a'), store.fileFor('d'), store.fileFor('e')].map((f) => path.basename(f)).sort());
    await fs.rm(dir, { recursive: true, force: true });
  });
});
