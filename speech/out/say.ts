import type { ChildProcess } from 'node:child_process';
import type { Lang } from '../../core/languages';
import { runProcess, summarizeStderr } from './run-process';
import type { SpeechBackend } from './types';

/**
 * Backend through say.js 0.16: macOS `say`, Windows SAPI (PowerShell), festival on Linux.
 *
 * On Linux prefer espeak-ng: festival as installed from apt has no Swedish voice, so Swedish comes out
 * with English pronunciation. Also, say.js's own stop() on Linux kills "pid + 2" (a guess at the aplay
 * process), which may be somebody else's process; this backend never calls it and kills only the child
 * say.js started, so on Linux a stopped utterance may finish its current chunk through aplay.
 */

/** The part of say.js used here; its typings declare only the singleton, not the Say class or `child`. */
interface SayJsPlatform {
  speak(text: string, voice: string | null, speed: number | null, callback: (error: Error | null) => void): void;
  child: ChildProcess | null;
}
interface SayJsModule {
  Say: new (platform: NodeJS.Platform) => SayJsPlatform;
}

/** The program say.js runs on each platform it supports. */
export const SAY_COMMANDS: Readonly<Partial<Record<NodeJS.Platform, string>>> = {
  linux: 'festival',
  darwin: 'say',
  win32: 'powershell',
};

/** espeak-ng's default rate; say.js takes a speed ratio where 1 is the engine's normal speed. */
const NORMAL_WORDS_PER_MINUTE = 175;

export type SayVoice = { kind: 'system-default' } | { kind: 'named'; name: string } | { kind: 'invalid'; reason: string };

/**
 * say.js pastes the voice into festival Scheme `(voice)` on Linux and into a PowerShell command run
 * through a shell on Windows, so a voice name is only accepted in the shape each platform uses.
 * Language codes such as "sv" (the espeak-ng defaults) mean "the system's default voice".
 */
export function sayVoiceFor(platform: NodeJS.Platform, configured: string): SayVoice {
  if (/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(configured)) return { kind: 'system-default' };
  const shapes: Partial<Record<NodeJS.Platform, { shape: RegExp; example: string }>> = {
    linux: { shape: /^voice_[a-z0-9_]{1,60}$/, example: 'a festival voice such as voice_kal_diphone' },
    darwin: { shape: /^[\p{L}\p{N}][\p{L}\p{N} ._()-]{0,63}$/u, example: 'a macOS voice such as Alva' },
    win32: { shape: /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,63}$/u, example: 'a SAPI voice such as Microsoft Bengt Desktop' },
  };
  const rule = shapes[platform];
  if (!rule) return { kind: 'invalid', reason: `say does not support platform ${platform}` };
  return rule.shape.test(configured)
    ? { kind: 'named', name: configured }
    : { kind: 'invalid', reason: `say: voice "${configured}" is not ${rule.example}` };
}

/** Null when say.js can run here; otherwise the reason, fit to show a person. */
export async function sayUnavailableReason(platform: NodeJS.Platform): Promise<string | null> {
  if (!SAY_COMMANDS[platform]) return `say does not support platform ${platform}`;
  if (platform !== 'linux') return null;
  const outcome = await runProcess('festival', ['--version'], { signal: AbortSignal.timeout(5000) });
  if (outcome.kind === 'exited' && outcome.code === 0) return null;
  if (outcome.kind === 'not-found') return 'festival is not installed (say uses festival on Linux; apt-get install festival, or use espeak-ng)';
  return `festival does not run (${outcome.kind === 'exited' ? summarizeStderr(outcome.stderr) : outcome.kind})`;
}

export type SayBackendResult = { kind: 'ready'; backend: SpeechBackend } | { kind: 'unavailable'; reason: string };

export function createSayBackend(settings: { voices: Record<Lang, string>; rate: number; platform: NodeJS.Platform }): SayBackendResult {
  const { platform } = settings;
  const command = SAY_COMMANDS[platform];
  if (!command) return { kind: 'unavailable', reason: `say does not support platform ${platform}` };

  const voices: Partial<Record<Lang, string | null>> = {};
  for (const [lang, configured] of Object.entries(settings.voices) as [Lang, string][]) {
    const voice = sayVoiceFor(platform, configured);
    if (voice.kind === 'invalid') return { kind: 'unavailable', reason: voice.reason };
    voices[lang] = voice.kind === 'named' ? voice.name : null;
  }

  let sayJs: SayJsModule;
  try {
    // Loaded here, not at the top: requiring say.js builds a singleton for process.platform and throws on others.
    sayJs = require('say') as SayJsModule;
  } catch (error) {
    return { kind: 'unavailable', reason: `say.js could not be loaded: ${error instanceof Error ? error.message : String(error)}` };
  }
  // festival's speed changes aplay's sample rate, which changes the pitch too: leave it at normal.
  const speed = platform === 'linux' ? null : settings.rate / NORMAL_WORDS_PER_MINUTE;
  const engine = new sayJs.Say(platform);

  return {
    kind: 'ready',
    backend: {
      engine: 'say',
      // say.js has no volume; the style's rate is used where the speed is (not festival).
      speak: (text, lang, signal, style) =>
        speakOnce(engine, command, platform === 'darwin' ? notOptionLike(text) : text, voices[lang] ?? null, speed === null || !style ? speed : style.rate / NORMAL_WORDS_PER_MINUTE, signal),
    },
  };
}

/** macOS `say` gets the text as an argument; a leading "-" ("-5 grader") would be parsed as an option. */
function notOptionLike(text: string): string {
  return text.startsWith('-') ? ` ${text}` : text;
}

function speakOnce(
  engine: SayJsPlatform,
  command: string,
  text: string,
  voice: string | null,
  speed: number | null,
  signal: AbortSignal,
): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve, reject) => {
    // say.js reports its first stderr chunk as the error and then ignores the exit; we wait for the exit
    // anyway, so the next utterance cannot start while this one is still playing, and keep all of stderr.
    let reported: Error | null = null;
    let startError: NodeJS.ErrnoException | null = null;
    try {
      engine.speak(text, voice, speed, (error) => {
        reported ??= error;
      });
    } catch (error) {
      reject(new Error(`say (${command}) did not start: ${error instanceof Error ? error.message : String(error)}`));
      return;
    }
    const child = engine.child;
    if (!child) {
      reject(new Error(`say (${command}) did not start`));
      return;
    }
    let stderr = '';
    child.stderr?.on('data', (chunk: string) => {
      if (stderr.length < 8000) stderr += chunk;
    });
    const stop = (): void => {
      child.kill('SIGTERM');
    };
    signal.addEventListener('abort', stop, { once: true });
    child.stdin?.on('error', () => undefined); // EPIPE when the engine exits early; the exit tells why
    child.once('error', (error: NodeJS.ErrnoException) => {
      startError = error;
    });
    child.once('close', (code, exitSignal) => {
      signal.removeEventListener('abort', stop);
      if (signal.aborted) resolve();
      else if (startError?.code === 'ENOENT') reject(new Error(`say could not run ${command}: it is not installed`));
      else if (startError) reject(new Error(`say could not run ${command}: ${startError.message}`));
      else if (code !== 0) {
        const how = code === null ? `was killed by ${exitSignal ?? 'a signal'}` : `exited with code ${code}`;
        reject(new Error(`say (${command}) ${how}: ${summarizeStderr(stderr)}`));
      } else if (reported) reject(new Error(`say (${command}) reported an error: ${summarizeStderr(stderr || reported.message)}`));
      else resolve();
    });
  });
}
