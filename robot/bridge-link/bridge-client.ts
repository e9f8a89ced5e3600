/**
 * The robot's one connection to a bridge: hello with its token, subscriptions, requests with timeouts,
 * heartbeats, and reconnection with jittered exponential backoff whenever the connection is lost.
 * Requests made while disconnected fail at once (the caller answers from its cache) rather than wait.
 */
import type { Logger } from '../../core/logger';
import WebSocket from 'ws';
import { backoffDelayMs } from '../../bridge/cache/upstream-cache';
import { decodeIncoming, decodeResult, encode } from '../../protocol/codec';
import {
  ERROR_CODES,
  type ErrorObject,
  type Notification,
  type ParamsOf,
  PROTOCOL_VERSION,
  type RequestMethod,
  type ResultOf,
  type Topic,
} from '../../protocol/messages';

export type ClientStatus =
  | { kind: 'connecting' }
  | { kind: 'ready' }
  | { kind: 'disconnected'; reason: string; retryInMs: number }
  | { kind: 'closed' };

export class BridgeRequestError extends Error {
  override name = 'BridgeRequestError';
  constructor(
    message: string,
    readonly error?: ErrorObject,
  ) {
    super(message);
  }
}

export interface BridgeClientOptions {
  url: string;
  token: string;
  robotId: string;
  log: Logger;
  /** Subscribed after every (re)connect. */
  topics: Topic[];
  onNotification?(notification: Notification): void;
  onStatus?(status: ClientStatus): void;
  requestTimeoutMs?: number;
  heartbeatMs?: number;
  reconnect?: { initialMs: number; maxMs: number };
  /** 0 ≤ x < 1, for the jitter; injected so tests can pin it. */
  random?: () => number;
  /** Largest frame accepted from the bridge (a month of menus is far below this). */
  maxMessageBytes?: number;
}

interface Pending {
  method: RequestMethod;
  resolve(result: unknown): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
}

/** Waits before reconnect attempt n (0-based): half of the capped exponential step, plus up to the other half at random. */
export function reconnectDelayMs(attempt: number, backoff: { initialMs: number; maxMs: number }, random: () => number): number {
  const step = backoffDelayMs({ ...backoff, factor: 2 }, attempt + 1);
  return Math.round(step / 2 + random() * (step / 2));
}

export class BridgeClient {
  private socket?: WebSocket;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private attempt = 0;
  private reconnectTimer?: NodeJS.Timeout;
  private heartbeatTimer?: NodeJS.Timeout;
  private closed = false;
  private current: ClientStatus = { kind: 'connecting' };
  private readonly waiters = new Set<(status: ClientStatus) => void>();

  constructor(private readonly options: BridgeClientOptions) {}

  get status(): ClientStatus {
    return this.current;
  }

  start(): void {
    this.connect();
  }

  /**
   * Resolves true once connected and authenticated, false if that takes longer than `timeoutMs` — or, with
   * `giveUpOnFailure`, as soon as an attempt fails (a one-shot question should not wait for a retry).
   */
  ready(timeoutMs: number, options: { giveUpOnFailure?: boolean } = {}): Promise<boolean> {
    if (this.current.kind === 'ready') return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(onStatus);
        resolve(ok);
      };
      const onStatus = (status: ClientStatus) => {
        if (status.kind === 'ready') done(true);
        else if (status.kind === 'closed' || (options.giveUpOnFailure && status.kind === 'disconnected')) done(false);
      };
      const timer = setTimeout(() => done(false), timeoutMs);
      this.waiters.add(onStatus);
    });
  }

  request<M extends RequestMethod>(method: M, params: ParamsOf<M>, timeoutMs?: number): Promise<ResultOf<M>> {
    if (this.current.kind !== 'ready' && method !== 'hello') {
      return Promise.reject(new BridgeRequestError(`not connected to the bridge (${this.current.kind})`));
    }
    return this.send(method, params, timeoutMs ?? this.options.requestTimeoutMs ?? 3_000);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.heartbeatTimer);
    const socket = this.socket;
    this.socket = undefined;
    this.failPending('the client was closed');
    this.setStatus({ kind: 'closed' });
    if (socket && socket.readyState !== WebSocket.CLOSED) {
      await new Promise<void>((resolve) => {
        socket.once('close', () => resolve());
        socket.close(1000, 'robot shutting down');
        setTimeout(() => {
          socket.terminate();
          resolve();
        }, 1_000).unref();
      });
    }
  }

  private connect(): void {
    if (this.closed) return;
    this.setStatus({ kind: 'connecting' });
    const socket = new WebSocket(this.options.url, { maxPayload: this.options.maxMessageBytes ?? 8 * 1024 * 1024, handshakeTimeout: 5_000 });
    this.socket = socket;
    let reason = 'connection closed';
    socket.on('open', () => void this.greet(socket));
    socket.on('message', (data: WebSocket.RawData) => this.receive(data));
    socket.on('error', (err) => {
      reason = err.message;
    });
    socket.on('close', (code, why) => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      clearInterval(this.heartbeatTimer);
      this.failPending('the connection to the bridge was lost');
      const text = why.toString() || reason;
      this.scheduleReconnect(`${text} (${code})`);
    });
  }

  private async greet(socket: WebSocket): Promise<void> {
    try {
      const hello = await this.send(
        'hello',
        { protocolVersion: PROTOCOL_VERSION, robotId: this.options.robotId, token: this.options.token },
        this.options.requestTimeoutMs ?? 3_000,
      );
      if (this.socket !== socket) return;
      this.attempt = 0;
      this.options.log.info({ bridgeVersion: hello.bridgeVersion }, 'connected to the bridge');
      this.setStatus({ kind: 'ready' });
      this.startHeartbeat(socket);
      if (this.options.topics.length > 0) {
        await this.send('subscribe', { topics: this.options.topics }, this.options.requestTimeoutMs ?? 3_000).catch((err: Error) =>
          this.options.log.warn({ error: err.message }, 'bridge subscription failed'),
        );
      }
    } catch (err) {
      const refused = err instanceof BridgeRequestError ? err.error : undefined;
      this.options.log.error({ error: (err as Error).message, code: refused?.code }, 'the bridge did not accept this robot');
      // A refused token will not become good by itself: retry slowly, in case IT adds it.
      if (refused) this.attempt = 30;
      socket.terminate();
    }
  }

  private startHeartbeat(socket: WebSocket): void {
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = setInterval(() => {
      this.send('ping', {}, this.options.requestTimeoutMs ?? 3_000).catch(() => {
        if (this.socket !== socket) return;
        this.options.log.warn('the bridge did not answer a heartbeat; reconnecting');
        socket.terminate();
      });
    }, this.options.heartbeatMs ?? 15_000);
    this.heartbeatTimer.unref();
  }

  private send<M extends RequestMethod>(method: M, params: ParamsOf<M>, timeoutMs: number): Promise<ResultOf<M>> {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      return Promise.reject(new BridgeRequestError('not connected to the bridge'));
    }
    const id = this.nextId++;
    return new Promise<ResultOf<M>>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new BridgeRequestError(`the bridge did not answer ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (r: unknown) => void, reject, timer });
      try {
        socket.send(encode({ jsonrpc: '2.0', id, method, params } as never));
      } catch (err) {
        clearTimeout(timer);
        this.pending.delete(id);
        reject(err as Error);
      }
    });
  }

  private receive(data: WebSocket.RawData): void {
    const frame = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
    const decoded = decodeIncoming(frame, 'robot', this.options.maxMessageBytes ?? 8 * 1024 * 1024);
    if (decoded.kind === 'invalid') {
      this.options.log.warn({ reason: decoded.reason }, 'refused a frame from the bridge');
      if (decoded.reply) this.socket?.send(JSON.stringify(decoded.reply));
      return;
    }
    if (decoded.kind === 'notification') {
      try {
        this.options.onNotification?.(decoded.message);
      } catch (err) {
        this.options.log.error({ error: (err as Error).message }, 'handling a push failed');
      }
      return;
    }
    const response = decoded.message;
    if (response.id === null) {
      const { error } = response as { error: ErrorObject };
      const level = error.code === ERROR_CODES.TOKEN_REVOKED ? 'error' : 'warn';
      this.options.log[level]({ code: error.code, message: error.message }, 'the bridge reported an error');
      return;
    }
    const pending = typeof response.id === 'number' ? this.pending.get(response.id) : undefined;
    if (!pending) return;
    this.pending.delete(response.id as number);
    clearTimeout(pending.timer);
    if ('error' in response) {
      pending.reject(new BridgeRequestError(`${pending.method}: ${response.error.message}`, response.error));
      return;
    }
    const checked = decodeResult(pending.method, response.result);
    if (checked.ok) pending.resolve(checked.result);
    else pending.reject(new BridgeRequestError(checked.reason));
  }

  private failPending(why: string): void {
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new BridgeRequestError(`${pending.method}: ${why}`));
      this.pending.delete(id);
    }
  }

  private scheduleReconnect(reason: string): void {
    if (this.closed) return;
    const retryInMs = reconnectDelayMs(this.attempt, this.options.reconnect ?? { initialMs: 500, maxMs: 30_000 }, this.options.random ?? Math.random);
    this.attempt += 1;
    this.setStatus({ kind: 'disconnected', reason, retryInMs });
    this.reconnectTimer = setTimeout(() => this.connect(), retryInMs);
    this.reconnectTimer.unref();
  }

  private setStatus(status: ClientStatus): void {
    this.current = status;
    this.options.onStatus?.(status);
    for (const waiter of [...this.waiters]) waiter(status);
  }
}
