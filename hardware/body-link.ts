/**
 * The host side of the body protocol (PROTOCOL.md) over a serial port: handshake and version check,
 * acknowledged commands with retries, the full state resent after every (re)connect, a heartbeat watch,
 * and reconnection with capped backoff after an unplug. Whatever arrives on the line, it never throws:
 * bad lines are counted, and without a body the robot simply runs without one.
 */
import { SerialPort } from 'serialport';
import type { Logger } from '../core/logger';
import { formatLine, LineReader, type RawLine } from './protocol/line';
import {
  ACKED_COMMANDS,
  ACKED_EVENTS,
  type BodyEvent,
  type Command,
  commandArgs,
  decodeEvent,
  type FACES,
  PROTOCOL_VERSION,
  type RING_ANIMATIONS,
} from './protocol/messages';

export type Face = (typeof FACES)[number];
export type RingAnimation = (typeof RING_ANIMATIONS)[number];

export interface BodyState {
  face: Face;
  ring: { colour: string; animation: RingAnimation };
  brightness: number;
}

export interface BodyTimings {
  ackTimeoutMs: number;
  retries: number;
  helloTimeoutMs: number;
  silentAfterMs: number;
  reconnectMinMs: number;
  reconnectMaxMs: number;
  /** At most this many lines a second go to the body. */
  maxLinesPerSecond: number;
}

export const DEFAULT_TIMINGS: BodyTimings = {
  ackTimeoutMs: 250,
  retries: 3,
  helloTimeoutMs: 2000,
  silentAfterMs: 3000,
  reconnectMinMs: 250,
  reconnectMaxMs: 5000,
  maxLinesPerSecond: 50,
};

export type BodyStatus =
  | { kind: 'absent'; problem: string }
  | { kind: 'connecting' }
  | { kind: 'incompatible'; problem: string }
  | { kind: 'ready'; firmware: string; protocol: number; capabilities: string[] };

export interface BodyCounts {
  reconnects: number;
  retries: number;
  naks: number;
  badLines: number;
  unknownLines: number;
}

export interface BodyLinkOptions {
  path: string;
  log: Logger;
  timings?: Partial<BodyTimings>;
  onButton?(state: 'down' | 'up'): void;
  onTouch?(zone: string): void;
  onStatus?(status: BodyStatus): void;
}

type StateCommand = Extract<Command, { type: 'FACE' | 'RING' | 'BRIGHT' | 'HEAD' }>;
type Outgoing = { line: RawLine; acked: boolean; kind?: StateCommand['type'] };

export const INITIAL_STATE: BodyState = { face: 'neutral', ring: { colour: 'ffffff', animation: 'breathe' }, brightness: 60 };

export class BodyLink {
  private readonly timings: BodyTimings;
  private port: SerialPort | undefined;
  private reader = new LineReader();
  private seq = 0;
  private state: BodyState = structuredClone(INITIAL_STATE);
  private current: BodyStatus = { kind: 'connecting' };
  private readonly counts: BodyCounts = { reconnects: 0, retries: 0, naks: 0, badLines: 0, unknownLines: 0 };
  /** Acknowledged state commands waiting to go, one per kind: a newer FACE replaces an older one. */
  private waiting = new Map<StateCommand['type'], Outgoing>();
  private streamed: Outgoing | undefined;
  private inFlight: { out: Outgoing; tries: number; timer: NodeJS.Timeout } | undefined;
  private helloTimer: NodeJS.Timeout | undefined;
  private helloTries = 0;
  private lastHeard = 0;
  private lastSent = 0;
  private pumpTimer: NodeJS.Timeout | undefined;
  private watchdog: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private backoffMs: number;
  private lastEventSeq: number | undefined;
  private stopped = false;

  constructor(private readonly options: BodyLinkOptions) {
    this.timings = { ...DEFAULT_TIMINGS, ...options.timings };
    this.backoffMs = this.timings.reconnectMinMs;
  }

  get status(): BodyStatus {
    return this.current;
  }

  get stats(): BodyCounts & { lines: number } {
    return { ...this.counts, badLines: this.counts.badLines + this.reader.dropped, lines: this.reader.counts.lines };
  }

  /** The state the body shows (or will show once it is back). */
  get shown(): BodyState {
    return structuredClone(this.state);
  }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimers();
    const port = this.port;
    this.port = undefined;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }

  setFace(face: Face): void {
    if (this.state.face === face) return;
    this.state.face = face;
    this.queue({ type: 'FACE', seq: 0, face });
  }

  setRing(colour: string, animation: RingAnimation): void {
    if (this.state.ring.colour === colour && this.state.ring.animation === animation) return;
    this.state.ring = { colour, animation };
    this.queue({ type: 'RING', seq: 0, colour, animation });
  }

  setBrightness(level: number): void {
    const clamped = Math.max(0, Math.min(100, Math.round(level)));
    if (this.state.brightness === clamped) return;
    this.state.brightness = clamped;
    this.queue({ type: 'BRIGHT', seq: 0, level: clamped });
  }

  gesture(gesture: 'nod' | 'shake'): void {
    this.queue({ type: 'HEAD', seq: 0, gesture });
  }

  /** Mouth opening while speaking, 0–100; streamed, the newest value wins. */
  mouth(open: number): void {
    if (this.current.kind !== 'ready') return;
    const value = Math.max(0, Math.min(100, Math.round(open)));
    this.streamed = { line: { seq: 0, type: 'MOUTH', args: [String(value)] }, acked: false };
    this.pump();
  }

  // ---- connection ----

  private connect(): void {
    if (this.stopped) return;
    this.setStatus({ kind: 'connecting' });
    const port = new SerialPort({ path: this.options.path, baudRate: 115200, autoOpen: false });
    this.port = port;
    this.reader = new LineReader();
    port.on('data', (chunk: Buffer) => this.receive(chunk));
    port.on('error', (err) => this.options.log.warn({ error: err.message }, 'body: serial error'));
    port.on('close', () => this.lost(port, 'the body was unplugged'));
    port.open((err) => {
      if (err) {
        this.lost(port, `no body at ${this.options.path} (${err.message})`);
        return;
      }
      this.backoffMs = this.timings.reconnectMinMs;
      this.lastHeard = Date.now();
      this.helloTries = 0;
      this.sayHello();
      this.watchdog = setInterval(() => this.checkHeartbeat(), Math.min(500, this.timings.silentAfterMs / 3));
    });
  }

  private lost(port: SerialPort, problem: string): void {
    if (port !== this.port || this.stopped) return;
    this.port = undefined;
    this.clearTimers();
    if (port.isOpen) port.close(() => undefined);
    this.counts.reconnects++;
    this.setStatus({ kind: 'absent', problem });
    this.reconnectTimer = setTimeout(() => this.connect(), this.backoffMs);
    this.backoffMs = Math.min(this.timings.reconnectMaxMs, this.backoffMs * 2);
  }

  private reconnect(problem: string): void {
    this.options.log.warn({ problem }, 'body: reconnecting');
    if (this.port) this.lost(this.port, problem);
  }

  private sayHello(): void {
    this.write({ seq: this.nextSeq(), type: 'HELLO', args: [`proto=${PROTOCOL_VERSION}`] });
    this.helloTimer = setTimeout(() => {
      if (++this.helloTries > this.timings.retries) this.reconnect(`the body did not answer HELLO within ${this.timings.helloTimeoutMs} ms`);
      else this.sayHello();
    }, this.timings.helloTimeoutMs);
  }

  private checkHeartbeat(): void {
    if (Date.now() - this.lastHeard > this.timings.silentAfterMs) this.reconnect(`the body has been silent for more than ${this.timings.silentAfterMs} ms`);
  }

  // ---- receiving ----

  private receive(chunk: Buffer): void {
    for (const line of this.reader.push(chunk)) {
      this.lastHeard = Date.now();
      const event = decodeEvent(line);
      if (!event) {
        this.counts.unknownLines++;
        continue;
      }
      this.handle(event);
    }
  }

  private handle(event: BodyEvent): void {
    switch (event.type) {
      case 'HELLO':
        return this.greeted(event);
      case 'ACK':
        if (this.inFlight && this.inFlight.out.line.seq === event.of) this.settle();
        return;
      case 'NAK':
        if (this.inFlight && this.inFlight.out.line.seq === event.of) {
          this.counts.naks++;
          this.options.log.warn({ command: this.inFlight.out.line.type, reason: event.reason }, 'body: refused a command');
          this.settle();
        }
        return;
      case 'BTN':
      case 'TOUCH': {
        this.write({ seq: this.nextSeq(), type: 'ACK', args: [String(event.seq)] });
        if (this.lastEventSeq === event.seq) return; // a resend of what was already acted on
        this.lastEventSeq = event.seq;
        if (event.type === 'BTN') this.options.onButton?.(event.state);
        else this.options.onTouch?.(event.zone);
        return;
      }
      case 'ERR':
        this.options.log.warn({ code: event.code, word: event.word }, 'body: reported a fault');
        return;
      case 'BEAT':
        return;
    }
  }

  private greeted(hello: Extract<BodyEvent, { type: 'HELLO' }>): void {
    clearTimeout(this.helloTimer);
    if (hello.proto !== PROTOCOL_VERSION) {
      const problem = `the body speaks protocol ${hello.proto}, the robot speaks ${PROTOCOL_VERSION}`;
      this.options.log.error({ firmware: hello.firmware }, `body: ${problem}`);
      this.setStatus({ kind: 'incompatible', problem });
      return;
    }
    this.lastEventSeq = undefined;
    this.setStatus({ kind: 'ready', firmware: hello.firmware, protocol: hello.proto, capabilities: hello.capabilities });
    // Everything the body should show, from scratch: it may have been reset and remember nothing.
    if (this.inFlight) clearTimeout(this.inFlight.timer);
    this.inFlight = undefined;
    this.waiting.clear();
    this.queue({ type: 'BRIGHT', seq: 0, level: this.state.brightness });
    this.queue({ type: 'FACE', seq: 0, face: this.state.face });
    this.queue({ type: 'RING', seq: 0, ...this.state.ring });
    this.queue({ type: 'HEAD', seq: 0, gesture: 'still' });
  }

  // ---- sending ----

  private queue(command: StateCommand): void {
    const acked = ACKED_COMMANDS.has(command.type);
    this.waiting.set(command.type, { line: { seq: 0, type: command.type, args: commandArgs(command) }, acked, kind: command.type });
    this.pump();
  }

  /** Sends what may go now: streamed mouth values, then one acknowledged command at a time, within the rate. */
  private pump(): void {
    if (this.current.kind !== 'ready' || !this.port?.isOpen || this.pumpTimer) return;
    const gap = 1000 / this.timings.maxLinesPerSecond - (Date.now() - this.lastSent);
    if (gap > 0) {
      this.pumpTimer = setTimeout(() => {
        this.pumpTimer = undefined;
        this.pump();
      }, gap);
      return;
    }
    if (this.streamed) {
      const out = this.streamed;
      this.streamed = undefined;
      this.write({ ...out.line, seq: this.nextSeq() });
    } else if (!this.inFlight) {
      const next = this.waiting.values().next().value as Outgoing | undefined;
      if (!next) return;
      this.waiting.delete(next.kind!);
      const line = { ...next.line, seq: this.nextSeq() };
      this.sendAcked({ ...next, line }, 0);
    } else return;
    if (this.streamed || (!this.inFlight && this.waiting.size > 0)) this.pump();
  }

  private sendAcked(out: Outgoing, tries: number): void {
    this.write(out.line);
    const timer = setTimeout(() => {
      if (tries >= this.timings.retries) {
        this.inFlight = undefined;
        this.reconnect(`the body did not acknowledge ${out.line.type} after ${tries + 1} tries`);
        return;
      }
      this.counts.retries++;
      this.sendAcked(out, tries + 1);
    }, this.timings.ackTimeoutMs);
    this.inFlight = { out, tries, timer };
  }

  private settle(): void {
    if (this.inFlight) clearTimeout(this.inFlight.timer);
    this.inFlight = undefined;
    this.pump();
  }

  private write(line: RawLine): void {
    if (!this.port?.isOpen) return;
    this.lastSent = Date.now();
    this.port.write(formatLine(line));
  }

  private nextSeq(): number {
    this.seq = (this.seq + 1) & 0xffff;
    return this.seq;
  }

  private setStatus(status: BodyStatus): void {
    const changed = JSON.stringify(status) !== JSON.stringify(this.current);
    this.current = status;
    if (changed) this.options.onStatus?.(status);
  }

  private clearTimers(): void {
    clearTimeout(this.helloTimer);
    clearTimeout(this.pumpTimer);
    this.pumpTimer = undefined;
    clearInterval(this.watchdog);
    clearTimeout(this.reconnectTimer);
    if (this.inFlight) clearTimeout(this.inFlight.timer);
    this.inFlight = undefined;
  }
}
