import { readFile } from 'node:fs/promises';
import { runProcess } from './run-process';

/** Where to look for a sound card; tests point these at their own files and programs. */
export interface AudioOutputProbe {
  platform: NodeJS.Platform;
  /** ALSA's list of cards; missing or "--- no soundcards ---" when there is none. */
  cardsFile: string;
  /** Program whose `-l` lists playback devices; when it is not installed the cards file decides. */
  aplayBinary: string;
}

export const DEFAULT_AUDIO_OUTPUT_PROBE: Readonly<AudioOutputProbe> = {
  platform: process.platform,
  cardsFile: '/proc/asound/cards',
  aplayBinary: 'aplay',
};

/**
 * Whether the machine can play sound. macOS and Windows always have an output device; elsewhere we ask
 * ALSA, because a headless box or CI runner without a card would otherwise fail on every utterance.
 */
export async function hasAudioOutput(probe: Partial<AudioOutputProbe> = {}): Promise<boolean> {
  const { platform, cardsFile, aplayBinary } = { ...DEFAULT_AUDIO_OUTPUT_PROBE, ...probe };
  if (platform === 'darwin' || platform === 'win32') return true;

  const cards = await readFile(cardsFile, 'utf8').catch(() => null);
  if (cards === null || cards.trim() === '' || /no soundcards/i.test(cards)) return false;

  // A card can be capture-only (a USB microphone); `aplay -l` lists only cards that can play.
  const listing = await runProcess(aplayBinary, ['-l'], { signal: AbortSignal.timeout(5000) });
  if (listing.kind === 'not-found') return true;
  if (listing.kind !== 'exited') return false;
  return /^card \d+:/m.test(listing.stdout);
}
