/**
 * The must-hold: `laiban ask` with weather.baseUrl and lunch.url pointing at a local server that
 * replays SMHI snow1g and a Skolmaten feed names the day's dishes and the temperature at that hour; with the
 * server stopped, the same questions are answered from the cache. Then the same through a standalone
 * `laiban bridge` process and `bridge.url`.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server';
import { askCli, writeAskConfig } from '../support/ask-cli';
import { tempDir } from '../support/robot-harness';

const run = promisify(execFile);
const bin = path.resolve(__dirname, '../../bin/laiban.js');
const SNOW1G_PATH = '/api/category/snow1g/version/1/geotype/point/lon/18.07/lat/59.33/data.json';
const MENU_PATH = '/solrosens-forskola/rss/weeks';


function serveFixtures(upstream: FixtureServer): void {
  upstream.route(SNOW1G_PATH, { kind: 'file', file: 'bridge/weather/smhi-snow1g-stockholm.json', contentType: 'application/json' });
  upstream.route(MENU_PATH, { kind: 'file', file: 'bridge/lunch/skolmaten-week.xml', contentType: 'application/rss+xml' });
  upstream.route('/ibww/api/version/1/warning.json', { kind: 'file', file: 'bridge/weather/smhi-warnings-none.json', contentType: 'application/json' });
}

/** Tuesday 12 May 2026 in the Skolmaten fixture; 24 October 2026 10:00 is 08:00 UTC in the snow1g fixture. */
const LUNCH_QUESTION = ['2026-05-12T09:00:00', 'vad blir det för mat idag'] as const;
const WEATHER_QUESTION = ['2026-10-24T10:00:00', 'vad är det för väder'] as const;

function expectLunch(answer: { answer: string; intent: string }): void {
  expect(answer.intent).toBe('lunch');
  expect(answer.answer.toLowerCase()).toContain('köttbullar med makaroner och ketchup');
}

function expectWeather(answer: { answer: string; intent: string }): void {
  expect(answer.intent).toBe('weather');
  // 08:00 UTC in the fixture: 5.1 °C.
  expect(answer.answer).toMatch(/^Det är fem grader/);
}

describe('laiban ask with its own bridge (no bridge.url)', () => {
  it('answers lunch and weather from the upstreams, and from the cache once they are gone', async () => {
    const upstream = await startFixtureServer();
    serveFixtures(upstream);
    const config = writeAskConfig(tempDir(), {
      location: { lat: 59.33, lon: 18.07, countyId: 1 },
      weather: { baseUrl: upstream.url, warningsBaseUrl: upstream.url },
      lunch: { provider: 'skolmaten', url: `${upstream.url}${MENU_PATH}` },
    });
    expectLunch(await askCli(config, ...LUNCH_QUESTION));
    expectWeather(await askCli(config, ...WEATHER_QUESTION));
    expect(upstream.requests.map((r) => r.url)).toEqual(expect.arrayContaining([SNOW1G_PATH, MENU_PATH]));

    await upstream.close();
    expectLunch(await askCli(config, ...LUNCH_QUESTION));
    expectWeather(await askCli(config, ...WEATHER_QUESTION));
  }, 60_000);
});

describe('laiban bridge and a robot with bridge.url', () => {
  let bridge: ChildProcess | undefined;
  afterEach(() => bridge?.kill('SIGKILL'));

  async function startBridge(configFile: string): Promise<number> {
    bridge = spawn(process.execPath, [bin, 'bridge', '--config', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    return new Promise((resolve, reject) => {
      bridge!.stderr!.on('data', (chunk: Buffer) => {
        err += chunk.toString();
        const port = /ws:\/\/[^:]+:(\d+)/.exec(err)?.[1];
        if (port) resolve(Number(port));
      });
      bridge!.once('exit', (code) => reject(new Error(`bridge exited ${code}: ${err}`)));
    });
  }

  it('answers through the standalone bridge, and from the robot\'s own copy after the bridge is gone', async () => {
    const upstream = await startFixtureServer();
    serveFixtures(upstream);
    const dir = tempDir();
    const bridgeConfig = path.join(dir, 'bridge.json');
    fs.writeFileSync(
      bridgeConfig,
      JSON.stringify({
        port: 0,
        tokens: [{ robot: 'solrosen-1', token: '9b1e4c7a20f35d86e1a4c9b7f0d2e638' }],
        weather: { baseUrl: upstream.url, warningsBaseUrl: upstream.url },
        lunch: { sources: { solrosen: { provider: 'skolmaten', url: `${upstream.url}${MENU_PATH}` } } },
      }),
    );
    const port = await startBridge(bridgeConfig);
    const config = writeAskConfig(dir, {
      location: { lat: 59.33, lon: 18.07, countyId: 1 },
      lunch: { source: 'solrosen' },
      bridge: { url: `ws://127.0.0.1:${port}`, token: '9b1e4c7a20f35d86e1a4c9b7f0d2e638' },
    });
    expectLunch(await askCli(config, ...LUNCH_QUESTION));
    expectWeather(await askCli(config, ...WEATHER_QUESTION));

    bridge!.kill('SIGTERM');
    await upstream.close();
    expectLunch(await askCli(config, ...LUNCH_QUESTION));
    expectWeather(await askCli(config, ...WEATHER_QUESTION));
  }, 60_000);

  it('refuses to start with a config that has no usable tokens section, saying why', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'bridge.json');
    fs.writeFileSync(file, JSON.stringify({ tokens: [{ robot: 'x', token: 'short' }] }));
    const result = await run(process.execPath, [bin, 'bridge', '--config', file]).catch((err: { code: number; stderr: string }) => err);
    expect(result).toMatchObject({ code: 1 });
    expect((result as { stderr: string }).stderr).toContain('tokens.0.token: must be at least 32 characters');
  });
});
