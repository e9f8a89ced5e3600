/**
 * Speech to words off the main thread: a worker thread runs libvosk (recognition-worker.ts). `Recogniser`
 * is what the voice front-end needs; a test can hand the front-end its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GrammarWords } from './grammar';
import { fromRecogniser, type RecognitionMode, type RecognitionSetup, type ToRecogniser } from './recognition-messages';
import type { VoskWord } from './vosk';

export interface Heard {
  text: string;
  words: VoskWord[];
}

export interface Recogniser {
  /** A whole utterance at once. */
  recognise(samples: Int16Array): Promise<Heard>;
  close(): Promise<void>;
}

/** Decodes while the child speaks: the words are ready almost as soon as the utterance ends. */
export interface StreamingRecogniser extends Recogniser {
  /** The audio of the utterance being spoken, as it comes. */
  feed(samples: Int16Array): void;
  /** The utterance has ended: its words. */
  finish(): Promise<Heard>;
  /** Listens to another grammar from the next utterance on (none: free dictation); says how it listens now. */
  setGrammar(grammar: GrammarWords | undefined): Promise<RecognitionMode>;
}

/** The compiled worker: beside this file when running from dist/, else in dist/ (tests run the TS sources). */
function workerFile(): string {
  const beside = path.join(__dirname, 'recognition-worker.js');
  if (fs.existsSync(beside)) return beside;
  const built = path.resolve(__dirname, '../../dist/speech/in/recognition-worker.js');
  if (fs.existsSync(built)) return built;
  throw new Error(`the recognition worker is not built (looked for ${beside} and ${built}); run npm run build`);
}

/** Resolves once the model is loaded and a recognizer has run once; rejects with why it could not. */
export function startRecogniser(
  setup: RecognitionSetup,
  /** The words so far of the utterance being fed, when they change. */
  onPartial?: (text: string) => void,
): Promise<StreamingRecogniser & { loadMs: number; mode: RecognitionMode }> {
  const worker = new Worker(workerFile(), { workerData: setup });
  const waiting = new Map<number, { resolve(answer: Heard | RecognitionMode): void; reject(e: Error): void }>();
  let nextId = 1;
  let gone: string | undefined;
  const post = (message: ToRecogniser) => worker.postMessage(message);
  const ask = <T extends Heard | RecognitionMode>(make: (id: number) => ToRecogniser): Promise<T> => {
    if (gone) return Promise.reject(new Error(gone));
    const id = nextId++;
    return new Promise<T>((res, rej) => {
      waiting.set(id, { resolve: (answer) => res(answer as T), reject: rej });
      post(make(id));
    });
  };
  const failAll = (why: string) => {
    gone = why;
    for (const w of waiting.values()) w.reject(new Error(why));
    waiting.clear();
  };
  return new Promise((resolve, reject) => {
    worker.on('message', (raw: unknown) => {
      const parsed = fromRecogniser.safeParse(raw);
      if (!parsed.success) return failAll(`the recognition worker sent something unexpected: ${parsed.error.message}`);
      const message = parsed.data;
      switch (message.type) {
        case 'partial':
          return onPartial?.(message.text);
        case 'ready':
          return resolve({
            loadMs: message.loadMs,
            mode: message.mode,
            recognise: (samples) => ask<Heard>((id) => ({ type: 'recognise', id, samples: new Int16Array(samples) })),
            feed(samples) {
              if (!gone) post({ type: 'feed', samples: new Int16Array(samples) });
            },
            finish: () => ask<Heard>((id) => ({ type: 'finish', id })),
            setGrammar: (grammar) => ask<RecognitionMode>((id) => ({ type: 'grammar', id, ...(grammar ? { grammar: { words: [...grammar.words], stems: [...grammar.stems] } } : {}) })),
            async close() {
              if (gone) return;
              failAll('the recogniser is closed');
              post({ type: 'close' });
              await new Promise((r) => worker.once('exit', r));
            },
          });
        case 'failed':
          void worker.terminate();
          return reject(new Error(message.error));
        case 'heard':
        case 'not-heard':
        case 'grammar-set':
        case 'grammar-failed': {
          const w = waiting.get(message.id);
          waiting.delete(message.id);
          if (message.type === 'heard') w?.resolve({ text: message.text, words: message.words });
          else if (message.type === 'grammar-set') w?.resolve(message.mode);
          else if (message.type === 'grammar-failed') w?.reject(new Error(`the new grammar could not be set: ${message.error}`));
          else w?.reject(new Error(`recognition failed: ${message.error}`));
        }
      }
    });
    worker.once('error', (err) => {
      failAll(`the recognition worker failed: ${err.message}`);
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!gone) failAll(`the recognition worker stopped (code ${code})`);
      reject(new Error(`the recognition worker stopped (code ${code}) before the model was loaded`));
    });
  });
}
