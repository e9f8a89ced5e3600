/**
 * One forecast fetch for a grid key: the configured provider first; when SMHI fails and MET Norway may be
 * asked (a User-Agent is configured), MET Norway. MET Norway's Expires and Last-Modified are honoured: the
 * expiry goes to the cache, and the last forecast is kept per key so a 304 answer can reuse it.
 */
import { fetchMetnoForecast } from '../adapters/weather/metno';
import { fetchSmhiForecast } from '../adapters/weather/smhi';
import type { Forecast, UpstreamProblem, UpstreamResult } from '../types';
import type { BridgeSettings } from './settings';

export type ForecastFetch = UpstreamResult<{ value: Forecast; expiresAt?: Date }>;

/** "59.33,18.07": robots within about a kilometre share one forecast (SMHI's grid is 2.5 km). */
export function gridKey(lat: number, lon: number): string {
  return `${lat.toFixed(2)},${lon.toFixed(2)}`;
}

export function gridPoint(key: string): { lat: number; lon: number } {
  const [lat, lon] = key.split(',').map(Number);
  return { lat: lat!, lon: lon! };
}

export function forecastFetcher(settings: Pick<BridgeSettings, 'weather' | 'upstreamTimeoutMs' | 'maxUpstreamBytes'>) {
  const { weather, upstreamTimeoutMs: timeoutMs, maxUpstreamBytes: maxBytes } = settings;
  const lastMetno = new Map<string, { forecast: Forecast; lastModified: string | null }>();

  async function fromMetno(key: string): Promise<ForecastFetch> {
    const { lat, lon } = gridPoint(key);
    const held = lastMetno.get(key);
    const answer = await fetchMetnoForecast({
      baseUrl: weather.provider === 'metno' ? weather.baseUrl : undefined,
      lat,
      lon,
      userAgent: weather.userAgent ?? '',
      lastModified: held?.lastModified ?? null,
      timeoutMs,
      maxBytes,
    });
    if (!answer.ok) {
      const problem = answer.problem;
      return { ok: false, problem: problem.kind === 'no-user-agent' ? { kind: 'network', detail: problem.detail } : problem };
    }
    const { value } = answer;
    const expiresAt = value.expires ? new Date(value.expires) : undefined;
    if (value.kind === 'not-modified') {
      if (!held) return { ok: false, problem: { kind: 'malformed', detail: 'MET Norway answered 304 but no forecast is held' } };
      return { ok: true, value: { value: held.forecast, expiresAt } };
    }
    lastMetno.set(key, { forecast: value.forecast, lastModified: value.lastModified });
    return { ok: true, value: { value: value.forecast, expiresAt } };
  }

  async function fromSmhi(key: string): Promise<ForecastFetch> {
    const { lat, lon } = gridPoint(key);
    const answer = await fetchSmhiForecast({ baseUrl: weather.baseUrl, lat, lon, timeoutMs, maxBytes });
    return answer.ok ? { ok: true, value: { value: answer.value } } : answer;
  }

  return async (key: string): Promise<ForecastFetch> => {
    if (weather.provider === 'metno') return fromMetno(key);
    const smhi = await fromSmhi(key);
    if (smhi.ok || weather.userAgent === undefined) return smhi;
    const metno = await fromMetno(key);
    return metno.ok ? metno : { ok: false, problem: bothFailed(smhi.problem, metno.problem) };
  };
}

function bothFailed(smhi: UpstreamProblem, metno: UpstreamProblem): UpstreamProblem {
  // The SMHI problem stays the one reported (it is the configured provider); MET Norway's goes into the detail.
  const also = `; MET Norway also failed: ${JSON.stringify(metno)}`;
  switch (smhi.kind) {
    case 'http':
    case 'network':
    case 'malformed':
      return { ...smhi, detail: `${smhi.detail}${also}`.slice(0, 2_000) };
    default:
      return smhi;
  }
}
