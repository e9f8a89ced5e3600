/** What one bridge serves: where its weather and menus come from, and how long answers stay good. */
import type { Menu } from '../types';

export interface WeatherSettings {
  provider: 'smhi' | 'metno';
  /** Everything before `/api/…` (SMHI) or `/weatherapi/…` (MET Norway); undefined = the real service. */
  baseUrl?: string;
  /** Everything before `/ibww/…`; undefined = SMHI's real service. */
  warningsBaseUrl?: string;
  /** MET Norway's required identification; without it MET Norway is never asked. */
  userAgent?: string;
}

export interface LunchSourceSettings {
  provider: Menu['provider'];
  /** The feed or page; undefined only for "manual" menus. */
  url?: string;
}

export interface Freshness {
  /** Younger answers are served without asking the upstream. */
  freshMs: number;
  /** Older answers are no longer served at all, even when the upstream is down. */
  maxStaleMs: number;
}

export interface BridgeSettings {
  weather: WeatherSettings;
  /** Menu source id (what robots ask for) → where that menu comes from. */
  lunchSources: Record<string, LunchSourceSettings>;
  /** Where the last good answers are kept across restarts. */
  cacheDir: string;
  /** Deadline for one upstream request. */
  upstreamTimeoutMs: number;
  /** Larger upstream answers are refused. */
  maxUpstreamBytes: number;
  freshness: { weather: Freshness; warnings: Freshness; lunch: Freshness };
  /** After a failure: first wait, growth factor and longest wait before asking that upstream again. */
  backoff: { initialMs: number; factor: number; maxMs: number };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Weather about 30 min, menus about 6 h (the numbers); a stale forecast is told for a week at most. */
export const DEFAULT_FRESHNESS: BridgeSettings['freshness'] = {
  weather: { freshMs: 30 * MINUTE, maxStaleMs: 7 * DAY },
  // An old warning is worse than none: after 12 h without news the robot stops repeating it.
  warnings: { freshMs: 10 * MINUTE, maxStaleMs: 12 * HOUR },
  lunch: { freshMs: 6 * HOUR, maxStaleMs: 21 * DAY },
};

export const DEFAULT_BACKOFF: BridgeSettings['backoff'] = { initialMs: 30_000, factor: 2, maxMs: 15 * MINUTE };

export function bridgeSettings(
  required: Pick<BridgeSettings, 'weather' | 'lunchSources' | 'cacheDir'>,
  overrides: Partial<Omit<BridgeSettings, 'weather' | 'lunchSources' | 'cacheDir'>> = {},
): BridgeSettings {
  return {
    upstreamTimeoutMs: 10_000,
    maxUpstreamBytes: 5 * 1024 * 1024,
    freshness: DEFAULT_FRESHNESS,
    backoff: DEFAULT_BACKOFF,
    ...required,
    ...overrides,
  };
}
