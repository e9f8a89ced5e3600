/**
 * IT's changes reach a running `laiban start` (the built CLI, its real HTTPS admin API on loopback, the
 * skills in sandboxed child processes) without a restart: install, rollback, switch off and on; and an
 * install that arrives during a slow turn switches only after that turn and its follow-up window.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { callRobot, type RobotAddress } from '../../admin/admin-client';
import { hashToken, newToken } from '../../admin/tokens';
import { metadataPathFor } from '../../robot/skill-packages/metadata';
import { tempDir } from '../support/robot-harness';
import { jokeSkill, newKey, signedBundle } from '../skill-packages/support';

jest.setTimeout(120_000);

const bin = path.resolve(__dirname, '../../bin/laiban.js');
const key = newKey();
const token = newToken();
const FOLLOW_UP_SECONDS = 2;

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const answering = (words: string, delayMs = 0) =>
  `${delayMs ? `await new Promise((r) => setTimeout(r, ${delayMs}));` : ''} return { speech: { sv: '${words}', en: '${words}' }, expression: 'happy' };`;

async function upload(version: string, release: number, words: string, delayMs = 0) {
  const bundle = await signedBundle(jokeSkill(version, undefined, answering(words, delayMs)), key, { release });
  return { bundle: fs.readFileSync(bundle).toString('base64'), metadata: JSON.parse(fs.readFileSync(metadataPathFor(bundle), 'utf8')) as unknown };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class RunningRobot {
  private out = '';
  constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (c: Buffer) => (this.out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (this.out += c.toString()));
  }

  async waitFor(text: string, from = 0, ms = 30_000): Promise<string> {
    const started = Date.now();
    while (!this.out.slice(from).includes(text)) {
      if (Date.now() - started > ms) throw new Error(`no "${text}" within ${ms} ms; the robot said:\n${this.out.slice(from)}`);
      await sleep(50);
    }
    return this.out.slice(from);
  }

  /** Asks on the console; resolves to the answer line (the next line with a face). */
  async ask(question: string): Promise<string> {
    const from = this.out.length;
    this.child.stdin.write(`${question}\n`);
    const started = Date.now();
    for (;;) {
      const line = this.out.slice(from).split('\n').find((l, i, all) => i < all.length - 1 && /^\S+ /.test(l));
      if (line) return line;
      if (Date.now() - started > 30_000) throw new Error(`no answer to "${question}": ${this.out.slice(from)}`);
      await sleep(20);
    }
  }

  get length(): number {
    return this.out.length;
  }
}

async function startRobot(): Promise<{ robot: RunningRobot; address: RobotAddress }> {
  const work = tempDir();
  const port = await freePort();
  const dataDir = path.join(work, 'robot');
  const config = path.join(work, 'laiban.json');
  fs.writeFileSync(config, JSON.stringify({
    dataDir, language: 'sv', understanding: { classifier: 'baseline' }, body: { port: 'off' }, speech: { engine: 'none' },
    conversation: { followUpSeconds: FOLLOW_UP_SECONDS },
    panel: { enabled: false, host: '127.0.0.1' },
    skills: { timeoutMs: 8000, trustedKeys: [{ publicKey: key.publicKey }] },
    admin: { port, tokens: [{ name: 'it-anna', sha256: hashToken(token) }] },
  }));
  const child = spawn(process.execPath, [bin, 'start', '--config', config], { env: { PATH: process.env.PATH ?? '', HOME: work }, stdio: ['pipe', 'pipe', 'pipe'] });
  const robot = new RunningRobot(child);
  await robot.waitFor('admin-API för skills');
  const cert = fs.readFileSync(path.join(dataDir, 'panel-tls', 'cert.pem'), 'utf8');
  return { robot, address: { url: `https://127.0.0.1:${port}`, token, fingerprint: new crypto.X509Certificate(cert).fingerprint256 } };
}

describe('skill changes on a running robot', () => {
  it('answers with an install, a rollback, a switch off and on from the next question, without a restart', async () => {
    const { robot, address } = await startRobot();
    try {
      expect(await robot.ask('berätta ett skämt')).not.toContain('Version');

      const one = await callRobot(address, 'POST', '/admin/skills', await upload('1.0.0', 1, 'Version ett.'));
      expect(one.body).toMatchObject({ kind: 'installed', version: '1.0.0', live: { kind: 'switched', skills: expect.arrayContaining(['joke']) } });
      expect(await robot.ask('berätta ett skämt')).toContain('Version ett.');
      await sleep(FOLLOW_UP_SECONDS * 1000 + 300);

      const two = await callRobot(address, 'POST', '/admin/skills', await upload('1.1.0', 2, 'Version två.'));
      expect(two.body).toMatchObject({ kind: 'installed', previous: '1.0.0', live: { kind: 'switched' } });
      expect(await robot.ask('berätta ett skämt')).toContain('Version två.');
      await sleep(FOLLOW_UP_SECONDS * 1000 + 300);

      expect((await callRobot(address, 'POST', '/admin/skills/joke/rollback')).body).toMatchObject({ kind: 'rolled-back', to: '1.0.0', live: { kind: 'switched' } });
      expect(await robot.ask('berätta ett skämt')).toContain('Version ett.');
      await sleep(FOLLOW_UP_SECONDS * 1000 + 300);

      const off = await callRobot(address, 'POST', '/admin/skills/joke/disable');
      expect(off.body).toMatchObject({ kind: 'done', live: { kind: 'switched' } });
      expect((off.body as { live: { skills: string[] } }).live.skills).not.toContain('joke');
      expect(await robot.ask('berätta ett skämt')).not.toContain('Version');
      await sleep(FOLLOW_UP_SECONDS * 1000 + 300);

      expect((await callRobot(address, 'POST', '/admin/skills/joke/enable')).body).toMatchObject({ kind: 'done', live: { kind: 'switched' } });
      expect(await robot.ask('berätta ett skämt')).toContain('Version ett.');
      // One sandboxed process for the skill: the versions it replaced were stopped.
      for (let i = 0; i < 40 && sandboxesOf(robot.child.pid!).length !== 1; i++) await sleep(50);
      expect(sandboxesOf(robot.child.pid!)).toHaveLength(1);
    } finally {
      robot.child.kill();
    }
  });

  it('lets the turn in progress finish with the old version and switches once the conversation is idle', async () => {
    const { robot, address } = await startRobot();
    try {
      expect((await callRobot(address, 'POST', '/admin/skills', await upload('1.0.0', 1, 'Långsamt svar.', 2500))).body).toMatchObject({ live: { kind: 'switched' } });
      const from = robot.length;
      robot.child.stdin.write('berätta ett skämt\n');
      await sleep(500);
      const install = callRobot(address, 'POST', '/admin/skills', await upload('2.0.0', 2, 'Nytt svar.'));
      expect((await install).body).toMatchObject({ kind: 'installed', version: '2.0.0', live: { kind: 'waiting' } });
      const slow = await robot.waitFor('svar.', from);
      expect(slow).toContain('Långsamt svar.');
      expect(slow).not.toContain('Nytt svar.');
      await sleep(FOLLOW_UP_SECONDS * 1000 + 500);
      expect(await robot.ask('berätta ett skämt')).toContain('Nytt svar.');
    } finally {
      robot.child.kill();
    }
  });
});

/** The robot's sandboxed skill processes: node children (under prlimit/unshare) running skill-host.js. */
function sandboxesOf(pid: number): number[] {
  const all = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const parent = new Map<number, number>();
  const hosts: number[] = [];
  for (const d of all) {
    try {
      const status = fs.readFileSync(`/proc/${d}/status`, 'utf8');
      parent.set(Number(d), Number(/PPid:\s+(\d+)/.exec(status)?.[1]));
      if (fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('skill-host.js')) hosts.push(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  const descends = (p: number): boolean => (p === pid ? true : p > 1 && parent.has(p) ? descends(parent.get(p)!) : false);
  return hosts.filter((h) => descends(parent.get(h) ?? 0));
}
