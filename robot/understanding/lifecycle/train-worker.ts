import { parentPort, workerData } from 'node:worker_threads';
import { type TrainRequest, trainFromSkills } from './train-model';

/** Runs in a worker thread so training never stalls the robot's answers. */
if (parentPort) {
  try {
    const result = trainFromSkills(workerData as TrainRequest);
    parentPort.postMessage({ ok: true, result }, [result.bytes.buffer as ArrayBuffer]);
  } catch (err) {
    parentPort.postMessage({ ok: false, error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
}
