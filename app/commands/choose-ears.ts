/**
 * Whether the robot listens by voice: a microphone (config `speech.microphone`), libvosk and a Vosk model
 * (LAIBAN_VOSK_MODEL, else `speech.voskModel`). Otherwise console mode, and why.
 */
import fs from 'node:fs';
import type { LaibanConfig } from '../../config/schema';
import { hasCaptureDevice } from '../../speech/in/capture-device';
import { findLibvosk } from '../../speech/in/find-libvosk';

export type Ears =
  | { kind: 'voice'; device: string; libvosk: string; modelDir: string }
  | { kind: 'console'; missing: 'microphone' | 'model' | 'libvosk'; why: string };

export function chooseEars(config: LaibanConfig, env: NodeJS.ProcessEnv = process.env, captureDevice = hasCaptureDevice): Ears {
  const setting = config.speech.microphone;
  if (setting === 'off') return { kind: 'console', missing: 'microphone', why: 'the microphone is off in the config (speech.microphone is "off")' };
  if (setting === 'auto' && !captureDevice()) return { kind: 'console', missing: 'microphone', why: 'no microphone found (no capture device in /proc/asound/pcm)' };
  const modelDir = env.LAIBAN_VOSK_MODEL || config.speech.voskModel;
  if (!modelDir) return { kind: 'console', missing: 'model', why: 'no speech model (set LAIBAN_VOSK_MODEL or speech.voskModel to a Vosk model folder)' };
  if (!fs.existsSync(modelDir)) return { kind: 'console', missing: 'model', why: `the speech model ${modelDir} does not exist` };
  const lib = findLibvosk();
  if (lib.kind === 'none') return { kind: 'console', missing: 'libvosk', why: lib.why };
  return { kind: 'voice', device: setting === 'auto' ? 'default' : setting, libvosk: lib.path, modelDir };
}
