/**
 * The recognition worker thread: loads libvosk and the model once (pre-warmed: a recognizer is made and
 * used on silence before "ready"), then recognises one utterance per message, so decoding never blocks
 * the robot's event loop (the panel, the bridge, the body).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { fitGrammar, readModelWords } from './grammar';
import { recognitionSetup, toRecogniser, type FromRecogniser, type RecognitionMode, type RecognitionSetup } from './recognition-messages';
import { Libvosk, type VoskModel, type VoskRecognizer } from './vosk';

const port = parentPort!;
const send = (message: FromRecogniser) => port.postMessage(message);

let model: VoskModel | undefined;
let recognizer: VoskRecognizer | undefined;
let modelWords: string[] | undefined;

/** A new recognizer for the grammar (this libvosk cannot change one in place), run once on silence. */
function listenTo(loaded: VoskModel, grammar: RecognitionSetup['grammar']): RecognitionMode {
  let mode: RecognitionMode = { kind: 'dictation', why: 'speech.recognition is "dictation"' };
  let next: VoskRecognizer;
  if (grammar && !loaded.takesGrammar) mode = { kind: 'dictation', why: `the speech model ${loaded.dir} has HCLG.fst or no HCLr.fst and Gr.fst: it cannot take a grammar` };
  if (grammar && loaded.takesGrammar) {
    modelWords ??= readModelWords(loaded.dir);
    const fitted = fitGrammar(grammar, modelWords);
    next = loaded.recognizer({ grammar: fitted.phrases });
    mode = { kind: 'grammar', words: fitted.phrases.length - 1, notInModel: fitted.notInModel };
  } else next = loaded.recognizer();
  next.accept(new Int16Array(1600));
  next.final();
  next.reset();
  recognizer?.free();
  recognizer = next;
  return mode;
}

try {
  const started = performance.now();
  const setup = recognitionSetup.parse(workerData);
  model = Libvosk.load(setup.libvosk).openModel(setup.modelDir);
  const mode = listenTo(model, setup.grammar);
  send({ type: 'ready', loadMs: performance.now() - started, mode });
} catch (err) {
  send({ type: 'failed', error: (err as Error).message });
}

port.on('message', (raw: unknown) => {
  const parsed = toRecogniser.safeParse(raw);
  if (!parsed.success) return; // only the robot's thread writes here; a malformed message is a bug, not input
  const message = parsed.data;
  if (message.type === 'close') {
    recognizer?.free();
    model?.free();
    port.close();
    return;
  }
  if (message.type === 'feed') return feed(message.samples);
  if (message.type === 'grammar') {
    if (!model) return send({ type: 'grammar-failed', id: message.id, error: 'the speech model is not loaded' });
    try {
      return send({ type: 'grammar-set', id: message.id, mode: listenTo(model, message.grammar) });
    } catch (err) {
      return send({ type: 'grammar-failed', id: message.id, error: (err as Error).message });
    }
  }
  if (!recognizer) return send({ type: 'not-heard', id: message.id, error: 'the speech model is not loaded' });
  try {
    const started = performance.now();
    if (message.type === 'recognise') recognizer.accept(message.samples);
    const heard = recognizer.final();
    recognizer.reset();
    fedSincePartial = 0;
    lastPartial = '';
    send({ type: 'heard', id: message.id, text: heard.text, words: heard.result ?? [], ms: performance.now() - started });
  } catch (err) {
    send({ type: 'not-heard', id: message.id, error: (err as Error).message });
  }
});

/** Partial words at most every 0.2 s of audio: finding the best path so far is not free on a real model. */
const PARTIAL_EVERY = 3200;
let fedSincePartial = 0;
let lastPartial = '';

function feed(samples: Int16Array): void {
  if (!recognizer) return;
  try {
    recognizer.accept(samples);
    fedSincePartial += samples.length;
    if (fedSincePartial < PARTIAL_EVERY) return;
    fedSincePartial = 0;
    const partial = recognizer.partial().partial;
    if (partial !== lastPartial) send({ type: 'partial', text: (lastPartial = partial) });
  } catch {
    // a chunk libvosk refuses is left out; finish still answers with what was decoded
  }
}
