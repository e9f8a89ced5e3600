/**
 * Audio as the ears want it: 16 kHz mono samples in -1…1. Reads RIFF/WAVE (PCM 8/16/24/32-bit or 32-bit
 * float, any rate, any channel count: channels are averaged, the rate is converted linearly) and raw
 * 16-bit little-endian PCM as `arecord -f S16_LE -r 16000 -c 1` gives it.
 */
export const SAMPLE_RATE = 16000;

export interface Pcm {
  sampleRate: number;
  samples: Float32Array;
}

/** A RIFF/WAVE file around 16-bit little-endian mono PCM: the one format the robot writes (chimes, test audio). */
export function wavFile(pcm16: Buffer, sampleRate: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + pcm16.length, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(pcm16.length, 40);
  return Buffer.concat([header, pcm16]);
}

export function readWav(wav: Buffer): Pcm {
  if (wav.length < 12 || wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') throw new Error('not a RIFF/WAVE file');
  let offset = 12;
  let format = 1;
  let channels = 1;
  let sampleRate = 0;
  let bits = 16;
  let data: Buffer | undefined;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4);
    const size = Math.min(wav.readUInt32LE(offset + 4), wav.length - offset - 8);
    const body = offset + 8;
    if (id === 'fmt ') {
      format = wav.readUInt16LE(body);
      channels = wav.readUInt16LE(body + 2);
      sampleRate = wav.readUInt32LE(body + 4);
      bits = wav.readUInt16LE(body + 14);
      if (format === 0xfffe && size >= 26) format = wav.readUInt16LE(body + 24); // WAVE_FORMAT_EXTENSIBLE: the sub-format
    } else if (id === 'data') {
      data = wav.subarray(body, body + size);
      break;
    }
    offset = body + size + (size % 2);
  }
  if (!data || sampleRate === 0) throw new Error('the WAVE file has no fmt or data chunk');
  const bytes = bits / 8;
  const frames = Math.floor(data.length / (bytes * channels));
  const read = sampleReader(format, bits);
  const mono = new Float32Array(frames);
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += read(data, (f * channels + c) * bytes);
    mono[f] = sum / channels;
  }
  return { sampleRate, samples: mono };
}

function sampleReader(format: number, bits: number): (b: Buffer, at: number) => number {
  if (format === 3 && bits === 32) return (b, at) => b.readFloatLE(at);
  if (format !== 1) throw new Error(`WAVE format ${format}: only PCM and 32-bit float are read`);
  switch (bits) {
    case 8:
      return (b, at) => (b.readUInt8(at) - 128) / 128;
    case 16:
      return (b, at) => b.readInt16LE(at) / 32768;
    case 24:
      return (b, at) => b.readIntLE(at, 3) / 8388608;
    case 32:
      return (b, at) => b.readInt32LE(at) / 2147483648;
    default:
      throw new Error(`${bits}-bit PCM is not read`);
  }
}

/** Raw 16-bit little-endian mono PCM at 16 kHz (what arecord delivers). */
export function fromS16le(chunk: Buffer): Float32Array {
  const out = new Float32Array(Math.floor(chunk.length / 2));
  for (let i = 0; i < out.length; i++) out[i] = chunk.readInt16LE(i * 2) / 32768;
  return out;
}

/** To 16 kHz, linearly (averaging over the step when going down, so high tones do not fold back much). */
export function to16k(pcm: Pcm): Float32Array {
  if (pcm.sampleRate === SAMPLE_RATE) return pcm.samples;
  const ratio = pcm.sampleRate / SAMPLE_RATE;
  const n = Math.floor(pcm.samples.length / ratio);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const from = i * ratio;
    if (ratio > 1) {
      const start = Math.floor(from);
      const end = Math.min(pcm.samples.length, Math.floor(from + ratio));
      let sum = 0;
      for (let j = start; j < end; j++) sum += pcm.samples[j]!;
      out[i] = sum / Math.max(1, end - start);
    } else {
      const j = Math.floor(from);
      const t = from - j;
      out[i] = pcm.samples[j]! * (1 - t) + (pcm.samples[j + 1] ?? pcm.samples[j]!) * t;
    }
  }
  return out;
}
