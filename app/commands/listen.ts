import fs from 'node:fs';
import { findUtterances } from '../../speech/in/endpointer';
import { hearingOf } from '../../speech/in/hearing';
import { readWav, to16k } from '../../speech/in/pcm';
import { SileroVad, WINDOW } from '../../speech/in/silero-vad';
import { findLibvosk } from '../../speech/in/find-libvosk';
import { Libvosk, type VoskModel } from '../../speech/in/vosk';

/** Audio kept before and after what the VAD marked, so a soft first or last sound is not clipped. */
const PAD_MS = 200;

/** The recogniser, when a model is named and libvosk is there; otherwise why not. */
function openRecogniser(): { model: VoskModel } | { why: string } {
  const dir = process.env.LAIBAN_VOSK_MODEL;
  if (!dir) return { why: 'no speech model (set LAIBAN_VOSK_MODEL to a Vosk model folder)' };
  const lib = findLibvosk();
  if (lib.kind === 'none') return { why: lib.why };
  try {
    return { model: Libvosk.load(lib.path).openModel(dir) };
  } catch (err) {
    return { why: (err as Error).message };
  }
}

/**
 * `laiban listen --wav FILE`: the ears on a recording. One JSON line per utterance the voice-activity
 * detector finds (start and end in ms, whether it was cut at the maximum length) and, with a Vosk model
 * in LAIBAN_VOSK_MODEL, the words it heard with their confidences, their average and the share of "[unk]";
 * without one the line says why.
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
  const recogniser = openRecogniser();
  try {
    for (const u of await findUtterances(samples, vad, WINDOW)) {
      const line: Record<string, unknown> = { speechStartMs: Math.round(u.startMs), speechEndMs: Math.round(u.endMs), cut: u.cut };
      if ('model' in recogniser) {
        const from = Math.max(0, Math.round(((u.startMs - PAD_MS) / 1000) * 16000));
        const to = Math.min(samples.length, Math.round(((u.endMs + PAD_MS) / 1000) * 16000));
        const rec = recogniser.model.recognizer();
        rec.accept(Int16Array.from(samples.subarray(from, to), (x) => Math.max(-32768, Math.min(32767, Math.round(x * 32767)))));
        const heard = rec.final();
        rec.free();
        line.text = heard.text;
        line.words = (heard.result ?? []).map((w) => ({ word: w.word, conf: Math.round(w.conf * 1000) / 1000 }));
        const { confidence, unknownShare } = hearingOf({ text: heard.text, words: heard.result ?? [] });
        Object.assign(line, { confidence, unknownShare });
      } else {
        line.words = null;
        line.why = recogniser.why;
      }
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  } finally {
    await vad.close();
    if ('model' in recogniser) recogniser.model.free();
  }
  return 0;
}
