/**
 * A body in software: it speaks the protocol on a serial port (one end of a pseudo-terminal pair), keeps
 * the state a real body would show, and can misbehave on purpose (drop acknowledgements, fall silent,
 * speak another protocol version, spray garbage) so the robot's side can be tested against it.
 */
import { SerialPort } from 'serialport';
import { formatLine, LineReader, type RawLine } from './protocol/line';
import { ACKED_COMMANDS, type BodyEvent, type Command, decodeCommand, eventArgs, PROTOCOL_VERSION } from './protocol/messages';
import { type BodyState, INITIAL_STATE } from './body-link';

export interface SimulatorOptions {
  path: string;
  protocol?: number;
  firmware?: string;
  beatMs?: number;
  onChange?(state: SimulatedState): void;
}

export interface SimulatedState extends BodyState {
  mouth: number;
  head: 'nod' | 'shake' | 'still';
}

export class SimulatedBody {
  private port: SerialPort | undefined;
  private readonly reader = new LineReader();
  private seq = 0;
  private beat: NodeJS.Timeout | undefined;
  private readonly started = Date.now();
  private acked = new Set<number>();
  private pendingEvent: { line: RawLine; timer: NodeJS.Timeout; tries: number } | undefined;
  /** Every command acted on, in order (tests read this). */
  readonly received: Command[] = [];
  state: SimulatedState = { ...structuredClone(INITIAL_STATE), mouth: 0, head: 'still' };
  /** Acknowledgements to leave out, to test the host's retries. */
  dropAcks = 0;
  /** When set, nothing is sent: no heartbeat, no answers. */
  silent = false;

  constructor(private readonly options: SimulatorOptions) {}

  async open(): Promise<void> {
    const port = new SerialPort({ path: this.options.path, baudRate: 115200, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
    this.port = port;
    port.on('data', (chunk: Buffer) => {
      for (const line of this.reader.push(chunk)) this.onLine(line);
    });
    port.on('error', () => undefined);
    this.beat = setInterval(() => this.send({ type: 'BEAT', seq: 0, uptimeMs: Date.now() - this.started }), this.options.beatMs ?? 1000);
    this.sendHello();
  }

  async close(): Promise<void> {
    clearInterval(this.beat);
    if (this.pendingEvent) clearTimeout(this.pendingEvent.timer);
    const port = this.port;
    this.port = undefined;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }

  /** Lines the simulator could not read (garbage, bad checksums). */
  get dropped(): number {
    return this.reader.dropped;
  }

  pressButton(state: 'down' | 'up'): void {
    this.sendAcked({ type: 'BTN', seq: 0, state });
  }

  /** Raw bytes onto the line, as noise would put them there. */
  writeRaw(bytes: Buffer): void {
    this.port?.write(bytes);
  }

  private onLine(line: RawLine): void {
    if (line.type === 'ACK') {
      if (this.pendingEvent && String(this.pendingEvent.line.seq) === line.args[0]) {
        clearTimeout(this.pendingEvent.timer);
        this.pendingEvent = undefined;
      }
      return;
    }
    const command = decodeCommand(line);
    if (!command) {
      this.send({ type: 'NAK', seq: 0, of: line.seq, reason: line.type in { FACE: 1, MOUTH: 1, RING: 1, HEAD: 1, BRIGHT: 1, HELLO: 1 } ? 'bad-arg' : 'unknown' });
      return;
    }
    if (command.type === 'HELLO') {
      this.acked.clear();
      this.sendHello();
      return;
    }
    if (ACKED_COMMANDS.has(command.type)) {
      if (this.dropAcks > 0) {
        this.dropAcks--;
        return;
      }
      this.send({ type: 'ACK', seq: 0, of: command.seq });
      if (this.acked.has(command.seq)) return; // a resend: acknowledged again, not done twice
      this.acked.add(command.seq);
    }
    this.apply(command);
  }

  private apply(command: Command): void {
    this.received.push(command);
    if (command.type === 'FACE') this.state.face = command.face;
    else if (command.type === 'RING') this.state.ring = { colour: command.colour, animation: command.animation };
    else if (command.type === 'BRIGHT') this.state.brightness = command.level;
    else if (command.type === 'MOUTH') this.state.mouth = command.open;
    else if (command.type === 'HEAD') this.state.head = command.gesture;
    this.options.onChange?.(this.state);
  }

  private sendHello(): void {
    this.send({
      type: 'HELLO',
      seq: 0,
      proto: this.options.protocol ?? PROTOCOL_VERSION,
      firmware: this.options.firmware ?? 'sim-0.1.0',
      capabilities: ['face', 'mouth', 'ring', 'head', 'button', 'touch'],
    });
  }

  private sendAcked(event: Extract<BodyEvent, { type: 'BTN' | 'TOUCH' }>, tries = 0, seq = this.nextSeq()): void {
    const line = { seq, type: event.type, args: eventArgs(event) };
    this.write(line);
    const timer = setTimeout(() => {
      if (tries < 3) this.sendAcked(event, tries + 1, seq);
      else this.pendingEvent = undefined;
    }, 250);
    this.pendingEvent = { line, timer, tries };
  }

  private send(event: BodyEvent): void {
    this.write({ seq: this.nextSeq(), type: event.type, args: eventArgs(event) });
  }

  private write(line: RawLine): void {
    if (this.silent || !this.port?.isOpen) return;
    this.port.write(formatLine(line));
  }

  private nextSeq(): number {
    this.seq = (this.seq + 1) & 0xffff;
    return this.seq;
  }
}
