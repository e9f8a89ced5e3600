import { BodyLink, type BodyStatus } from '../../hardware/body-link';
import { findBodyPort } from '../../hardware/find-port';
import { createSilentLogger } from '../../robot/runtime/log';
import fs from 'node:fs';
import { SILERO_MODEL } from '../../speech/in/silero-vad';
import { findLibvosk, Libvosk } from '../../speech/in/vosk';
import { createSpeechOut } from '../../speech/out/create';
import { configForCommand } from '../load-config';

/** How long to wait for a body's HELLO before saying it does not answer. */
const BODY_WAIT_MS = 3000;

async function bodyLine(setting: string): Promise<string> {
  const port = await findBodyPort(setting);
  if (port.kind === 'none') return `body: absent (${port.why})`;
  const link = new BodyLink({ path: port.path, log: createSilentLogger() });
  link.start();
  const until = Date.now() + BODY_WAIT_MS;
  while (link.status.kind !== 'ready' && link.status.kind !== 'incompatible' && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  const status: BodyStatus = link.status;
  await link.stop();
  if (status.kind === 'ready') return `body: ready at ${port.path} (${port.how}), firmware ${status.firmware}, protocol ${status.protocol}, can: ${status.capabilities.join(', ')}`;
  if (status.kind === 'incompatible') return `body: at ${port.path} but ${status.problem}`;
  return `body: ${port.path} (${port.how}) does not answer${status.kind === 'absent' ? `: ${status.problem}` : ''}`;
}

/** What the robot has and lacks on this machine, one line each. */
export async function doctorCommand(options: { config?: string }): Promise<number> {
  const config = configForCommand(options.config, process.stderr);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(await bodyLine(config.body.port));
  const speech = await createSpeechOut(config.speech).catch((err: Error) => ({ kind: 'off' as const, reason: err.message }));
  say(speech.kind === 'on' ? `speech: on (${config.speech.engine})` : `speech: off (${speech.reason})`);
  if (speech.kind === 'on') await speech.out.close?.();
  say(config.panel.offBecause ? `panel: off (${config.panel.offBecause})` : `panel: ${config.panel.enabled ? `on, port ${config.panel.port}` : 'off (panel.enabled is false)'}`);
  say(fs.existsSync(SILERO_MODEL) ? `voice activity: Silero VAD v5 (${SILERO_MODEL})` : `voice activity: missing ${SILERO_MODEL} (reinstall: npm ci && npm run build)`);
  const lib = findLibvosk();
  say(lib.kind === 'found' ? `libvosk: ${lib.path} (${lib.how})` : `libvosk: none — ${lib.why}`);
  const modelDir = process.env.LAIBAN_VOSK_MODEL;
  if (!modelDir) say('speech model: none (set LAIBAN_VOSK_MODEL to a Swedish Vosk model folder)');
  else if (lib.kind === 'found') {
    try {
      Libvosk.load(lib.path).openModel(modelDir).free();
      say(`speech model: ${modelDir} loads`);
    } catch (err) {
      say(`speech model: ${(err as Error).message}`);
    }
  }
  say(`microphone: none yet (console mode)`);
  return 0;
}
