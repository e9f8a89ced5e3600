import { ERROR_CODES } from '../../../protocol/messages';
import { TokenList } from '../../../bridge/server/tokens';
import { CLOSE_CODES } from '../../../bridge/server/bridge-server';
import { LUNCH } from '../lunch/lunch-fixtures';
import { type Bridge, GOOD_TOKEN, MENU_PATH, OTHER_TOKEN, RawRobot, REVOKED_TOKEN, SNOW1G_PATH, STOCKHOLM, startBridge, TOKENS } from './bridge-harness';

let bridge: Bridge;
const robots: RawRobot[] = [];

async function robot(): Promise<RawRobot> {
  const r = await RawRobot.connect(bridge.url);
  robots.push(r);
  return r;
}

beforeEach(async () => {
  bridge = await startBridge();
});

afterEach(async () => {
  for (const r of robots.splice(0)) r.close();
  await bridge.close();
});

const errorCode = (m: Record<string, unknown>): unknown => (m.error as { code: number } | undefined)?.code;

describe('who may connect', () => {
  it('answers a request before hello with NOT_AUTHENTICATED and closes the connection', async () => {
    const r = await robot();
    const answer = await r.call(1, 'weather.get', STOCKHOLM);
    expect(errorCode(answer)).toBe(ERROR_CODES.NOT_AUTHENTICATED);
    expect((await r.waitClosed()).code).toBe(CLOSE_CODES.NOT_AUTHENTICATED);
    expect(bridge.upstream.requests).toEqual([]);
  });

  it('refuses an unknown token', async () => {
    const r = await robot();
    expect(errorCode(await r.hello('someone-elses-token-123'))).toBe(ERROR_CODES.NOT_AUTHENTICATED);
    expect((await r.waitClosed()).code).toBe(CLOSE_CODES.NOT_AUTHENTICATED);
  });

  it('tells a robot with a revoked token so, and closes', async () => {
    const r = await robot();
    const answer = await r.hello(REVOKED_TOKEN);
    expect(answer.error).toEqual({ code: ERROR_CODES.TOKEN_REVOKED, message: 'Token revoked' });
    expect((await r.waitClosed()).code).toBe(CLOSE_CODES.TOKEN_REVOKED);
  });

  it('refuses a protocol version it does not speak, naming the ones it does', async () => {
    const r = await robot();
    const answer = await r.call(0, 'hello', { protocolVersion: 2, robotId: 'x', token: GOOD_TOKEN });
    expect(answer.error).toEqual({
      code: ERROR_CODES.UNSUPPORTED_PROTOCOL_VERSION,
      message: 'Unsupported protocol version 2',
      data: { supported: [1] },
    });
    expect((await r.waitClosed()).code).toBe(CLOSE_CODES.UNSUPPORTED_VERSION);
  });

  it('closes a connection that never says hello', async () => {
    await bridge.close();
    bridge = await startBridge({ helloTimeoutMs: 200 });
    const r = await robot();
    expect(errorCode(await r.next((m) => m.id === null))).toBe(ERROR_CODES.NOT_AUTHENTICATED);
    expect((await r.waitClosed()).code).toBe(CLOSE_CODES.NOT_AUTHENTICATED);
  });

  it('accepts a listed token and answers with its protocol version', async () => {
    const r = await robot();
    expect((await r.hello()).result).toEqual({ protocolVersion: 1, bridgeVersion: '0.1.0' });
    expect(bridge.server.robotCount).toBe(1);
    expect((await r.call(1, 'ping')).result).toEqual({});
  });

  it('disconnects a robot whose token is revoked while it is connected, and keeps the others', async () => {
    const kept = await robot();
    const revoked = await robot();
    await kept.hello(GOOD_TOKEN);
    await revoked.hello(OTHER_TOKEN);
    bridge.server.setTokens(new TokenList(TOKENS.map((t) => (t.token === OTHER_TOKEN ? { ...t, revoked: true } : t))));
    expect(errorCode(await revoked.next((m) => m.id === null))).toBe(ERROR_CODES.TOKEN_REVOKED);
    expect((await revoked.waitClosed()).code).toBe(CLOSE_CODES.TOKEN_REVOKED);
    expect((await kept.call(5, 'ping')).result).toEqual({});
  });
});

describe('bad frames never take a connection down', () => {
  it.each([
    ['not JSON', '{"jsonrpc": "2.0", "id": 1, "method": "ping"', ERROR_CODES.PARSE_ERROR],
    ['an unknown method', { jsonrpc: '2.0', id: 7, method: 'coffee.get' }, ERROR_CODES.METHOD_NOT_FOUND],
    ['wrong params', { jsonrpc: '2.0', id: 8, method: 'weather.get', params: { lat: 'north', lon: 18 } }, ERROR_CODES.INVALID_PARAMS],
    ['a batch', [{ jsonrpc: '2.0', id: 9, method: 'ping' }], ERROR_CODES.INVALID_REQUEST],
  ])('%s gets an error response and the next request is answered', async (_what, frame, code) => {
    const r = await robot();
    await r.hello();
    r.send(frame);
    expect(errorCode(await r.next((m) => 'error' in m))).toBe(code);
    expect((await r.call(100, 'ping')).result).toEqual({});
  });

  it('refuses a frame over the size limit with MESSAGE_TOO_LARGE', async () => {
    await bridge.close();
    bridge = await startBridge({ maxMessageBytes: 2_048 });
    const r = await robot();
    await r.hello();
    r.send({ jsonrpc: '2.0', id: 3, method: 'ping', params: {}, padding: 'x'.repeat(3_000) });
    const answer = await r.next((m) => 'error' in m);
    expect(answer.error).toEqual({ code: ERROR_CODES.MESSAGE_TOO_LARGE, message: 'Message too large', data: { limitBytes: 2_048 } });
    expect((await r.call(4, 'ping')).result).toEqual({});
  });

  it('drops a frame so large it would not fit in memory, without affecting other robots', async () => {
    await bridge.close();
    bridge = await startBridge({ maxMessageBytes: 2_048 });
    const other = await robot();
    await other.hello(OTHER_TOKEN);
    const r = await robot();
    await r.hello();
    r.send('x'.repeat(20_000));
    expect((await r.waitClosed()).code).toBe(1009);
    expect((await other.call(4, 'ping')).result).toEqual({});
  });
});

describe('data', () => {
  it('answers weather.get with the SMHI forecast at the nearest grid point', async () => {
    const r = await robot();
    await r.hello();
    const answer = await r.call(1, 'weather.get', STOCKHOLM);
    const result = answer.result as { forecast: { provider: string; steps: { temperature: number }[] }; stale: boolean; fetchedAt: string };
    expect(result.forecast.provider).toBe('smhi');
    expect(result.forecast.steps[0]!.temperature).toBe(4.2);
    expect(result.stale).toBe(false);
    expect(result.fetchedAt).toBe('2026-11-24T08:00:00.000Z');
  });

  it('makes one upstream request however many robots ask at once', async () => {
    const many = await Promise.all(Array.from({ length: 20 }, () => robot()));
    await Promise.all(many.map((r, i) => r.hello(i % 2 ? GOOD_TOKEN : OTHER_TOKEN)));
    const answers = await Promise.all(many.map((r) => r.call(1, 'weather.get', { lat: 59.3301, lon: 18.0702 })));
    expect(answers.every((a) => 'result' in a)).toBe(true);
    expect(bridge.upstream.requests.filter((q) => q.url === SNOW1G_PATH)).toHaveLength(1);
  });

  it('answers warnings for the robot\'s county only, yellow and above', async () => {
    const r = await robot();
    await r.hello();
    const stockholm = (await r.call(1, 'warnings.get', { countyId: 1 })).result as { warnings: { level: string; counties: number[] }[] };
    expect(stockholm.warnings.map((w) => [w.level, w.counties])).toEqual([['yellow', [1, 3]]]);
    const skane = (await r.call(2, 'warnings.get', { countyId: 12 })).result as { warnings: unknown[] };
    expect(skane.warnings).toEqual([]);
  });

  it('answers lunch.get with the days asked for', async () => {
    const r = await robot();
    await r.hello();
    const answer = await r.call(1, 'lunch.get', { source: 'solrosen', from: '2026-05-12', to: '2026-05-13' });
    const { menu } = answer.result as { menu: { provider: string; days: { date: string }[] } };
    expect(menu.provider).toBe('skolmaten');
    expect(menu.days.map((d) => d.date)).toEqual(['2026-05-12', '2026-05-13']);
  });

  it('honours a menu upstream\'s own Cache-Control: asked again once it says the menu is old', async () => {
    bridge.upstream.route(MENU_PATH, { kind: 'file', file: LUNCH.skolmatenWeek, contentType: 'application/rss+xml', headers: { 'cache-control': 'max-age=60' } });
    const r = await robot();
    await r.hello();
    const ask = (id: number) => r.call(id, 'lunch.get', { source: 'solrosen', from: '2026-05-11', to: '2026-05-11' });
    await ask(1);
    bridge.clock.advance(30_000);
    await ask(2);
    const menuRequests = () => bridge.upstream.requests.filter((q) => q.url === MENU_PATH).length;
    expect(menuRequests()).toBe(1);
    bridge.clock.advance(60_000);
    await ask(3);
    await bridge.service.idle();
    expect(menuRequests()).toBe(2);
  });

  it('says which menu source it does not have', async () => {
    const r = await robot();
    await r.hello();
    const answer = await r.call(1, 'lunch.get', { source: 'nowhere', from: '2026-05-12', to: '2026-05-12' });
    expect(answer.error).toEqual({ code: ERROR_CODES.INVALID_PARAMS, message: 'Invalid params: no menu source "nowhere" on this bridge' });
  });

  it('answers UPSTREAM_UNAVAILABLE with the upstream\'s problem when it has nothing to serve', async () => {
    const r = await robot();
    await r.hello();
    const answer = await r.call(1, 'weather.get', { lat: 10, lon: 10 });
    expect(errorCode(answer)).toBe(ERROR_CODES.UPSTREAM_UNAVAILABLE);
    expect((answer.error as { data: { kind: string; status: number } }).data).toMatchObject({ kind: 'http', status: 404 });
  });

  it('serves the last good answer, marked stale, when the upstream breaks', async () => {
    const r = await robot();
    await r.hello();
    await r.call(1, 'weather.get', STOCKHOLM);
    bridge.upstream.route(SNOW1G_PATH, { kind: 'body', body: '<html>Service Unavailable</html>', contentType: 'text/html', status: 503 });
    bridge.clock.advance(31 * 60_000);
    await r.call(2, 'weather.get', STOCKHOLM); // starts the background refresh, which fails
    await bridge.service.idle();
    const answer = (await r.call(3, 'weather.get', STOCKHOLM)).result as { stale: boolean; fetchedAt: string };
    expect(answer.stale).toBe(true);
    expect(answer.fetchedAt).toBe('2026-11-24T08:00:00.000Z');
  });
});

describe('push', () => {
  it('sends a changed menu to subscribed robots without their asking, and not to others', async () => {
    const subscribed = await robot();
    const other = await robot();
    await subscribed.hello();
    await other.hello(OTHER_TOKEN);
    const sub = await subscribed.call(1, 'subscribe', { topics: [{ kind: 'lunch', source: 'solrosen' }] });
    expect(sub.result).toEqual({ subscribed: [{ kind: 'lunch', source: 'solrosen' }] });
    await other.call(1, 'lunch.get', { source: 'solrosen', from: '2026-05-11', to: '2026-05-15' });
    // The first fetch is news too: the subscriber hears of it.
    const first = await subscribed.next((m) => m.method === 'lunch.changed');
    expect((first.params as { menu: { days: unknown[] } }).menu.days).toHaveLength(5);

    const changed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Skolmaten</title>
      <item><title>Måndag - Vecka 20</title><description>Pannkakor med sylt</description><pubDate>Mon, 11 May 2026 00:00:00 GMT</pubDate></item>
      </channel></rss>`;
    bridge.upstream.route('/solrosens-forskola/rss/weeks', { kind: 'body', body: changed, contentType: 'application/rss+xml' });
    bridge.clock.advance(7 * 3_600_000);
    await other.call(2, 'lunch.get', { source: 'solrosen', from: '2026-05-11', to: '2026-05-11' });
    await bridge.service.idle();
    const push = await subscribed.next((m) => m.method === 'lunch.changed');
    expect(push.params).toMatchObject({
      topic: { kind: 'lunch', source: 'solrosen' },
      menu: { provider: 'skolmaten', days: [{ date: '2026-05-11', meals: [{ kind: 'lunch', dishes: ['Pannkakor med sylt'] }] }] },
      stale: false,
    });
    expect(other.received.filter((m) => m.method === 'lunch.changed')).toEqual([]);
  });

  it('refuses to subscribe to a menu source it does not have', async () => {
    const r = await robot();
    await r.hello();
    const answer = await r.call(1, 'subscribe', { topics: [{ kind: 'lunch', source: 'nowhere' }] });
    expect(errorCode(answer)).toBe(ERROR_CODES.INVALID_PARAMS);
  });
});
