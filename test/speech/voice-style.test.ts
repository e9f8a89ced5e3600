import fs from 'node:fs';
import path from 'node:path';
import { readWav } from '../../speech/in/pcm';
import { createSpeechOut } from '../../speech/out/create';
import { styleAt } from '../../speech/out/voice-style';
import { tempDir } from '../support/robot-harness';

const settings = { volume: 100, rate: 150, quietTimes: [{ from: '12:00', to: '14:00', volume: 60, rate: 135 }, { from: '21:00', to: '06:30', volume: 30, rate: 120 }] };

describe('volume and rate by the time of day', () => {
  it('is quieter and slower at rest time, normal otherwise; a span may run past midnight', () => {
    expect(styleAt('09:40', settings)).toEqual({ volume: 100, rate: 150 });
    expect(styleAt('12:00', settings)).toEqual({ volume: 60, rate: 135 });
    expect(styleAt('13:59', settings)).toEqual({ volume: 60, rate: 135 });
    expect(styleAt('14:00', settings)).toEqual({ volume: 100, rate: 150 });
    expect(styleAt('23:15', settings)).toEqual({ volume: 30, rate: 120 });
    expect(styleAt('05:00', settings)).toEqual({ volume: 30, rate: 120 });
    expect(() => styleAt('9:40', settings)).toThrow('"9:40" is not a clock time HH:MM');
  });

  it('reaches espeak-ng: the same sentence at rest time is quieter and longer (real audio)', async () => {
    const dir = tempDir('laiban-style-');
    const choice = await createSpeechOut({ engine: 'wav', voices: { sv: 'sv', en: 'en' }, rate: 150, maxChars: 400, wavDir: dir });
    if (choice.kind !== 'on') throw new Error(choice.reason);
    await choice.out.speak('Nu är det vila. Klockan är halv ett.', 'sv', styleAt('09:00', settings));
    await choice.out.speak('Nu är det vila. Klockan är halv ett.', 'sv', styleAt('12:30', settings));
    await choice.out.close?.();
    const [normal, quiet] = fs.readdirSync(dir).sort().map((f) => readWav(fs.readFileSync(path.join(dir, f))));
    const peak = (s: Float32Array) => s.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
    expect(peak(quiet!.samples)).toBeLessThan(peak(normal!.samples) * 0.75);
    expect(quiet!.samples.length).toBeGreaterThan(normal!.samples.length * 1.05);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 30_000);
});
