import { BridgeClient, type ClientStatus, reconnectDelayMs } from '../../robot/bridge-link/bridge-client';
import { BridgeDataSource } from '../../robot/bridge-link/bridge-data-source';
import { DataUnavailableError } from '../../robot/runtime/data-access';
import { createSilentLogger } from '../../robot/runtime/log';
import { tempDir } from '../support/robot-harness';
import { type Bridge, GOOD_TOKEN, MENU_PATH, REVOKED_TOKEN, STOCKHOLM, startBridge } from '../bridge/server/bridge-harness';

const STOCKHOLM_COUNTY = 1;
let bridge: Bridge | undefined;
const clients: BridgeClient[] = [];

function client(url: string, options: Partial<ConstructorParameters<typeof BridgeClient>[0]> = {}): BridgeClient {
  const c = new BridgeClient({
    url,
    token: GOOD_TOKEN,
    robotId: 'test-robot',
    log: createSilentLogger(),
    topics: [],
    reconnect: { initialMs: 50, maxMs: 200 },
    requestTimeoutMs: 1_000,
    ...options,
  });
  clients.push(c);
  c.start();
  return c;
}

function dataSource(c: BridgeClient, cacheDir: string): BridgeDataSource {
  return new BridgeDataSource({
    call: (method, params) => c.request(method, params),
    cacheDir,
    location: { ...STOCKHOLM, countyId: STOCKHOLM_COUNTY },
    lunchSource: 'solrosen',
    deadlineMs: 1_000,
    log: createSilentLogger(),
  });
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await bridge?.close();
  bridge = undefined;
});

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('reconnect delays', () => {
  it('grow exponentially up to the cap, each between half and all of its step', () => {
    const backoff = { initialMs: 500, maxMs: 30_000 };
    expect([0, 1, 2, 3, 10].map((n) => reconnectDelayMs(n, backoff, () => 0))).toEqual([250, 500, 1_000, 2_000, 15_000]);
    expect([0, 1, 2, 3, 10].map((n) => reconnectDelayMs(n, backoff, () => 0.999999))).toEqual([500, 1_000, 2_000, 4_000, 30_000]);
  });
});

describe('the robot\'s bridge client', () => {
  it('connects, says hello and answers questions', async () => {
    bridge = await startBridge();
    const c = client(bridge.url);
    expect(await c.ready(3_000)).toBe(true);
    const answer = await c.request('weather.get', STOCKHOLM);
    expect(answer.forecast.steps[0]?.temperature).toBe(4.2);
  });

  it('fails a question at once while disconnected instead of waiting', async () => {
    const c = client('ws://127.0.0.1:9');
    const started = Date.now();
    await expect(c.request('ping', {})).rejects.toThrow('not connected to the bridge');
    expect(Date.now() - started).toBeLessThan(200);
  });

  it('reconnects when the bridge restarts, and subscribes again', async () => {
    bridge = await startBridge();
    const port = bridge.server.port;
    const statuses: ClientStatus['kind'][] = [];
    const c = client(bridge.url, { topics: [{ kind: 'lunch', source: 'solrosen' }], onStatus: (s) => statuses.push(s.kind) });
    expect(await c.ready(3_000)).toBe(true);
    const cacheDir = bridge.cacheDir;
    await bridge.close();
    await until(() => c.status.kind === 'disconnected');
    await expect(c.request('ping', {})).rejects.toThrow('not connected');

    bridge = await startBridge({ port, cacheDir });
    expect(await c.ready(5_000)).toBe(true);
    expect(await c.request('ping', {})).toEqual({});
    await until(() => statuses.filter((s) => s === 'ready').length === 2);
    expect(statuses).toContain('disconnected');
  });

  it('stops being ready, and keeps retrying slowly, when its token is refused', async () => {
    bridge = await startBridge();
    const c = client(bridge.url, { token: REVOKED_TOKEN });
    expect(await c.ready(500)).toBe(false);
    await until(() => c.status.kind === 'disconnected');
    expect(c.status).toMatchObject({ kind: 'disconnected' });
    expect((c.status as { retryInMs: number }).retryInMs).toBeGreaterThanOrEqual(100);
  });

  it('drops a bridge that stops answering heartbeats and reconnects', async () => {
    bridge = await startBridge();
    const c = client(bridge.url, { heartbeatMs: 100, requestTimeoutMs: 150 });
    expect(await c.ready(3_000)).toBe(true);
    const statuses: string[] = [];
    // A bridge that hangs: the socket stays open but nothing is answered.
    const sockets = [...(bridge.server as unknown as { connections: Set<{ socket: { pause(): void } }> }).connections];
    for (const s of sockets) s.socket.pause();
    const stop = setInterval(() => statuses.push(c.status.kind), 10);
    await until(() => statuses.includes('disconnected') || statuses.includes('connecting'), 3_000);
    clearInterval(stop);
    expect(await c.ready(3_000)).toBe(true);
  });
});

describe('the robot\'s data source over the bridge', () => {
  it('answers from its own copy, marked stale, when the bridge is gone, and again after a reboot', async () => {
    bridge = await startBridge();
    const cacheDir = tempDir('laiban-robot-cache-');
    const c = client(bridge.url);
    await c.ready(3_000);
    const live = dataSource(c, cacheDir);
    const fresh = (await live.request('weather', {})) as { stale: boolean };
    expect(fresh.stale).toBe(false);
    await live.request('lunch', { from: '2026-05-11', to: '2026-05-15' });

    await bridge.close();
    bridge = undefined;
    await until(() => c.status.kind !== 'ready');
    const stale = (await live.request('weather', {})) as { stale: boolean; forecast: { steps: { temperature: number }[] } };
    expect(stale.stale).toBe(true);
    expect(stale.forecast.steps[0]!.temperature).toBe(4.2);

    // A reboot: a new client that cannot reach any bridge, the same folder on disk.
    const rebooted = dataSource(client('ws://127.0.0.1:9'), cacheDir);
    const menu = (await rebooted.request('lunch', { from: '2026-05-12', to: '2026-05-12' })) as { stale: boolean; menu: { days: { date: string }[] } };
    expect(menu.stale).toBe(true);
    expect(menu.menu.days.map((d) => d.date)).toEqual(['2026-05-12']);
  });

  it('says clearly that there is no data when it has never had any', async () => {
    const source = dataSource(client('ws://127.0.0.1:9'), tempDir('laiban-robot-cache-'));
    await expect(source.request('weather', {})).rejects.toThrow(DataUnavailableError);
    await expect(source.request('weather', {})).rejects.toThrow('data source "weather" is unavailable: not connected to the bridge');
  });

  it('refuses a lunch question without a proper date range, and an unknown source', async () => {
    const source = dataSource(client('ws://127.0.0.1:9'), tempDir('laiban-robot-cache-'));
    await expect(source.request('lunch', { from: '2026-05-12' })).rejects.toThrow('needs { from, to }');
    await expect(source.request('lunch', { from: '2026-05-13', to: '2026-05-12' })).rejects.toThrow('needs { from, to }');
    await expect(source.request('traffic', {})).rejects.toThrow('no such data source');
  });

  it('keeps a pushed menu, so the next question gets it even with the bridge gone', async () => {
    bridge = await startBridge();
    const cacheDir = tempDir('laiban-robot-cache-');
    let source: BridgeDataSource | undefined;
    let pushesKept = 0;
    const c = client(bridge.url, {
      topics: [{ kind: 'lunch', source: 'solrosen' }],
      onNotification: (note) => void source?.applyPush(note).then(() => (pushesKept += 1)),
    });
    source = dataSource(c, cacheDir);
    await c.ready(3_000);
    await source.request('lunch', { from: '2026-05-11', to: '2026-05-11' });
    await until(() => pushesKept === 1); // the first fetch is pushed too

    const changed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Skolmaten</title>
      <item><title>Måndag</title><description>Fiskpinnar med potatis</description><pubDate>Mon, 11 May 2026 00:00:00 GMT</pubDate></item>
      </channel></rss>`;
    bridge.upstream.route(MENU_PATH, { kind: 'body', body: changed, contentType: 'application/rss+xml' });
    bridge.clock.advance(7 * 3_600_000);
    // Another robot's question makes the bridge refresh; this robot only listens.
    await bridge.service.call('lunch.get', { source: 'solrosen', from: '2026-05-11', to: '2026-05-11' });
    await bridge.service.idle();
    await until(() => pushesKept === 2);
    await bridge.close();
    bridge = undefined;
    await until(() => c.status.kind !== 'ready');

    const menu = (await source.request('lunch', { from: '2026-05-11', to: '2026-05-11' })) as { menu: { days: { meals: { dishes: string[] }[] }[] } };
    expect(menu.menu.days[0]!.meals[0]!.dishes).toEqual(['Fiskpinnar med potatis']);
  });
});
