import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TrainRequest, TrainResult } from './train-model';

/** The compiled worker: beside this file when running from dist/, else in dist/ (tests run the TS sources). */
function workerFile(): string {
  const beside = path.join(__dirname, 'train-worker.js');
  if (fs.existsSync(beside)) return beside;
  const built = path.resolve(__dirname, '../../../dist/robot/understanding/lifecycle/train-worker.js');
  if (fs.existsSync(built)) return built;
  throw new Error(`the training worker is not built (looked for ${beside} and ${built}); run npm run build`);
}

/** Trains in a worker thread; aborting the signal stops the worker (the robot is shutting down). */
export function trainInWorker(req: TrainRequest, signal?: AbortSignal): Promise<TrainResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('training was cancelled'));
    const worker = new Worker(workerFile(), { workerData: req });
    let settled = false;
    signal?.addEventListener('abort', () => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(new Error('training was cancelled'));
    });
    worker.once('message', (message: { ok: true; result: TrainResult } | { ok: false; error: string }) => {
      settled = true;
      if (message.ok) resolve({ ...message.result, bytes: new Uint8Array(message.result.bytes) });
      else reject(new Error(`training failed: ${message.error}`));
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the training worker stopped with code ${code} before it finished`));
    });
  });
}
