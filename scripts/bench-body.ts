/**
 * npm run bench:body — the body link over a real pseudo-terminal pair (socat) to the simulated body:
 * acknowledged commands per second, time from a state change to the body's acknowledgement (p50/p99),
 * and how far the mouth lags behind the audio's loudness.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BodyLink } from '../hardware/body-link';
import { openPtyPair } from '../hardware/pty-pair';
import { SimulatedBody } from '../hardware/simulator';
import { createSilentLogger } from '../robot/runtime/log';

const FACES = ['happy', 'sad', 'thinking', 'neutral'] as const;
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) throw new Error('the body did not answer in time');
    await new Promise((r) => setImmediate(r));
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laiban-bench-body-'));
  const pair = await openPtyPair(path.join(dir, 'host'), path.join(dir, 'body'));
  let mouthAt = 0;
  const mouthLags: number[] = [];
  const body = new SimulatedBody({
    path: pair.bodyPath,
    onChange: (state) => {
      if (state.mouth > 0 && mouthAt > 0) {
        mouthLags.push(performance.now() - mouthAt);
        mouthAt = 0;
      }
    },
  });
  await body.open();
  const link = new BodyLink({ path: pair.hostPath, log: createSilentLogger(), timings: { maxLinesPerSecond: 1000 } });
  link.start();
  await until(() => link.status.kind === 'ready' && body.received.length >= 4);

  // Time from a state change to the body acting on it, one change at a time.
  const latencies: number[] = [];
  for (let i = 0; i < 300; i++) {
    const face = FACES[i % FACES.length]!;
    const before = body.received.length;
    const t0 = performance.now();
    link.setFace(face);
    await until(() => body.received.length > before);
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);

  // Throughput: acknowledged commands back to back (rings alternate so none is coalesced away).
  const n = 500;
  const before = body.received.length;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    link.setRing(i % 2 ? 'ffb000' : '00a0ff', 'solid');
    await until(() => body.received.length > before + i);
  }
  const perSecond = n / ((performance.now() - t0) / 1000);

  // The mouth: a loudness value sent → the body shows it.
  for (let i = 0; i < 200; i++) {
    body.state.mouth = 0;
    mouthAt = performance.now();
    link.mouth(50 + (i % 40));
    await until(() => mouthAt === 0);
    link.mouth(0);
    await new Promise((r) => setTimeout(r, 25));
  }
  mouthLags.sort((a, b) => a - b);

  console.log(`body link over a pty (socat), simulated body, rate limit lifted to 1000 lines/s:`);
  console.log(`  acknowledged commands: ${perSecond.toFixed(0)} per second (${n} one after another)`);
  console.log(`  state change → body acts: p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms (${latencies.length} changes)`);
  console.log(`  mouth value → body shows it: p50 ${percentile(mouthLags, 50).toFixed(2)} ms, p99 ${percentile(mouthLags, 99).toFixed(2)} ms (${mouthLags.length} values; one frame is 40 ms)`);
  console.log(`  retries ${link.stats.retries}, bad lines ${link.stats.badLines}`);
  await link.stop();
  await body.close();
  await pair.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
