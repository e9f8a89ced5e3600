/** Recordings of SMHI's retired pmp3g version 2 point forecast (the endpoint answers 404 since 2026-03-31). */
import { z } from 'zod';
import type { Forecast, ForecastStep, UpstreamResult } from '../../types';
import { cloudCoverFromOctas, precipitationTypeFromPcat, skyFromSmhiSymbol, smhiValue } from './smhi-codes';
import { matchSchema } from './upstream-json';
import { addHours, hoursBetween, utcInstant } from './utc-time';

const parameter = z.object({ name: z.string(), values: z.array(z.number().nullable()) });

const pmp3gAnswer = z.object({
  approvedTime: utcInstant,
  geometry: z.object({
    type: z.literal('Point'),
    coordinates: z.array(z.array(z.number()).min(2)).min(1),
  }),
  timeSeries: z.array(z.object({ validTime: utcInstant, parameters: z.array(parameter) })).min(1, 'a forecast without any step'),
});

type Parameter = z.output<typeof parameter>;

/** Parameters come in no fixed order; a missing one reads as no value. */
function lookUp(parameters: Parameter[], name: string): number | null {
  return smhiValue(parameters.find((p) => p.name === name)?.values[0] ?? null);
}

/** pmp3g precipitation is a mean rate in mm/h over the interval that ends at validTime. */
function totalMm(ratePerHour: number | null, hours: number): number | null {
  return ratePerHour === null ? null : Math.round(ratePerHour * hours * 1000) / 1000;
}

/** A pmp3g v2 answer (already JSON-parsed) as a Forecast. */
export function parseSmhiLegacyForecast(json: unknown): UpstreamResult<Forecast> {
  const checked = matchSchema(pmp3gAnswer, json, 'SMHI pmp3g');
  if (!checked.ok) return checked;
  const answer = checked.value;
  const [lon, lat] = answer.geometry.coordinates[0] as number[];
  const steps = answer.timeSeries.map(({ validTime, parameters }, i): ForecastStep => {
    // Each interval runs from the previous validTime; pmp3g starts with hourly steps, so the first is one hour.
    const start = i === 0 ? addHours(validTime, -1) : (answer.timeSeries[i - 1]?.validTime as string);
    const value = (name: string) => lookUp(parameters, name);
    return {
      start,
      end: validTime,
      temperature: value('t'),
      windSpeed: value('ws'),
      windGust: value('gust'),
      humidity: value('r'),
      precipitationMm: totalMm(value('pmean'), hoursBetween(start, validTime)),
      precipitationType: precipitationTypeFromPcat(value('pcat')),
      precipitationProbability: null,
      thunderProbability: value('tstm'),
      cloudCover: cloudCoverFromOctas(value('tcc_mean')),
      sky: skyFromSmhiSymbol(value('Wsymb2')),
    };
  });
  return {
    ok: true,
    value: { provider: 'smhi', location: { lat: lat as number, lon: lon as number }, issuedAt: answer.approvedTime, steps },
  };
}
