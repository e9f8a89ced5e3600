import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { BodyLink } from '../../hardware/body-link';
import { openPtyPair, type PtyPair } from '../../hardware/pty-pair';
import { SimulatedBody } from '../../hardware/simulator';
import { BodyPresenter, RING } from '../../robot/body/body-presenter';
import { createSilentLogger } from '../../robot/runtime/log';
import { tempDir, testConfig, testRobot } from '../support/robot-harness';

const run = promisify(execFile);
const LAIBAN = path.resolve(__dirname, '../../bin/laiban.js');

async function until(what: string, check: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('the robot shows itself on a (simulated) body', () => {
  let dir: string;
  let pair: PtyPair;
  let sim: SimulatedBody;

  beforeEach(async () => {
    dir = tempDir('laiban-robot-body-');
    pair = await openPtyPair(path.join(dir, 'host'), path.join(dir, 'body'));
    sim = new SimulatedBody({ path: pair.bodyPath, beatMs: 200 });
    await sim.open();
  });

  afterEach(async () => {
    await sim.close();
    await pair.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('listens on the button, thinks and answers on the face, and lights amber for an alert until a teacher acknowledges it', async () => {
    let presenter: BodyPresenter | undefined;
    const robot = testRobot({ config: testConfig('baseline'), onState: (s, e) => presenter?.onState(s, e) });
    const link = new BodyLink({
      path: pair.hostPath,
      log: createSilentLogger(),
      onButton: (state) => state === 'down' && robot.conversation.wake(),
    });
    presenter = new BodyPresenter(link, robot.preschool, 50);
    link.start();
    presenter.start();
    try {
      await until('ready', () => link.status.kind === 'ready');
      sim.pressButton('down');
      await until('listening face', () => sim.state.face === 'listening' && sim.state.ring.colour === RING.listening.colour);

      await robot.conversation.ask('jag har slagit mig i knät och det blöder');
      await until('amber ring', () => sim.state.ring.colour === RING.alert.colour && sim.state.ring.animation === 'pulse');
      robot.preschool!.acknowledgeAllAlerts(new Date());
      await until('alert light off', () => sim.state.ring.colour !== RING.alert.colour);
      expect(sim.state.ring).toEqual(RING.idle);
    } finally {
      presenter.stop();
      await link.stop();
      await robot.close();
    }
  }, 30_000);

  it('laiban doctor names the body it finds, and says when there is none', async () => {
    const configFile = path.join(dir, 'laiban.json');
    fs.writeFileSync(configFile, JSON.stringify({ dataDir: path.join(dir, 'data'), body: { port: pair.hostPath } }));
    // doctor exits 1 here (no microphone, speaker or speech model on this machine): its lines are still printed.
    const doctor = (file: string) => run(process.execPath, [LAIBAN, 'doctor', '--config', file]).catch((err: { stdout: string }) => err);
    const found = await doctor(configFile);
    expect(found.stdout).toContain(`body: ready at ${pair.hostPath} (body.port), firmware sim-0.1.0, protocol 1`);
    fs.writeFileSync(configFile, JSON.stringify({ dataDir: path.join(dir, 'data'), body: { port: 'off' } }));
    const none = await doctor(configFile);
    expect(none.stdout).toContain('body: absent (body.port is "off")');
  }, 30_000);
});
