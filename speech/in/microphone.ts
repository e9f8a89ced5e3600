/**
 * The microphone: `arecord` streaming raw signed 16-bit little-endian PCM, 16 kHz mono, from an ALSA
 * device. Spawned directly (never a shell); the device name comes from the config and is checked first.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export const DEFAULT_ARECORD = 'arecord';

/** ALSA device names: "default", "plughw:1,0", "hw:CARD=Mic,DEV=0", "dsnoop:…". */
const DEVICE_NAME = /^[A-Za-z0-9_:,=.\-]{1,80}$/;

export function isAlsaDeviceName(name: string): boolean {
  return DEVICE_NAME.test(name) && !name.startsWith('-');
}

export interface MicrophoneOptions {
  device: string;
  /** The arecord program; a path only in tests (a fake microphone) and odd installs. */
  arecord?: string;
  onSamples(samples: Int16Array): void;
  /** The recording ended on its own: the device went away, or arecord failed (the message says why). */
  onEnd(why: string | undefined): void;
}

export interface Microphone {
  stop(): void;
}

export function arecordArgs(device: string): string[] {
  return ['-q', '-D', device, '-t', 'raw', '-f', 'S16_LE', '-r', '16000', '-c', '1'];
}

export function openMicrophone(options: MicrophoneOptions): Microphone {
  if (!isAlsaDeviceName(options.device)) throw new Error(`microphone device "${options.device}" is not an ALSA device name (e.g. "default" or "plughw:1,0")`);
  const program = options.arecord ?? DEFAULT_ARECORD;
  let stopped = false;
  let stderr = '';
  let odd: Buffer | undefined; // a sample split across two chunks
  const child: ChildProcess = spawn(program, arecordArgs(options.device), { shell: false, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk: Buffer) => {
    const bytes = odd ? Buffer.concat([odd, chunk]) : chunk;
    const whole = bytes.length - (bytes.length % 2);
    odd = whole < bytes.length ? Buffer.from(bytes.subarray(whole)) : undefined;
    if (whole === 0) return;
    const samples = new Int16Array(whole / 2);
    for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(i * 2);
    options.onSamples(samples);
  });
  child.stderr!.setEncoding('utf8').on('data', (text: string) => {
    if (stderr.length < 2000) stderr += text;
  });
  let ended = false;
  const end = (why: string | undefined) => {
    if (ended) return;
    ended = true;
    options.onEnd(stopped ? undefined : why);
  };
  child.on('error', (err: NodeJS.ErrnoException) =>
    end(err.code === 'ENOENT' ? `${program} is not installed (apt-get install alsa-utils)` : `${program} could not start: ${err.message}`),
  );
  child.on('close', (code, signal) => {
    const said = stderr.trim().split('\n').slice(-2).join(' | ');
    end(code === 0 ? `the microphone ${options.device} stopped${said ? `: ${said}` : ''}` : `${program} -D ${options.device} ${signal ? `was killed by ${signal}` : `exited with code ${code}`}${said ? `: ${said}` : ''}`);
  });
  return {
    stop() {
      stopped = true;
      child.kill('SIGTERM');
    },
  };
}
