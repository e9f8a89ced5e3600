/** What one robot or one address may cost the bridge, over real sockets on loopback. */
import WebSocket from 'ws';
import { ERROR_CODES } from '../../../protocol/messages';
import { CLOSE_CODES } from '../../../bridge/server/bridge-server';
import { type Bridge, GOOD_TOKEN, OTHER_TOKEN, RawRobot, STOCKHOLM, startBridge } from './bridge-harness';

describe('the bridge\'s limits', () => {
  let bridge: Bridge;
  afterEach(() => bridge.close());

  it('answers at most a few waiting requests per connection, and refuses the rest at once', async () => {
    bridge = await startBridge({ limits: { maxInFlight: 2 } });
    const robot = await RawRobot.connect(bridge.url);
    await robot.hello();
    // Upstream answers slowly: the first two wait, the third is refused at once.
    bridge.upstream.route(`/api/category/snow1g/version/1/geotype/point/lon/18.07/lat/59.33/data.json`, { kind: 'slow', delayMs: 500, route: { kind: 'body', body: '{}', contentType: 'application/json' } });
    for (const id of [1, 2, 3]) robot.send({ jsonrpc: '2.0', id, method: 'weather.get', params: STOCKHOLM });
    const third = await robot.reply(3);
    expect(third).toMatchObject({ error: { code: ERROR_CODES.RATE_LIMITED } });
    expect(robot.received.some((m) => m.id === 1 || m.id === 2)).toBe(false);
    robot.close();
  });

  it('gives each token a request budget; another robot is not affected', async () => {
    bridge = await startBridge({ limits: { requestBurst: 5, requestsPerSecond: 0.001 } });
    const greedy = await RawRobot.connect(bridge.url);
    await greedy.hello();
    const answers = [];
    for (let id = 1; id <= 7; id++) answers.push(await greedy.call(id, 'lunch.get', { source: 'solrosen', from: '2026-05-12', to: '2026-05-12' }));
    expect(answers.filter((a) => (a.error as { code?: number } | undefined)?.code === ERROR_CODES.RATE_LIMITED)).toHaveLength(2);
    const other = await RawRobot.connect(bridge.url);
    await other.hello(OTHER_TOKEN);
    expect(await other.call(1, 'ping')).toMatchObject({ result: {} });
    expect((await other.call(2, 'lunch.get', { source: 'solrosen', from: '2026-05-12', to: '2026-05-12' })).error).toBeUndefined();
    greedy.close();
    other.close();
  });

  it('lets a token ask the weather for a few places only, so a robot cannot make the bridge fetch the whole map', async () => {
    bridge = await startBridge({ limits: { maxPlacesPerToken: 2 } });
    const robot = await RawRobot.connect(bridge.url);
    await robot.hello();
    const place = (i: number) => ({ lat: 59 + i / 10, lon: 18 });
    await robot.call(1, 'weather.get', place(1));
    await robot.call(2, 'weather.get', place(2));
    const third = await robot.call(3, 'weather.get', place(3));
    expect(third).toMatchObject({ error: { code: ERROR_CODES.INVALID_PARAMS, message: expect.stringContaining('at most 2 places') } });
    const again = await robot.call(4, 'weather.get', place(1));
    expect((again.error as { code?: number } | undefined)?.code).not.toBe(ERROR_CODES.INVALID_PARAMS);
    expect(bridge.upstream.requests.filter((r) => r.url.includes('/geotype/point/'))).toHaveLength(2);
    robot.close();
  });

  it('refuses an address unheard after five wrong hellos, while a robot elsewhere still gets in', async () => {
    bridge = await startBridge();
    for (let i = 0; i < 5; i++) {
      const guesser = await RawRobot.connect(bridge.url);
      expect(await guesser.hello(`guess-${i}-0123456789abcdef`)).toMatchObject({ error: { code: ERROR_CODES.NOT_AUTHENTICATED } });
      await guesser.waitClosed();
    }
    const sixth = await RawRobot.connect(bridge.url);
    expect(await sixth.hello(GOOD_TOKEN)).toMatchObject({ error: { message: expect.stringContaining('too many wrong hellos') } });
    expect((await sixth.waitClosed()).code).toBe(CLOSE_CODES.NOT_AUTHENTICATED);

    const elsewhere = new WebSocket(bridge.url, { localAddress: '127.0.0.7' });
    await new Promise((resolve) => elsewhere.once('open', resolve));
    const reply = new Promise<string>((resolve) => elsewhere.once('message', (d) => resolve(d.toString())));
    elsewhere.send(JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'hello', params: { protocolVersion: 1, robotId: 'r2', token: GOOD_TOKEN } }));
    expect(JSON.parse(await reply)).toMatchObject({ result: { protocolVersion: 1 } });
    elsewhere.terminate();
  });

  it('closes a robot that keeps asking but never reads its answers', async () => {
    bridge = await startBridge({ limits: { maxBufferedBytes: 64 * 1024, requestBurst: 100_000, requestsPerSecond: 100_000 } });
    const robot = await RawRobot.connect(bridge.url);
    await robot.hello();
    robot.socket.pause();
    // Each ping is answered; unread answers pile up in the bridge until it lets the robot go.
    for (let i = 0; i < 200_000 && robot.socket.readyState === robot.socket.OPEN; i++) {
      robot.send({ jsonrpc: '2.0', id: i + 1, method: 'ping' });
      if (i % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    robot.socket.resume();
    await robot.waitClosed(10_000);
    expect(bridge.server.robotCount).toBe(0);
  });
});
