/**
 * `npm run bench:skills`: a signed bundle from install to its first answer on a running robot (verify,
 * unpack, sandbox describe, self-test, retrain the intent model in the worker, switch, the first question), the sandbox's added latency per answer against the
 * same skill called in-process, and the memory of one sandboxed skill.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { builtinSkills } from '../skills/builtin';
import { quietContext } from '../skills/sdk/quiet-context';
import type { Skill } from '../skills/sdk/types';
import { skillAdminFor } from '../app/commands/skill-admin-for';
import { loadConfig } from '../config/load';
import { systemClock } from '../core/clock';
import { createRobot } from '../robot/runtime/create-robot';
import { loadSkills } from '../robot/runtime/load-skills';
import { generateSigningKey, signContent } from '../robot/skill-packages/keys';
import { metadataPathFor } from '../robot/skill-packages/metadata';
import { packSkill } from '../robot/skill-packages/pack';

const JOKE = path.resolve(__dirname, '../../skills/examples/joke');
const CALLS = 300;

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

function context(now: Date) {
  const store = new Map<string, unknown>();
  return quietContext({
    now, lang: 'sv', intent: 'joke', text: 'berätta ett skämt',
    store: { get: async (k: string) => store.get(k) as never, set: async (k: string, v: unknown) => void store.set(k, v), delete: async (k: string) => void store.delete(k) },
  });
}

async function timeCalls(skill: Pick<Skill, 'handle'>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const started = performance.now();
    await skill.handle(context(new Date()));
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/** Resident memory of this process's direct children (the sandboxes), in MiB. */
function childrenRssMiB(): number[] {
  return fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((pid) => {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      if (Number(/PPid:\s+(\d+)/.exec(status)?.[1]) !== process.pid) return [];
      return [Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024];
    } catch {
      return [];
    }
  });
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'laiban-bench-skills-'));
  const key = generateSigningKey();
  const packed = await packSkill(JOKE, work);
  const signed = { skill: packed.skill, version: packed.version, release: 1, expires: new Date(Date.now() + 86_400_000).toISOString(), sha256: packed.sha256 };
  fs.writeFileSync(metadataPathFor(packed.file), JSON.stringify({ signed, signatures: [signContent(signed, key.privateKeyPem)] }));

  // A running robot with the trained model, as `laiban start` has it; the install reaches it without a restart.
  const defaults = loadConfig({ env: {}, cwd: work, home: work }).config;
  const config = {
    ...defaults,
    dataDir: path.join(work, 'data'),
    understanding: { ...defaults.understanding, classifier: 'model' as const, modelDir: path.join(work, 'model') },
    skills: { ...defaults.skills, installedDir: path.join(work, 'skills'), trustedKeys: [{ publicKey: key.publicKey, revoked: false }] },
    weather: { ...defaults.weather, baseUrl: 'http://127.0.0.1:9', warningsBaseUrl: 'http://127.0.0.1:9' },
  };
  const robot = createRobot({ config, clock: systemClock });
  const firstTraining = performance.now();
  await robot.understandingReady();
  const startTrainMs = performance.now() - firstTraining;
  let trainMs = 0;
  const admin = skillAdminFor(config, {
    prepareModel: async (change) => {
      const t = performance.now();
      await robot.live.prepareModel(change);
      trainMs = performance.now() - t;
    },
    apply: () => robot.live.apply(),
    switchedOff: () => robot.live.switchedOff(),
  });

  const started = performance.now();
  const result = await admin.installFile(packed.file, 'bench');
  if (result.kind !== 'installed') throw new Error(result.reason);
  const installedMs = performance.now() - started;
  const turn = await robot.conversation.ask('berätta ett skämt', { lang: 'sv' });
  if (turn.skill !== 'joke') throw new Error(`the installed skill did not answer: ${JSON.stringify(turn)}`);
  const toAnswerMs = performance.now() - started;
  const firstAnswerMs = turn.ms;
  await new Promise((resolve) => setTimeout(resolve, config.conversation.followUpSeconds * 1000 + 100));
  const switching = performance.now();
  const off = await admin.setEnabled('joke', false, 'bench');
  const offMs = performance.now() - switching;
  const again = performance.now();
  const on = await admin.setEnabled('joke', true, 'bench');
  const onMs = performance.now() - again;
  await robot.close();

  const loaded = loadSkills(builtinSkills, config.skills.installedDir, []);
  const joke = loaded.skills.find((s) => s.manifest.id === 'joke')!;
  await joke.handle(context(new Date()));
  const sandboxed = await timeCalls(joke);
  const rss = childrenRssMiB();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const inProcess = await timeCalls(require(path.join(JOKE, 'index.js')) as Pick<Skill, 'handle'>);
  for (const s of loaded.skills) await s.close?.();

  console.log(`the running robot's first training (built-in skills, at start): ${startTrainMs.toFixed(0)} ms`);
  console.log(`install to first answer on the running robot: ${toAnswerMs.toFixed(0)} ms (install and switch ${installedMs.toFixed(0)} ms, of which retraining the intent model ${trainMs.toFixed(0)} ms; the first answer ${firstAnswerMs} ms, live: ${result.live?.kind})`);
  console.log(`switching it off on the running robot: ${offMs.toFixed(0)} ms (live: ${off.live?.kind}; the model of the set without it was kept, no training); on again: ${onMs.toFixed(0)} ms (live: ${on.live?.kind})`);
  console.log(`answer in the sandbox: p50 ${percentile(sandboxed, 50).toFixed(3)} ms, p99 ${percentile(sandboxed, 99).toFixed(3)} ms over ${CALLS} calls`);
  console.log(`the same skill in-process: p50 ${percentile(inProcess, 50).toFixed(3)} ms, p99 ${percentile(inProcess, 99).toFixed(3)} ms`);
  console.log(`added by the sandbox: p50 ${(percentile(sandboxed, 50) - percentile(inProcess, 50)).toFixed(3)} ms, p99 ${(percentile(sandboxed, 99) - percentile(inProcess, 99)).toFixed(3)} ms`);
  console.log(`memory per sandboxed skill: ${rss.map((r) => `${r.toFixed(1)} MiB`).join(', ') || 'n/a'} resident`);
  fs.rmSync(work, { recursive: true, force: true });
}

void main();
