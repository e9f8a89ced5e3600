import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BodyLink, type BodyStatus } from '../../hardware/body-link';
import { openPtyPair, type PtyPair } from '../../hardware/pty-pair';
import { SimulatedBody } from '../../hardware/simulator';
import { createSilentLogger } from '../../robot/runtime/log';

// Short enough for quick tests, long enough that a busy CI machine is not mistaken for a silent body.
const FAST = { ackTimeoutMs: 250, helloTimeoutMs: 2000, silentAfterMs: 1200, reconnectMinMs: 50, reconnectMaxMs: 400 };

async function until(what: string, check: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('the body over a real pseudo-terminal pair', () => {
  let dir: string;
  let pair: PtyPair;
  let body: SimulatedBody;
  let link: BodyLink;
  const statuses: BodyStatus[] = [];
  const buttons: string[] = [];

  async function plugIn(options: { protocol?: number } = {}): Promise<void> {
    pair = await openPtyPair(path.join(dir, 'host'), path.join(dir, 'body'));
    body = new SimulatedBody({ path: pair.bodyPath, beatMs: 200, ...options });
    await body.open();
  }

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laiban-body-'));
    statuses.length = 0;
    buttons.length = 0;
    await plugIn();
    link = new BodyLink({
      path: pair.hostPath,
      log: createSilentLogger(),
      timings: FAST,
      onStatus: (s) => statuses.push(s),
      onButton: (s) => buttons.push(s),
    });
  });

  afterEach(async () => {
    await link.stop();
    await body.close();
    await pair.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shakes hands, then sends the whole state, each command acknowledged', async () => {
    link.start();
    await until('ready', () => link.status.kind === 'ready');
    expect(link.status).toEqual({ kind: 'ready', firmware: 'sim-0.1.0', protocol: 1, capabilities: ['face', 'mouth', 'ring', 'head', 'button', 'touch'] });
    await until('the state', () => body.received.length >= 4);
    expect(new Set(body.received.map((c) => c.type))).toEqual(new Set(['BRIGHT', 'FACE', 'RING', 'HEAD']));
    link.setFace('happy');
    link.setRing('00a0ff', 'spin');
    await until('face and ring', () => body.state.face === 'happy' && body.state.ring.animation === 'spin');
    expect(link.stats.retries).toBe(0);
  });

  it('resends a command whose acknowledgement was lost, and does it once', async () => {
    link.start();
    await until('ready', () => link.status.kind === 'ready' && body.received.length >= 4);
    body.dropAcks = 1;
    link.setFace('sad');
    await until('sad', () => body.state.face === 'sad');
    await until('acknowledged', () => link.stats.retries === 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(body.received.filter((c) => c.type === 'FACE' && c.face === 'sad')).toHaveLength(1);
  });

  it('turns the button into events, once each, acknowledging them', async () => {
    link.start();
    await until('ready', () => link.status.kind === 'ready');
    body.pressButton('down');
    body.pressButton('up');
    await until('two button events', () => buttons.length === 2);
    expect(buttons).toEqual(['down', 'up']);
  });

  it('refuses a body that speaks another protocol version, and says which', async () => {
    await link.stop();
    await body.close();
    await pair.close();
    await plugIn({ protocol: 2 });
    link = new BodyLink({ path: pair.hostPath, log: createSilentLogger(), timings: FAST, onStatus: (s) => statuses.push(s) });
    link.start();
    await until('incompatible', () => link.status.kind === 'incompatible');
    expect(link.status).toEqual({ kind: 'incompatible', problem: 'the body speaks protocol 2, the robot speaks 1' });
    link.setFace('happy');
    await new Promise((r) => setTimeout(r, 200));
    expect(body.received).toEqual([]);
  });

  it('comes back after an unplug in the middle of an answer and restores the state', async () => {
    link.start();
    await until('ready', () => link.status.kind === 'ready');
    link.setFace('thinking');
    link.setRing('ffb000', 'pulse');
    await until('shown', () => body.state.ring.colour === 'ffb000');
    await body.close();
    await pair.close(); // the cable is pulled
    await until('absent', () => link.status.kind === 'absent');
    link.setFace('happy'); // the answer goes on while the body is away
    await plugIn();
    await until('back and restored', () => link.status.kind === 'ready' && body.state.face === 'happy' && body.state.ring.colour === 'ffb000', 8000);
    expect(body.state.ring).toEqual({ colour: 'ffb000', animation: 'pulse' });
    expect(link.stats.reconnects).toBeGreaterThanOrEqual(1);
  }, 20_000);

  it('survives 1 MB of random bytes and bad checksums, counts them, and goes on at the next good line', async () => {
    link.start();
    await until('ready', () => link.status.kind === 'ready');
    body.writeRaw(crypto.randomBytes(1024 * 1024));
    body.writeRaw(Buffer.from('\n7 BTN down *0000\n')); // a checksum that is wrong
    await new Promise((r) => setTimeout(r, 500));
    body.pressButton('down');
    await until('the button after the noise', () => buttons.includes('down'), 8000);
    expect(link.stats.badLines).toBeGreaterThan(100);
    link.setFace('surprised');
    await until('still obeys', () => body.state.face === 'surprised');
  }, 20_000);

  it('reports a body that stops its heartbeat, and reconnects to it when it speaks again', async () => {
    link.start();
    await until('ready', () => link.status.kind === 'ready');
    body.silent = true;
    await until('reported silent', () => statuses.some((s) => s.kind === 'absent' && s.problem.includes('silent')), 5000);
    body.silent = false;
    await until('ready again', () => link.status.kind === 'ready', 5000);
  }, 15_000);

  it('runs without a body: no port, a clear status, and no exception', async () => {
    const lonely = new BodyLink({ path: path.join(dir, 'nothing-here'), log: createSilentLogger(), timings: FAST });
    lonely.start();
    await until('absent', () => lonely.status.kind === 'absent');
    expect(lonely.status).toMatchObject({ kind: 'absent', problem: expect.stringContaining('no body at') });
    lonely.setFace('happy');
    await lonely.stop();
  });
});
