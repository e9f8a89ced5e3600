import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSpeechOut } from '../../speech/out/create';
import { hasAudioOutput } from '../../speech/out/device';
import {
  DEFAULT_ESPEAK_VOICES,
  espeakUnavailableReason,
  speakWithEspeak,
  synthesizeWavWithEspeak,
  type EspeakSettings,
} from '../../speech/out/espeak';
import { sanitizeForSpeech, toSpeechText, type SpeechText } from '../../speech/out/sanitize';
import type { SpeechOptions, SpeechOut } from '../../speech/out/types';
import { readWavInfo } from './support/wav';

const ESPEAK: EspeakSettings = { binary: 'espeak-ng', voices: { ...DEFAULT_ESPEAK_VOICES }, rate: 150 };

let dir: string;
const opened: SpeechOut[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'laiban-speech-'));
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((out) => out.close?.()));
  await rm(dir, { recursive: true, force: true });
});

function options(overrides: Partial<SpeechOptions> = {}): SpeechOptions {
  return { engine: 'wav', voices: { sv: 'sv', en: 'en' }, rate: 150, maxChars: 400, wavDir: dir, ...overrides };
}

async function openWavSink(overrides: Partial<SpeechOptions> = {}): Promise<SpeechOut> {
  const choice = await createSpeechOut(options(overrides));
  if (choice.kind !== 'on') throw new Error(`expected speech on, got off: ${choice.reason}`);
  opened.push(choice.out);
  return choice.out;
}

function speechText(text: string): SpeechText {
  const safe = toSpeechText(text, 400);
  if (safe === null) throw new Error('nothing speakable');
  return safe;
}

describe('WAV-file sink with real espeak-ng', () => {
  it('writes a Swedish sentence as a real RIFF/WAVE file of plausible length', async () => {
    const out = await openWavSink();
    expect(out.engine).toBe('wav');
    await out.speak('Klockan är tjugo i tio.', 'sv');

    expect(await readdir(dir)).toEqual(['0001-sv.wav']);
    const wav = await readWavInfo(path.join(dir, '0001-sv.wav'));
    expect(wav).toMatchObject({ format: 1, channels: 1, sampleRate: 22050, bitsPerSample: 16 });
    expect(wav.durationSeconds).toBeGreaterThan(0.8);
    expect(wav.durationSeconds).toBeLessThan(6);
  });

  it('numbers utterances in the order they were asked for, one at a time', async () => {
    const out = await openWavSink();
    await Promise.all([
      out.speak('Idag blir det fiskgratäng med potatismos och sallad.', 'sv'),
      out.speak('Hello.', 'en'),
    ]);
    expect((await readdir(dir)).sort()).toEqual(['0001-sv.wav', '0002-en.wav']);
    const swedish = await readWavInfo(path.join(dir, '0001-sv.wav'));
    const english = await readWavInfo(path.join(dir, '0002-en.wav'));
    expect(swedish.durationSeconds).toBeGreaterThan(english.durationSeconds);
  });

  it('continues numbering after the files already in the directory', async () => {
    await writeFile(path.join(dir, '0007-sv.wav'), '');
    const out = await openWavSink();
    await out.speak('Hej!', 'sv');
    expect(existsSync(path.join(dir, '0008-sv.wav'))).toBe(true);
  });

  it('hands espeak-ng the sanitised text, never the raw one', async () => {
    const pwned = path.join(dir, 'pwned');
    const payload = `hej") (system "touch ${pwned}") ("  [[h'E]]`;
    const out = await openWavSink({ wavDir: path.join(dir, 'sink') });
    await out.speak(payload, 'sv');

    const spoken = await readFile(path.join(dir, 'sink', '0001-sv.wav'));
    await synthesizeWavWithEspeak(ESPEAK, speechText(sanitizeForSpeech(payload, 400)), 'sv', path.join(dir, 'sanitised.wav'));
    await synthesizeWavWithEspeak(ESPEAK, payload as SpeechText, 'sv', path.join(dir, 'raw.wav'));
    // espeak-ng is deterministic: the same text gives the same bytes.
    expect(spoken.equals(await readFile(path.join(dir, 'sanitised.wav')))).toBe(true);
    expect(spoken.equals(await readFile(path.join(dir, 'raw.wav')))).toBe(false);
    expect(existsSync(pwned)).toBe(false);
  });

  it('leaves no file behind when espeak-ng fails, and keeps speaking afterwards', async () => {
    const out = await openWavSink({ voices: { sv: 'nosuchvoice', en: 'en' } });
    await expect(out.speak('Hej', 'sv')).rejects.toThrow(/^espeak-ng exited with code 1/);
    await out.speak('Hello', 'en');
    expect(await readdir(dir)).toEqual(['0001-en.wav']);
  });

  it('skips text with nothing speakable instead of writing an empty file', async () => {
    const out = await openWavSink();
    await out.speak('«»() ;', 'sv');
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('espeak-ng failures name espeak-ng', () => {
  it('reports a missing binary as not installed', async () => {
    const bogus = path.join(dir, 'no-such-espeak-ng');
    await expect(synthesizeWavWithEspeak({ ...ESPEAK, binary: bogus }, speechText('Hej'), 'sv', path.join(dir, 'x.wav'))).rejects.toThrow(
      `espeak-ng is not installed: no program at ${bogus} (apt-get install espeak-ng)`,
    );
    expect(await espeakUnavailableReason(bogus)).toMatch(/^espeak-ng is not installed/);
    expect(await espeakUnavailableReason('espeak-ng')).toBeNull();
  });

  it('reports a non-zero exit with its code and error output', async () => {
    const settings = { ...ESPEAK, voices: { sv: 'nosuchvoice', en: 'en' } };
    await expect(synthesizeWavWithEspeak(settings, speechText('Hej'), 'sv', path.join(dir, 'x.wav'))).rejects.toThrow(
      /^espeak-ng exited with code 1: .*voice does not exist/,
    );
  });

  it('plays on the sound device when there is one, and says why not when there is none', async () => {
    const playing = speakWithEspeak(ESPEAK, speechText('Hej'), 'sv');
    if (await hasAudioOutput()) await expect(playing).resolves.toBeUndefined();
    else await expect(playing).rejects.toThrow(/^espeak-ng could not play audio: .*error/);
  });
});
