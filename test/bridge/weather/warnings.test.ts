import { fetchSmhiWarnings, smhiWarningsUrl } from '../../../bridge/adapters/weather/warnings';
import { warningsFor } from '../../../protocol/warnings';
import type { WeatherWarning } from '../../../bridge/types';
import { type FixtureServer, type Route, startFixtureServer } from '../../support/fixture-server';
import { fixtureJson, jsonRoute, WARNINGS_NONE, WARNINGS_WIND } from './weather-fixtures';

const PATH = '/ibww/api/version/1/warning.json';
const STOCKHOLM = 1;
const UPPSALA = 3;
const GOTLAND = 9;
const VASTRA_GOTALAND = 14;

type WarningsFixture = {
  id: number;
  event: Record<string, unknown>;
  warningAreas: Record<string, unknown>[];
}[];

describe('SMHI impact-based warnings', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  const fetchVia = (route: Route, limits: { timeoutMs?: number; maxBytes?: number } = {}) => {
    server.route(PATH, route);
    return fetchSmhiWarnings({ baseUrl: server.url, timeoutMs: 2000, maxBytes: 100_000, ...limits });
  };
  const warningsVia = async (route: Route): Promise<WeatherWarning[]> => {
    const result = await fetchVia(route);
    if (!result.ok) throw new Error(`expected warnings, got ${JSON.stringify(result.problem)}`);
    return result.value;
  };
  const wind: Route = { kind: 'file', file: WARNINGS_WIND, contentType: 'application/json' };

  describe('fetching and reading', () => {
    it('asks the IBWW path under the configured base', async () => {
      expect(smhiWarningsUrl()).toBe('https://opendata-download-warnings.smhi.se/ibww/api/version/1/warning.json');
      await fetchVia(wind);
      expect(server.requests.at(-1)?.url).toBe(PATH);
    });

    it('reads [] as no warnings', async () => {
      expect(await warningsVia({ kind: 'file', file: WARNINGS_NONE, contentType: 'application/json' })).toEqual([]);
    });

    it('makes one warning per warning area, with the level in lower case', async () => {
      const warnings = await warningsVia(wind);
      expect(warnings.map((w) => [w.id, w.level, w.counties])).toEqual([
        ['9441-10417', 'yellow', [STOCKHOLM, UPPSALA]],
        ['9441-10418', 'yellow', [GOTLAND]],
        ['9302-10102', 'message', [STOCKHOLM]],
      ]);
    });

    it('reads a yellow wind warning in both languages, described by its incident text', async () => {
      const [stockholm] = await warningsVia(wind);
      expect(stockholm).toEqual({
        id: '9441-10417',
        level: 'yellow',
        event: { sv: 'Vind', en: 'Wind' },
        area: { sv: 'Stockholms län, Uppsala län', en: 'Stockholm County, Uppsala County' },
        counties: [STOCKHOLM, UPPSALA],
        start: '2026-10-24T10:00:00.000Z',
        end: '2026-10-25T04:00:00.000Z',
        description: {
          sv: 'Under lördagen väntas byvindar upp till 23 m/s längs kusten, som kan ge nedfallna grenar och begränsad framkomlighet.',
          en: 'On Saturday, gusts of up to 23 m/s are expected along the coast, which may bring down branches and limit passability.',
        },
      });
    });

    it('reads a message without an end, described by its event description', async () => {
      const message = (await warningsVia(wind))[2];
      expect(message).toMatchObject({ level: 'message', end: null, description: { sv: 'Risk för vattenbrist', en: 'Risk of water shortage' } });
    });

    it('maps all four level codes', async () => {
      const answer = fixtureJson<WarningsFixture>(WARNINGS_WIND);
      const area = answer[0]!.warningAreas[0]!;
      answer[0]!.warningAreas = ['MESSAGE', 'YELLOW', 'ORANGE', 'RED'].map((code, i) => ({ ...area, id: i, warningLevel: { sv: '', en: '', code } }));
      expect((await warningsVia(jsonRoute(answer))).map((w) => w.level)).toEqual(['message', 'yellow', 'orange', 'red', 'message']);
    });

    it('lets one language stand in for a missing other, and skips affected areas without a county id', async () => {
      const answer = fixtureJson<WarningsFixture>(WARNINGS_WIND);
      answer[0]!.event = { en: 'Wind', code: 'WIND' };
      answer[0]!.warningAreas[0]!.affectedAreas = [{ id: 1, sv: 'Stockholms län', en: 'Stockholm County' }, { sv: 'Ålands hav', en: 'Sea of Åland' }];
      const [first] = await warningsVia(jsonRoute(answer));
      expect(first).toMatchObject({ event: { sv: 'Wind', en: 'Wind' }, counties: [STOCKHOLM] });
    });
  });

  describe('broken answers become problems, never throws', () => {
    it('names an unknown level code', async () => {
      const answer = fixtureJson<WarningsFixture>(WARNINGS_WIND);
      answer[0]!.warningAreas[1]!.warningLevel = { sv: 'Grön', en: 'Green', code: 'GREEN' };
      const result = await fetchVia(jsonRoute(answer));
      expect(!result.ok && result.problem).toEqual({ kind: 'malformed', detail: expect.stringContaining('[0].warningAreas[1].warningLevel.code') });
    });

    it('names a missing start and an object where the list should be', async () => {
      const answer = fixtureJson<WarningsFixture>(WARNINGS_WIND);
      delete answer[1]!.warningAreas[0]!.approximateStart;
      const missingStart = await fetchVia(jsonRoute(answer));
      expect(!missingStart.ok && missingStart.problem).toEqual({ kind: 'malformed', detail: expect.stringContaining('[1].warningAreas[0].approximateStart') });
      const notAList = await fetchVia(jsonRoute({ warnings: [] }));
      expect(!notAList.ok && notAList.problem).toEqual({ kind: 'malformed', detail: expect.stringContaining('expected array') });
    });

    it('reports HTML instead of JSON, a slow upstream and an oversized answer', async () => {
      const html = await fetchVia({ kind: 'body', body: '<html><body>Underhåll</body></html>', contentType: 'text/html' });
      expect(!html.ok && html.problem).toEqual({ kind: 'malformed', detail: expect.stringContaining('not JSON') });
      expect(await fetchVia({ kind: 'slow', delayMs: 1000, route: wind }, { timeoutMs: 100 })).toEqual({ ok: false, problem: { kind: 'timeout', afterMs: 100 } });
      expect(await fetchVia(wind, { maxBytes: 1000 })).toEqual({ ok: false, problem: { kind: 'too-large', limitBytes: 1000 } });
    });
  });

  describe('which warnings apply to a preschool now', () => {
    const at = (iso: string) => new Date(iso);

    it('keeps the county’s active warnings of level yellow or above', async () => {
      const warnings = await warningsVia(wind);
      const now = at('2026-10-24T12:00:00Z');
      expect(warningsFor(warnings, STOCKHOLM, now).map((w) => w.id)).toEqual(['9441-10417']); // not the water-shortage message
      expect(warningsFor(warnings, UPPSALA, now).map((w) => w.id)).toEqual(['9441-10417']);
      expect(warningsFor(warnings, GOTLAND, now).map((w) => w.id)).toEqual(['9441-10418']);
      expect(warningsFor(warnings, VASTRA_GOTALAND, now)).toEqual([]);
    });

    it('counts from the start, inclusive, to the end, exclusive', async () => {
      const warnings = await warningsVia(wind);
      const ids = (iso: string) => warningsFor(warnings, STOCKHOLM, at(iso)).map((w) => w.id);
      expect(ids('2026-10-24T09:59:59.999Z')).toEqual([]);
      expect(ids('2026-10-24T10:00:00.000Z')).toEqual(['9441-10417']);
      expect(ids('2026-10-25T03:59:59.999Z')).toEqual(['9441-10417']);
      expect(ids('2026-10-25T04:00:00.000Z')).toEqual([]);
    });

    it('keeps a warning without an end until further notice', async () => {
      const answer = fixtureJson<WarningsFixture>(WARNINGS_WIND);
      delete answer[0]!.warningAreas[0]!.approximateEnd;
      const warnings = await warningsVia(jsonRoute(answer));
      expect(warningsFor(warnings, STOCKHOLM, at('2027-01-01T00:00:00Z')).map((w) => w.id)).toEqual(['9441-10417']);
    });

    it('puts the most severe first', async () => {
      const [yellow] = await warningsVia(wind);
      const orange: WeatherWarning = { ...yellow!, id: 'orange', level: 'orange' };
      const red: WeatherWarning = { ...yellow!, id: 'red', level: 'red' };
      expect(warningsFor([yellow!, orange, red], STOCKHOLM, at('2026-10-24T12:00:00Z')).map((w) => w.id)).toEqual(['red', 'orange', '9441-10417']);
    });
  });
});
