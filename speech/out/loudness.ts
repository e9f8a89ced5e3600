/**
 * How loud speech is, moment by moment, for the body's mouth: a RIFF/WAVE file (as espeak-ng writes it,
 * read by speech/in/pcm.ts) as one 0–100 value per frame. -50 dBFS and quieter is a closed mouth, -10 dBFS wide open.
 */
import { readWav } from '../in/pcm';

export const MOUTH_FRAME_MS = 40;

export interface Envelope {
  frameMs: number;
  values: number[];
}

export function wavLoudness(wav: Buffer, frameMs = MOUTH_FRAME_MS): Envelope {
  const { sampleRate, samples } = readWav(wav);
  const frame = Math.max(1, Math.round((sampleRate * frameMs) / 1000));
  const values: number[] = [];
  for (let start = 0; start < samples.length; start += frame) {
    const end = Math.min(samples.length, start + frame);
    let sum = 0;
    for (let i = start; i < end; i++) sum += samples[i]! * samples[i]!;
    const rms = Math.sqrt(sum / (end - start));
    const db = rms > 0 ? 20 * Math.log10(rms) : -120;
    values.push(Math.round(Math.max(0, Math.min(100, ((db + 50) / 40) * 100))));
  }
  return { frameMs, values };
}

/**
 * Sends an envelope's values in real time, from now: the mouth follows the audio that starts playing
 * at the same moment. Ends closed. Stops early when `signal` aborts.
 */
export async function followEnvelope(envelope: Envelope, onMouth: (open: number) => void, signal?: AbortSignal): Promise<void> {
  const started = performance.now();
  for (let i = 0; i < envelope.values.length; i++) {
    if (signal?.aborted) break;
    const due = started + i * envelope.frameMs - performance.now();
    if (due > 0) await new Promise((r) => setTimeout(r, due));
    onMouth(envelope.values[i]!);
  }
  onMouth(0);
}
