import { fetchSmhiForecast, parseSmhiForecast, smhiForecastUrl } from '../../../bridge/adapters/weather/smhi';
import type { Forecast, ForecastStep } from '../../../bridge/types';
import { type FixtureServer, type Route, startFixtureServer } from '../../support/fixture-server';
import { fixtureJson, jsonRoute, SNOW1G, type Snow1gFixture } from './weather-fixtures';

const LAT = 59.3293;
const LON = 18.0686;
const PATH = '/api/category/snow1g/version/1/geotype/point/lon/18.0686/lat/59.3293/data.json';
const HOUR = 3_600_000;

describe('SMHI snow1g forecast', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  const fetchVia = (route: Route, limits: { timeoutMs?: number; maxBytes?: number } = {}) => {
    server.route(PATH, route);
    return fetchSmhiForecast({ baseUrl: server.url, lat: LAT, lon: LON, timeoutMs: 2000, maxBytes: 1_000_000, ...limits });
  };
  const forecastVia = async (route: Route): Promise<Forecast> => {
    const result = await fetchVia(route);
    if (!result.ok) throw new Error(`expected a forecast, got ${JSON.stringify(result.problem)}`);
    return result.value;
  };
  const recorded: Route = { kind: 'file', file: SNOW1G, contentType: 'application/json' };
  const ending = (forecast: Forecast, end: string): ForecastStep => {
    const step = forecast.steps.find((s) => s.end === end);
    if (!step) throw new Error(`no step ends at ${end}`);
    return step;
  };
  const hours = (step: ForecastStep) => (Date.parse(step.end) - Date.parse(step.start)) / HOUR;

  describe('the URL', () => {
    it('puts longitude first, under the default base', () => {
      expect(smhiForecastUrl(undefined, LAT, LON)).toBe(
        'https://opendata-download-metfcst.smhi.se/api/category/snow1g/version/1/geotype/point/lon/18.0686/lat/59.3293/data.json',
      );
    });

    it('rounds to at most 6 decimals and accepts a base with a trailing slash', () => {
      expect(smhiForecastUrl('http://smhi.test/', 59.329312345, 18.06861234567)).toBe(
        'http://smhi.test/api/category/snow1g/version/1/geotype/point/lon/18.068612/lat/59.329312/data.json',
      );
    });

    it('is the path the fetch asks for', async () => {
      await fetchVia(recorded);
      expect(server.requests.at(-1)?.url).toBe(PATH);
    });
  });

  describe('a recorded answer', () => {
    it('names the provider, the grid point and when the forecast was made', async () => {
      const forecast = await forecastVia(recorded);
      expect(forecast.provider).toBe('smhi');
      expect(forecast.location).toEqual({ lat: 59.32986, lon: 18.066404 });
      expect(forecast.issuedAt).toBe('2026-10-24T06:00:00.000Z');
    });

    it('has 60 hourly, then 13 six-hourly, then 9 twelve-hourly steps, each starting where the last ended', async () => {
      const { steps } = await forecastVia(recorded);
      expect(steps.map(hours)).toEqual([...Array(60).fill(1), ...Array(13).fill(6), ...Array(9).fill(12)]);
      steps.slice(1).forEach((step, i) => expect(step.start).toBe(steps[i]?.end));
      expect(steps[0]).toMatchObject({ start: '2026-10-24T06:00:00.000Z', end: '2026-10-24T07:00:00.000Z' });
      expect(steps.at(-1)).toMatchObject({ start: '2026-11-03T00:00:00.000Z', end: '2026-11-03T12:00:00.000Z' });
    });

    it('reads every value of an hour of rain', async () => {
      const step = ending(await forecastVia(recorded), '2026-10-24T16:00:00.000Z');
      expect(step).toEqual({
        start: '2026-10-24T15:00:00.000Z',
        end: '2026-10-24T16:00:00.000Z',
        temperature: 7.4,
        windSpeed: 4.9,
        windGust: 9.9,
        humidity: 96,
        precipitationMm: 1.8,
        precipitationType: 'rain',
        precipitationProbability: 90,
        thunderProbability: 0,
        cloudCover: 1,
        sky: 'rain',
      });
    });

    it('turns 9999 into null and keeps the other values of the step', async () => {
      const forecast = await forecastVia(recorded);
      expect(ending(forecast, '2026-10-24T09:00:00.000Z')).toMatchObject({ thunderProbability: null, temperature: 5.7 });
      expect(ending(forecast, '2026-10-25T02:00:00.000Z')).toMatchObject({ temperature: null, windGust: null, windSpeed: 1.8 });
    });

    it('reads sleet and snow, and a dry hour as no precipitation', async () => {
      const forecast = await forecastVia(recorded);
      expect(ending(forecast, '2026-10-25T09:00:00.000Z')).toMatchObject({ precipitationType: 'sleet', sky: 'sleet', precipitationMm: 0.5 });
      expect(ending(forecast, '2026-10-25T17:00:00.000Z')).toMatchObject({ precipitationType: 'snow', sky: 'snow', precipitationMm: 1 });
      expect(ending(forecast, '2026-10-24T12:00:00.000Z')).toMatchObject({ precipitationType: 'none', precipitationMm: 0 });
    });

    it('reads a missing precipitation type with frozen part -9 as no precipitation', async () => {
      const step = ending(await forecastVia(recorded), '2026-11-01T12:00:00.000Z');
      expect(step.precipitationType).toBe('none');
    });

    it('turns cloud octas into 0–1', async () => {
      const forecast = await forecastVia(recorded);
      expect(ending(forecast, '2026-10-24T07:00:00.000Z')).toMatchObject({ cloudCover: 0.25, sky: 'clear' });
      expect(ending(forecast, '2026-10-24T09:00:00.000Z')).toMatchObject({ cloudCover: 0.375, sky: 'partly-cloudy' });
      expect(ending(forecast, '2026-10-25T20:00:00.000Z')).toMatchObject({ cloudCover: 0, sky: 'clear' });
    });

    it('reads 6- and 12-hour amounts as totals over the interval', async () => {
      const forecast = await forecastVia(recorded);
      expect(ending(forecast, '2026-10-27T12:00:00.000Z')).toMatchObject({
        start: '2026-10-27T06:00:00.000Z',
        precipitationMm: 3.6,
        precipitationType: 'rain',
      });
      expect(ending(forecast, '2026-10-29T00:00:00.000Z')).toMatchObject({ start: '2026-10-28T18:00:00.000Z', precipitationMm: 2.4, precipitationType: 'snow' });
      expect(ending(forecast, '2026-10-31T12:00:00.000Z')).toMatchObject({ start: '2026-10-31T00:00:00.000Z', precipitationMm: 5.2 });
    });

    it('keeps the night the clocks go back in UTC: one hour per step, 25 of them in the Swedish day', async () => {
      const forecast = await forecastVia(recorded);
      const stockholmTime = (iso: string) =>
        new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
      const aroundTheSwitch = ['2026-10-25T00:00:00.000Z', '2026-10-25T01:00:00.000Z', '2026-10-25T02:00:00.000Z'].map((end) => ending(forecast, end));
      expect(aroundTheSwitch.map(hours)).toEqual([1, 1, 1]);
      // 02:00 summer time, then 02:00 winter time: the same wall-clock hour twice, an hour apart.
      expect(aroundTheSwitch.map((step) => stockholmTime(step.end))).toEqual(['02:00', '02:00', '03:00']);
      const stockholmDay = (iso: string) => new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
      const stepsStartingThatDay = forecast.steps.filter((step) => hours(step) === 1 && stockholmDay(step.start) === '2026-10-25');
      expect(stepsStartingThatDay).toHaveLength(25);
    });
  });

  describe('code tables, on copies of the recorded answer', () => {
    it('maps every symbol_code 1–27 to a sky', async () => {
      const answer = fixtureJson<Snow1gFixture>(SNOW1G);
      answer.timeSeries.slice(0, 27).forEach((step, i) => (step.data.symbol_code = i + 1));
      const { steps } = await forecastVia(jsonRoute(answer));
      expect(steps.slice(0, 27).map((s) => s.sky)).toEqual([
        'clear', 'clear', 'partly-cloudy', 'partly-cloudy', 'cloudy', 'cloudy', 'fog',
        'showers', 'showers', 'showers', 'thunder', 'sleet', 'sleet', 'sleet', 'snow', 'snow', 'snow',
        'rain', 'rain', 'rain', 'thunder', 'sleet', 'sleet', 'sleet', 'snow', 'snow', 'snow',
      ]);
    });

    it('maps WMO table 4.201 codes 0–12 to precipitation types', async () => {
      const answer = fixtureJson<Snow1gFixture>(SNOW1G);
      answer.timeSeries.slice(0, 13).forEach((step, i) => (step.data.predominant_precipitation_type_at_surface = i));
      const { steps } = await forecastVia(jsonRoute(answer));
      expect(steps.slice(0, 13).map((s) => s.precipitationType)).toEqual([
        'none', 'rain', 'rain', 'freezing-rain', 'sleet', 'snow', 'sleet', 'sleet', 'hail', 'hail', 'hail', 'drizzle', 'freezing-rain',
      ]);
    });

    it('reads code 2 as sleet when the step’s symbol or frozen part says sleet, else as thunder rain', async () => {
      const answer = fixtureJson<Snow1gFixture>(SNOW1G);
      const [sleetSymbol, halfFrozen, thunder] = answer.timeSeries;
      Object.assign(sleetSymbol!.data, { predominant_precipitation_type_at_surface: 2, symbol_code: 13, precipitation_frozen_part: 9999 });
      Object.assign(halfFrozen!.data, { predominant_precipitation_type_at_surface: 2, symbol_code: 9999, precipitation_frozen_part: 40 });
      Object.assign(thunder!.data, { predominant_precipitation_type_at_surface: 2, symbol_code: 21, precipitation_frozen_part: 0 });
      const { steps } = await forecastVia(jsonRoute(answer));
      expect(steps.slice(0, 3).map((s) => s.precipitationType)).toEqual(['sleet', 'sleet', 'rain']);
    });

    it('falls back on the frozen part when the type is missing', async () => {
      const answer = fixtureJson<Snow1gFixture>(SNOW1G);
      [0, 55, 100].forEach((frozen, i) =>
        Object.assign(answer.timeSeries[i]!.data, { predominant_precipitation_type_at_surface: 9999, precipitation_frozen_part: frozen }),
      );
      const { steps } = await forecastVia(jsonRoute(answer));
      expect(steps.slice(0, 3).map((s) => s.precipitationType)).toEqual(['rain', 'sleet', 'snow']);
    });

    it('also reads the grid point nested as [[lon, lat]]', async () => {
      const answer = fixtureJson<Snow1gFixture>(SNOW1G);
      answer.geometry.coordinates = [[18.066404, 59.32986]];
      expect((await forecastVia(jsonRoute(answer))).location).toEqual({ lat: 59.32986, lon: 18.066404 });
    });
  });

  describe('broken answers become problems, never throws', () => {
    it('names a value of the wrong type', async () => {
      const answer = fixtureJson<Snow1gFixture>(SNOW1G);
      answer.timeSeries[5]!.data.air_temperature = '7.5';
      const result = await fetchVia(jsonRoute(answer));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problem).toEqual({ kind: 'malformed', detail: expect.stringContaining('timeSeries[5].data.air_temperature') });
    });

    it('names a missing timeSeries', async () => {
      const { timeSeries: _dropped, ...answer } = fixtureJson<Snow1gFixture>(SNOW1G);
      const result = await fetchVia(jsonRoute(answer));
      expect(!result.ok && result.problem).toEqual({ kind: 'malformed', detail: expect.stringContaining('timeSeries') });
    });

    it('names a time without a zone; a missing parameter is only a missing value', async () => {
      const answer = fixtureJson<Snow1gFixture>(SNOW1G);
      delete answer.timeSeries[2]!.data.symbol_code;
      answer.timeSeries[7]!.time = '2026-10-24T14:00:00';
      const result = await fetchVia(jsonRoute(answer));
      const detail = !result.ok && result.problem.kind === 'malformed' ? result.problem.detail : '';
      expect(detail).not.toContain('timeSeries[2].data.symbol_code');
      expect(detail).toContain('timeSeries[7].time');
    });

    it('refuses an answer without steps', async () => {
      const answer = { ...fixtureJson<Snow1gFixture>(SNOW1G), timeSeries: [] };
      const result = await fetchVia(jsonRoute(answer));
      expect(!result.ok && result.problem).toEqual({ kind: 'malformed', detail: expect.stringContaining('timeSeries') });
    });

    it('parses a value that is not even an object', () => {
      expect(parseSmhiForecast(null)).toEqual({ ok: false, problem: { kind: 'malformed', detail: expect.any(String) } });
      expect(parseSmhiForecast('[]')).toMatchObject({ ok: false, problem: { kind: 'malformed' } });
    });

    it('reports an HTML page served as 200 as not JSON', async () => {
      const result = await fetchVia({ kind: 'body', body: '<!DOCTYPE html><html><body>Service maintenance</body></html>', contentType: 'text/html' });
      expect(!result.ok && result.problem).toEqual({ kind: 'malformed', detail: expect.stringContaining('not JSON') });
      expect(!result.ok && result.problem.kind === 'malformed' && result.problem.detail).toContain('<!DOCTYPE html>');
    });

    it('reports a document cut off in the middle as not JSON', async () => {
      const half = JSON.stringify(fixtureJson<Snow1gFixture>(SNOW1G)).slice(0, 5000);
      const result = await fetchVia({ kind: 'body', body: half, contentType: 'application/json' });
      expect(!result.ok && result.problem).toEqual({ kind: 'malformed', detail: expect.stringContaining('not JSON') });
    });

    it('reports a connection that drops part-way through as a network problem', async () => {
      const result = await fetchVia({ kind: 'truncated', file: SNOW1G, contentType: 'application/json', bytes: 4000 });
      expect(!result.ok && result.problem.kind).toBe('network');
    });

    it('refuses an answer larger than the limit', async () => {
      const result = await fetchVia(recorded, { maxBytes: 20_000 });
      expect(result).toEqual({ ok: false, problem: { kind: 'too-large', limitBytes: 20_000 } });
    });

    it('gives up on a slow upstream', async () => {
      const result = await fetchVia({ kind: 'slow', delayMs: 1000, route: recorded }, { timeoutMs: 100 });
      expect(result).toEqual({ ok: false, problem: { kind: 'timeout', afterMs: 100 } });
    });

    it('says a 404 with an HTML page means the point is outside the model area', async () => {
      server.route(PATH, { kind: 'body', body: '<html><body><h1>404 Not Found</h1></body></html>', contentType: 'text/html', status: 404 });
      const result = await fetchSmhiForecast({ baseUrl: server.url, lat: LAT, lon: LON, timeoutMs: 2000, maxBytes: 100_000 });
      expect(!result.ok && result.problem).toEqual({ kind: 'http', status: 404, detail: expect.stringContaining('outside the model area') });
    });

    it('says the same of a 404 with an empty body', async () => {
      const result = await fetchVia({ kind: 'body', body: '', contentType: 'text/plain', status: 404 });
      expect(!result.ok && result.problem).toEqual({ kind: 'http', status: 404, detail: expect.stringContaining('lat 59.3293, lon 18.0686') });
    });

    it('passes other HTTP errors on as they are', async () => {
      const result = await fetchVia({ kind: 'body', body: 'busy', contentType: 'text/plain', status: 503 });
      expect(result).toEqual({ ok: false, problem: { kind: 'http', status: 503, detail: 'busy' } });
    });
  });
});
