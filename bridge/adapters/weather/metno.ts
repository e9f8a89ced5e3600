/** MET Norway Locationforecast 2.0 (compact): the fallback weather source, fetched politely. */
import type { Forecast, UpstreamProblem } from '../../types';
import { fetchUpstream } from '../fetch-upstream';
import { parseMetnoForecast } from './metno-forecast';
import { parseJsonBody } from './upstream-json';
import { httpDateToIso } from './utc-time';

export { parseMetnoForecast } from './metno-forecast';

export const METNO_BASE_URL = 'https://api.met.no';

/** MET Norway asks for at most 4 decimals (more only defeats its cache); trailing zeros are dropped. */
function fourDecimals(degrees: number): string {
  if (!Number.isFinite(degrees)) throw new RangeError(`coordinate must be a finite number, got ${degrees}`);
  return String(Number(degrees.toFixed(4)) || 0);
}

/** `baseUrl` is everything before `/weatherapi/…`; altitude in whole metres above sea level. */
export function metnoForecastUrl(baseUrl: string = METNO_BASE_URL, lat: number, lon: number, altitude?: number): string {
  const base = baseUrl.replace(/\/+$/, '');
  const url = `${base}/weatherapi/locationforecast/2.0/compact?lat=${fourDecimals(lat)}&lon=${fourDecimals(lon)}`;
  return altitude === undefined ? url : `${url}&altitude=${Math.round(altitude)}`;
}

const CONTACT = /[^\s@()<>]+@[^\s@()<>]+\.[a-z]{2,}|https?:\/\/\S+|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}\b/i;
const APP_NAME = /^[a-z][\w.-]*/i;

/**
 * Why MET Norway would (rightly) turn this User-Agent away, or null when it names an app and a contact
 * (an e-mail address or a web site), e.g. "laiban/0.1 it@forskola.example.se".
 */
export function userAgentProblem(userAgent: string | undefined): string | null {
  const ua = (userAgent ?? '').trim();
  const example = 'e.g. "laiban/0.1 it@forskola.example.se"';
  if (ua === '') return `MET Norway requires a User-Agent naming the app and a contact (${example}); none was configured`;
  if (!APP_NAME.test(ua) || !CONTACT.test(ua.replace(APP_NAME, ''))) {
    return `MET Norway requires a User-Agent naming the app and a contact (${example}); ${JSON.stringify(ua)} has no contact`;
  }
  return null;
}

/** What a cache needs to honour MET Norway's terms: refetch after `expires`, and send `lastModified` back. ISO UTC. */
export interface MetnoCacheHints {
  expires: string | null;
  lastModified: string | null;
}

export type MetnoAnswer =
  /** `deprecated`: MET Norway answered 203, this API version is going away. */
  | ({ kind: 'forecast'; forecast: Forecast; deprecated: boolean } & MetnoCacheHints)
  /** 304: the forecast from `lastModified` is still the latest. */
  | ({ kind: 'not-modified' } & MetnoCacheHints);

/** The fetch was not even tried: MET Norway blocks anonymous clients and the terms require a contact. */
export interface MissingUserAgent {
  kind: 'no-user-agent';
  detail: string;
}

export type MetnoResult = { ok: true; value: MetnoAnswer } | { ok: false; problem: UpstreamProblem | MissingUserAgent };

export interface MetnoFetchOptions {
  /** Everything before `/weatherapi/…`; METNO_BASE_URL when not given. */
  baseUrl?: string;
  lat: number;
  lon: number;
  altitude?: number;
  /** Names the app and a contact; without one nothing is sent. */
  userAgent: string;
  /** Last-Modified of the forecast already held (ISO or HTTP date): MET Norway answers 304 if nothing is newer. */
  lastModified?: string | null;
  timeoutMs: number;
  maxBytes: number;
}

export async function fetchMetnoForecast(options: MetnoFetchOptions): Promise<MetnoResult> {
  const refusal = userAgentProblem(options.userAgent);
  if (refusal !== null) return { ok: false, problem: { kind: 'no-user-agent', detail: refusal } };

  const headers: Record<string, string> = { 'user-agent': options.userAgent.trim(), accept: 'application/json' };
  const since = httpDateToIso(options.lastModified);
  if (since !== null) headers['if-modified-since'] = new Date(since).toUTCString();

  const url = metnoForecastUrl(options.baseUrl, options.lat, options.lon, options.altitude);
  const answer = await fetchUpstream(url, { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, headers });
  if (!answer.ok) return answer;

  const { status, headers: got, body } = answer.value;
  const hints: MetnoCacheHints = {
    expires: httpDateToIso(got.get('expires')),
    lastModified: httpDateToIso(got.get('last-modified')),
  };
  if (status === 304) return { ok: true, value: { kind: 'not-modified', ...hints } };

  const json = parseJsonBody(body, 'MET Norway');
  if (!json.ok) return json;
  const forecast = parseMetnoForecast(json.value);
  if (!forecast.ok) return forecast;
  return { ok: true, value: { kind: 'forecast', forecast: forecast.value, deprecated: status === 203, ...hints } };
}
