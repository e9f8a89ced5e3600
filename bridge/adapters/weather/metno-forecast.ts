/** MET Norway Locationforecast 2.0 "compact" answers as a Forecast. */
import { z } from 'zod';
import type { Forecast, ForecastStep, UpstreamResult } from '../../types';
import { readMetnoSymbol } from './metno-symbols';
import { matchSchema } from './upstream-json';
import { addHours, utcInstant } from './utc-time';

// MET Norway does not promise every parameter in every row, so a missing one reads as no value.
const reading = z.number().optional();

const period = z.object({
  summary: z.object({ symbol_code: z.string() }),
  details: z.object({ precipitation_amount: reading }).optional(),
});

const row = z.object({
  time: utcInstant,
  data: z.object({
    instant: z.object({
      details: z.object({
        air_temperature: reading,
        wind_speed: reading,
        relative_humidity: reading,
        cloud_area_fraction: reading,
      }),
    }),
    next_1_hours: period.optional(),
    next_6_hours: period.optional(),
    next_12_hours: period.optional(),
  }),
});

const compactAnswer = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('Point'), coordinates: z.array(z.number()).min(2) }),
  properties: z.object({
    meta: z.object({ updated_at: utcInstant }),
    timeseries: z.array(row).min(1, 'a forecast without any row'),
  }),
});

type Row = z.output<typeof row>;
type Instant = Row['data']['instant']['details'];
type Period = z.output<typeof period>;

/** The shortest period a row describes; later rows drop next_1_hours, the last ones may have no period at all. */
function periodOf(data: Row['data']): { hours: number; period: Period | null } {
  if (data.next_1_hours) return { hours: 1, period: data.next_1_hours };
  if (data.next_6_hours) return { hours: 6, period: data.next_6_hours };
  // next_12_hours carries a symbol but no amount.
  if (data.next_12_hours) return { hours: 12, period: data.next_12_hours };
  return { hours: 0, period: null };
}

/**
 * A row's instant values are for its own time, the start of its period; ForecastStep wants them at the end,
 * so they are taken from the row at that time (null when there is none).
 */
function toStep(row: Row, instantAt: Map<string, Instant>): ForecastStep {
  const { hours, period } = periodOf(row.data);
  const end = addHours(row.time, hours);
  const instant = instantAt.get(end);
  const symbol = period ? readMetnoSymbol(period.summary.symbol_code) : null;
  const cloudPercent = instant?.cloud_area_fraction;
  return {
    start: row.time,
    end,
    temperature: instant?.air_temperature ?? null,
    windSpeed: instant?.wind_speed ?? null,
    windGust: null,
    humidity: instant?.relative_humidity ?? null,
    precipitationMm: period?.details?.precipitation_amount ?? null,
    precipitationType: symbol?.precipitationType ?? null,
    precipitationProbability: null,
    thunderProbability: null,
    cloudCover: cloudPercent === undefined ? null : Math.min(Math.max(cloudPercent, 0), 100) / 100,
    sky: symbol?.sky ?? null,
  };
}

/** A compact answer (already JSON-parsed) as a Forecast; anything off-format is a `malformed` problem. */
export function parseMetnoForecast(json: unknown): UpstreamResult<Forecast> {
  const checked = matchSchema(compactAnswer, json, 'MET Norway');
  if (!checked.ok) return checked;
  const { geometry, properties } = checked.value;
  const instantAt = new Map(properties.timeseries.map((r) => [r.time, r.data.instant.details]));
  return {
    ok: true,
    value: {
      provider: 'metno',
      location: { lon: geometry.coordinates[0] as number, lat: geometry.coordinates[1] as number },
      issuedAt: properties.meta.updated_at,
      steps: properties.timeseries.map((r) => toStep(r, instantAt)),
    },
  };
}
