/** One menu fetch for a configured source id, through that source's provider adapter. */
import type { MenuFetchOptions } from '../adapters/lunch/fetch-menu';
import { fetchMashie } from '../adapters/lunch/mashie';
import { fetchMatilda } from '../adapters/lunch/matilda';
import { fetchOpenMeal } from '../adapters/lunch/openmeal';
import { fetchSkolmaten } from '../adapters/lunch/skolmaten';
import type { Menu, UpstreamResult } from '../types';
import type { Clock } from '../../core/clock';
import { expiresAtFromHeaders } from '../cache/cache-headers';
import type { BridgeSettings } from './settings';

const FETCHERS: Record<Exclude<Menu['provider'], 'manual'>, (options: MenuFetchOptions) => Promise<UpstreamResult<Menu>>> = {
  skolmaten: fetchSkolmaten,
  openmeal: fetchOpenMeal,
  matilda: fetchMatilda,
  mashie: fetchMashie,
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
