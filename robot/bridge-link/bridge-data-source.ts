/**
 * What skills' `ctx.data.request(…)` reaches: the robot's questions put to a bridge (remote over the socket,
 * or the in-process one), with the robot's own on-disk copy of every last answer. When the bridge does not
 * answer in time, or is not there at all (a reboot without network), the copy is served marked stale.
 * Pushes from the bridge update the copy, so a pushed menu is what the next question gets.
 */
import path from 'node:path';
import type { Logger } from '../../core/logger';
import { JsonFileCacheStore, parseWith } from '../../bridge/cache/file-store';
import {
  type LunchData,
  lunchDataSchema,
  type Notification,
  type ParamsOf,
  type ResultOf,
  type WarningsData,
  warningsDataSchema,
  type WeatherData,
  weatherDataSchema,
} from '../../protocol/messages';
import { calendarDateSchema } from '../../protocol/payloads';
import type { DataMethod } from '../../bridge/service/bridge-service';
import type { MenuDay } from '../../bridge/types';
import type { JsonValue } from '../../core/json';
import { type DataSource, DataUnavailableError } from '../runtime/data-access';
import { BridgeRequestError } from './bridge-client';
import type { SourceHealth, SourceProblem } from './source-health';

export type BridgeCall = <M extends DataMethod>(method: M, params: ParamsOf<M>) => Promise<ResultOf<M>>;

export interface BridgeDataSourceOptions {
  call: BridgeCall;
  /** Where the robot keeps its copy of the last answers. */
  cacheDir: string;
  location: { lat: number; lon: number; countyId: number };
  lunchSource: string;
  /** Where each answer's success or failure is kept for the status page. */
  health?: SourceHealth;
  /** How long a question waits for the bridge before the copy answers (skills themselves have 2 s). */
  deadlineMs?: number;
  log: Logger;
}

/** A robot remembers at most this many menu days (about four months of weekdays). */
const MAX_MENU_DAYS = 120;

export class BridgeDataSource implements DataSource {
  private readonly weather: JsonFileCacheStore<WeatherData>;
  private readonly warnings: JsonFileCacheStore<WarningsData>;
  private readonly lunch: JsonFileCacheStore<LunchData>;
  private readonly fetchedAt = new Map<string, string>();

  constructor(private readonly options: BridgeDataSourceOptions) {
    const dir = options.cacheDir;
    this.weather = new JsonFileCacheStore(dir, 'weather', parseWith<WeatherData>(weatherDataSchema));
    this.warnings = new JsonFileCacheStore(dir, 'warnings', parseWith<WarningsData>(warningsDataSchema));
    this.lunch = new JsonFileCacheStore(dir, 'lunch', parseWith<LunchData>(lunchDataSchema));
  }

  /** When the bridge fetched the newest data given out, per source (for the panel's status page). */
  newestData(): Record<string, string> {
    return Object.fromEntries(this.fetchedAt);
  }

  static inDataDir(dataDir: string): string {
    return path.join(dataDir, 'bridge-client-cache');
  }

  async request(source: string, params: Record<string, JsonValue>): Promise<JsonValue> {
    const { location, lunchSource } = this.options;
    switch (source) {
      case 'weather': {
        const key = `${location.lat},${location.lon}`;
        return this.ask(source, this.weather, key, 'weather.get', { lat: location.lat, lon: location.lon }, (d) => d);
      }
      case 'warnings':
        return this.ask(source, this.warnings, String(location.countyId), 'warnings.get', { countyId: location.countyId }, (d) => d);
      case 'lunch': {
        const from = calendarDateSchema.safeParse(params.from);
        const to = calendarDateSchema.safeParse(params.to);
        if (!from.success || !to.success || from.data > to.data) {
          throw new Error(`data source "lunch" needs { from, to } as "YYYY-MM-DD" dates with from ≤ to`);
        }
        const range = { from: from.data, to: to.data };
        return this.ask(source, this.lunch, lunchSource, 'lunch.get', { source: lunchSource, ...range }, (d) => menuIn(d, range.from, range.to), (old, fresh) =>
          mergeMenus(old, fresh, range),
        );
      }
      default:
        throw new DataUnavailableError(source, 'no such data source (there are "weather", "warnings" and "lunch")');
    }
  }

  /** A push from the bridge replaces the copy it is about. */
  async applyPush(notification: Notification): Promise<void> {
    const { lat, lon, countyId } = this.options.location;
    const { topic, ...data } = notification.params;
    try {
      if (notification.method === 'weather.changed' && topic.kind === 'weather' && topic.lat === lat && topic.lon === lon) {
        await this.weather.save(`${lat},${lon}`, { value: data as WeatherData, fetchedAt: data.fetchedAt });
      } else if (notification.method === 'warnings.changed' && topic.kind === 'warnings' && topic.countyId === countyId) {
        await this.warnings.save(String(countyId), { value: data as WarningsData, fetchedAt: data.fetchedAt });
      } else if (notification.method === 'lunch.changed' && topic.kind === 'lunch' && topic.source === this.options.lunchSource) {
        const menu = data as LunchData;
        await this.lunch.save(topic.source, { value: { ...menu, menu: { ...menu.menu, days: newest(menu.menu.days) } }, fetchedAt: data.fetchedAt });
      }
    } catch (err) {
      this.options.log.warn({ error: (err as Error).message }, 'could not keep a pushed update');
    }
  }

  private async ask<M extends DataMethod, T extends ResultOf<M>>(
    source: string,
    store: JsonFileCacheStore<T>,
    key: string,
    method: M,
    params: ParamsOf<M>,
    answerFrom: (data: T) => T,
    merge: (old: T | undefined, fresh: T) => T = (_old, fresh) => fresh,
  ): Promise<JsonValue> {
    const asking = this.options.call(method, params).then(async (fresh) => {
      const kept = await store.load(key);
      const merged = merge(kept?.value, fresh as T);
      await store.save(key, { value: merged, fetchedAt: merged.fetchedAt }).catch((err: Error) =>
        this.options.log.warn({ source, error: err.message }, 'could not keep the answer on disk'),
      );
      return fresh as T;
    });
    const answer = await withDeadline(asking, this.options.deadlineMs ?? 1_500);
    const { health } = this.options;
    if (answer.ok) {
      this.fetchedAt.set(source, answer.value.fetchedAt);
      if (answer.value.stale) health?.failed(source, { kind: 'stale' }, answer.value.fetchedAt);
      else health?.succeeded(source, answer.value.fetchedAt);
      return answer.value as unknown as JsonValue;
    }
    const kept = await store.load(key);
    if (kept) this.fetchedAt.set(source, kept.value.fetchedAt);
    health?.failed(source, answer.problem, kept?.value.fetchedAt);
    this.options.log.warn({ source, error: answer.error, cached: kept !== undefined }, 'the bridge did not answer; using the last answer');
    if (!kept) throw new DataUnavailableError(source, answer.error);
    return { ...answerFrom(kept.value), stale: true } as unknown as JsonValue;
  }
}

type Deadlined<T> = { ok: true; value: T } | { ok: false; error: string; problem: SourceProblem };

/** The upstream's problem when the bridge passed it on (its error's data), else the bridge's own words. */
function problemOf(err: unknown): SourceProblem {
  const data = err instanceof BridgeRequestError ? (err.error as { data?: unknown } | undefined)?.data : undefined;
  if (data && typeof data === 'object' && 'kind' in data) return data as SourceProblem;
  return { kind: 'bridge', detail: (err as Error)?.message ?? String(err) };
}

async function withDeadline<T>(promise: Promise<T>, ms: number): Promise<Deadlined<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Deadlined<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: `no answer within ${ms} ms`, problem: { kind: 'timeout', afterMs: ms } }), ms);
  });
  // The question goes on in the background: a late answer still refreshes the copy for the next question.
  promise.catch(() => undefined);
  try {
    return await Promise.race([promise.then((value) => ({ ok: true as const, value })), late]);
  } catch (err) {
    return { ok: false, error: (err as Error).message, problem: problemOf(err) };
  } finally {
    clearTimeout(timer);
  }
}

function menuIn(data: LunchData, from: string, to: string): LunchData {
  return { ...data, menu: { ...data.menu, days: data.menu.days.filter((d) => d.date >= from && d.date <= to) } };
}

/** The fresh answer's days replace the kept ones in its range; kept days outside it stay. */
function mergeMenus(old: LunchData | undefined, fresh: LunchData, range: { from: string; to: string }): LunchData {
  const outside = (old?.menu.days ?? []).filter((d) => d.date < range.from || d.date > range.to);
  return { ...fresh, menu: { ...fresh.menu, days: newest([...outside, ...fresh.menu.days]) } };
}

function newest(days: readonly MenuDay[]): MenuDay[] {
  return [...days].sort((a, b) => a.date.localeCompare(b.date)).slice(-MAX_MENU_DAYS);
}
