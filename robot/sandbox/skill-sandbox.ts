/**
 * An installed skill in its own child process, fenced in (fence.ts): a systemd scope's cgroup where one can
 * be made, address space and CPU time capped by prlimit, no network (a fresh network namespace via
 * `unshare -rn` where the system allows it), Node's permission
 * model reading only the skill's folder, and an empty environment. The robot talks to it over stdio
 * (messages.ts). A skill that hangs is killed at the timeout; one that crashes three times in ten
 * minutes is switched off. Whatever it does, the next question is answered.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { JsonValue } from '../../core/json';
import type { SkillContext } from '../../skills/sdk/types';
import { type Fence, findFence, type ScopeLimits, scopeArgs, scopeEnv } from './fence';
import { describedSchema, type RobotToSkill, skillToRobotSchema } from './messages';

export interface SandboxLimits {
  /** Address space, bytes (V8 needs about 1 GB of it just to start). */
  addressSpace: number;
  /** CPU seconds over the process's life. */
  cpuSeconds: number;
  /** V8 heap, MB. */
  heapMb: number;
  /** Resident memory, bytes, where a systemd scope (cgroup) is available: unlike the address space, it counts what is really used. */
  memoryMax: number;
  /** Share of one CPU, percent, under a systemd scope: a busy skill cannot starve the robot's own answers. */
  cpuQuotaPercent: number;
}

export const DEFAULT_LIMITS: SandboxLimits = { addressSpace: 1536 * 1024 * 1024, cpuSeconds: 600, heapMb: 64, memoryMax: 256 * 1024 * 1024, cpuQuotaPercent: 50 };
const CRASHES_BEFORE_OFF = 3;
const CRASH_WINDOW_MS = 10 * 60_000;

/** The compiled host script (from the sources under jest, the build's copy). */
function hostScript(): string {
  const beside = path.join(__dirname, 'skill-host.js');
  return fs.existsSync(beside) ? beside : path.resolve(__dirname, '../../dist/robot/sandbox/skill-host.js');
}

let fenceFound: Fence | undefined;
/** Found once: probing spawns processes, and the system does not change under a running robot. */
export function sandboxFence(): Fence {
  fenceFound ??= findFence(scopeLimits(DEFAULT_LIMITS));
  return fenceFound;
}

/** Empty, unless systemd-run needs to find the user's manager (the skill's own environment is emptied again). */
function spawnEnv(): Record<string, string> {
  return sandboxFence().scope.kind === 'on' ? scopeEnv() : {};
}

function scopeLimits(limits: SandboxLimits): ScopeLimits {
  return { memoryMax: limits.memoryMax, cpuQuotaPercent: limits.cpuQuotaPercent };
}

function command(dir: string, limits: SandboxLimits, extra: string[]): { file: string; args: string[] } {
  const host = hostScript();
  const node = [
    process.execPath,
    `--max-old-space-size=${limits.heapMb}`,
    '--experimental-permission',
    `--allow-fs-read=${path.join(dir, '*')}`,
    `--allow-fs-read=${path.join(path.dirname(host), '*')}`,
    '--disable-warning=ExperimentalWarning',
    host,
    dir,
    ...extra,
  ];
  const limited = ['prlimit', `--as=${limits.addressSpace}`, `--cpu=${limits.cpuSeconds}`, '--nofile=64', '--', ...node];
  const fence = sandboxFence();
  const isolated = fence.network.kind === 'on' ? ['unshare', '-rn', '--', ...limited] : limited;
  const all = fence.scope.kind === 'on' ? [...scopeArgs(scopeLimits(limits)), ...isolated] : isolated;
  return { file: all[0]!, args: all.slice(1) };
}

/** The manifest a skill folder exports, read in the sandbox (the robot never loads a skill's code itself). */
export function describeSkill(dir: string, limits = DEFAULT_LIMITS): unknown {
  const { file, args } = command(dir, limits, ['--describe']);
  const out = spawnSync(file, args, { env: spawnEnv(), cwd: dir, encoding: 'utf8', timeout: 10_000 });
  if (out.status !== 0) {
    const thrown = out.stderr.split('\n').find((l) => /^\w*Error(\s\[\w+\])?: /.test(l));
    const why = out.error?.message ?? (thrown ? thrown.replace(/^Error: /, '') : `exit ${out.status ?? out.signal}`);
    throw new Error(`could not be loaded: ${why}`);
  }
  const parsed = describedSchema.safeParse(JSON.parse(out.stdout.trim().split('\n').pop() ?? '{}'));
  if (!parsed.success) throw new Error('could not be loaded: it printed no manifest');
  return parsed.data.manifest;
}

type Pending = { resolve(reply: unknown): void; reject(err: Error): void };

/** Why a sandboxed skill's process ended without being asked to. */
export type SandboxStop =
  | { kind: 'timeout' }
  | { kind: 'cpu' }
  | { kind: 'memory' }
  | { kind: 'crash'; detail: string };

export type SandboxStatus = { kind: 'ready' } | { kind: 'off'; stops: number; last: SandboxStop; why: string };

/** Reads the stop from how the process ended and the last error it printed. */
export function classifyStop(stoppedBy: string | undefined, signal: NodeJS.Signals | null, lastError: string): SandboxStop {
  if (stoppedBy === 'timeout') return { kind: 'timeout' };
  if (signal === 'SIGXCPU') return { kind: 'cpu' };
  if (/heap out of memory|allocation failed|ERR_MEMORY_ALLOCATION_FAILED|ENOMEM|Cannot allocate memory/i.test(lastError)) return { kind: 'memory' };
  return { kind: 'crash', detail: lastError || (signal ? `killed by ${signal}` : 'exited') };
}

export class SkillSandbox {
  private child: ChildProcess | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private contexts = new Map<number, SkillContext>();
  private crashes: number[] = [];
  private current: SandboxStatus = { kind: 'ready' };
  private closed = false;

  constructor(
    readonly dir: string,
    private readonly limits: SandboxLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  get status(): SandboxStatus {
    return this.current;
  }

  /** One turn: the context's plain parts go to the child; its store, data, log and emit stay here. */
  handle(ctx: SkillContext, timeoutMs: number): Promise<unknown> {
    if (this.current.kind === 'off') return Promise.reject(new Error(`the skill is switched off: ${this.current.why}`));
    if (this.closed) return Promise.reject(new Error('the skill was replaced by another version'));
    const child = this.ensureChild();
    const id = this.nextId++;
    this.contexts.set(id, ctx);
    const plain = {
      now: ctx.now.toISOString(),
      timeZone: ctx.timeZone,
      robotName: ctx.robotName,
      lang: ctx.lang,
      intent: ctx.intent,
      text: ctx.text,
      slots: ctx.slots,
      skills: ctx.skills,
    } as unknown as Record<string, JsonValue>;
    return new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        // A skill that has not answered may be stuck in a loop: only killing it frees the CPU.
        this.kill(child, 'timeout');
        reject(new Error(`no answer within ${timeoutMs} ms; the skill was stopped`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply);
        },
        reject: (err) => {
          clearTimeout(timer);
          reject(err);
        },
      });
      this.write(child, { kind: 'handle', id, context: plain });
    }).finally(() => this.contexts.delete(id));
  }

  /** Starts the process before the first question, so a newly switched-in skill answers without a cold start. */
  warm(): void {
    if (this.current.kind === 'ready') this.ensureChild();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.child) this.kill(this.child, 'closed');
  }

  private ensureChild(): ChildProcess {
    if (this.child && this.child.exitCode === null && !this.child.killed) return this.child;
    const { file, args } = command(this.dir, this.limits, []);
    const child = spawn(file, args, { env: spawnEnv(), cwd: this.dir, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    readline.createInterface({ input: child.stdout! }).on('line', (line) => this.receive(child, line));
    child.on('exit', (code, signal) => {
      if (this.child === child) this.child = undefined;
      const why = signal ? `killed by ${signal}` : `exited with ${code}`;
      const last = stderr.split('\n').filter((l) => /^\w*Error(\s\[\w+\])?: |out of memory|allocation failed/i.test(l)).at(-1) ?? '';
      for (const [, p] of this.pending) p.reject(new Error(`the skill's process ${why}${last ? `: ${last}` : ''}`));
      this.pending.clear();
      const stoppedBy = (child as ChildProcess & { laibanStopped?: string }).laibanStopped;
      if (stoppedBy !== 'closed') this.crashed(why, classifyStop(stoppedBy, signal, last));
    });
    child.stdin!.on('error', () => undefined);
    // An idle skill must not keep the robot's process alive: a pending turn's timer does that while it runs.
    child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?: () => void } | null)?.unref?.();
    return child;
  }

  private crashed(why: string, last: SandboxStop): void {
    const now = this.now();
    this.crashes = [...this.crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
    if (this.crashes.length >= CRASHES_BEFORE_OFF) {
      this.current = { kind: 'off', stops: this.crashes.length, last, why: `it stopped ${this.crashes.length} times in ten minutes (last: ${why})` };
    }
  }

  private kill(child: ChildProcess, reason: string): void {
    (child as ChildProcess & { laibanStopped?: string }).laibanStopped = reason;
    child.kill('SIGKILL');
  }

  private receive(child: ChildProcess, line: string): void {
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      return; // not the protocol: ignored
    }
    const parsed = skillToRobotSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.kind === 'result') {
      this.pending.get(message.id)?.resolve(message.reply);
      this.pending.delete(message.id);
      return;
    }
    if (message.kind === 'failed') {
      this.pending.get(message.id)?.reject(new Error(message.error));
      this.pending.delete(message.id);
      return;
    }
    void this.answerAsk(child, message);
  }

  /** The skill asks for what only the robot has, on behalf of the turn being handled. */
  private async answerAsk(child: ChildProcess, ask: Extract<ReturnType<typeof skillToRobotSchema.parse>, { kind: 'ask' }>): Promise<void> {
    const ctx = [...this.contexts.values()].at(-1);
    const reply = (result?: unknown, error?: string) =>
      this.write(child, { kind: 'answer', id: ask.id, ...(error === undefined ? { result: (result ?? null) as JsonValue } : { error }) });
    if (!ctx) return reply(undefined, 'no turn is being handled');
    const [a, b, c] = ask.params;
    try {
      switch (ask.method) {
        case 'store.get':
          return reply(await ctx.store.get(String(a)));
        case 'store.set':
          await ctx.store.set(String(a), b as JsonValue);
          return reply(null);
        case 'store.delete':
          await ctx.store.delete(String(a));
          return reply(null);
        case 'data.request':
          return reply(await ctx.data.request(String(a), b as Record<string, JsonValue> | undefined));
        case 'log': {
          const level = a === 'error' ? 'error' : a === 'warn' ? 'warn' : 'info';
          ctx.log[level](String(b), (c ?? undefined) as Record<string, unknown> | undefined);
          return reply(null);
        }
        case 'emit':
          ctx.emit(a as never);
          return reply(null);
      }
    } catch (err) {
      return reply(undefined, (err as Error).message);
    }
  }

  private write(child: ChildProcess, message: RobotToSkill): void {
    if (child.stdin?.writable) child.stdin.write(`${JSON.stringify(message)}\n`);
  }
}
