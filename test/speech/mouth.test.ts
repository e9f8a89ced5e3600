import fs from 'node:fs';
import path from 'node:path';
import { createSpeechOut } from '../../speech/out/create';
import { wavFile } from '../../speech/in/pcm';
import { wavLoudness } from '../../speech/out/loudness';
import { tempDir } from '../support/robot-harness';

/** A 16-bit mono RIFF/WAVE: `ms` of silence, then of a sine at `amplitude`, then silence again. */
function burst(ms: number, amplitude: number, rate = 16000): Buffer {
  const n = Math.round((rate * ms) / 1000);
  const samples = Buffer.alloc(n * 3 * 2);
  for (let i = 0; i < n; i++) samples.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * amplitude * 32767), (n + i) * 2);
  return wavFile(samples, rate);
}

describe("the mouth follows the speech's loudness", () => {
  it('is closed in silence and open in sound, one value per 40 ms', () => {
    const envelope = wavLoudness(burst(400, 0.5));
    expect(envelope.values).toHaveLength(30);
    expect(envelope.values.slice(0, 9).every((v) => v === 0)).toBe(true);
    expect(Math.min(...envelope.values.slice(11, 19))).toBeGreaterThan(70);
    expect(envelope.values.slice(21).every((v) => v === 0)).toBe(true);
    expect(() => wavLoudness(Buffer.from('not audio at all'))).toThrow('RIFF');
  });

  it('moves while real espeak-ng speech plays (the WAV sink plays it in real time), then closes', async () => {
    const dir = tempDir('laiban-mouth-');
    const values: number[] = [];
    const chosen = await createSpeechOut(
      { engine: 'wav', voices: { sv: 'sv', en: 'en' }, rate: 175, maxChars: 300, wavDir: dir },
      { onMouth: (open) => values.push(open) },
    );
    expect(chosen.kind).toBe('on');
    if (chosen.kind !== 'on') return;
    const started = Date.now();
    await chosen.out.speak('Hej! Idag blir det fiskpinnar och potatis.', 'sv');
    const took = Date.now() - started;
    await chosen.out.close?.();
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.wav'))!;
    const frames = wavLoudness(fs.readFileSync(path.join(dir, file))).values.length;
    expect(values).toHaveLength(frames + 1);
    expect(values.at(-1)).toBe(0);
    expect(Math.max(...values)).toBeGreaterThan(50);
    expect(took).toBeGreaterThanOrEqual(frames * 40 * 0.9); // in real time, as the audio would play
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
