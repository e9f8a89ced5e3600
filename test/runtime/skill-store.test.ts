import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { JsonFileStore } from '../../robot/runtime/skill-store';
import { tempDir } from '../support/robot-harness';

const distStore = path.resolve(__dirname, '../../dist/robot/runtime/skill-store.js');

describe('a skill’s key-value store', () => {
  it('keeps values across restarts', async () => {
    const file = path.join(tempDir(), 'skill-data', 'lunch.json');
    const first = new JsonFileStore(file);
    await first.set('rating', { smiles: 3 });
    await first.set('gone', true);
    await first.delete('gone');
    const second = new JsonFileStore(file);
    expect(await second.get('rating')).toEqual({ smiles: 3 });
    expect(await second.get('gone')).toBeUndefined();
  });

  it('sets a corrupt file aside and starts afresh instead of failing the skill', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'x.json');
    fs.writeFileSync(file, '{"half": ');
    const store = new JsonFileStore(file);
    expect(await store.get('half')).toBeUndefined();
    await store.set('ok', 1);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ ok: 1 });
    expect(fs.readdirSync(dir).some((f) => f.startsWith('x.json.corrupt-'))).toBe(true);
  });

  it('leaves a whole file when the process is killed in the middle of writing', async () => {
    const file = path.join(tempDir(), 'counter.json');
    const writer = spawn(process.execPath, [
      '-e',
      `const { JsonFileStore } = require(${JSON.stringify(distStore)});
       const store = new JsonFileStore(${JSON.stringify(file)});
       const big = 'x'.repeat(200000);
       (async () => { for (let i = 0; ; i++) { await store.set('n', i); await store.set('big', big + i); if (i === 3) console.log('writing'); } })();`,
    ]);
    await new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, 150));
    writer.kill('SIGKILL');
    await new Promise((r) => writer.once('exit', r));
    const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(saved.n).toBeGreaterThanOrEqual(3);
    expect(typeof saved.big).toBe('string');
  });
});
