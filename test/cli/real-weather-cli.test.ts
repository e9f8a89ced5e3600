/**
 * Issue 17: a real SMHI snow1g answer (pysmhi's recording, test/fixtures/real/smhi) replayed on loopback and
 * asked through `laiban ask`. Monday 6 April carries 0.2 mm per step under half-clear and clear symbols with
 * 21–28 % probability: children must not be told to bring rain clothes for it.
 */
import { startFixtureServer } from '../support/fixture-server';
import { askCli, writeAskConfig } from '../support/ask-cli';
import { tempDir } from '../support/robot-harness';

const SNOW1G_PATH = '/api/category/snow1g/version/1/geotype/point/lon/16.16/lat/58.58/data.json';

const ask = async (config: string, now: string, question: string) => (await askCli(config, now, question)).answer;

describe('laiban ask with a real snow1g answer', () => {
  it('tells rain gear on the rainy Friday and not on the nearly dry Monday', async () => {
    const upstream = await startFixtureServer();
    try {
      upstream.route(SNOW1G_PATH, { kind: 'file', file: 'real/smhi/pysmhi-snow1g-2026-04-02.json', contentType: 'application/json' });
      upstream.route('/ibww/api/version/1/warning.json', { kind: 'file', file: 'bridge/weather/smhi-warnings-none.json', contentType: 'application/json' });
      const config = writeAskConfig(tempDir(), {
        location: { lat: 58.58, lon: 16.16, countyId: 5 },
        weather: { baseUrl: upstream.url, warningsBaseUrl: upstream.url },
      });
      const friday = await ask(config, '2026-04-03T09:00:00', 'vad ska jag ha på mig');
      expect(upstream.requests.map((r) => r.url)).toContain(SNOW1G_PATH);
      expect(friday).toBe(
        'Idag regnar det, så ta regnkläder, stövlar, fleecetröja, mössa och vantar. Var förslaget bra?',
      );
      expect(await ask(config, '2026-04-05T17:00:00', 'vad ska jag ha på mig imorgon')).toBe('Imorgon behöver du jacka, fleecetröja, mössa och vantar.');
      expect(await ask(config, '2026-04-02T09:00:00', 'vad blir det för väder på måndag')).toBe('På måndag blir det sol och tio grader. Det blir blåsigt också.');
    } finally {
      await upstream.close();
    }
  }, 90_000);
});
