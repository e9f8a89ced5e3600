/** Which fence the sandbox uses is found by trying it, and said in one line either way. */
import { describeFence, findFence, type Probe, scopeArgs } from '../../robot/sandbox/fence';
import { sandboxFence } from '../../robot/sandbox/skill-sandbox';

const limits = { memoryMax: 256 * 1024 * 1024, cpuQuotaPercent: 50 };
const answers = (scope: number, unshare: number): Probe => (file) =>
  file === 'systemd-run' ? { status: scope, stderr: scope ? 'Failed to connect to bus: No medium found\n' : '' } : { status: unshare, stderr: unshare ? 'unshare: unshare failed: Operation not permitted\n' : '' };

describe('the sandbox fence', () => {
  it('uses a systemd scope with a cgroup when one can be made, and empties the environment inside it', () => {
    const fence = findFence(limits, answers(0, 0));
    expect(fence).toEqual({ scope: { kind: 'on' }, network: { kind: 'on' } });
    expect(describeFence(fence)).toBe('a systemd scope (cgroup: memory, CPU share, tasks) and prlimit; no network (own namespace)');
    expect(scopeArgs(limits)).toEqual(['systemd-run', '--user', '--scope', '--quiet', '--collect', '-p', 'MemoryMax=268435456', '-p', 'CPUQuota=50%', '-p', 'TasksMax=32', '--', 'env', '-i']);
  });

  it('falls back to prlimit and says why', () => {
    const fence = findFence(limits, answers(1, 1));
    expect(describeFence(fence)).toBe(
      "prlimit only (no cgroup: systemd-run --user --scope: Failed to connect to bus: No medium found); network not fenced by the kernel (unshare -rn: unshare: unshare failed: Operation not permitted); Node's permission model still applies",
    );
  });

  it('says what this machine gives', () => {
    // Printed for the reader of the test log; either answer is right for some machine.
    const line = describeFence(sandboxFence());
    expect(line).toMatch(/^(a systemd scope|prlimit only)/);
    console.log(`skill sandbox here: ${line}`);
  });
});
