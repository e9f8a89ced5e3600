import fs from 'node:fs';
import path from 'node:path';
import { Listener, type HeardUtterance } from '../../speech/in/listener';
import { openMicrophone, type Microphone } from '../../speech/in/microphone';
import { startRecogniser } from '../../speech/in/recogniser';
import { SileroVad } from '../../speech/in/silero-vad';
import { findLibvosk } from '../../speech/in/find-libvosk';
import { tempDir } from '../support/robot-harness';
import { makeTinyVoskModel } from '../support/tiny-vosk-model';
import { fakeArecord } from './support/fake-arecord';

const AUDIO = path.resolve(__dirname, '../fixtures/audio');
const marks = JSON.parse(fs.readFileSync(path.join(AUDIO, 'marks.json'), 'utf8')) as Record<string, { byEnergyFloorMs: [number, number] }>;

describe('the microphone (arecord), the VAD and the endpointer, live', () => {
  const dir = tempDir('laiban-mic-');
  let vad: SileroVad;
  beforeAll(async () => {
    vad = await SileroVad.load();
  });
  afterAll(async () => {
    await vad.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('streams 16 kHz mono S16_LE from the configured device and finds the utterance in it, with its audio', async () => {
    const clip = 'wn-hur_mycket_ar_klockan.wav';
    const arecord = fakeArecord(dir, path.join(AUDIO, clip));
    const started: number[] = [];
    let mic: Microphone | undefined;
    const heard = await new Promise<HeardUtterance>((resolve, reject) => {
      const listener = new Listener(vad, { onSpeechStart: (at) => started.push(at), onUtterance: resolve, onError: reject });
      mic = openMicrophone({ device: 'plughw:1,0', arecord, onSamples: (s) => listener.push(s), onEnd: (why) => why && reject(new Error(why)) });
    });
    mic!.stop();
    expect(fs.readFileSync(path.join(dir, 'arecord-args'), 'utf8').trim()).toBe('-q -D plughw:1,0 -t raw -f S16_LE -r 16000 -c 1');
    const [start, end] = marks[clip]!.byEnergyFloorMs;
    expect(started).toEqual([heard.startMs]);
    expect(Math.abs(heard.startMs - start)).toBeLessThanOrEqual(150);
    expect(heard.endMs).toBeGreaterThanOrEqual(end - 150);
    expect(heard.endMs).toBeLessThanOrEqual(end + 300);
    // The utterance's own samples, padded by 0.2 s on each side (the recording starts at 0).
    expect(heard.samples.length).toBeCloseTo(((heard.endMs + 200 - Math.max(0, heard.startMs - 200)) / 1000) * 16000, -2);
  });

  it('streams the utterance to the recogniser while it is spoken: partial words as it decodes, and at the end the words of the whole utterance', async () => {
    const lib = findLibvosk();
    if (lib.kind !== 'found') throw new Error(lib.why);
    const partials: string[] = [];
    const recogniser = await startRecogniser({ libvosk: lib.path, modelDir: makeTinyVoskModel(path.join(dir, 'tiny')) }, (p) => partials.push(p));
    const arecord = fakeArecord(dir, path.join(AUDIO, 'wn-hur_mycket_ar_klockan.wav'));
    let fed = 0;
    let mic: Microphone | undefined;
    const heard = await new Promise<HeardUtterance>((resolve, reject) => {
      const listener = new Listener(vad, {
        onSpeechAudio: (s) => {
          fed += s.length;
          recogniser.feed(s);
        },
        onUtterance: resolve,
        onError: reject,
      });
      mic = openMicrophone({ device: 'default', arecord, onSamples: (s) => listener.push(s), onEnd: (why) => why && reject(new Error(why)) });
    });
    mic!.stop();
    const streamed = await recogniser.finish();
    // The worker sends partial words as it decodes the fed audio, so they all arrive before the final words.
    expect(partials).toContain('ja');
    // From 0.2 s before the start to the window that ended it (0.8 s of quiet after the speech).
    expect(fed / 16).toBeGreaterThanOrEqual(heard.endMs - Math.max(0, heard.startMs - 200));
    expect(streamed.text).toBe((await recogniser.recognise(heard.samples)).text);
    expect(streamed.text).toBe('ja');
    await recogniser.close();
  }, 60_000);

  it('says why when the device cannot be opened, and refuses a device name that is not one', async () => {
    const arecord = fakeArecord(dir, path.join(AUDIO, 'wn-hur_mycket_ar_klockan.wav'));
    const why = await new Promise<string | undefined>((resolve) => openMicrophone({ device: 'missing', arecord, onSamples: () => undefined, onEnd: resolve }));
    expect(why).toMatch(/arecord -D missing exited with code 1: arecord: main:831: audio open error/);
    expect(() => openMicrophone({ device: '--help', arecord, onSamples: () => undefined, onEnd: () => undefined })).toThrow('is not an ALSA device name');
    const none = await new Promise<string | undefined>((resolve) => openMicrophone({ device: 'default', arecord: path.join(dir, 'no-arecord'), onSamples: () => undefined, onEnd: resolve }));
    expect(none).toMatch(/is not installed \(apt-get install alsa-utils\)/);
  });
});

describe('recognition in a worker thread, through the real libvosk with the tiny model', () => {
  const dir = tempDir('laiban-recogniser-');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads and pre-warms the model off the main thread, then recognises utterances one by one', async () => {
    const lib = findLibvosk();
    if (lib.kind !== 'found') throw new Error(lib.why);
    const recogniser = await startRecogniser({ libvosk: lib.path, modelDir: makeTinyVoskModel(path.join(dir, 'tiny')) });
    expect(recogniser.loadMs).toBeGreaterThan(0);
    expect(recogniser.mode).toEqual({ kind: 'dictation', why: 'speech.recognition is "dictation"' });
    const voice = Int16Array.from({ length: 16000 }, (_, i) => Math.round(8000 * Math.sin(i / 5)));
    const [first, second] = await Promise.all([recogniser.recognise(voice), recogniser.recognise(voice)]);
    expect(first.text).toBe('ja'); // the tiny model's only likely word
    expect(first.words[0]).toMatchObject({ word: 'ja', conf: expect.any(Number) });
    expect(second.text).toBe('ja');
    await recogniser.close();
    await expect(recogniser.recognise(voice)).rejects.toThrow('the recogniser is closed');
  }, 60_000);

  it("listens to a grammar when the model can take one: the vocabulary's words the model knows, stems expanded, and [unk]", async () => {
    const lib = findLibvosk();
    if (lib.kind !== 'found') throw new Error(lib.why);
    const voice = Int16Array.from({ length: 16000 }, (_, i) => Math.round(8000 * Math.sin(i / 5)));
    const modelDir = makeTinyVoskModel(path.join(dir, 'tiny-lookahead'), 'lookahead');
    const nej = await startRecogniser({ libvosk: lib.path, modelDir, grammar: { words: ['nej', 'klockan', 'lunch'], stems: [] } });
    expect(nej.mode).toEqual({ kind: 'grammar', words: 1, notInModel: 2 });
    expect((await nej.recognise(voice)).text).toBe('[unk]'); // the model hears "ja", which is not in the grammar
    // A new grammar between utterances (the children on the panel changed): a new recognizer in the worker.
    expect(await nej.setGrammar({ words: ['nej', 'ja'], stems: [] })).toEqual({ kind: 'grammar', words: 2, notInModel: 0 });
    expect((await nej.recognise(voice)).text).toBe('ja');
    expect(await nej.setGrammar(undefined)).toEqual({ kind: 'dictation', why: 'speech.recognition is "dictation"' });
    await nej.close();
    await expect(nej.setGrammar(undefined)).rejects.toThrow('the recogniser is closed');
    const stem = await startRecogniser({ libvosk: lib.path, modelDir, grammar: { words: [], stems: ['j'] } });
    expect(stem.mode).toEqual({ kind: 'grammar', words: 1, notInModel: 0 });
    expect((await stem.recognise(voice)).text).toBe('ja');
    await stem.close();
    // A model with HCLG.fst only (the big ones) decodes freely, and says why.
    const big = await startRecogniser({ libvosk: lib.path, modelDir: makeTinyVoskModel(path.join(dir, 'tiny-static')), grammar: { words: ['nej'], stems: [] } });
    expect(big.mode).toMatchObject({ kind: 'dictation', why: expect.stringContaining('cannot take a grammar') });
    expect((await big.recognise(voice)).text).toBe('ja');
    await big.close();
  }, 60_000);

  it('rejects with the reason when the model is missing or broken', async () => {
    const lib = findLibvosk();
    if (lib.kind !== 'found') throw new Error(lib.why);
    await expect(startRecogniser({ libvosk: lib.path, modelDir: path.join(dir, 'nothing') })).rejects.toThrow(/the speech model .*nothing does not exist/);
    fs.mkdirSync(path.join(dir, 'broken', 'am'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'broken', 'am', 'final.mdl'), 'garbage');
    await expect(startRecogniser({ libvosk: lib.path, modelDir: path.join(dir, 'broken') })).rejects.toThrow(/could not be loaded: it has no conf\/mfcc.conf/);
  }, 60_000);
});
