/** `laiban ask` as a child's question through the built CLI, with a config file of the test's own. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = path.resolve(__dirname, '../../bin/laiban.js');

/** A config in `dir` using the test run's trained model and `dir/data`, with the test's own settings. */
export function writeAskConfig(dir: string, settings: object): string {
  const file = path.join(dir, 'laiban.json');
  fs.writeFileSync(file, JSON.stringify({ understanding: { modelDir: process.env.LAIBAN_TEST_MODEL_DIR }, dataDir: path.join(dir, 'data'), ...settings }));
  return file;
}

/** The answer and intent of one question asked at `now`, in the config's home (no other state). */
export async function askCli(config: string, now: string, question: string, lang?: 'sv' | 'en'): Promise<{ answer: string; intent: string }> {
  const langArgs = lang === undefined ? [] : ['--lang', lang];
  const { stdout } = await run(process.execPath, [bin, 'ask', '--json', ...langArgs, '--now', now, '--config', config, question], {
    env: { PATH: process.env.PATH ?? '', HOME: path.dirname(config) },
    timeout: 30_000,
  });
  return JSON.parse(stdout) as { answer: string; intent: string };
}
