import type { ForecastStep } from '../../../../bridge/types';
import { at } from '../../../../test/support/skill-context';

/** One hour of dry, overcast, calm weather at 5 °C from `localStart` (Stockholm), with `fields` changed. */
export function step(localStart: string, fields: Partial<ForecastStep> = {}): ForecastStep {
  const start = at(localStart);
  return {
    start: start.toISOString(),
    end: new Date(start.getTime() + 3_600_000).toISOString(),
    temperature: 5,
    windSpeed: 1,
    windGust: null,
    humidity: 80,
    precipitationMm: 0,
    precipitationType: 'none',
    precipitationProbability: null,
    thunderProbability: 0,
    cloudCover: 1,
    sky: 'cloudy',
    ...fields,
  };
}

/** Hourly steps on `date` from `fromHour` up to `toHour`, all with `fields`. */
export function hours(date: string, fromHour: number, toHour: number, fields: Partial<ForecastStep> = {}): ForecastStep[] {
  const steps: ForecastStep[] = [];
  for (let hour = fromHour; hour < toHour; hour++) steps.push(step(`${date}T${String(hour).padStart(2, '0')}:00`, fields));
  return steps;
}
