/**
 * The WebSocket side of the bridge: robots connect, say `hello` with their token, then ask for data and
 * subscribe to pushes. Every frame goes through the protocol codec; nothing a robot sends can crash the
 * bridge or another robot's connection.
 *
 * - A connection that has not said a valid `hello` within `helloTimeoutMs`, or asks anything before it,
 *   is answered NOT_AUTHENTICATED and closed. An unknown token likewise; a revoked one gets TOKEN_REVOKED.
 * - Frames over `maxMessageBytes` get MESSAGE_TOO_LARGE (the codec's check); frames over four times that are
 *   cut off by ws itself (close 1009) before they are even buffered.
 * - WebSocket pings every `heartbeatMs`; a robot that has not answered the previous one is dropped.
 * - What a robot may cost is bounded (limits.ts): requests waiting per connection, a request budget per token,
 *   the places a token may ask the weather for, wrong hellos per address; a robot that does not read its
 *   answers is stopped and closed once its unsent data passes a limit.
 */
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../core/logger';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import { decodeIncoming, encode } from '../../protocol/codec';
import {
  ERROR_CODES,
  type ErrorObject,
  errorResponse,
  type Id,
  type Message,
  PROTOCOL_VERSION,
  type Request,
  type Topic,
} from '../../protocol/messages';
import type { BridgeService, DataChange } from '../service/bridge-service';
import { type BridgeLimits, DEFAULT_BRIDGE_LIMITS, FailedHellos, PlacesPerToken, TokenBudgets, worthLogging } from './limits';
import type { TokenList } from './tokens';
import type { FleetStore } from '../fleet/fleet-store';
import { answerFleet, type FleetRequest, newPushIds } from './fleet-requests';

export const CLOSE_CODES = {
  NOT_AUTHENTICATED: 4401,
  TOKEN_REVOKED: 4403,
  UNSUPPORTED_VERSION: 4400,
  SHUTTING_DOWN: 1001,
} as const;

export interface BridgeServerOptions {
  service: BridgeService;
  tokens: TokenList;
  log: Logger;
  /** Default 127.0.0.1; "0.0.0.0" to serve a network. */
  host?: string;
  /** 0 picks a free port. */
  port: number;
  maxMessageBytes?: number;
  helloTimeoutMs?: number;
  heartbeatMs?: number;
  bridgeVersion?: string;
  limits?: Partial<BridgeLimits>;
  /** Real time for the budgets and the hello limit (the tests' clock otherwise stands still). */
  nowMs?: () => number;
  /** Skill bundles IT pushes to the robots (none: the skills.* methods say so). */
  fleet?: FleetStore;
  /** How often to look for new pushes and tell the robots; default 5 s. */
  fleetPollMs?: number;
}

type ConnectionState =
  | { kind: 'awaiting-hello'; timer: NodeJS.Timeout }
  | { kind: 'ready'; robot: string; robotId: string; digest: string; topics: Topic[]; inFlight: number }
  | { kind: 'closed' };

interface Connection {
  socket: WebSocket;
  state: ConnectionState;
  alive: boolean;
  address: string;
}

export class BridgeServer {
  private readonly connections = new Set<Connection>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly stopListening: () => void;
  private tokens: TokenList;
  private readonly maxMessageBytes: number;
  private readonly limits: BridgeLimits;
  private readonly budgets: TokenBudgets;
  private readonly places: PlacesPerToken;
  private readonly failedHellos: FailedHellos;
  private readonly nowMs: () => number;

  private constructor(
    private readonly wss: WebSocketServer,
    private readonly options: BridgeServerOptions,
  ) {
    this.tokens = options.tokens;
    this.maxMessageBytes = options.maxMessageBytes ?? 64 * 1024;
    this.limits = { ...DEFAULT_BRIDGE_LIMITS, ...options.limits };
    this.budgets = new TokenBudgets(this.limits);
    this.places = new PlacesPerToken(this.limits.maxPlacesPerToken);
    this.failedHellos = new FailedHellos(this.limits);
    this.nowMs = options.nowMs ?? Date.now;
    wss.on('connection', (socket, request) => this.accept(socket, request.socket.remoteAddress ?? 'unknown'));
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs ?? 30_000);
    this.heartbeat.unref();
    this.stopListening = options.service.onChange((change) => this.push(change));
    if (options.fleet) {
      const fleet = options.fleet;
      let known = new Set(fleet.pushIds());
      this.fleetPoll = setInterval(() => {
        const next = newPushIds(fleet, known);
        if (next.fresh.length > 0) this.announceSkills();
        known = next.known;
      }, options.fleetPollMs ?? 5_000);
      this.fleetPoll.unref();
    }
  }

  private fleetPoll: NodeJS.Timeout | undefined;

  /** Tells every connected robot that IT pushed a skill bundle; each asks for its offers. */
  announceSkills(): void {
    for (const connection of this.connections) {
      if (connection.state.kind === 'ready') this.send(connection, { jsonrpc: '2.0', method: 'skills.offered', params: {} });
    }
  }

  static listen(options: BridgeServerOptions): Promise<BridgeServer> {
    const maxMessageBytes = options.maxMessageBytes ?? 64 * 1024;
    return new Promise((resolve, reject) => {
      const wss = new WebSocketServer({ host: options.host ?? '127.0.0.1', port: options.port, maxPayload: maxMessageBytes * 4 });
      wss.once('error', reject);
      wss.once('listening', () => {
        wss.off('error', reject);
        wss.on('error', (err) => options.log.error({ error: err.message }, 'bridge server error'));
        resolve(new BridgeServer(wss, options));
      });
    });
  }

  get port(): number {
    return (this.wss.address() as AddressInfo).port;
  }

  /** Robots that have said hello. */
  get robotCount(): number {
    return [...this.connections].filter((c) => c.state.kind === 'ready').length;
  }

  /** A reloaded token list; robots whose token is no longer accepted are told and disconnected. */
  setTokens(tokens: TokenList): void {
    this.tokens = tokens;
    for (const connection of this.connections) {
      const { state } = connection;
      if (state.kind === 'ready' && !tokens.accepts(state.digest)) {
        this.options.log.warn({ robot: state.robot }, 'token revoked; closing the connection');
        this.send(connection, errorResponse(null, ERROR_CODES.TOKEN_REVOKED, 'Token revoked'));
        this.disconnect(connection, CLOSE_CODES.TOKEN_REVOKED, 'token revoked');
      }
    }
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    clearInterval(this.fleetPoll);
    this.stopListening();
    for (const connection of this.connections) this.disconnect(connection, CLOSE_CODES.SHUTTING_DOWN, 'bridge shutting down');
    // A robot that does not finish the closing handshake within a second is cut off.
    const cutOff = setTimeout(() => {
      for (const connection of this.connections) connection.socket.terminate();
    }, 1_000);
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    clearTimeout(cutOff);
  }

  private accept(socket: WebSocket, address: string): void {
    const timer = setTimeout(() => {
      this.send(connection, errorResponse(null, ERROR_CODES.NOT_AUTHENTICATED, 'Not authenticated: no hello'));
      this.disconnect(connection, CLOSE_CODES.NOT_AUTHENTICATED, 'no hello');
    }, this.options.helloTimeoutMs ?? 5_000);
    const connection: Connection = { socket, state: { kind: 'awaiting-hello', timer }, alive: true, address };
    this.connections.add(connection);
    socket.on('pong', () => {
      connection.alive = true;
    });
    socket.on('message', (data: RawData) => void this.receive(connection, toBuffer(data)));
    socket.on('error', (err) => this.options.log.warn({ error: err.message }, 'robot connection error'));
    socket.on('close', () => {
      if (connection.state.kind === 'awaiting-hello') clearTimeout(connection.state.timer);
      connection.state = { kind: 'closed' };
      this.connections.delete(connection);
    });
  }

  private async receive(connection: Connection, frame: Buffer): Promise<void> {
    const decoded = decodeIncoming(frame, 'bridge', this.maxMessageBytes);
    if (decoded.kind === 'invalid') {
      this.options.log.info({ reason: decoded.reason }, 'refused a frame');
      if (decoded.reply) this.send(connection, decoded.reply);
      return;
    }
    const request = decoded.message;
    const { state } = connection;
    if (state.kind === 'closed') return;
    if (request.method === 'hello') return this.hello(connection, request);
    if (state.kind !== 'ready') {
      this.send(connection, errorResponse(request.id, ERROR_CODES.NOT_AUTHENTICATED, 'Not authenticated: say hello first'));
      this.disconnect(connection, CLOSE_CODES.NOT_AUTHENTICATED, 'request before hello');
      return;
    }
    switch (request.method) {
      case 'ping':
        return this.send(connection, { jsonrpc: '2.0', id: request.id, result: {} });
      case 'skills.offers':
      case 'skills.fetch':
      case 'skills.report': {
        const answer = answerFleet(this.options.fleet, state.robot, request as FleetRequest, new Date(this.nowMs()));
        if (answer.ok) return this.send(connection, { jsonrpc: '2.0', id: request.id, result: answer.result });
        return this.fail(connection, request.id, answer.error);
      }
      case 'subscribe': {
        const unknown = request.params.topics.find((t) => t.kind === 'lunch' && !this.options.service.hasLunchSource(t.source));
        if (unknown?.kind === 'lunch') {
          return this.fail(connection, request.id, {
            code: ERROR_CODES.INVALID_PARAMS,
            message: `Invalid params: no menu source "${unknown.source}" on this bridge`,
          });
        }
        state.topics = request.params.topics;
        return this.send(connection, { jsonrpc: '2.0', id: request.id, result: { subscribed: state.topics } });
      }
      case 'weather.get':
      case 'warnings.get':
      case 'lunch.get': {
        if (state.inFlight >= this.limits.maxInFlight) {
          return this.fail(connection, request.id, { code: ERROR_CODES.RATE_LIMITED, message: `Rate limited: at most ${this.limits.maxInFlight} requests may wait at once` });
        }
        if (!this.budgets.take(state.digest, this.nowMs())) {
          return this.fail(connection, request.id, { code: ERROR_CODES.RATE_LIMITED, message: 'Rate limited: this robot has asked too much; ask again in a little while' });
        }
        if (request.method === 'weather.get' && !this.places.allows(state.digest, request.params.lat, request.params.lon)) {
          return this.fail(connection, request.id, {
            code: ERROR_CODES.INVALID_PARAMS,
            message: `Invalid params: this robot may ask the weather for at most ${this.limits.maxPlacesPerToken} places`,
          });
        }
        state.inFlight++;
        try {
          const answer = await this.options.service.call(request.method, request.params as never);
          if (answer.ok) return this.send(connection, { jsonrpc: '2.0', id: request.id, result: answer.result });
          return this.fail(connection, request.id, answer.error);
        } finally {
          state.inFlight--;
        }
      }
    }
  }

  private hello(connection: Connection, request: Extract<Request, { method: 'hello' }>): void {
    const { state } = connection;
    if (state.kind === 'ready') {
      return this.fail(connection, request.id, { code: ERROR_CODES.INVALID_REQUEST, message: 'Invalid request: hello was already said' });
    }
    if (state.kind !== 'awaiting-hello') return;
    const { protocolVersion, token, robotId } = request.params;
    if (this.failedHellos.blocked(connection.address, this.nowMs())) {
      // Refused without looking at the token: guessing tokens from one address goes no faster than this.
      this.fail(connection, request.id, { code: ERROR_CODES.NOT_AUTHENTICATED, message: 'Not authenticated: too many wrong hellos from this address; wait a minute' });
      return this.disconnect(connection, CLOSE_CODES.NOT_AUTHENTICATED, 'too many wrong hellos');
    }
    if (protocolVersion !== PROTOCOL_VERSION) {
      this.fail(connection, request.id, {
        code: ERROR_CODES.UNSUPPORTED_PROTOCOL_VERSION,
        message: `Unsupported protocol version ${protocolVersion}`,
        data: { supported: [PROTOCOL_VERSION] },
      });
      return this.disconnect(connection, CLOSE_CODES.UNSUPPORTED_VERSION, 'unsupported protocol version');
    }
    const check = this.tokens.check(token);
    if (check.kind !== 'accepted') {
      const failures = this.failedHellos.failed(connection.address, this.nowMs());
      if (worthLogging(failures)) this.options.log.warn({ robotId, token: check.kind, address: connection.address, failures }, 'refused a robot');
      if (check.kind === 'revoked') {
        this.fail(connection, request.id, { code: ERROR_CODES.TOKEN_REVOKED, message: 'Token revoked' });
        return this.disconnect(connection, CLOSE_CODES.TOKEN_REVOKED, 'token revoked');
      }
      this.fail(connection, request.id, { code: ERROR_CODES.NOT_AUTHENTICATED, message: 'Not authenticated: unknown token' });
      return this.disconnect(connection, CLOSE_CODES.NOT_AUTHENTICATED, 'unknown token');
    }
    clearTimeout(state.timer);
    connection.state = { kind: 'ready', robot: check.robot, robotId, digest: check.digest, topics: [], inFlight: 0 };
    this.options.log.info({ robot: check.robot, robotId }, 'robot connected');
    this.send(connection, {
      jsonrpc: '2.0',
      id: request.id,
      result: { protocolVersion: PROTOCOL_VERSION, bridgeVersion: this.options.bridgeVersion ?? '0.1.0' },
    });
  }

  private push(change: DataChange): void {
    const limit = this.limits.maxBufferedBytes;
    // Robots subscribed to the same topic get the same frame: built and encoded once per change, not per robot.
    const frames = new Map<string, string | undefined>();
    const frameFor = (topic: Topic): string | undefined => {
      const key = JSON.stringify(topic);
      if (!frames.has(key)) {
        const note = this.options.service.pushFor(topic, change);
        frames.set(key, note && this.frameOf(note));
      }
      return frames.get(key);
    };
    for (const connection of this.connections) {
      const { state } = connection;
      if (state.kind !== 'ready') continue;
      for (const topic of state.topics) {
        const frame = frameFor(topic);
        if (frame === undefined) continue;
        if (connection.socket.bufferedAmount > limit) {
          this.options.log.warn({ robot: state.robot }, 'robot is not reading; push skipped');
          continue;
        }
        this.sendFrame(connection, frame);
      }
    }
  }

  private fail(connection: Connection, id: Id, error: ErrorObject): void {
    this.send(connection, { jsonrpc: '2.0', id, error });
  }

  private send(connection: Connection, message: Message): void {
    this.sendFrame(connection, this.frameOf(message));
  }

  private frameOf(message: Message): string {
    try {
      return encode(message);
    } catch (err) {
      this.options.log.error({ error: (err as Error).message }, 'the bridge built an invalid message');
      const id = 'id' in message ? message.id : null;
      return JSON.stringify(errorResponse(id ?? null, ERROR_CODES.INTERNAL_ERROR, 'Internal error'));
    }
  }

  private sendFrame(connection: Connection, frame: string): void {
    const { socket } = connection;
    if (socket.readyState !== socket.OPEN) return;
    socket.send(frame);
    if (socket.bufferedAmount > this.limits.maxBufferedBytes) {
      // A robot that asks but does not read: stop reading it too, and let it go, before it holds the bridge's memory.
      this.options.log.warn({ robot: connection.state.kind === 'ready' ? connection.state.robot : undefined, buffered: socket.bufferedAmount }, 'robot is not reading; closed');
      socket.pause();
      connection.state = { kind: 'closed' };
      socket.terminate();
    }
  }

  private disconnect(connection: Connection, code: number, reason: string): void {
    const { state } = connection;
    if (state.kind === 'awaiting-hello') clearTimeout(state.timer);
    connection.state = { kind: 'closed' };
    connection.socket.close(code, reason);
  }

  private beat(): void {
    for (const connection of this.connections) {
      if (!connection.alive) {
        connection.socket.terminate();
        continue;
      }
      connection.alive = false;
      connection.socket.ping();
    }
  }
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data as ArrayBuffer);
}
