import { parseSmhiLegacyForecast } from '../../../bridge/adapters/weather/smhi';
import { fetchUpstream } from '../../../bridge/adapters/fetch-upstream';
import { parseJsonBody } from '../../../bridge/adapters/weather/upstream-json';
import type { Forecast } from '../../../bridge/types';
import { type FixtureServer, type Route, startFixtureServer } from '../../support/fixture-server';
import { fixtureJson, jsonRoute, PMP3G } from './weather-fixtures';

interface Pmp3gFixture {
  timeSeries: { validTime: string; parameters: { name: string; values: unknown[] }[] }[];
  [key: string]: unknown;
}

/** Recordings are replayed over the wire like live answers, then read with the legacy parser. */
describe('SMHI pmp3g v2 recordings', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  const replay = async (route: Route) => {
    server.route('/recording.json', route);
    const answer = await fetchUpstream(`${server.url}/recording.json`, { timeoutMs: 2000, maxBytes: 100_000 });
    if (!answer.ok) throw new Error(`the fixture server failed: ${JSON.stringify(answer.problem)}`);
    const json = parseJsonBody(answer.value.body, 'recording');
    if (!json.ok) throw new Error(json.problem.kind);
    return parseSmhiLegacyForecast(json.value);
  };
  const forecastOf = async (route: Route): Promise<Forecast> => {
    const result = await replay(route);
    if (!result.ok) throw new Error(`expected a forecast, got ${JSON.stringify(result.problem)}`);
    return result.value;
  };
  const recording: Route = { kind: 'file', file: PMP3G, contentType: 'application/json' };

  it('reads approvedTime and the nested grid point', async () => {
    const forecast = await forecastOf(recording);
    expect(forecast).toMatchObject({ provider: 'smhi', issuedAt: '2025-12-02T10:03:42.000Z', location: { lat: 59.32986, lon: 18.066404 } });
  });

  it('looks parameters up by name, whatever their order', async () => {
    const { steps } = await forecastOf(recording);
    // The third step lists its parameters in reverse, the fourth rotated.
    expect(steps[2]).toEqual({
      start: '2025-12-02T12:00:00.000Z',
      end: '2025-12-02T13:00:00.000Z',
      temperature: 0.4,
      windSpeed: 5.6,
      windGust: 11,
      humidity: 97,
      precipitationMm: 0.6,
      precipitationType: 'snow',
      precipitationProbability: null,
      thunderProbability: 0,
      cloudCover: 1,
      sky: 'snow',
    });
    expect(steps[3]).toMatchObject({ temperature: 0.9, windGust: 12.4, precipitationType: 'sleet', sky: 'sleet' });
  });

  it('turns pmean (mm/h) into a total over the interval', async () => {
    const { steps } = await forecastOf(recording);
    expect(steps[1]).toMatchObject({ start: '2025-12-02T11:00:00.000Z', end: '2025-12-02T12:00:00.000Z', precipitationMm: 0.4 });
    expect(steps[3]).toMatchObject({ start: '2025-12-02T13:00:00.000Z', end: '2025-12-02T19:00:00.000Z', precipitationMm: 3 });
  });

  it('gives the first step one hour', async () => {
    const { steps } = await forecastOf(recording);
    expect(steps[0]).toMatchObject({ start: '2025-12-02T10:00:00.000Z', end: '2025-12-02T11:00:00.000Z' });
  });

  it('maps pcat, Wsymb2 and tcc_mean octas', async () => {
    const { steps } = await forecastOf(recording);
    expect(steps.map((s) => [s.precipitationType, s.sky, s.cloudCover])).toEqual([
      ['none', 'cloudy', 0.75],
      ['rain', 'rain', 1],
      ['snow', 'snow', 1],
      ['sleet', 'sleet', 1],
    ]);
  });

  it('maps every pcat code', async () => {
    const recorded = fixtureJson<Pmp3gFixture>(PMP3G);
    const step = recorded.timeSeries[0]!;
    recorded.timeSeries = [0, 1, 2, 3, 4, 5, 6].map((pcat, i) => ({
      validTime: `2025-12-02T1${i + 1}:00:00Z`,
      parameters: step.parameters.map((p) => (p.name === 'pcat' ? { ...p, values: [pcat] } : p)),
    }));
    const { steps } = await forecastOf(jsonRoute(recorded));
    expect(steps.map((s) => s.precipitationType)).toEqual(['none', 'snow', 'sleet', 'rain', 'drizzle', 'freezing-rain', 'freezing-rain']);
  });

  it('reads a parameter that is absent as null', async () => {
    const recorded = fixtureJson<Pmp3gFixture>(PMP3G);
    const first = recorded.timeSeries[0]!;
    first.parameters = first.parameters.filter((p) => p.name !== 'gust' && p.name !== 't');
    const { steps } = await forecastOf(jsonRoute(recorded));
    expect(steps[0]).toMatchObject({ temperature: null, windGust: null, windSpeed: 4.1 });
  });

  it('names what is wrong in a malformed recording', async () => {
    const recorded = fixtureJson<Pmp3gFixture>(PMP3G);
    recorded.timeSeries[1]!.parameters[0]!.values = ['0.4'];
    expect(await replay(jsonRoute(recorded))).toEqual({
      ok: false,
      problem: { kind: 'malformed', detail: expect.stringContaining('timeSeries[1].parameters[0].values[0]') },
    });
    const { approvedTime: _dropped, ...withoutTime } = fixtureJson<Pmp3gFixture>(PMP3G);
    expect(await replay(jsonRoute(withoutTime))).toEqual({ ok: false, problem: { kind: 'malformed', detail: expect.stringContaining('approvedTime') } });
  });
});
