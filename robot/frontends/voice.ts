/**
 * The voice front-end: drives the Conversation as the console does (wake(), ask(text), heardNothing()),
 * from the microphone's utterances instead of typed lines. The robot listens when
 *  - the button is pressed (push-to-talk; the console's key does the same),
 *  - an utterance holds the wake phrase ("hej laiban"; what follows it is the question), or
 *  - an answer has just been given: for `listenAfterAnswerMs` the child may speak without the wake phrase.
 * Speech that comes when it is not listening is dropped unheard. A child who starts talking, or presses
 * the button, while the robot speaks stops it (barge-in).
 */
import { hearingOf } from '../../speech/in/hearing';
import type { Heard, Recogniser } from '../../speech/in/recogniser';
import { spotWakePhrase } from '../../speech/in/wake-phrase';
import type { Logger } from '../../core/logger';
import type { Conversation, HeardHow } from '../conversation/conversation';

export interface Timers {
  /** Calls `fn` after `ms`; returns a cancel. */
  after(ms: number, fn: () => void): () => void;
}

export const realTimers: Timers = {
  after(ms, fn) {
    const timer = setTimeout(fn, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};

export interface VoiceFrontendOptions {
  recogniser: Recogniser;
  /** The name in the wake phrase ("hej laiban"). */
  name: string;
  listenAfterAnswerMs: number;
  /** Stops the robot's voice mid-sentence (the speech out's interrupt). */
  stopSpeaking(): void;
  /** Whether a child's voice stops the robot, or only the button does. */
  bargeInByVoice: boolean;
  /** Below this average word confidence, or above this share of "[unk]", the words are too unsure to act on. */
  minWordConfidence: number;
  maxUnknownShare: number;
  log: Logger;
  timers?: Timers;
}

/** What became of one utterance: what tests and the log see. */
export type VoiceOutcome =
  | { kind: 'ignored'; why: 'not listening' | 'nothing recognised' }
  | { kind: 'woken' }
  | { kind: 'asked'; text: string };

export class VoiceFrontend {
  private listening = false;
  private cancelWindow: (() => void) | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly timers: Timers;
  private closed = false;

  constructor(
    private readonly conversation: Conversation,
    private readonly options: VoiceFrontendOptions,
  ) {
    this.timers = options.timers ?? realTimers;
  }

  /** Whether an utterance now would be taken as a question without the wake phrase. */
  get isListening(): boolean {
    return this.listening || this.conversation.current === 'listening';
  }

  /** The button (or the console's key): listen now; stop talking first if the robot is. */
  pushToTalk(): void {
    if (this.conversation.current === 'speaking') this.options.stopSpeaking();
    this.openWindow();
  }

  /** The VAD heard a voice start. */
  voiceStarted(): void {
    if (this.conversation.current === 'speaking' && this.options.bargeInByVoice) {
      this.options.log.info({}, 'barge-in: the child started talking');
      this.options.stopSpeaking();
    }
    // The child is talking: the window must not close under them before the utterance ends.
    if (this.listening) this.cancelWindow?.();
  }

  /** A finished utterance from the microphone: recognised off the main thread, then handled as text. */
  heardAudio(samples: Int16Array): Promise<VoiceOutcome> {
    return this.heardWords(this.options.recogniser.recognise(samples));
  }

  /** The words of a finished utterance, as a streaming recogniser gives them (decoded while the child spoke). */
  async heardWords(recognised: Promise<Heard>): Promise<VoiceOutcome> {
    let heard: Heard;
    try {
      heard = await recognised;
    } catch (err) {
      this.options.log.error({ error: (err as Error).message }, 'recognition failed');
      return this.heardText('');
    }
    const hearing = hearingOf(heard);
    const unsure = hearing.unknownShare > this.options.maxUnknownShare || (hearing.text !== '' && hearing.confidence < this.options.minWordConfidence);
    return this.heardText(hearing.text, { unsure, confidence: hearing.confidence, unknownShare: hearing.unknownShare });
  }

  /** What the recogniser heard (typed text is sure). Utterances are handled one at a time, in order. */
  heardText(text: string, heard?: HeardHow): Promise<VoiceOutcome> {
    const outcome = this.queue.then(() => this.handle(text.trim(), heard));
    this.queue = outcome.catch(() => undefined);
    return outcome;
  }

  private async handle(text: string, heard: HeardHow | undefined): Promise<VoiceOutcome> {
    if (this.closed) return { kind: 'ignored', why: 'not listening' };
    let question = text;
    const wake = spotWakePhrase(text, this.options.name);
    if (!this.isListening) {
      if (!wake.found) return { kind: 'ignored', why: 'not listening' };
      question = wake.rest;
      if (!question) {
        this.openWindow();
        return { kind: 'woken' };
      }
    } else if (wake.found) question = wake.rest;
    // Words outside the grammar alone, while listening, are asked about again; nothing at all (a cough) is not.
    const unheard = !question && heard?.unsure === true && this.isListening;
    if (!question && !unheard) {
      if (this.listening) this.openWindow();
      return { kind: 'ignored', why: 'nothing recognised' };
    }
    this.closeWindowTimer();
    this.listening = false;
    await this.conversation.ask(question, heard ? { heard } : {});
    if (!this.closed) this.openWindow();
    return { kind: 'asked', text: question };
  }

  private openWindow(): void {
    this.closeWindowTimer();
    this.listening = true;
    this.conversation.wake();
    this.cancelWindow = this.timers.after(this.options.listenAfterAnswerMs, () => {
      this.cancelWindow = undefined;
      this.listening = false;
      void this.conversation.heardNothing();
    });
  }

  private closeWindowTimer(): void {
    this.cancelWindow?.();
    this.cancelWindow = undefined;
  }

  /** Stops listening; waits for an utterance being answered. */
  async close(): Promise<void> {
    this.closed = true;
    this.closeWindowTimer();
    await this.queue;
  }
}
