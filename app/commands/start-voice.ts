/**
 * `laiban start` with ears: the microphone, the VAD and Vosk in a worker feed the voice front-end. The
 * console still works: Enter alone is the push-to-talk key, a typed line is asked as if it was heard,
 * "exit" quits. Without a terminal (a service) it runs until SIGINT or SIGTERM.
 */
import readline from 'node:readline';
import { Listener } from '../../speech/in/listener';
import { openMicrophone, type Microphone } from '../../speech/in/microphone';
import { startRecogniser } from '../../speech/in/recogniser';
import { SileroVad } from '../../speech/in/silero-vad';
import { wakeWords } from '../../speech/in/wake-phrase';
import type { LaibanConfig } from '../../config/schema';
import type { Logger } from '../../core/logger';
import type { Conversation } from '../../robot/conversation/conversation';
import { VoiceFrontend } from '../../robot/frontends/voice';
import type { Vocabulary } from '../../robot/understanding/vocabulary';

const QUIT = new Set(['exit', 'quit', 'avsluta', 'sluta']);
const MICROPHONE_RETRY_MS = 5000;

export interface VoiceSetup {
  device: string;
  libvosk: string;
  modelDir: string;
}

/** Loads the recogniser and the VAD; rejects with why (the caller falls back to the console). */
export async function startEars(
  setup: VoiceSetup,
  conversation: Conversation,
  config: LaibanConfig,
  log: Logger,
  stopSpeaking: () => void,
  /** The words to listen for now (none: free dictation); asked again when the children change. */
  vocabulary: () => Vocabulary | undefined = () => undefined,
) {
  const grammarNow = () => {
    const words = vocabulary();
    return words ? { words: [...words.words, ...wakeWords(config.robotName)], stems: words.stems } : undefined;
  };
  const grammar = grammarNow();
  const voiceLog = log.child({ part: 'voice' });
  const recogniser = await startRecogniser({ libvosk: setup.libvosk, modelDir: setup.modelDir, ...(grammar ? { grammar } : {}) }, (partial) => voiceLog.debug({ partial }, 'hearing'));
  const vad = await SileroVad.load();
  log.info({ modelDir: setup.modelDir, loadMs: Math.round(recogniser.loadMs), device: setup.device, recognition: recogniser.mode }, 'listening by voice');
  const voice = new VoiceFrontend(conversation, {
    recogniser,
    name: config.robotName,
    listenAfterAnswerMs: config.speech.listenAfterAnswerSeconds * 1000,
    stopSpeaking,
    bargeInByVoice: config.speech.bargeIn === 'button-and-voice',
    minWordConfidence: config.speech.minWordConfidence,
    maxUnknownShare: config.speech.maxUnknownShare,
    log: voiceLog,
  });
  let microphone: Microphone | undefined;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;
  const listen = () => {
    let speaking = false;
    const listener = new Listener(vad, {
      onSpeechStart: () => {
        speaking = true;
        voice.voiceStarted();
      },
      // Decoded while the child speaks, so the words are there when the endpoint comes.
      onSpeechAudio: (samples) => recogniser.feed(samples),
      onUtterance: (u) => {
        speaking = false;
        void voice.heardWords(recogniser.finish()).then((outcome) => log.debug({ outcome, ms: [Math.round(u.startMs), Math.round(u.endMs)] }, 'utterance'));
      },
      onError: (err) => log.error({ error: err.message }, 'voice activity failed'),
    });
    microphone = openMicrophone({
      device: setup.device,
      onSamples: (s) => listener.push(s),
      onEnd: (why) => {
        // An utterance cut off by the microphone must not be glued to the start of the next one.
        if (speaking) void recogniser.finish().catch(() => undefined);
        speaking = false;
        if (!why || closed) return;
        log.error({ why }, 'the microphone stopped; trying again in 5 s');
        retry = setTimeout(listen, MICROPHONE_RETRY_MS);
      },
    });
  };
  listen();
  return {
    voice,
    /** The children on the panel changed: their names join the grammar from the next utterance on. */
    relisten(): Promise<void> {
      return recogniser.setGrammar(grammarNow()).then(
        (mode) => log.info({ recognition: mode }, 'listening to a new grammar'),
        (err: Error) => log.error({ error: err.message }, 'the new grammar could not be set; the old one stays'),
      );
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      microphone?.stop();
      await voice.close();
      await recogniser.close();
      await vad.close();
    },
  };
}

/** Typed lines while the robot listens by voice; resolves on "exit" or a signal. */
export function runVoiceConsole(voice: VoiceFrontend, input: NodeJS.ReadableStream): Promise<void> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input, terminal: false });
    const done = () => {
      rl.close();
      (input as Partial<NodeJS.ReadStream>).destroy?.();
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    rl.on('line', (line) => {
      const text = line.trim();
      if (QUIT.has(text.toLowerCase())) return done();
      voice.pushToTalk();
      if (text) void voice.heardText(text);
    });
  });
}
