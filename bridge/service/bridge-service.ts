/**
 * The bridge's data side, without any socket: answers `weather.get`, `warnings.get` and `lunch.get` from one
 * UpstreamCache per upstream, and tells listeners when an upstream's data changed (the server pushes it).
 * The in-process bridge of a robot without a bridge URL is this class called directly.
 */
import type { Logger } from '../../core/logger';
import type { Clock } from '../../core/clock';
import {
  ERROR_CODES,
  type ErrorObject,
  type LunchData,
  type Notification,
  type ParamsOf,
  type ResultOf,
  type Topic,
  type WarningsData,
  type WeatherData,
} from '../../protocol/messages';
import { forecastSchema, menuSchema, weatherWarningSchema } from '../../protocol/payloads';
import { JsonFileCacheStore, parseWith } from '../cache/file-store';
import { type CacheAnswer, UpstreamCache } from '../cache/upstream-cache';
import type { Forecast, Menu, WeatherWarning } from '../types';
import { menuFetcher } from './lunch-upstream';
import type { BridgeSettings } from './settings';
import { forecastFetcher, gridKey } from './weather-upstream';
import { countyWarnings } from '../../protocol/warnings';
import { fetchSmhiWarnings } from '../adapters/weather/warnings';

export const DATA_METHODS = ['weather.get', 'warnings.get', 'lunch.get'] as const;
export type DataMethod = (typeof DATA_METHODS)[number];

export type CallResult<M extends DataMethod> = { ok: true; result: ResultOf<M> } | { ok: false; error: ErrorObject };

/** New data from an upstream, for pushing to subscribed robots. */
export type DataChange =
  | { kind: 'weather'; key: string; forecast: Forecast; fetchedAt: string }
  | { kind: 'warnings'; warnings: WeatherWarning[]; fetchedAt: string }
  | { kind: 'lunch'; source: string; menu: Menu; fetchedAt: string };

const WARNINGS_KEY = 'sweden';

export interface BridgeServiceOptions {
  settings: BridgeSettings;
  /** Real time: how old cached data is. Never a question's `now`. */
  clock: Clock;
  log: Logger;
}

export class BridgeService {
  private readonly forecasts: UpstreamCache<Forecast>;
  private readonly warnings: UpstreamCache<WeatherWarning[]>;
  private readonly menus: UpstreamCache<Menu>;
  private readonly listeners = new Set<(change: DataChange) => void>();

  constructor(private readonly options: BridgeServiceOptions) {
    const { settings, clock, log } = options;
    const common = (name: string) => ({
      name,
      clock,
      backoff: settings.backoff,
      // The fetchers have their own deadline; this one catches a fetcher that never settles.
      timeoutMs: settings.upstreamTimeoutMs + 1_000,
      onError: (err: unknown) => log.warn({ upstream: name, error: String(err) }, 'bridge cache: store or listener failed'),
    });
    const fetchForecast = forecastFetcher(settings);
    this.forecasts = new UpstreamCache<Forecast>({
      ...common('forecast'),
      ...settings.freshness.weather,
      fetch: (key) => this.logged('forecast', key, fetchForecast(key)),
      store: new JsonFileCacheStore(settings.cacheDir, 'forecast', parseWith<Forecast>(forecastSchema)),
      onChange: (key, forecast) => this.emit({ kind: 'weather', key, forecast, fetchedAt: clock.now().toISOString() }),
    });
    this.warnings = new UpstreamCache<WeatherWarning[]>({
      ...common('warnings'),
      ...settings.freshness.warnings,
      fetch: async (key) => {
        const answer = await this.logged(
          'warnings',
          key,
          fetchSmhiWarnings({
            baseUrl: settings.weather.warningsBaseUrl,
            timeoutMs: settings.upstreamTimeoutMs,
            maxBytes: settings.maxUpstreamBytes,
          }),
        );
        return answer.ok ? { ok: true, value: { value: answer.value } } : answer;
      },
      store: new JsonFileCacheStore(settings.cacheDir, 'warnings', parseWith<WeatherWarning[]>(weatherWarningSchema.array())),
      onChange: (_key, warnings) => this.emit({ kind: 'warnings', warnings, fetchedAt: clock.now().toISOString() }),
    });
    const fetchMenu = menuFetcher(settings, clock);
    this.menus = new UpstreamCache<Menu>({
      ...common('menu'),
      ...settings.freshness.lunch,
      fetch: (source) => this.logged('menu', source, fetchMenu(source)),
      store: new JsonFileCacheStore(settings.cacheDir, 'menu', parseWith<Menu>(menuSchema)),
      onChange: (source, menu) => this.emit({ kind: 'lunch', source, menu, fetchedAt: clock.now().toISOString() }),
    });
  }

  /** Listens for new upstream data; returns the function that stops listening. */
  onChange(listener: (change: DataChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  hasLunchSource(source: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.options.settings.lunchSources, source);
  }

  /** Never rejects: every failure is an error object for the response. */
  async call<M extends DataMethod>(method: M, params: ParamsOf<M>): Promise<CallResult<M>> {
    try {
      return (await this.dispatch(method, params)) as CallResult<M>;
    } catch (err) {
      this.options.log.error({ method, error: (err as Error).message }, 'bridge call failed');
      return { ok: false, error: { code: ERROR_CODES.INTERNAL_ERROR, message: 'Internal error' } };
    }
  }

  private async dispatch(method: DataMethod, params: unknown): Promise<CallResult<DataMethod>> {
    switch (method) {
      case 'weather.get': {
        const { lat, lon } = params as ParamsOf<'weather.get'>;
        const answer = await this.forecasts.get(gridKey(lat, lon));
        return served(answer, (forecast, freshness): WeatherData => ({ forecast, ...freshness }));
      }
      case 'warnings.get': {
        const { countyId } = params as ParamsOf<'warnings.get'>;
        const answer = await this.warnings.get(WARNINGS_KEY);
        // Whether a warning is in force at a moment is for the asker's clock: the bridge filters by county only.
        return served(answer, (all, freshness): WarningsData => ({ warnings: countyWarnings(all, countyId), ...freshness }));
      }
      case 'lunch.get': {
        const { source, from, to } = params as ParamsOf<'lunch.get'>;
        if (!this.hasLunchSource(source)) {
          return { ok: false, error: { code: ERROR_CODES.INVALID_PARAMS, message: `Invalid params: no menu source "${source}" on this bridge` } };
        }
        const answer = await this.menus.get(source);
        return served(answer, (menu, freshness): LunchData => ({ menu: daysBetween(menu, from, to), ...freshness }));
      }
    }
  }

  /** The push for one subscribed topic, or undefined when the change is not about it. Checked when encoded. */
  pushFor(topic: Topic, change: DataChange): Notification | undefined {
    const fresh = { fetchedAt: change.fetchedAt, stale: false };
    if (topic.kind === 'weather' && change.kind === 'weather' && gridKey(topic.lat, topic.lon) === change.key) {
      return { jsonrpc: '2.0', method: 'weather.changed', params: { topic, forecast: change.forecast, ...fresh } };
    }
    if (topic.kind === 'warnings' && change.kind === 'warnings') {
      const warnings = countyWarnings(change.warnings, topic.countyId);
      return { jsonrpc: '2.0', method: 'warnings.changed', params: { topic, warnings, ...fresh } };
    }
    if (topic.kind === 'lunch' && change.kind === 'lunch' && topic.source === change.source) {
      return { jsonrpc: '2.0', method: 'lunch.changed', params: { topic, menu: change.menu, ...fresh } };
    }
    return undefined;
  }

  /** Resolves when no upstream request is under way (tests, shutdown). */
  async idle(): Promise<void> {
    await Promise.all([this.forecasts.idle(), this.warnings.idle(), this.menus.idle()]);
  }

  private emit(change: DataChange): void {
    for (const listener of this.listeners) listener(change);
  }

  private async logged<T>(upstream: string, key: string, fetching: Promise<T & ({ ok: true } | { ok: false; problem: unknown })>): Promise<T> {
    const answer = await fetching;
    if (!answer.ok) this.options.log.warn({ upstream, key, problem: (answer as { problem: unknown }).problem }, 'upstream failed');
    return answer;
  }
}

function served<T, R>(answer: CacheAnswer<T>, build: (value: T, freshness: { fetchedAt: string; stale: boolean }) => R): CallResult<DataMethod> {
  if (answer.kind === 'none') {
    return { ok: false, error: { code: ERROR_CODES.UPSTREAM_UNAVAILABLE, message: 'Upstream unavailable', data: answer.problem } };
  }
  // Stale only when the upstream failed: an answer being refreshed in the background is still the newest there is.
  const stale = answer.kind === 'stale' && answer.problem !== undefined;
  return { ok: true, result: build(answer.value, { fetchedAt: answer.fetchedAt.toISOString(), stale }) } as CallResult<DataMethod>;
}


function daysBetween(menu: Menu, from: string, to: string): Menu {
  return { provider: menu.provider, days: menu.days.filter((day) => day.date >= from && day.date <= to) };
}
