/**
 * The alert chime: a short, calm two-note chime when a child needs a grown-up, and a brighter three-times
 * rising one for an emergency, so staff across the room can tell them apart. Synthesised here (sine tones
 * with soft edges) as 16-bit mono WAV; played with aplay (afplay on macOS), or written next to the spoken
 * WAVs with the wav engine.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { wavFile } from '../in/pcm';
import { runProcess } from './run-process';

export type ChimeKind = 'alert' | 'emergency';

const RATE = 22_050;

interface Note {
  hz: number;
  seconds: number;
  gain: number;
}

const PAUSE = (seconds: number): Note => ({ hz: 0, seconds, gain: 0 });

/** E5 then C5, soft. */
const ALERT_NOTES: readonly Note[] = [{ hz: 659.25, seconds: 0.28, gain: 0.35 }, PAUSE(0.04), { hz: 523.25, seconds: 0.45, gain: 0.35 }];
/** A5 rising to C#6, three times, louder and shorter. */
const EMERGENCY_NOTES: readonly Note[] = [0, 1, 2].flatMap(() => [
  { hz: 880, seconds: 0.14, gain: 0.6 },
  { hz: 1108.73, seconds: 0.2, gain: 0.6 },
  PAUSE(0.1),
]);

export const CHIME_NOTES: Readonly<Record<ChimeKind, readonly Note[]>> = { alert: ALERT_NOTES, emergency: EMERGENCY_NOTES };

/** A complete WAV file (RIFF, PCM 16-bit, mono, 22.05 kHz). */
export function chimeWav(kind: ChimeKind): Buffer {
  const notes = CHIME_NOTES[kind];
  const total = notes.reduce((n, note) => n + Math.round(note.seconds * RATE), 0);
  const data = Buffer.alloc(total * 2);
  let offset = 0;
  for (const note of notes) {
    const samples = Math.round(note.seconds * RATE);
    const edge = Math.min(samples / 2, RATE * 0.02);
    for (let i = 0; i < samples; i++) {
      const envelope = Math.min(1, i / edge, (samples - i) / edge) * Math.exp((-1.5 * i) / samples);
      const value = note.hz === 0 ? 0 : Math.sin((2 * Math.PI * note.hz * i) / RATE) * note.gain * envelope;
      data.writeInt16LE(Math.round(value * 32767), offset);
      offset += 2;
    }
  }
  return wavFile(data, RATE);
}

export interface ChimePlayer {
  play(kind: ChimeKind): Promise<void>;
}

export interface ChimeSettings {
  /** wav: written as `NNNN-chime-<kind>.wav` beside the spoken files; device: played now. */
  output: { kind: 'wav'; dir: string } | { kind: 'device'; platform?: NodeJS.Platform; player?: string };
}

/** Plays chimes; a failure is reported to the caller, never thrown past play(). */
export function createChimePlayer(settings: ChimeSettings): ChimePlayer {
  const { output } = settings;
  if (output.kind === 'wav') {
    // One at a time, numbered after the files already there: two alerts at once never write the same name.
    let queue: Promise<unknown> = Promise.resolve();
    const write = async (kind: ChimeKind): Promise<void> => {
      await mkdir(output.dir, { recursive: true });
      const highest = (await readdir(output.dir)).reduce((n, name) => Math.max(n, Number(/^(\d{4,})-/.exec(name)?.[1] ?? 0)), 0);
      await writeFile(path.join(output.dir, `${String(highest + 1).padStart(4, '0')}-chime-${kind}.wav`), chimeWav(kind));
    };
    return {
      play(kind) {
        const done = queue.then(() => write(kind));
        queue = done.catch(() => undefined);
        return done;
      },
    };
  }
  const platform = output.platform ?? process.platform;
  const player = output.player ?? (platform === 'darwin' ? 'afplay' : 'aplay');
  const files = new Map<ChimeKind, string>();
  return {
    async play(kind) {
      let file = files.get(kind);
      if (file === undefined) {
        file = path.join(os.tmpdir(), `laiban-chime-${process.pid}-${kind}.wav`);
        await writeFile(file, chimeWav(kind), { mode: 0o600 });
        files.set(kind, file);
      }
      const outcome = await runProcess(player, player === 'aplay' ? ['-q', file] : [file], { signal: AbortSignal.timeout(10_000) });
      if (outcome.kind !== 'exited' || outcome.code !== 0) throw new Error(`${player} could not play the chime (${outcome.kind})`);
    },
  };
}
