/**
 * Where streamed audio goes: `aplay` reading raw 16-bit mono PCM on stdin (the loudspeaker), or, where
 * there is no sound card (tests, the bench), anything else that takes the bytes.
 */
import { spawn } from 'node:child_process';

export interface PlayerStream {
  write(pcm: Buffer): void;
  /** All written; resolves when it has been played. */
  end(): Promise<void>;
  /** Stop now, dropping what is not yet played. */
  abort(): void;
}

export type Player = (format: { rate: number }) => PlayerStream;

export function aplayPlayer(program = 'aplay'): Player {
  return ({ rate }) => {
    const child = spawn(program, ['-q', '-t', 'raw', '-f', 'S16_LE', '-c', '1', '-r', String(rate)], { shell: false, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (t: string) => void (stderr.length < 2000 && (stderr += t)));
    child.stdin!.on('error', () => undefined); // aplay gone (aborted, or failed: the close handler says why)
    const closed = new Promise<void>((resolve, reject) => {
      child.on('error', (err) => reject(new Error(`${program} could not start: ${err.message}`)));
      child.on('close', (code, signal) => (code === 0 || signal === 'SIGTERM' ? resolve() : reject(new Error(`${program} could not play the audio (exit ${code}): ${stderr.trim()}`))));
    });
    return {
      write: (pcm) => void child.stdin!.write(pcm),
      end: () => {
        child.stdin!.end();
        return closed;
      },
      abort: () => void child.kill('SIGTERM'),
    };
  };
}
