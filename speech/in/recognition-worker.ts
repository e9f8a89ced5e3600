/**
 * The recognition worker thread: loads libvosk and the model once (pre-warmed: a recognizer is made and
 * used on silence before "ready"), then recognises one utterance per message, so decoding never blocks
 * the robot's event loop (the panel, the bridge, the body).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { recognitionSetup, toRecogniser, type FromRecogniser } from './recognition-messages';
import { Libvosk, type VoskModel, type VoskRecognizer } from './vosk';

const port = parentPort!;
const send = (message: FromRecogniser) => port.postMessage(message);

let model: VoskModel | undefined;
let recognizer: VoskRecognizer | undefined;
try {
  const started = performance.now();
  const setup = recognitionSetup.parse(workerData);
  model = Libvosk.load(setup.libvosk).openModel(setup.modelDir);
  recognizer = model.recognizer();
  recognizer.accept(new Int16Array(1600));
  recognizer.final();
  recognizer.reset();
  send({ type: 'ready', loadMs: performance.now() - started });
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
  if (!recognizer) return send({ type: 'not-heard', id: message.id, error: 'the speech model is not loaded' });
  try {
    const started = performance.now();
    recognizer.accept(message.samples);
    const heard = recognizer.final();
    recognizer.reset();
    send({ type: 'heard', id: message.id, text: heard.text, words: heard.result ?? [], ms: performance.now() - started });
  } catch (err) {
    send({ type: 'not-heard', id: message.id, error: (err as Error).message });
  }
});
