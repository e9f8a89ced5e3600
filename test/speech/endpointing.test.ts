import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Endpointer, findUtterances } from '../../speech/in/endpointer';
import { readWav, to16k } from '../../speech/in/pcm';
import { SileroVad, WINDOW } from '../../speech/in/silero-vad';
import { tempDir } from '../support/robot-harness';
import { makeTinyVoskModel } from '../support/tiny-vosk-model';

const AUDIO = path.resolve(__dirname, '../fixtures/audio');
const MARKS = JSON.parse(fs.readFileSync(path.join(AUDIO, 'marks.json'), 'utf8')) as Record<string, { speechStartMs: number | null; speechEndMs: number | null; durationMs: number }>;
const TOLERANCE_MS = 150;
/**
 * Silero's probability stays high for 100–200 ms after the last loud sound (measured on these clips:
 * +60 to +210 ms), so an end may come that much late; never more than 150 ms early, which would cut a word.
 */
const END_LATE_MS = 250;

const load = (file: string): Float32Array => to16k(readWav(fs.readFileSync(file)));

/** sox's `stat` figures (it prints them on stderr) for a stretch of a clip. */
function rmsOf(file: string, fromMs: number, toMs: number): number {
  const stat = spawnSync('sox', [file, '-n', 'trim', String(fromMs / 1000), String((toMs - fromMs) / 1000), 'stat'], { encoding: 'utf8' }).stderr;
  return Number(/RMS\s+amplitude:\s+([\d.]+)/.exec(stat)![1]);
}

describe('hearing where speech starts and ends (Silero VAD v5 on onnxruntime-node)', () => {
  let vad: SileroVad;
  const dir = tempDir('laiban-endpoints-');
  beforeAll(async () => {
    vad = await SileroVad.load();
  });
  afterAll(async () => {
    await vad.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(Object.keys(MARKS))('finds one utterance in %s: the start within 150 ms of the mark, the end at most 150 ms early or 250 ms late', async (clip) => {
    const mark = MARKS[clip]!;
    const found = await findUtterances(load(path.join(AUDIO, clip)), vad, WINDOW);
    expect(found).toHaveLength(1);
    const [u] = found;
    const start = mark.speechStartMs === null ? 'no mark' : u!.startMs - mark.speechStartMs;
    const end = mark.speechEndMs === null ? 'no mark' : u!.endMs - mark.speechEndMs;
    expect({ clip, startOk: start === 'no mark' || Math.abs(start) <= TOLERANCE_MS, endOk: end === 'no mark' || (end >= -TOLERANCE_MS && end <= END_LATE_MS) }).toEqual({
      clip,
      startOk: true,
      endOk: true,
    });
  });

  const withStart = Object.keys(MARKS).filter((c) => MARKS[c]!.speechStartMs !== null);
  it.each(withStart.slice(0, 4))('still finds %s with noise mixed in at 10 dB SNR, starting within 300 ms', async (clip) => {
    const mark = MARKS[clip]! as { speechStartMs: number; speechEndMs: number | null; durationMs: number };
    const speechEnd = mark.speechEndMs ?? mark.durationMs;
    const noisy = path.join(dir, `noisy-${clip}`);
    // Pink noise whose RMS is 10 dB below the speech's: measured, then scaled to it.
    const speechRms = rmsOf(path.join(AUDIO, clip), mark.speechStartMs, speechEnd);
    const raw = path.join(dir, `raw-noise-${clip}`);
    execFileSync('sox', ['-n', '-r', '16000', '-c', '1', '-b', '16', raw, 'synth', String(mark.durationMs / 1000), 'pinknoise', 'vol', '0.5']);
    const noiseFile = path.join(dir, `noise-${clip}`);
    execFileSync('sox', [raw, noiseFile, 'vol', String(speechRms / Math.sqrt(10) / rmsOf(raw, 0, mark.durationMs))]);
    execFileSync('sox', ['-m', path.join(AUDIO, clip), noiseFile, noisy]);
    const found = await findUtterances(load(noisy), vad, WINDOW);
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(Math.abs(found[0]!.startMs - mark.speechStartMs)).toBeLessThanOrEqual(TOLERANCE_MS * 2);
  });

  it('hears nothing in silence or in noise alone', async () => {
    const silence = new Float32Array(16000 * 3);
    expect(await findUtterances(silence, vad, WINDOW)).toEqual([]);
    const noise = path.join(dir, 'noise.wav');
    execFileSync('sox', ['-n', '-r', '16000', '-c', '1', '-b', '16', noise, 'synth', '3', 'pinknoise', 'vol', '0.05']);
    expect(await findUtterances(load(noise), vad, WINDOW)).toEqual([]);
  });

  it('reads any WAV: 48 kHz stereo float becomes 16 kHz mono', () => {
    const wav = path.join(dir, 'stereo.wav');
    execFileSync('sox', ['-n', '-r', '48000', '-c', '2', '-e', 'floating-point', '-b', '32', wav, 'synth', '0.5', 'sine', '440']);
    const pcm = readWav(fs.readFileSync(wav));
    expect(pcm.sampleRate).toBe(48000);
    const samples = to16k(pcm);
    expect(Math.abs(samples.length - 8000)).toBeLessThanOrEqual(1);
    expect(Math.max(...samples)).toBeGreaterThan(0.5);
    expect(() => readWav(Buffer.from('RIFF....WAVEjunk'))).toThrow('no fmt or data chunk');
  });
});

describe('the endpointer', () => {
  const run = (probabilities: number[], settings = {}) => {
    const e = new Endpointer(32, settings);
    const events = probabilities.map((p, i) => e.push(p, i * 32)).filter((x) => x !== undefined);
    const last = e.flush();
    return last ? [...events, last] : events;
  };

  it('starts after 0.3 s of speech, from the first speech window, and ends after the silence', () => {
    const events = run([0, 0, ...Array(20).fill(0.9), ...Array(30).fill(0.1)]);
    expect(events).toEqual([
      { kind: 'start', atMs: 64 },
      { kind: 'end', startMs: 64, endMs: 704, cut: false },
    ]);
  });

  it('does not start on a short blip, keeps a child pausing mid-sentence, and cuts at the maximum', () => {
    expect(run([0.9, 0.9, 0.9, 0, 0, 0])).toEqual([]);
    const pause = run([...Array(15).fill(0.9), ...Array(15).fill(0.1), ...Array(15).fill(0.9), ...Array(30).fill(0)]);
    expect(pause.filter((e) => e.kind === 'end')).toHaveLength(1); // 0.48 s pause < 0.8 s
    const long = run(Array(600).fill(0.9), { maxMs: 5000 });
    expect(long.find((e) => e.kind === 'end')).toMatchObject({ cut: true });
  });
});

describe('laiban listen --wav', () => {
  it('prints one JSON line per utterance, and says recognition is not there yet', () => {
    const laiban = path.resolve(__dirname, '../../bin/laiban.js');
    const env = { ...process.env };
    delete env.LAIBAN_VOSK_MODEL;
    const out = execFileSync(process.execPath, [laiban, 'listen', '--wav', path.join(AUDIO, 'wn-hur_mycket_ar_klockan.wav')], { encoding: 'utf8', env });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ cut: false, words: null, why: expect.stringContaining('LAIBAN_VOSK_MODEL') });
    expect(lines[0]!.speechStartMs as number).toBeLessThan(300);
    // With a model (the tiny one made here), the words the recogniser heard, with confidences.
    const model = makeTinyVoskModel(path.join(tempDir('laiban-listen-'), 'tiny'));
    const heard = execFileSync(process.execPath, [laiban, 'listen', '--wav', path.join(AUDIO, 'wn-hur_mycket_ar_klockan.wav')], {
      encoding: 'utf8',
      env: { ...env, LAIBAN_VOSK_MODEL: model },
    });
    expect(JSON.parse(heard.trim())).toMatchObject({ text: 'ja', words: [{ word: 'ja', conf: expect.any(Number) }], confidence: expect.any(Number), unknownShare: 0 });
    const bad = spawnSync(process.execPath, [laiban, 'listen', '--wav', path.join(AUDIO, 'marks.json')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('not a RIFF/WAVE file');
  }, 30_000);
});
