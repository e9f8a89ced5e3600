import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { styled, synthesizeWavWithEspeak, type EspeakSettings } from './espeak';
import { followEnvelope, wavLoudness } from './loudness';
import type { SpeechBackend } from './types';

export interface WavSinkSettings extends EspeakSettings {
  dir: string;
  /** A mouth to move: each file's loudness is sent in real time, as if it were playing. */
  onMouth?: (open: number) => void;
}

const WAV_FILE_NAME = /^(\d{4,})-[a-z]+\.wav$/;

/** `0001-sv.wav`, `0002-en.wav`, …: sorting the names sorts the utterances. */
export function wavFileName(number: number, lang: string): string {
  return `${String(number).padStart(4, '0')}-${lang}.wav`;
}

/**
 * Speaks into files instead of a loudspeaker: for tests, headless robots and listening afterwards to
 * what the robot said. Numbering continues after the files already in `dir`, so a restart never
 * overwrites earlier utterances. Each file appears complete (written under a temporary name, then renamed).
 */
export async function createWavSinkBackend(settings: WavSinkSettings): Promise<SpeechBackend> {
  await mkdir(settings.dir, { recursive: true });
  let lastNumber = highestNumberIn(await readdir(settings.dir));

  return {
    engine: 'wav',
    async speak(text, lang, signal, style) {
      const number = lastNumber + 1;
      const finalPath = path.join(settings.dir, wavFileName(number, lang));
      const partialPath = `${finalPath}.partial`;
      try {
        await synthesizeWavWithEspeak(styled(settings, style), text, lang, partialPath, signal);
      } catch (error) {
        await rm(partialPath, { force: true });
        throw error;
      }
      if (signal.aborted) {
        await rm(partialPath, { force: true });
        return;
      }
      await rename(partialPath, finalPath);
      lastNumber = number;
      if (settings.onMouth) await followEnvelope(wavLoudness(await readFile(finalPath)), settings.onMouth, signal);
    },
  };
}

function highestNumberIn(fileNames: readonly string[]): number {
  let highest = 0;
  for (const name of fileNames) {
    const match = WAV_FILE_NAME.exec(name);
    if (match?.[1]) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}
