/** A real bridge on loopback in front of the fixture server, and a raw WebSocket robot to talk to it. */
import WebSocket from 'ws';
import { BridgeServer } from '../../../bridge/server/bridge-server';
import type { BridgeLimits } from '../../../bridge/server/limits';
import { type RobotToken, TokenList } from '../../../bridge/server/tokens';
import { BridgeService } from '../../../bridge/service/bridge-service';
import { type BridgeSettings, bridgeSettings } from '../../../bridge/service/settings';
import { createSilentLogger } from '../../../robot/runtime/log';
import { type FixtureServer, startFixtureServer } from '../../support/fixture-server';
import { tempDir } from '../../support/robot-harness';
import { ManualClock } from '../../support/test-doubles';
import { LUNCH } from '../lunch/lunch-fixtures';
import { SNOW1G, WARNINGS_WIND } from '../weather/weather-fixtures';

export const GOOD_TOKEN = 'solrosen-token-0123456789';
export const OTHER_TOKEN = 'valsang-token-9876543210';
export const REVOKED_TOKEN = 'old-token-abcdefghijklmnop';
export const TOKENS: RobotToken[] = [
  { robot: 'solrosen-1', token: GOOD_TOKEN },
  { robot: 'valsang-1', token: OTHER_TOKEN },
  { robot: 'gamla-roboten', token: REVOKED_TOKEN, revoked: true },
];

/** Stockholm, where the snow1g fixture is. */
export const STOCKHOLM = { lat: 59.33, lon: 18.07 };
export const SNOW1G_PATH = `/api/category/snow1g/version/1/geotype/point/lon/${STOCKHOLM.lon}/lat/${STOCKHOLM.lat}/data.json`;
export const WARNINGS_PATH = '/ibww/api/version/1/warning.json';
export const MENU_PATH = '/solrosens-forskola/rss/weeks';


export interface Bridge {
  upstream: FixtureServer;
  service: BridgeService;
  server: BridgeServer;
  clock: ManualClock;
  url: string;
  cacheDir: string;
  close(): Promise<void>;
}

export async function startBridge(
  overrides: {
    settings?: Partial<BridgeSettings>;
    maxMessageBytes?: number;
    port?: number;
    upstream?: FixtureServer;
    cacheDir?: string;
    helloTimeoutMs?: number;
    limits?: Partial<BridgeLimits>;
  } = {},
): Promise<Bridge> {
  const upstream = overrides.upstream ?? (await startFixtureServer());
  upstream.route(SNOW1G_PATH, { kind: 'file', file: SNOW1G, contentType: 'application/json' });
  upstream.route(WARNINGS_PATH, { kind: 'file', file: WARNINGS_WIND, contentType: 'application/json' });
  upstream.route(MENU_PATH, { kind: 'file', file: LUNCH.skolmatenWeek, contentType: 'application/rss+xml' });
  const clock = new ManualClock();
  const cacheDir = overrides.cacheDir ?? tempDir('laiban-bridge-');
  const service = new BridgeService({
    settings: {
      ...bridgeSettings({
        weather: { provider: 'smhi', baseUrl: upstream.url, warningsBaseUrl: upstream.url },
        lunchSources: { solrosen: { provider: 'skolmaten', url: `${upstream.url}${MENU_PATH}` }, manual: { provider: 'manual' } },
        cacheDir,
      }),
      upstreamTimeoutMs: 2_000,
      ...overrides.settings,
    },
    clock,
    log: createSilentLogger(),
  });
  const server = await BridgeServer.listen({
    service,
    tokens: new TokenList(TOKENS),
    log: createSilentLogger(),
    port: overrides.port ?? 0,
    maxMessageBytes: overrides.maxMessageBytes,
    helloTimeoutMs: overrides.helloTimeoutMs,
    limits: overrides.limits,
  });
  return {
    upstream,
    service,
    server,
    clock,
    cacheDir,
    url: `ws://127.0.0.1:${server.port}`,
    close: async () => {
      await server.close();
      await upstream.close();
    },
  };
}

/** A robot speaking raw frames, keeping everything the bridge sends. */
export class RawRobot {
  readonly received: Record<string, unknown>[] = [];
  closed?: { code: number; reason: string };
  private readonly waiting: Array<() => void> = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.received.push(JSON.parse(data.toString()) as Record<string, unknown>);
      this.wake();
    });
    socket.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
  }

  static async connect(url: string): Promise<RawRobot> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new RawRobot(socket);
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === 'string' || Buffer.isBuffer(frame) ? frame : JSON.stringify(frame));
  }

  /** The first message (from now on or already received) that matches. */
  async next(match: (m: Record<string, unknown>) => boolean, timeoutMs = 3_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(match);
      if (found) {
        this.received.splice(this.received.indexOf(found), 1);
        return found;
      }
      if (Date.now() > deadline) throw new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(this.received)}`);
      await new Promise<void>((resolve) => {
        this.waiting.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  reply(id: number | string): Promise<Record<string, unknown>> {
    return this.next((m) => m.id === id);
  }

  async call(id: number, method: string, params?: unknown): Promise<Record<string, unknown>> {
    this.send(params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params });
    return this.reply(id);
  }

  async hello(token = GOOD_TOKEN): Promise<Record<string, unknown>> {
    return this.call(0, 'hello', { protocolVersion: 1, robotId: 'test-robot', token });
  }

  async waitClosed(timeoutMs = 3_000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error('the bridge did not close the connection');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.closed;
  }

  close(): void {
    this.socket.terminate();
  }

  private wake(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}
