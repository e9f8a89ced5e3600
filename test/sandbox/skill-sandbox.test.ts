import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describeSkill, SkillSandbox } from '../../robot/sandbox/skill-sandbox';
import type { SkillContext } from '../../skills/sdk/types';
import { tempDir, testConfig, testRobot } from '../support/robot-harness';

const MANIFEST = (id: string) => `{ id: '${id}', version: '1.0.0', name: { sv: 'X', en: 'X' }, description: { sv: 'x', en: 'x' },
  languages: ['sv'], permissions: { data: [] }, intents: [{ id: '${id}', slots: [], priority: 'normal', examples: { sv: ['${id} nu'] } }] }`;

function install(root: string, id: string, handle: string): string {
  const dir = path.join(root, id);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.js'), `module.exports = { manifest: ${MANIFEST(id)}, async handle(ctx) { ${handle} } };`);
  return dir;
}

function context(store = new Map<string, unknown>()): SkillContext {
  return {
    now: new Date('2026-12-03T09:00:00Z'),
    timeZone: 'Europe/Stockholm',
    robotName: 'Laiban',
    lang: 'sv',
    intent: 'x',
    text: 'x',
    slots: {},
    skills: [],
    store: { get: async (k) => store.get(k) as never, set: async (k, v) => void store.set(k, v), delete: async (k) => void store.delete(k) },
    data: { request: async () => ({ ok: true }) },
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    emit: () => undefined,
  };
}

describe('an installed skill in its sandbox', () => {
  const root = tempDir('laiban-sandbox-');
  const sandboxes: SkillSandbox[] = [];
  const sandbox = (dir: string) => {
    const s = new SkillSandbox(dir);
    sandboxes.push(s);
    return s;
  };
  afterAll(async () => {
    await Promise.all(sandboxes.map((s) => s.close()));
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('answers, and reaches its store through the robot', async () => {
    const dir = install(root, 'counter', `const n = (await ctx.store.get('n')) || 0; await ctx.store.set('n', n + 1); return { speech: { sv: 'Nummer ' + n, en: 'Number ' + n }, expression: 'happy' };`);
    expect(describeSkill(dir)).toMatchObject({ id: 'counter' });
    const store = new Map<string, unknown>();
    const s = sandbox(dir);
    expect(await s.handle(context(store), 5000)).toEqual({ speech: { sv: 'Nummer 0', en: 'Number 0' }, expression: 'happy' });
    expect(await s.handle(context(store), 5000)).toMatchObject({ speech: { sv: 'Nummer 1' } });
    expect(store.get('n')).toBe(2);
  }, 30_000);

  it('cannot read the robot’s files or open a socket', async () => {
    const secret = path.join(root, 'laiban.db');
    fs.writeFileSync(secret, 'the children and their pick-ups');
    const server = net.createServer((c) => c.end('hello'));
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const port = (server.address() as net.AddressInfo).port;
    const reader = sandbox(install(root, 'reader', `return { speech: { sv: require('fs').readFileSync(${JSON.stringify(secret)}, 'utf8'), en: 'x' }, expression: 'happy' };`));
    await expect(reader.handle(context(), 5000)).rejects.toThrow(/ERR_ACCESS_DENIED|Access to this API has been restricted/);
    const caller = sandbox(
      install(root, 'caller', `const got = await new Promise((ok, no) => require('net').connect(${port}, '127.0.0.1').on('data', (d) => ok(String(d))).on('error', no)); return { speech: { sv: got, en: got }, expression: 'happy' };`),
    );
    await expect(caller.handle(context(), 5000)).rejects.toThrow(/ENETUNREACH|ECONNREFUSED|EACCES|EPERM/);
    server.close();
  }, 30_000);

  it('is stopped when it loops forever, cannot have 2 GB of Buffers, and is switched off after three crashes', async () => {
    const looper = sandbox(install(root, 'looper', 'for (;;) {}'));
    const started = Date.now();
    await expect(looper.handle(context(), 1000)).rejects.toThrow('no answer within 1000 ms');
    expect(Date.now() - started).toBeLessThan(3000);
    const hog = sandbox(install(root, 'hog', 'const all = []; for (let i = 0; i < 20; i++) all.push(Buffer.alloc(100 * 1024 * 1024, 1)); return { speech: { sv: String(all.length), en: "" }, expression: "happy" };'));
    // The address-space cap makes the allocation fail inside the skill: a clear error, the robot untouched.
    await expect(hog.handle(context(), 10_000)).rejects.toThrow(/allocation failed|memory/i);
    const crasher = sandbox(install(root, 'crasher', "setTimeout(() => { throw new Error('boom'); }); await new Promise(() => undefined);"));
    for (let i = 0; i < 3; i++) await expect(crasher.handle(context(), 10_000)).rejects.toThrow(/the skill's process exited with 1: .*boom/);
    expect(crasher.status).toMatchObject({ kind: 'off', why: expect.stringContaining('3 times in ten minutes') });
    await expect(crasher.handle(context(), 1000)).rejects.toThrow('switched off');
  }, 60_000);

  it('does not take the robot with it: the next question is answered', async () => {
    const config = testConfig('baseline');
    install(config.skills.installedDir, 'crasher', 'process.exit(3);');
    const robot = testRobot({ config: { ...config, skills: { ...config.skills, timeoutMs: 2000 } } });
    try {
      const crashed = await robot.conversation.ask('crasher nu');
      expect(crashed.intent).toBe('crasher');
      expect(crashed.answer).toContain('Fråga en fröken');
      const next = await robot.conversation.ask('vad är klockan');
      expect(next.intent).toBe('time');
    } finally {
      await robot.close();
    }
  }, 60_000);
});
