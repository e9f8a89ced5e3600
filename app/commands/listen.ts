import fs from 'node:fs';
import { findUtterances } from '../../speech/in/endpointer';
import { readWav, to16k } from '../../speech/in/pcm';
import { SileroVad, WINDOW } from '../../speech/in/silero-vad';

/**
 * `laiban listen --wav FILE`: the ears on a recording. One JSON line per utterance the voice-activity
 * detector finds (start and end in ms, and whether it was cut at the maximum length). Recognition needs
 * a Vosk model, which this robot does not have yet; the line says so instead of guessing words.
 */
export async function listenCommand(options: { wav?: string }): Promise<number> {
  if (!options.wav) {
    process.stderr.write('listen: give a recording with --wav FILE (the microphone comes with the speech recogniser)\n');
    return 2;
  }
  let samples: Float32Array;
  try {
    samples = to16k(readWav(fs.readFileSync(options.wav)));
  } catch (err) {
    process.stderr.write(`listen: ${options.wav}: ${(err as Error).message}\n`);
    return 1;
  }
  const vad = await SileroVad.load();
  try {
    for (const u of await findUtterances(samples, vad, WINDOW)) {
      process.stdout.write(`${JSON.stringify({ speechStartMs: Math.round(u.startMs), speechEndMs: Math.round(u.endMs), cut: u.cut, words: null, why: 'no speech recogniser (Vosk) yet' })}\n`);
    }
  } finally {
    await vad.close();
  }
  return 0;
}
