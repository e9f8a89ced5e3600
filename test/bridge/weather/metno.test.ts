import { fetchMetnoForecast, type MetnoFetchOptions, metnoForecastUrl, parseMetnoForecast, userAgentProblem } from '../../../bridge/adapters/weather/metno';
import type { Forecast } from '../../../bridge/types';
import { type FixtureServer, type Route, startFixtureServer } from '../../support/fixture-server';
import { fixtureJson, jsonRoute, METNO, type MetnoFixture } from './weather-fixtures';

const PATH = '/weatherapi/locationforecast/2.0/compact';
const USER_AGENT = 'laiban/0.1 it@forskola.example.se';
const CACHE_HEADERS = { 'last-modified': 'Sat, 24 Oct 2026 06:31:45 GMT', expires: 'Sat, 24 Oct 2026 07:02:13 GMT' };

describe('MET Norway Locationforecast', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  const fetchVia = (route: Route, options: Partial<MetnoFetchOptions> = {}) => {
    server.route(PATH, route);
    return fetchMetnoForecast({ baseUrl: server.url, lat: 59.3293, lon: 18.0686, userAgent: USER_AGENT, timeoutMs: 2000, maxBytes: 100_000, ...options });
  };
  const forecastVia = async (route: Route): Promise<Forecast> => {
    const result = await fetchVia(route);
    if (!result.ok || result.value.kind !== 'forecast') throw new Error(`expected a forecast, got ${JSON.stringify(result)}`);
    return result.value.forecast;
  };
  const recorded: Route = { kind: 'file', file: METNO, contentType: 'application/json', headers: CACHE_HEADERS };

  describe('the URL', () => {
    it('has at most 4 decimals, latitude first', () => {
      expect(metnoForecastUrl(undefined, 59.329312, 18.068612)).toBe('https://api.met.no/weatherapi/locationforecast/2.0/compact?lat=59.3293&lon=18.0686');
    });

    it('adds the altitude in whole metres when known', () => {
      expect(metnoForecastUrl('http://met.test/', 59.3293, 18.0686, 28.4)).toBe('http://met.test/weatherapi/locationforecast/2.0/compact?lat=59.3293&lon=18.0686&altitude=28');
    });

    it('is what the fetch asks for', async () => {
      await fetchVia(recorded, { lat: 59.329312, lon: 18.068612 });
      expect(server.requests.at(-1)?.url).toBe(`${PATH}?lat=59.3293&lon=18.0686`);
    });
  });

  describe('the User-Agent', () => {
    it.each(['', '   ', 'node', 'undici', 'curl/8.5.0', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'])(
      'refuses %j without asking MET Norway',
      async (userAgent) => {
        const before = server.requests.length;
        const result = await fetchVia(recorded, { userAgent });
        expect(result).toEqual({ ok: false, problem: { kind: 'no-user-agent', detail: expect.stringContaining('User-Agent naming the app and a contact') } });
        expect(server.requests.length).toBe(before);
      },
    );

    it.each(['laiban/0.1 it@forskola.example.se', 'Laiban/0.1 (+https://github.com/example/laiban)', 'laiban forskolan.example.se'])('accepts %j', (userAgent) => {
      expect(userAgentProblem(userAgent)).toBeNull();
    });

    it('is sent as given, with no If-Modified-Since when nothing is cached', async () => {
      await fetchVia(recorded);
      const { headers } = server.requests.at(-1)!;
      expect(headers['user-agent']).toBe(USER_AGENT);
      expect(headers['if-modified-since']).toBeUndefined();
    });
  });

  describe('caching', () => {
    it('returns Expires and Last-Modified so a cache can honour them', async () => {
      const result = await fetchVia(recorded);
      expect(result).toMatchObject({
        ok: true,
        value: { kind: 'forecast', deprecated: false, expires: '2026-10-24T07:02:13.000Z', lastModified: '2026-10-24T06:31:45.000Z' },
      });
    });

    it('sends the previous Last-Modified back and reads 304 as not modified', async () => {
      const first = await fetchVia(recorded);
      const lastModified = first.ok ? first.value.lastModified : null;
      const second = await fetchVia({ kind: 'body', body: '', contentType: 'application/json', status: 304, headers: { expires: 'Sat, 24 Oct 2026 07:32:13 GMT' } }, { lastModified });
      expect(server.requests.at(-1)?.headers['if-modified-since']).toBe('Sat, 24 Oct 2026 06:31:45 GMT');
      expect(second).toEqual({ ok: true, value: { kind: 'not-modified', expires: '2026-10-24T07:32:13.000Z', lastModified: null } });
    });

    it('flags a 203 answer: this version of the API is deprecated', async () => {
      const result = await fetchVia({ ...recorded, status: 203 });
      expect(result).toMatchObject({ ok: true, value: { kind: 'forecast', deprecated: true } });
    });

    it('reports 403 and 429 as HTTP problems', async () => {
      expect(await fetchVia({ kind: 'body', body: 'Forbidden', contentType: 'text/plain', status: 403 })).toEqual({
        ok: false,
        problem: { kind: 'http', status: 403, detail: 'Forbidden' },
      });
      const tooMany = await fetchVia({ kind: 'body', body: '', contentType: 'text/plain', status: 429 });
      expect(!tooMany.ok && tooMany.problem).toMatchObject({ kind: 'http', status: 429 });
    });
  });

  describe('a recorded compact answer', () => {
    it('names the provider, the point and when the forecast was updated', async () => {
      const forecast = await forecastVia(recorded);
      expect(forecast).toMatchObject({ provider: 'metno', location: { lat: 59.3293, lon: 18.0686 }, issuedAt: '2026-10-24T06:31:45.000Z' });
    });

    it('makes 1-hour steps of rows with next_1_hours, 6-hour steps of rows without, and instants of the last rows', async () => {
      const { steps } = await forecastVia(recorded);
      expect(steps.map((s) => [s.start.slice(5, 16), s.end.slice(5, 16)])).toEqual([
        ['10-24T07:00', '10-24T08:00'],
        ['10-24T08:00', '10-24T09:00'],
        ['10-24T09:00', '10-24T10:00'],
        ['10-24T10:00', '10-24T11:00'],
        ['10-24T11:00', '10-24T12:00'],
        ['10-24T12:00', '10-24T18:00'],
        ['10-24T18:00', '10-25T00:00'],
        ['10-25T00:00', '10-25T06:00'],
        ['10-25T06:00', '10-25T06:00'],
        ['10-25T12:00', '10-25T12:00'],
      ]);
    });

    it('reads an hour of rain: amount and symbol from next_1_hours, instant values at the end of the hour', async () => {
      const { steps } = await forecastVia(recorded);
      expect(steps[2]).toEqual({
        start: '2026-10-24T09:00:00.000Z',
        end: '2026-10-24T10:00:00.000Z',
        temperature: 3.2,
        windSpeed: 5.1,
        windGust: null,
        humidity: 96,
        precipitationMm: 0.9,
        precipitationType: 'rain',
        precipitationProbability: null,
        thunderProbability: null,
        cloudCover: expect.closeTo(0.914, 6),
        sky: 'rain',
      });
    });

    it('reads a 6-hour step from next_6_hours', async () => {
      const { steps } = await forecastVia(recorded);
      expect(steps[6]).toMatchObject({ precipitationMm: 2.1, temperature: 0.4, cloudCover: expect.closeTo(0.031, 6) });
    });

    it('strips _day/_night and reads the two official misspellings', async () => {
      const { steps } = await forecastVia(recorded);
      expect(steps[3]).toMatchObject({ sky: 'thunder', precipitationType: 'sleet' }); // lightssleetshowersandthunder_day
      expect(steps[4]).toMatchObject({ sky: 'partly-cloudy', precipitationType: 'none' }); // partlycloudy_day
      expect(steps[6]).toMatchObject({ sky: 'thunder', precipitationType: 'snow' }); // lightssnowshowersandthunder_night
      expect(steps[7]).toMatchObject({ sky: 'clear', precipitationType: 'none' }); // clearsky_night
    });

    it('gives instant-only rows their instant values and no period values', async () => {
      const { steps } = await forecastVia(recorded);
      expect(steps[9]).toEqual({
        start: '2026-10-25T12:00:00.000Z',
        end: '2026-10-25T12:00:00.000Z',
        temperature: 3.7,
        windSpeed: 2.8,
        windGust: null,
        humidity: 74,
        precipitationMm: null,
        precipitationType: null,
        precipitationProbability: null,
        thunderProbability: null,
        cloudCover: 0.125,
        sky: null,
      });
    });

    it('maps the symbol codes', async () => {
      const answer = fixtureJson<MetnoFixture>(METNO);
      const template = answer.properties.timeseries[0]!;
      const codes = [
        'clearsky_day', 'fair_night', 'partlycloudy_polartwilight', 'cloudy', 'fog',
        'lightrain', 'heavyrain', 'rainshowers_day', 'heavyrainshowersandthunder_night', 'rainandthunder',
        'lightsleet', 'sleetshowers_day', 'heavysnow', 'snowshowers_night', 'lightsnowandthunder',
        'lightssleetshowersandthunder_night', 'lightssnowshowersandthunder_day', 'sunnyspells',
      ];
      answer.properties.timeseries = codes.map((code, i) => ({
        time: new Date(Date.parse(template.time) + i * 3_600_000).toISOString().replace('.000Z', 'Z'),
        data: { ...template.data, next_1_hours: { summary: { symbol_code: code }, details: { precipitation_amount: 0.1 } } },
      }));
      const { steps } = await forecastVia(jsonRoute(answer));
      expect(steps.map((s) => [s.sky, s.precipitationType])).toEqual([
        ['clear', 'none'], ['clear', 'none'], ['partly-cloudy', 'none'], ['cloudy', 'none'], ['fog', 'none'],
        ['rain', 'rain'], ['rain', 'rain'], ['showers', 'rain'], ['thunder', 'rain'], ['thunder', 'rain'],
        ['sleet', 'sleet'], ['sleet', 'sleet'], ['snow', 'snow'], ['snow', 'snow'], ['thunder', 'snow'],
        ['thunder', 'sleet'], ['thunder', 'snow'],
        [null, null], // not a MET Norway code: no sky, but the rest of the forecast stands
      ]);
    });
  });

  describe('broken answers become problems, never throws', () => {
    it('names a value of the wrong type', async () => {
      const answer = fixtureJson<MetnoFixture>(METNO);
      answer.properties.timeseries[2]!.data.instant!.details!.air_temperature = '5.0';
      const result = await fetchVia(jsonRoute(answer));
      expect(!result.ok && result.problem).toEqual({
        kind: 'malformed',
        detail: expect.stringContaining('properties.timeseries[2].data.instant.details.air_temperature'),
      });
    });

    it('names a missing timeseries', async () => {
      const answer = fixtureJson<MetnoFixture>(METNO);
      answer.properties = { meta: answer.properties.meta } as MetnoFixture['properties'];
      const result = await fetchVia(jsonRoute(answer));
      expect(!result.ok && result.problem).toEqual({ kind: 'malformed', detail: expect.stringContaining('properties.timeseries') });
    });

    it('parses a value that is not a Feature', () => {
      expect(parseMetnoForecast({ type: 'FeatureCollection' })).toMatchObject({ ok: false, problem: { kind: 'malformed' } });
    });

    it('reports HTML instead of JSON', async () => {
      const result = await fetchVia({ kind: 'body', body: '<html><body>Bad gateway</body></html>', contentType: 'text/html' });
      expect(!result.ok && result.problem).toEqual({ kind: 'malformed', detail: expect.stringContaining('not JSON') });
    });

    it('reports a dropped connection, an oversized answer and a slow upstream', async () => {
      const dropped = await fetchVia({ kind: 'truncated', file: METNO, contentType: 'application/json', bytes: 700 });
      expect(!dropped.ok && dropped.problem.kind).toBe('network');
      expect(await fetchVia(recorded, { maxBytes: 1000 })).toEqual({ ok: false, problem: { kind: 'too-large', limitBytes: 1000 } });
      expect(await fetchVia({ kind: 'hang' }, { timeoutMs: 100 })).toEqual({ ok: false, problem: { kind: 'timeout', afterMs: 100 } });
    });
  });
});
