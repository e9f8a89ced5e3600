import fs from 'node:fs';
import path from 'node:path';
import { BodyLink, type BodyStatus } from '../../hardware/body-link';
import { findBodyPort } from '../../hardware/find-port';
import { createSilentLogger } from '../../robot/runtime/log';
import { describeFence } from '../../robot/sandbox/fence';
import { sandboxFence } from '../../robot/sandbox/skill-sandbox';
import { SYSTEM_WORD_LISTS } from '../../robot/understanding/safeguarding/word-list';
import { hasCaptureDevice } from '../../speech/in/capture-device';
import { SILERO_MODEL } from '../../speech/in/silero-vad';
import { findLibvosk } from '../../speech/in/find-libvosk';
import { Libvosk } from '../../speech/in/vosk';
import { createSpeechOut } from '../../speech/out/create';
import { runProcess } from '../../speech/out/run-process';
import type { LaibanConfig } from '../../config/schema';
import { configForCommand } from '../load-config';

/** How long to wait for a body's HELLO before saying it does not answer. */
const BODY_WAIT_MS = 3000;
/** Less free space than this under the data directory and the robot cannot keep its day. */
const MIN_FREE_BYTES = 200 * 1024 * 1024;
/** vosk-model-small-sv-rhasspy-0.15 unzipped is about this big; a much smaller folder is probably not it. */
const SWEDISH_MODEL_MIN_BYTES = 100 * 1024 * 1024;

/** `needed`: the robot cannot do its job without it (doctor exits 1); `optional`: it runs without. */
type Check = { status: 'ok' | 'needed' | 'optional'; name: string; says: string; todo?: string };

const mark: Record<Check['status'], string> = { ok: 'ok     ', needed: 'MISSING', optional: 'absent ' };

async function bodyCheck(setting: string): Promise<Check> {
  const port = await findBodyPort(setting);
  if (port.kind === 'none') return { status: 'optional', name: 'body', says: `absent (${port.why})`, todo: 'plug the body in by USB, or `laiban body-sim` to try a simulated one' };
  const link = new BodyLink({ path: port.path, log: createSilentLogger() });
  link.start();
  const until = Date.now() + BODY_WAIT_MS;
  while (link.status.kind !== 'ready' && link.status.kind !== 'incompatible' && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  const status: BodyStatus = link.status;
  await link.stop();
  if (status.kind === 'ready') return { status: 'ok', name: 'body', says: `ready at ${port.path} (${port.how}), firmware ${status.firmware}, protocol ${status.protocol}, can: ${status.capabilities.join(', ')}` };
  if (status.kind === 'incompatible') return { status: 'optional', name: 'body', says: `at ${port.path} but ${status.problem}`, todo: 'update the body firmware (hardware/firmware/README.md)' };
  return { status: 'optional', name: 'body', says: `${port.path} (${port.how}) does not answer${status.kind === 'absent' ? `: ${status.problem}` : ''}`, todo: 'check the cable; body.port in the config' };
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : entry.isFile() ? fs.statSync(full).size : 0;
  }
  return total;
}

function earsChecks(config: LaibanConfig): Check[] {
  const checks: Check[] = [];
  const mic = config.speech.microphone;
  checks.push(
    mic === 'off'
      ? { status: 'needed', name: 'microphone', says: 'off in the config (speech.microphone is "off")', todo: 'set speech.microphone to "auto" or a device from `arecord -l`' }
      : mic === 'auto' && !hasCaptureDevice()
        ? { status: 'needed', name: 'microphone', says: 'no capture device (nothing in /proc/asound/pcm)', todo: 'plug in a USB microphone; `arecord -l` should list it' }
        : { status: 'ok', name: 'microphone', says: mic === 'auto' ? 'ALSA "default" (a capture device exists)' : `ALSA "${mic}" (speech.microphone)` },
  );
  checks.push(
    fs.existsSync(SILERO_MODEL)
      ? { status: 'ok', name: 'voice activity', says: `Silero VAD v5 (${SILERO_MODEL})` }
      : { status: 'needed', name: 'voice activity', says: `missing ${SILERO_MODEL}`, todo: 'reinstall: npm ci && npm run build' },
  );
  const lib = findLibvosk();
  checks.push(
    lib.kind === 'found'
      ? { status: 'ok', name: 'libvosk', says: `${lib.path} (${lib.how}, ${process.platform}-${process.arch})` }
      : { status: 'needed', name: 'libvosk', says: lib.why, todo: 'on a Pi copy libvosk.so for aarch64 to /usr/local/lib (speech/README.md)' },
  );
  const modelDir = process.env.LAIBAN_VOSK_MODEL || config.speech.voskModel;
  if (!modelDir) {
    checks.push({ status: 'needed', name: 'speech model', says: 'none', todo: 'unzip vosk-model-small-sv-rhasspy-0.15 and set LAIBAN_VOSK_MODEL or speech.voskModel to its folder' });
  } else if (!fs.existsSync(modelDir)) {
    checks.push({ status: 'needed', name: 'speech model', says: `${modelDir} does not exist`, todo: 'fix LAIBAN_VOSK_MODEL or speech.voskModel' });
  } else if (lib.kind === 'found') {
    try {
      const model = Libvosk.load(lib.path).openModel(modelDir);
      const grammar = model.takesGrammar ? 'takes a grammar' : config.speech.recognition === 'grammar' ? 'has HCLG.fst: no grammar mode, it will decode freely' : 'dictation';
      model.free();
      const bytes = folderBytes(modelDir);
      const small = bytes < SWEDISH_MODEL_MIN_BYTES ? ' — smaller than the Swedish model; is it the right one?' : '';
      checks.push({ status: 'ok', name: 'speech model', says: `${modelDir} loads (${(bytes / 1024 / 1024).toFixed(0)} MB${small}; ${grammar})` });
    } catch (err) {
      checks.push({ status: 'needed', name: 'speech model', says: (err as Error).message, todo: 'unzip the model again (md5 of the zip: 5ae431c65fe8636692118792daa22ecc)' });
    }
  }
  return checks;
}

function wordListCheck(): Check {
  const missing = Object.values(SYSTEM_WORD_LISTS).filter((file) => !fs.existsSync(file));
  return missing.length === 0
    ? { status: 'ok', name: 'word lists', says: `${Object.values(SYSTEM_WORD_LISTS).join(', ')} (a real word is never read as a garbled safeguarding word)` }
    : { status: 'optional', name: 'word lists', says: `missing ${missing.join(', ')}: any word the robot does not know may be read as a garbled safeguarding word (more questions to children)`, todo: 'apt-get install wswedish wamerican' };
}

async function swedishVoiceCheck(): Promise<Check> {
  const voices = await runProcess('espeak-ng', ['--voices=sv'], { signal: AbortSignal.timeout(5000) });
  if (voices.kind === 'not-found') return { status: 'needed', name: 'Swedish voice', says: 'espeak-ng is not installed', todo: 'apt-get install espeak-ng' };
  if (voices.kind !== 'exited' || !/\bsv\b/.test(voices.stdout.split('\n').slice(1).join('\n'))) return { status: 'needed', name: 'Swedish voice', says: 'espeak-ng has no Swedish voice', todo: 'apt-get install --reinstall espeak-ng-data' };
  return { status: 'ok', name: 'Swedish voice', says: 'espeak-ng sv' };
}

function dataDirChecks(config: LaibanConfig): Check[] {
  const dir = config.dataDir;
  let existing = dir;
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  try {
    fs.accessSync(existing, fs.constants.W_OK);
  } catch {
    return [{ status: 'needed', name: 'data directory', says: `${dir} is not writable`, todo: `give the robot's user ${existing}, or set dataDir` }];
  }
  const checks: Check[] = [{ status: 'ok', name: 'data directory', says: fs.existsSync(dir) ? dir : `${dir} (made at the first start)` }];
  const stat = fs.statfsSync(existing);
  const free = stat.bavail * stat.bsize;
  checks.push(
    free < MIN_FREE_BYTES
      ? { status: 'needed', name: 'free disk', says: `${(free / 1024 / 1024).toFixed(0)} MB under ${existing}`, todo: 'free some space (the robot needs 200 MB)' }
      : { status: 'ok', name: 'free disk', says: `${(free / 1024 / 1024 / 1024).toFixed(1)} GB under ${existing}` },
  );
  return checks;
}

/**
 * What the robot has and lacks on this machine: one line per check with what to do when it fails. Exit
 * code 1 when something the robot needs is missing (ears, voice, data directory, disk); the body and the
 * bridge are optional.
 */
export async function doctorCommand(options: { config?: string }): Promise<number> {
  const config = configForCommand(options.config, process.stderr);
  const checks: Check[] = [];
  checks.push(await bodyCheck(config.body.port));
  const speech = await createSpeechOut(config.speech).catch((err: Error) => ({ kind: 'off' as const, reason: err.message }));
  checks.push(
    speech.kind === 'on'
      ? { status: 'ok', name: 'speaker', says: `on (${config.speech.engine})` }
      : { status: 'needed', name: 'speaker', says: `off (${speech.reason})`, todo: 'connect a loudspeaker (aplay -l lists it) and apt-get install espeak-ng alsa-utils' },
  );
  if (speech.kind === 'on') await speech.out.close?.();
  checks.push(await swedishVoiceCheck());
  checks.push(...earsChecks(config));
  checks.push(...dataDirChecks(config));
  checks.push(wordListCheck());
  checks.push(
    config.panel.offBecause
      ? { status: 'optional', name: 'panel', says: `off (${config.panel.offBecause})`, todo: 'fix the panel keys (laiban config check)' }
      : { status: 'ok', name: 'panel', says: config.panel.enabled ? `on, port ${config.panel.port}` : 'off (panel.enabled is false)' },
  );
  const fence = sandboxFence();
  checks.push(
    fence.scope.kind === 'on'
      ? { status: 'ok', name: 'skill sandbox', says: describeFence(fence) }
      : { status: 'optional', name: 'skill sandbox', says: describeFence(fence), todo: 'for a cgroup per skill: a systemd user manager for the robot\'s user (loginctl enable-linger) and, on a Pi, cgroup_enable=memory in cmdline.txt' },
  );
  checks.push({ status: 'ok', name: 'bridge', says: config.bridge.url ? `shared bridge ${config.bridge.url}` : 'the robot runs its own bridge (no bridge.url)' });
  for (const c of checks) process.stdout.write(`${mark[c.status]} ${c.name}: ${c.says}${c.status !== 'ok' && c.todo ? ` — ${c.todo}` : ''}\n`);
  const missing = checks.filter((c) => c.status === 'needed').map((c) => c.name);
  if (missing.length) process.stdout.write(`The robot lacks: ${missing.join(', ')}.\n`);
  return missing.length ? 1 : 0;
}
