import fs from 'node:fs';
import path from 'node:path';
import { Listener } from '../../speech/in/listener';
import { openMicrophone, type Microphone } from '../../speech/in/microphone';
import type { Recogniser } from '../../speech/in/recogniser';
import { startRecogniser } from '../../speech/in/recogniser';
import { SileroVad } from '../../speech/in/silero-vad';
import { findLibvosk } from '../../speech/in/find-libvosk';
import { spotWakePhrase, wakeWords } from '../../speech/in/wake-phrase';
import { createSilentLogger } from '../../robot/runtime/log';
import { VoiceFrontend, type Timers, type VoiceOutcome } from '../../robot/frontends/voice';
import { tempDir, testRobot, type TestRobot } from '../support/robot-harness';
import { makeTinyVoskModel } from '../support/tiny-vosk-model';
import { fakeArecord } from '../speech/support/fake-arecord';

/** Timers a test fires by hand: the listening window closes when the test says so. */
class ManualTimers implements Timers {
  private pending = new Set<() => void>();
  after(_ms: number, fn: () => void): () => void {
    this.pending.add(fn);
    return () => this.pending.delete(fn);
  }
  get waiting(): number {
    return this.pending.size;
  }
  fireAll(): void {
    const due = [...this.pending];
    this.pending.clear();
    for (const fn of due) fn();
  }
}

const noRecogniser: Recogniser = { recognise: () => Promise.reject(new Error('text is fed directly')), close: async () => undefined };

/** A recogniser that hears the given words with the given confidences, one utterance after another. */
function hearing(...utterances: [word: string, conf: number][][]): Recogniser {
  const queue = [...utterances];
  return {
    recognise: async () => {
      const words = (queue.shift() ?? []).map(([word, conf], i) => ({ word, conf, start: i * 0.3, end: i * 0.3 + 0.3 }));
      return { text: words.map((w) => w.word).join(' '), words };
    },
    close: async () => undefined,
  };
}
const sure = (text: string): [string, number][] => text.split(' ').map((w) => [w, 0.95]);
const unsure = (text: string): [string, number][] => text.split(' ').map((w) => [w, 0.3]);
const NO_AUDIO = new Int16Array(0);

describe('the wake phrase', () => {
  it('is "hej laiban" or the name first, however the recogniser spells it; what follows is the question', () => {
    expect(spotWakePhrase('hej laiban vad är klockan')).toEqual({ found: true, rest: 'vad är klockan' });
    expect(spotWakePhrase('hej lajban')).toEqual({ found: true, rest: '' });
    expect(spotWakePhrase('laiban vad blir det för mat')).toEqual({ found: true, rest: 'vad blir det för mat' });
    expect(spotWakePhrase('hej lai ban')).toEqual({ found: true, rest: '' });
    expect(spotWakePhrase('jag sa laiban till honom')).toEqual({ found: false });
    expect(spotWakePhrase('vad är klockan')).toEqual({ found: false });
    expect(spotWakePhrase('hej knut', 'Knut')).toEqual({ found: true, rest: '' });
  });

  it("gives the recogniser's grammar every spelling the spotter accepts: greetings, the name whole and split", () => {
    const words = wakeWords('Laiban');
    expect(words).toEqual(expect.arrayContaining(['hej', 'hallå', 'laiban', 'lajban', 'layban', 'lai', 'laj', 'ban']));
    for (const said of ['laiban', 'lajban', 'layban', 'lai ban', 'laj ban', 'la iban', 'laib an']) {
      expect(said.split(' ').every((w) => words.includes(w))).toBe(true);
      expect(spotWakePhrase(`hej ${said}`, 'Laiban').found).toBe(true);
    }
  });
});

describe('the voice front-end drives the conversation as the console does', () => {
  let robot: TestRobot;
  let timers: ManualTimers;
  let voice: VoiceFrontend;
  let stopped: number;
  const make = (recogniser: Recogniser = noRecogniser, bargeInByVoice = true) => {
    timers = new ManualTimers();
    stopped = 0;
    voice = new VoiceFrontend(robot.conversation, {
      recogniser,
      name: robot.config.robotName,
      listenAfterAnswerMs: 8000,
      stopSpeaking: () => void stopped++,
      bargeInByVoice,
      minWordConfidence: 0.6,
      maxUnknownShare: 0.5,
      log: createSilentLogger(),
      timers,
    });
  };
  beforeEach(() => {
    robot = testRobot();
    make();
  });
  afterEach(async () => {
    await voice.close();
    await robot.close();
  });

  it('ignores speech until woken; "hej laiban" and a question is answered, then it listens for a follow-up without the wake phrase', async () => {
    expect(await voice.heardText('vad är klockan')).toEqual({ kind: 'ignored', why: 'not listening' });
    expect(robot.turns).toEqual([]);
    expect(robot.conversation.current).toBe('idle');

    expect(await voice.heardText('hej laiban vad är klockan')).toEqual({ kind: 'asked', text: 'vad är klockan' });
    expect(robot.turns.map((t) => t.intent)).toEqual(['time']);
    expect(robot.states.slice(-4)).toEqual(['thinking', 'speaking', 'idle', 'listening']);
    expect(robot.conversation.current).toBe('listening');

    expect(await voice.heardText('vilken dag är det idag')).toMatchObject({ kind: 'asked' });
    expect(robot.turns.map((t) => t.intent)).toEqual(['time', 'date']);

    timers.fireAll(); // eight quiet seconds
    await robot.conversation.heardNothing();
    expect(robot.conversation.current).toBe('idle');
    expect(await voice.heardText('vad är klockan')).toEqual({ kind: 'ignored', why: 'not listening' });
    expect(robot.turns).toHaveLength(2);
  });

  it('"hej laiban" alone wakes it: the next utterance is the question', async () => {
    expect(await voice.heardText('hej laiban')).toEqual({ kind: 'woken' });
    expect(robot.conversation.current).toBe('listening');
    expect(await voice.heardText('vad är klockan')).toEqual({ kind: 'asked', text: 'vad är klockan' });
    expect(robot.turns.map((t) => t.intent)).toEqual(['time']);
  });

  it('push-to-talk (the button or a key) opens listening; an empty recognition keeps it open', async () => {
    voice.pushToTalk();
    expect(robot.conversation.current).toBe('listening');
    expect(await voice.heardText('')).toEqual({ kind: 'ignored', why: 'nothing recognised' });
    expect(timers.waiting).toBe(1);
    expect(await voice.heardText('vad är klockan')).toMatchObject({ kind: 'asked' });
    expect(robot.turns).toHaveLength(1);
  });

  it('a voice starting while the window is open holds it open until the utterance is heard', async () => {
    voice.pushToTalk();
    voice.voiceStarted();
    expect(timers.waiting).toBe(0);
    expect(await voice.heardText('vad är klockan')).toMatchObject({ kind: 'asked' });
    expect(timers.waiting).toBe(1);
  });

  it('barge-in: the button, or a child starting to talk, stops the robot speaking (by voice only when configured)', async () => {
    let finishSpeaking: () => void = () => undefined;
    const speaking = testRobot({ presenters: [() => new Promise<void>((resolve) => (finishSpeaking = resolve))] });
    await robot.close();
    robot = speaking;
    make(noRecogniser, true);
    const asked = voice.heardText('hej laiban vad är klockan');
    while (robot.conversation.current !== 'speaking') await new Promise((r) => setTimeout(r, 5));
    voice.voiceStarted();
    expect(stopped).toBe(1);
    voice.pushToTalk();
    expect(stopped).toBe(2);
    finishSpeaking();
    expect(await asked).toMatchObject({ kind: 'asked' });

    await voice.close();
    make(noRecogniser, false);
    const again = voice.heardText('hej laiban vad är klockan');
    while (robot.conversation.current !== 'speaking') await new Promise((r) => setTimeout(r, 5));
    voice.voiceStarted();
    expect(stopped).toBe(0);
    voice.pushToTalk();
    expect(stopped).toBe(1);
    finishSpeaking();
    await again;
  });

  it('unsure words are asked again, not guessed at; the answer that follows is heard as usual', async () => {
    make(hearing(unsure('vad är klockan'), sure('vad är klockan')));
    voice.pushToTalk();
    expect(await voice.heardAudio(NO_AUDIO)).toEqual({ kind: 'asked', text: 'vad är klockan' });
    expect(robot.turns.at(-1)).toMatchObject({ outcome: 'not-heard', skill: null, answer: 'Förlåt, jag hörde inte riktigt. Kan du säga det igen?', confidence: 0.3 });
    expect(robot.conversation.current).toBe('listening');
    expect(await voice.heardAudio(NO_AUDIO)).toMatchObject({ kind: 'asked' });
    expect(robot.turns.at(-1)).toMatchObject({ outcome: 'answered', intent: 'time' });
  });

  it('mostly words outside the grammar ([unk]) are asked again; [unk] alone too, while listening; silence is not', async () => {
    make(hearing([['[unk]', 1], ['[unk]', 1], ['klockan', 1]], [['[unk]', 1]], []));
    voice.pushToTalk();
    expect(await voice.heardAudio(NO_AUDIO)).toEqual({ kind: 'asked', text: 'klockan' });
    expect(robot.turns.at(-1)).toMatchObject({ outcome: 'not-heard', text: 'klockan' });
    expect(await voice.heardAudio(NO_AUDIO)).toEqual({ kind: 'asked', text: '' });
    expect(robot.turns.at(-1)).toMatchObject({ outcome: 'not-heard' });
    expect(await voice.heardAudio(NO_AUDIO)).toEqual({ kind: 'ignored', why: 'nothing recognised' });
    expect(robot.turns).toHaveLength(2);
  });

  it('a safeguarding word is never dropped, however unsure the ears were', async () => {
    make(hearing([['jag', 0.4], ['har', 0.3], ['ont', 0.5], ['i', 0.2], ['magen', 0.4], ['[unk]', 1], ['[unk]', 1], ['[unk]', 1], ['[unk]', 1], ['[unk]', 1], ['[unk]', 1]]));
    voice.pushToTalk();
    expect(await voice.heardAudio(NO_AUDIO)).toMatchObject({ kind: 'asked', text: 'jag har ont i magen' });
    expect(robot.turns.at(-1)).toMatchObject({ skill: 'safeguarding', outcome: 'answered' });
  });

  it('an unsure yes or no to "Ska jag säga till en vuxen?" is asked again: the question stays open', async () => {
    make(hearing(sure('jag ser rök'), unsure('nej'), sure('ja')));
    voice.pushToTalk();
    await voice.heardAudio(NO_AUDIO);
    expect(robot.turns.at(-1)!.safeguarding).toMatchObject({ alerted: false });
    await voice.heardAudio(NO_AUDIO);
    expect(robot.turns.at(-1)).toMatchObject({ outcome: 'not-heard' });
    await voice.heardAudio(NO_AUDIO);
    expect(robot.turns.at(-1)).toMatchObject({ skill: 'safeguarding', safeguarding: { alerted: true } });
  });

  it('after the robot asks "Ska jag säga till en vuxen?", the child answers without the wake phrase', async () => {
    voice.pushToTalk();
    const turn = await voice.heardText('jag ser rök');
    expect(turn.kind).toBe('asked');
    expect(robot.conversation.current).toBe('listening');
    expect(await voice.heardText('ja')).toMatchObject({ kind: 'asked', text: 'ja' });
    expect(robot.turns.at(-1)!.skill).toBe('safeguarding');
  });
});

describe('the whole ear: fake arecord → Silero VAD → Vosk worker with the tiny model → the conversation', () => {
  const dir = tempDir('laiban-voice-');

  /** A real clip through a fake arecord, the real VAD and the real libvosk worker, into a test robot's voice front-end. */
  async function hearClockClip(model: Omit<Parameters<typeof startRecogniser>[0], 'libvosk'>) {
    const lib = findLibvosk();
    if (lib.kind !== 'found') throw new Error(lib.why);
    const recogniser = await startRecogniser({ libvosk: lib.path, ...model });
    const vad = await SileroVad.load();
    const robot = testRobot();
    const voice = new VoiceFrontend(robot.conversation, {
      recogniser,
      name: 'laiban',
      listenAfterAnswerMs: 8000,
      stopSpeaking: () => undefined,
      bargeInByVoice: true,
      minWordConfidence: 0.6,
      maxUnknownShare: 0.5,
      log: createSilentLogger(),
      timers: new ManualTimers(),
    });
    voice.pushToTalk();
    let mic: Microphone | undefined;
    const outcome = await new Promise<VoiceOutcome>((resolve, reject) => {
      const listener = new Listener(vad, { onSpeechStart: () => voice.voiceStarted(), onUtterance: (u) => void voice.heardAudio(u.samples).then(resolve, reject), onError: reject });
      mic = openMicrophone({ device: 'default', arecord: fakeArecord(dir, path.resolve(__dirname, '../fixtures/audio/wn-hur_mycket_ar_klockan.wav')), onSamples: (s) => listener.push(s), onEnd: () => undefined });
    });
    mic?.stop();
    return { recogniser, vad, robot, voice, outcome };
  }
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a button press, a spoken clip, and the robot answers what the real libvosk heard', async () => {
    const { recogniser, vad, robot, voice, outcome } = await hearClockClip({ modelDir: makeTinyVoskModel(path.join(dir, 'tiny')) });
    // The tiny model's words mean nothing: it hears "ja", and the robot answers that as a child's "ja".
    expect(outcome).toEqual({ kind: 'asked', text: 'ja' });
    expect(robot.turns).toHaveLength(1);
    expect(robot.turns[0]!.text).toBe('ja');
    await voice.close();
    await recogniser.close();
    await vad.close();
    await robot.close();
  }, 60_000);

  it('in grammar mode, speech outside the grammar comes out as [unk] and the robot asks the child to say it again', async () => {
    const { recogniser, vad, robot, voice, outcome } = await hearClockClip({ modelDir: makeTinyVoskModel(path.join(dir, 'tiny-lookahead'), 'lookahead'), grammar: { words: ['nej'], stems: [] } });
    // The tiny model hears "ja", which this grammar does not have.
    expect(outcome).toEqual({ kind: 'asked', text: '' });
    expect(robot.turns).toEqual([expect.objectContaining({ outcome: 'not-heard', answer: 'Förlåt, jag hörde inte riktigt. Kan du säga det igen?' })]);
    await voice.close();
    await recogniser.close();
    await vad.close();
    await robot.close();
  }, 60_000);
});
