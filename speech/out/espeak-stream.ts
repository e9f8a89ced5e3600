/**
 * Fast speech: each sentence is synthesised by its own espeak-ng writing a WAV to stdout, and its samples
 * go to the player as they arrive, while the next sentence is already being synthesised. Sentences
 * heard before come from the audio cache at once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Lang } from '../../core/languages';
import { AudioCache } from './audio-cache';
import { espeakArgs, styled, type EspeakSettings } from './espeak';
import type { Player } from './player';
import type { SpeechText } from './sanitize';
import { splitSentences } from './sentences';
import type { SpeechBackend } from './types';

const WAV_HEADER = 44;

/** One sentence's audio as it is made: chunks of PCM, and the whole when it is done. */
/** espeak-ng ended without an error and without a sound. */
class NoAudioError extends Error {
  override name = 'NoAudioError';
}

interface Synthesis {
  rate: Promise<number>;
  chunks: AsyncIterable<Buffer>;
  kill(): void;
}

function synthesise(settings: EspeakSettings, text: SpeechText, lang: Lang): Synthesis {
  const child: ChildProcess = spawn(settings.binary, ['--stdout', ...espeakArgs(settings, text, lang)], { shell: false, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (t: string) => void (stderr.length < 2000 && (stderr += t)));
  let resolveRate: (rate: number) => void = () => undefined;
  let rejectRate: (err: Error) => void = () => undefined;
  const rate = new Promise<number>((res, rej) => {
    resolveRate = res;
    rejectRate = rej;
  });
  rate.catch(() => undefined);
  const failed = new Promise<Error>((resolve) => {
    child.on('error', (err: NodeJS.ErrnoException) => resolve(new Error(err.code === 'ENOENT' ? 'espeak-ng is not installed (apt-get install espeak-ng)' : `espeak-ng could not start: ${err.message}`)));
    child.on('close', (code, signal) => {
      if (code !== 0 && signal !== 'SIGTERM') resolve(new Error(`espeak-ng exited with ${code ?? signal}: ${stderr.trim() || '(no error output)'}`));
    });
  });
  void failed.then((err) => rejectRate(err));
  // Listened for from the start: a child that has already closed must not leave the reader waiting forever.
  const closed = new Promise<undefined>((r) => child.once('close', () => r(undefined)));
  async function* chunks(): AsyncIterable<Buffer> {
    let header = Buffer.alloc(0);
    for await (const chunk of child.stdout! as AsyncIterable<Buffer>) {
      if (header.length < WAV_HEADER) {
        header = Buffer.concat([header, chunk]);
        if (header.length < WAV_HEADER) continue;
        if (header.toString('latin1', 0, 4) !== 'RIFF' || header.toString('latin1', 36, 40) !== 'data') throw new Error('espeak-ng wrote something that is not a plain WAV');
        resolveRate(header.readUInt32LE(24));
        if (header.length > WAV_HEADER) yield header.subarray(WAV_HEADER);
        continue;
      }
      yield chunk;
    }
    if (header.length < WAV_HEADER) {
      const exited = await Promise.race([failed, closed]);
      throw exited ?? new NoAudioError(`espeak-ng wrote no audio: ${stderr.trim() || '(no error output)'}`);
    }
  }
  return { rate, chunks: chunks(), kill: () => void child.kill('SIGTERM') };
}

export interface StreamingEspeakOptions extends EspeakSettings {
  player: Player;
  cache?: AudioCache;
}

export function createStreamingEspeakBackend(options: StreamingEspeakOptions): SpeechBackend {
  const cache = options.cache ?? new AudioCache();
  const keyOf = (settings: EspeakSettings, sentence: string, lang: Lang) => `${settings.voices[lang]}|${settings.rate ?? ''}|${settings.volume ?? ''}|${sentence}`;
  let knownRate = 22050;

  return {
    engine: 'espeak-ng',
    async speak(text, lang, signal, style) {
      const settings = styled(options, style);
      const sentences = splitSentences(text) as SpeechText[];
      if (sentences.length === 0 || signal.aborted) return;
      const running: Synthesis[] = [];
      const start = (i: number): { cached: Buffer } | { live: Synthesis; parts: Buffer[] } | undefined => {
        if (i >= sentences.length) return undefined;
        const cached = cache.get(keyOf(settings, sentences[i]!, lang));
        if (cached) return { cached };
        const live = synthesise(settings, sentences[i]!, lang);
        running.push(live);
        return { live, parts: [] };
      };
      let player: ReturnType<Player> | undefined;
      const onAbort = () => {
        for (const s of running) s.kill();
        player?.abort();
      };
      signal.addEventListener('abort', onAbort, { once: true });
      try {
        let next = start(0);
        for (let i = 0; i < sentences.length && next && !signal.aborted; i++) {
          const current = next;
          next = start(i + 1); // the next sentence is synthesised while this one plays
          if ('cached' in current) {
            player ??= options.player({ rate: knownRate });
            player.write(current.cached);
            continue;
          }
          const play = async (live: Synthesis) => {
            for await (const pcm of live.chunks) {
              if (signal.aborted) break;
              // The header has been read by now: the rate is known.
              knownRate = await live.rate;
              player ??= options.player({ rate: knownRate });
              player.write(pcm);
              current.parts.push(pcm);
            }
          };
          try {
            await play(current.live);
          } catch (err) {
            // On a busy machine espeak-ng has now and then exited without a sound; one more try before the answer is lost.
            if (signal.aborted || current.parts.length > 0 || !(err instanceof NoAudioError)) throw err;
            const again = synthesise(settings, sentences[i]!, lang);
            running.push(again);
            await play(again);
          }
          if (!signal.aborted) cache.set(keyOf(settings, sentences[i]!, lang), Buffer.concat(current.parts));
        }
        if (!signal.aborted) await player?.end();
      } catch (err) {
        onAbort();
        // Barge-in can kill espeak-ng before it has written its header: that silence is ours, not a failure.
        if (signal.aborted) return;
        throw err;
      } finally {
        signal.removeEventListener('abort', onAbort);
        for (const s of running) s.kill();
      }
    },
  };
}
