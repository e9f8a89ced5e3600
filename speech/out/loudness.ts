/**
 * How loud speech is, moment by moment, for the body's mouth: a RIFF/WAVE file (16-bit PCM, as espeak-ng
 * writes it) as one 0–100 value per frame. -50 dBFS and quieter is a closed mouth, -10 dBFS wide open.
 */
export const MOUTH_FRAME_MS = 40;

export interface Envelope {
  frameMs: number;
  values: number[];
}

export function wavLoudness(wav: Buffer, frameMs = MOUTH_FRAME_MS): Envelope {
  if (wav.length < 12 || wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') throw new Error('not a RIFF/WAVE file');
  let offset = 12;
  let channels = 1;
  let sampleRate = 22050;
  let bits = 16;
  let data: Buffer | undefined;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4);
    // espeak-ng writing to a pipe leaves the sizes at 0x7fffffff: the data then runs to the end.
    const size = Math.min(wav.readUInt32LE(offset + 4), wav.length - offset - 8);
    const body = offset + 8;
    if (id === 'fmt ') {
      channels = wav.readUInt16LE(body + 2);
      sampleRate = wav.readUInt32LE(body + 4);
      bits = wav.readUInt16LE(body + 14);
    } else if (id === 'data') {
      data = wav.subarray(body, body + size);
      break;
    }
    offset = body + size + (size % 2);
  }
  if (!data) throw new Error('the WAVE file has no data chunk');
  if (bits !== 16) throw new Error(`${bits}-bit audio: only 16-bit PCM is read`);
  const frameSamples = Math.max(1, Math.round((sampleRate * frameMs) / 1000)) * channels;
  const samples = Math.floor(data.length / 2);
  const values: number[] = [];
  for (let start = 0; start < samples; start += frameSamples) {
    const end = Math.min(samples, start + frameSamples);
    let sum = 0;
    for (let i = start; i < end; i++) {
      const s = data.readInt16LE(i * 2) / 32768;
      sum += s * s;
    }
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
