/** One menu fetch for a configured source id, through that source's provider adapter. */
import type { MenuFetchOptions } from '../adapters/lunch/fetch-menu';
import type { Menu, UpstreamResult } from '../types';
import type { Clock } from '../../core/clock';
import { expiresAtFromHeaders } from '../cache/cache-headers';
import type { BridgeSettings } from './settings';

// Loaded at the first fetch: a robot needs only its own provider's parser (acorn, node-html-parser or
// fast-xml-parser and he), and none at all without a lunch url.
const FETCHERS: Record<Exclude<Menu['provider'], 'manual'>, (options: MenuFetchOptions) => Promise<UpstreamResult<Menu>>> = {
  skolmaten: async (options) => (await import('../adapters/lunch/skolmaten')).fetchSkolmaten(options),
  openmeal: async (options) => (await import('../adapters/lunch/openmeal')).fetchOpenMeal(options),
  matilda: async (options) => (await import('../adapters/lunch/matilda')).fetchMatilda(options),
  mashie: async (options) => (await import('../adapters/lunch/mashie')).fetchMashie(options),
};

export function menuFetcher(settings: Pick<BridgeSettings, 'lunchSources' | 'upstreamTimeoutMs' | 'maxUpstreamBytes'>, clock: Clock) {
  return async (source: string): Promise<UpstreamResult<{ value: Menu; expiresAt?: Date }>> => {
    const configured = Object.prototype.hasOwnProperty.call(settings.lunchSources, source) ? settings.lunchSources[source] : undefined;
    if (!configured) return { ok: false, problem: { kind: 'malformed', detail: `no menu source "${source}" is configured` } };
    if (configured.provider === 'manual' || configured.url === undefined) {
      const detail = configured.provider === 'manual' ? 'manual menus are entered in the staff panel' : `menu source "${source}" has no url`;
      return { ok: false, problem: { kind: 'malformed', detail } };
    }
    let expiresAt: Date | undefined;
    const menu = await FETCHERS[configured.provider]({
      url: configured.url,
      timeoutMs: settings.upstreamTimeoutMs,
      maxBytes: settings.maxUpstreamBytes,
      onHeaders: (headers) => {
        expiresAt = expiresAtFromHeaders(headers, clock.now());
      },
    });
    if (!menu.ok) return menu;
    return { ok: true, value: expiresAt ? { value: menu.value, expiresAt } : { value: menu.value } };
  };
}
