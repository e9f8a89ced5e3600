/**
 * Runs inside the sandbox (a child process under OS limits): loads one skill folder's index.js and answers
 * the robot over stdin/stdout. With `--describe` it prints the manifest and exits. Nothing here may trust
 * the skill: its exceptions become `failed`, its console output goes to stderr (stdout is the wire).
 */
import path from 'node:path';
import readline from 'node:readline';
import type { RobotToSkill, SkillToRobot } from './messages';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('skill-host: give the skill folder\n');
  process.exit(2);
}
const send = (message: SkillToRobot) => process.stdout.write(`${JSON.stringify(message)}\n`);
// The skill's own console output must not be mistaken for the protocol.
console.log = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loaded = require(path.join(dir, 'index.js')) as { default?: unknown };
const skill = (loaded.default ?? loaded) as { manifest?: unknown; handle?: (ctx: unknown) => unknown };

if (process.argv.includes('--describe')) {
  process.stdout.write(`${JSON.stringify({ manifest: skill.manifest ?? null })}\n`);
  process.exit(0);
}

let nextAsk = 0;
const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
function ask(method: Extract<SkillToRobot, { kind: 'ask' }>['method'], params: unknown[]): Promise<unknown> {
  const id = nextAsk++;
  send({ kind: 'ask', id, method, params: params as never });
  return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
}

async function handle(id: number, context: Record<string, unknown>): Promise<void> {
  const ctx = {
    ...context,
    now: new Date(String(context.now)),
    store: { get: (k: string) => ask('store.get', [k]), set: (k: string, v: unknown) => ask('store.set', [k, v]), delete: (k: string) => ask('store.delete', [k]) },
    data: { request: (source: string, params?: unknown) => ask('data.request', params === undefined ? [source] : [source, params]) },
    log: {
      info: (msg: string, fields?: unknown) => void ask('log', ['info', msg, fields ?? null]),
      warn: (msg: string, fields?: unknown) => void ask('log', ['warn', msg, fields ?? null]),
      error: (msg: string, fields?: unknown) => void ask('log', ['error', msg, fields ?? null]),
    },
    emit: (event: unknown) => void ask('emit', [event]),
  };
  try {
    const reply = await skill.handle!(ctx);
    send({ kind: 'result', id, reply: (reply ?? null) as never });
  } catch (err) {
    send({ kind: 'failed', id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
}

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  // The robot is trusted here (the skill is not): its lines are taken as they come.
  let message: RobotToSkill;
  try {
    message = JSON.parse(line) as RobotToSkill;
  } catch {
    return;
  }
  if (message.kind === 'handle') void handle(message.id, message.context);
  else {
    const w = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error !== undefined) w?.reject(new Error(message.error));
    else w?.resolve(message.result);
  }
});
