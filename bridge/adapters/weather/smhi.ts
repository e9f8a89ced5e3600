/** SMHI's point forecast, snow1g version 1: the robot's primary weather source. */
import { z } from 'zod';
import type { Forecast, ForecastStep, UpstreamResult } from '../../types';
import { fetchUpstream } from '../fetch-upstream';
import { cloudCoverFromOctas, precipitationTypeFromSnow1g, skyFromSmhiSymbol, smhiValue } from './smhi-codes';
import { matchSchema, parseJsonBody } from './upstream-json';
import { utcInstant } from './utc-time';

export { parseSmhiLegacyForecast } from './smhi-legacy';

export const SMHI_FORECAST_BASE_URL = 'https://opendata-download-metfcst.smhi.se';

/** SMHI refuses more than 6 decimals; trailing zeros are dropped ("18.0686", not "18.068600"). */
function sixDecimals(degrees: number): string {
  if (!Number.isFinite(degrees)) throw new RangeError(`coordinate must be a finite number, got ${degrees}`);
  return String(Number(degrees.toFixed(6)) || 0);
}

/** `baseUrl` is everything before `/api/…`. Longitude comes first in SMHI's path. */
export function smhiForecastUrl(baseUrl: string = SMHI_FORECAST_BASE_URL, lat: number, lon: number): string {
  const base = baseUrl.replace(/\/+$/, '');
  return `${base}/api/category/snow1g/version/1/geotype/point/lon/${sixDecimals(lon)}/lat/${sixDecimals(lat)}/data.json`;
}

/** 9999 is SMHI's "missing"; null and a missing key are read as the same thing (skip the value, not the forecast). */
const value = z.number().nullable().optional();

// api-formats.md documents a flat [lon, lat]; some clients type it nested like pmp3g's [[lon, lat]], so both are read.
const lonLat = z.array(z.number()).min(2);
const gridPoint = z
  .union([lonLat, z.array(lonLat).min(1)])
  .transform((coordinates) => {
    const flat = (Array.isArray(coordinates[0]) ? coordinates[0] : coordinates) as number[];
    return { lon: flat[0] as number, lat: flat[1] as number };
  });

const snow1gStep = z
  .object({
    time: utcInstant,
    intervalParametersStartTime: utcInstant,
    data: z.object({
      air_temperature: value,
      wind_speed: value,
      wind_speed_of_gust: value,
      relative_humidity: value,
      thunderstorm_probability: value,
      probability_of_precipitation: value,
      cloud_area_fraction: value,
      precipitation_amount_mean: value,
      precipitation_frozen_part: value,
      predominant_precipitation_type_at_surface: value,
      symbol_code: value,
    }),
  })
  .refine((step) => step.intervalParametersStartTime <= step.time, {
    message: 'intervalParametersStartTime is after time',
    path: ['intervalParametersStartTime'],
  });

const snow1gAnswer = z.object({
  referenceTime: utcInstant,
  geometry: z.object({ type: z.literal('Point'), coordinates: gridPoint }),
  timeSeries: z.array(snow1gStep).min(1, 'a forecast without any step'),
});

type Snow1gStep = z.output<typeof snow1gStep>;

function toStep({ time, intervalParametersStartTime, data }: Snow1gStep): ForecastStep {
  const symbol = smhiValue(data.symbol_code);
  return {
    start: intervalParametersStartTime,
    end: time,
    temperature: smhiValue(data.air_temperature),
    windSpeed: smhiValue(data.wind_speed),
    windGust: smhiValue(data.wind_speed_of_gust),
    humidity: smhiValue(data.relative_humidity),
    // Whether snow1g amounts are interval totals or hourly rates is undocumented; api-formats.md settles on
    // totals, so the value is used as is for 1-, 6- and 12-hour steps alike (on 1-hour steps both agree).
    precipitationMm: smhiValue(data.precipitation_amount_mean),
    precipitationType: precipitationTypeFromSnow1g({
      predominantType: smhiValue(data.predominant_precipitation_type_at_surface),
      frozenPart: smhiValue(data.precipitation_frozen_part),
      symbol,
    }),
    precipitationProbability: smhiValue(data.probability_of_precipitation),
    thunderProbability: smhiValue(data.thunderstorm_probability),
    cloudCover: cloudCoverFromOctas(smhiValue(data.cloud_area_fraction)),
    sky: skyFromSmhiSymbol(symbol),
  };
}

/** A snow1g answer (already JSON-parsed) as a Forecast; anything off-format is a `malformed` problem. */
export function parseSmhiForecast(json: unknown): UpstreamResult<Forecast> {
  const checked = matchSchema(snow1gAnswer, json, 'SMHI snow1g');
  if (!checked.ok) return checked;
  const answer = checked.value;
  return {
    ok: true,
    value: {
      provider: 'smhi',
      location: answer.geometry.coordinates,
      issuedAt: answer.referenceTime,
      steps: answer.timeSeries.map(toStep),
    },
  };
}

export interface SmhiFetchOptions {
  /** Everything before `/api/…`; SMHI_FORECAST_BASE_URL when not given. */
  baseUrl?: string;
  lat: number;
  lon: number;
  timeoutMs: number;
  maxBytes: number;
}

export async function fetchSmhiForecast(options: SmhiFetchOptions): Promise<UpstreamResult<Forecast>> {
  const { lat, lon, timeoutMs, maxBytes } = options;
  const answer = await fetchUpstream(smhiForecastUrl(options.baseUrl, lat, lon), {
    timeoutMs,
    maxBytes,
    headers: { accept: 'application/json' },
  });
  if (!answer.ok) {
    const { problem } = answer;
    if (problem.kind === 'http' && problem.status === 404) {
      const detail = `SMHI has no snow1g forecast for lat ${lat}, lon ${lon}: the point is outside the model area (or the API version is gone)`;
      return { ok: false, problem: { kind: 'http', status: 404, detail } };
    }
    return answer;
  }
  const json = parseJsonBody(answer.value.body, 'SMHI snow1g');
  return json.ok ? parseSmhiForecast(json.value) : json;
}
