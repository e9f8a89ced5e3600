/**
 * A robot can lose power or be killed while a teacher saves. A child process saves messages as fast as it
 * can and reports each committed save; it is killed with SIGKILL mid-stream. The database must open, pass
 * SQLite's integrity check, and hold every save that was reported committed (at most the one under way is lost).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PreschoolStore } from '../../robot/preschool/preschool-store';
import { tempDir } from '../support/robot-harness';

const STORE_MODULE = path.resolve(__dirname, '../../dist/robot/preschool/preschool-store.js');

const SAVER = `
const { PreschoolStore } = require(${JSON.stringify(STORE_MODULE)});
const store = PreschoolStore.open(process.argv[1]);
const alva = store.addChild('Alva');
let n = 0;
for (;;) {
  n += 1;
  store.addMessage('2026-11-25', 'meddelande ' + n);
  store.setPickup(alva.id, '2026-11-25', 'mormor ' + n, '15:30');
  process.stdout.write(n + '\\n');
}
`;

it('keeps a readable database with every committed save after kill -9 in the middle of saving', async () => {
  const file = path.join(tempDir('laiban-kill-'), 'preschool.db');
  const saver = spawn(process.execPath, ['-e', SAVER, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  let reported = 0;
  let buffered = '';
  saver.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) reported = Math.max(reported, Number(line));
  });
  await new Promise<void>((resolve) => {
    const check = setInterval(() => {
      if (reported >= 200) {
        clearInterval(check);
        saver.kill('SIGKILL');
        resolve();
      }
    }, 5);
  });
  await new Promise((resolve) => saver.once('exit', resolve));

  const store = PreschoolStore.open(file);
  expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  const saved = store.messagesOn('2026-11-25').length;
  expect(saved).toBeGreaterThanOrEqual(reported);
  // The pick-up is the latest saved one, whole: never a torn row.
  const [pickup] = store.pickupsOn('2026-11-25');
  expect(pickup?.who).toMatch(/^mormor \d+$/);
  expect(Number(pickup!.who.split(' ')[1])).toBeGreaterThanOrEqual(saved - 1);
  store.close();
}, 30_000);
