/**
 * npm run bench:voice — from the end of speech (the endpoint) to the first audio byte out, with the VAD,
 * understanding (the trained intent model), the skill and streamed espeak-ng synthesis in the path; the
 * speaker is a sink that notes when the first byte arrives (no sound card needed). The question is the
 * clip's transcript: with no Swedish Vosk model here, recognition is measured apart, with the tiny model
 * (its decoding time says little about a real model's), whole and streamed while the clip plays, in grammar
 * mode with the skills' vocabulary. Also the process's memory while listening.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config/load';
import { systemClock } from '../core/clock';
import { createRobot } from '../robot/runtime/create-robot';
import { Listener, type HeardUtterance } from '../speech/in/listener';
import { readWav, to16k } from '../speech/in/pcm';
import { startRecogniser } from '../speech/in/recogniser';
import { wakeWords } from '../speech/in/wake-phrase';
import { recognitionVocabulary } from '../robot/understanding/vocabulary';
import { SileroVad, WINDOW } from '../speech/in/silero-vad';
import { findLibvosk } from '../speech/in/find-libvosk';
import { createSpeechOut } from '../speech/out/create';
import type { Player } from '../speech/out/player';
import { makeTinyVoskModel } from './tiny-vosk-model';
import { memoryBreakdown } from './memory-breakdown';

const AUDIO = path.resolve(process.cwd(), 'test/fixtures/audio');
const ROUNDS = 3;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const line = (name: string, values: number[]) => console.log(`  ${name.padEnd(44)} p50 ${pct(values, 50).toFixed(1).padStart(6)} ms   p99 ${pct(values, 99).toFixed(1).padStart(6)} ms   (n=${values.length})`);

function int16(samples: Float32Array): Int16Array {
  return Int16Array.from(samples, (s) => Math.max(-32768, Math.min(32767, Math.round(s * 32767))));
}

async function main(): Promise<void> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'laiban-bench-voice-'));
  const base = loadConfig({ env: {}, cwd: home, home }).config;
  // The trained intent model is kept between runs of the bench (training takes a while the first time).
  const modelDir = path.join(os.tmpdir(), 'laiban-bench-voice-nlu');
  const config = {
    ...base,
    understanding: { ...base.understanding, classifier: 'model' as const, modelDir },
    weather: { ...base.weather, baseUrl: 'http://127.0.0.1:9', warningsBaseUrl: 'http://127.0.0.1:9' },
    panel: { ...base.panel, enabled: false },
  };

  let firstByte: (() => void) | undefined;
  const sink: Player = () => ({
    write: () => {
      firstByte?.();
      firstByte = undefined;
    },
    end: async () => undefined,
    abort: () => undefined,
  });
  const speech = await createSpeechOut({ ...config.speech, engine: 'espeak-ng' }, { player: sink });
  if (speech.kind !== 'on') throw new Error(`speech out: ${speech.reason}`);
  const robot = createRobot({ config, clock: systemClock, presenters: [(turn) => speech.out.speak(turn.answer, turn.lang)] });
  process.stdout.write('waiting for the intent model (trained once, then kept in the temp folder)… ');
  await robot.understandingReady();
  console.log('ready');
  const vad = await SileroVad.load();

  const clips = fs.readdirSync(AUDIO).filter((f) => f.endsWith('.wav')).sort();
  const vadMs: number[] = [];
  const toFirstAudio: number[] = [];
  const toFirstAudioCold: number[] = [];
  const utterances: { clip: string; samples: Int16Array }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const clip of clips) {
      const question = fs.readFileSync(path.join(AUDIO, clip.replace('.wav', '.txt')), 'utf8').trim();
      const audio = int16(to16k(readWav(fs.readFileSync(path.join(AUDIO, clip)))));
      const withSilence = new Int16Array(audio.length + 16000 * 1.5);
      withSilence.set(audio);
      let endpointAt: number | undefined;
      let heard: HeardUtterance | undefined;
      let pushedAt = 0;
      const listener = new Listener(vad, {
        onUtterance: (u) => {
          endpointAt ??= pushedAt;
          heard ??= u;
        },
      });
      // Window by window, as a microphone delivers them; the endpoint's time is when its deciding window arrived.
      for (let i = 0; i + WINDOW <= withSilence.length && endpointAt === undefined; i += WINDOW) {
        pushedAt = performance.now();
        listener.push(withSilence.subarray(i, i + WINDOW));
        await listener.settled();
        vadMs.push(performance.now() - pushedAt);
      }
      if (endpointAt === undefined || !heard) continue; // the VAD found no speech in this clip
      if (round === 0) utterances.push({ clip, samples: heard.samples });
      const spoke = new Promise<number>((resolve) => (firstByte = () => resolve(performance.now())));
      await robot.conversation.ask(question);
      const ms = (await spoke) - endpointAt;
      toFirstAudio.push(ms);
      if (round === 0) toFirstAudioCold.push(ms);
    }
  }
  const rssListening = process.memoryUsage().rss;
  const memoryListening = memoryBreakdown();

  console.log(`\nvoice, ${clips.length} real Swedish clips × ${ROUNDS} rounds (the answers' audio is cached after the first round)`);
  line('VAD per 32 ms window', vadMs);
  line('endpoint → first audio byte, cold cache', toFirstAudioCold);
  line('endpoint → first audio byte, all rounds', toFirstAudio);

  const vocabularyStarted = performance.now();
  const vocabulary = recognitionVocabulary({ ...robot.training, lang: 'sv', robotName: config.robotName, roster: robot.roster });
  const vocabularyMs = performance.now() - vocabularyStarted;
  console.log(`  grammar vocabulary (sv): ${vocabulary.words.length} words and ${vocabulary.stems.length} stems, read from the skills in ${vocabularyMs.toFixed(0)} ms`);

  const lib = findLibvosk();
  if (lib.kind === 'found') {
    const grammar = { words: [...vocabulary.words, ...wakeWords(config.robotName)], stems: vocabulary.stems };
    const recogniser = await startRecogniser({ libvosk: lib.path, modelDir: makeTinyVoskModel(path.join(home, 'tiny-vosk'), 'lookahead'), grammar });
    const recMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const u of utterances) {
        const started = performance.now();
        await recogniser.recognise(u.samples);
        recMs.push(performance.now() - started);
      }
    }
    line('recognition, tiny model, whole utterance (worker)', recMs);
    // Streamed as a microphone would: one 32 ms window every 32 ms; then the time from the end to the words.
    const streamedMs: number[] = [];
    for (const u of utterances) {
      for (let i = 0; i < u.samples.length; i += WINDOW) {
        recogniser.feed(u.samples.subarray(i, i + WINDOW));
        await new Promise((r) => setTimeout(r, 32));
      }
      const started = performance.now();
      await recogniser.finish();
      streamedMs.push(performance.now() - started);
    }
    line('recognition, tiny model, streamed: end → words', streamedMs);
    console.log(`  model load + grammar + pre-warm: ${recogniser.loadMs.toFixed(0)} ms (${JSON.stringify(recogniser.mode)})`);
    console.log(`  RSS while listening: ${mb(rssListening)} without Vosk, ${mb(process.memoryUsage().rss)} with the tiny Vosk model loaded`);
    await recogniser.close();
  } else {
    console.log(`  recognition: not measured (${lib.why})`);
    console.log(`  RSS while listening: ${mb(rssListening)} without Vosk`);
  }
  console.log(`  memory while listening, without Vosk: ${memoryListening}`);
  console.log('target: first audio ≤ 150 ms after the endpoint; RSS < 150 MB without a Vosk model');
  await vad.close();
  await speech.out.close?.();
  await robot.close();
  fs.rmSync(home, { recursive: true, force: true });
}

void main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
