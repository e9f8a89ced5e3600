/**
 * Which operating-system fence the sandboxed skills get, found once per process: a systemd scope (a cgroup
 * capping resident memory — Buffers included — CPU share and tasks) when a systemd user manager can make one;
 * always prlimit (address space, CPU seconds, open files) inside it; and a network namespace of its own
 * (`unshare -rn`) where the kernel allows it. Each part says why it is or is not used.
 */
import { spawnSync } from 'node:child_process';

export interface ScopeLimits {
  /** Resident memory of the skill's process, bytes (cgroup memory.max). */
  memoryMax: number;
  /** Share of one CPU, percent (cgroup cpu.max). */
  cpuQuotaPercent: number;
}

export type Part = { kind: 'on' } | { kind: 'off'; why: string };

export interface Fence {
  scope: Part;
  network: Part;
}

/**
 * What systemd-run needs to find the user's manager; nothing else of the robot's environment. The skill
 * itself gets none of it: `env -i` empties the environment again inside the scope.
 */
export function scopeEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of ['XDG_RUNTIME_DIR', 'DBUS_SESSION_BUS_ADDRESS']) if (env[name]) kept[name] = env[name];
  return kept;
}

export type Probe = (file: string, args: string[]) => { status: number | null; stderr: string; error?: Error };

const realProbe: Probe = (file, args) => {
  const out = spawnSync(file, args, { timeout: 5000, encoding: 'utf8', env: scopeEnv() });
  return { status: out.status, stderr: out.stderr ?? '', ...(out.error ? { error: out.error } : {}) };
};

function firstLine(result: ReturnType<Probe>): string {
  return result.error?.message ?? result.stderr.split('\n').find((l) => l.trim())?.trim() ?? `exit ${result.status}`;
}

export function scopeArgs(limits: ScopeLimits): string[] {
  return ['systemd-run', '--user', '--scope', '--quiet', '--collect', '-p', `MemoryMax=${limits.memoryMax}`, '-p', `CPUQuota=${limits.cpuQuotaPercent}%`, '-p', 'TasksMax=32', '--', 'env', '-i'];
}

export function findFence(limits: ScopeLimits, probe: Probe = realProbe): Fence {
  const [file, ...args] = scopeArgs(limits);
  const scope = probe(file!, [...args, 'true']);
  const network = probe('unshare', ['-rn', 'true']);
  return {
    scope: scope.status === 0 ? { kind: 'on' } : { kind: 'off', why: `systemd-run --user --scope: ${firstLine(scope)}` },
    network: network.status === 0 ? { kind: 'on' } : { kind: 'off', why: `unshare -rn: ${firstLine(network)}` },
  };
}

/** One line for the log and `laiban doctor`. */
export function describeFence(fence: Fence): string {
  const scope = fence.scope.kind === 'on' ? 'a systemd scope (cgroup: memory, CPU share, tasks) and prlimit' : `prlimit only (no cgroup: ${fence.scope.why})`;
  const network = fence.network.kind === 'on' ? 'no network (own namespace)' : `network not fenced by the kernel (${fence.network.why}); Node's permission model still applies`;
  return `${scope}; ${network}`;
}
