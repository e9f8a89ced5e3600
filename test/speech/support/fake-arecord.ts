/**
 * A microphone at the edge of the machine: an executable called like arecord that streams a real
 * recording's raw 16 kHz mono S16_LE PCM (then stays open, as a microphone does). Device "missing"
 * fails as arecord does when there is no capture device.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readWav, to16k } from '../../../speech/in/pcm';

/** Writes the clip, with `silenceMs` of silence after it, as raw PCM; returns the fake arecord's path. */
export function fakeArecord(dir: string, wavFile: string, silenceMs = 1500): string {
  const clip = to16k(readWav(fs.readFileSync(wavFile)));
  const pcm = Buffer.alloc((clip.length + (silenceMs / 1000) * 16000) * 2);
  clip.forEach((s, i) => pcm.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(s * 32767))), i * 2));
  const raw = path.join(dir, 'microphone.raw');
  fs.writeFileSync(raw, pcm);
  const program = path.join(dir, 'arecord');
  fs.writeFileSync(
    program,
    [
      '#!/bin/sh',
      'echo "$@" > "$(dirname "$0")/arecord-args"',
      'case "$*" in *"-D missing"*) echo "arecord: main:831: audio open error: No such file or directory" >&2; exit 1;; esac',
      `cat '${raw}'`,
      'exec sleep 600',
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  return program;
}
