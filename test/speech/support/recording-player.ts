/** The loudspeaker at the edge of the machine: takes the streamed audio and notes when the first byte came. */
import { performance } from 'node:perf_hooks';
import type { Player, PlayerStream } from '../../../speech/out/player';

export interface Recording {
  rate: number;
  bytes: Buffer[];
  openedAt: number;
  firstByteAt?: number;
  aborted: boolean;
  ended: boolean;
}

/** `holdUntilAborted`: playing never finishes by itself (a long answer being spoken). */
export function recordingPlayer(options: { holdUntilAborted?: boolean } = {}): { player: Player; recordings: Recording[] } {
  const recordings: Recording[] = [];
  const player: Player = ({ rate }): PlayerStream => {
    const rec: Recording = { rate, bytes: [], openedAt: performance.now(), aborted: false, ended: false };
    recordings.push(rec);
    let release: () => void = () => undefined;
    const released = new Promise<void>((r) => (release = r));
    return {
      write(pcm) {
        rec.firstByteAt ??= performance.now();
        rec.bytes.push(pcm);
      },
      end() {
        rec.ended = true;
        return options.holdUntilAborted ? released : Promise.resolve();
      },
      abort() {
        rec.aborted = true;
        release();
      },
    };
  };
  return { player, recordings };
}
