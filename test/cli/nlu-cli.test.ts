import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support/robot-harness';

const bin = path.resolve(__dirname, '../../bin/laiban.js');

function laiban(args: string[], input = '', modelDir = process.env.LAIBAN_TEST_MODEL_DIR) {
  const config = path.join(tempDir(), 'laiban.json');
  fs.writeFileSync(config, JSON.stringify({ understanding: { modelDir } }));
  const r = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: tempDir(), LAIBAN_CONFIG: config },
    timeout: 120000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('laiban nlu', () => {
  it('predict reads lines and writes one JSON object per line, with dates and roster names in the slots', () => {
    const modelDir = tempDir();
    fs.cpSync(process.env.LAIBAN_TEST_MODEL_DIR as string, modelDir, { recursive: true });
    const r = laiban(
      ['nlu', 'predict', '--now', '2026-11-25T09:40:00', '--roster', 'Alva,Elias'],
      'vem hämtar alwa imorgon\nvad blir det för mat på fredag\nsätt på musik\n',
      modelDir,
    );
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ text: 'vem hämtar alwa imorgon', intent: 'pickup', slots: { child: 'Alva', date: '2026-11-26' } });
    expect(lines[1]).toMatchObject({ intent: 'lunch', slots: { date: '2026-11-27' } });
    expect(lines[2]).toMatchObject({ intent: 'oos', slots: {} });
    expect(typeof lines[0].confidence).toBe('number');
  }, 120000);

  it('eval prints accuracy, oos precision and recall and the confusions, for the model and the baseline', () => {
    const file = path.join(tempDir(), 'mini.jsonl');
    fs.writeFileSync(
      file,
      ['{"text":"vad är klockan","intent":"time","lang":"sv"}', '{"text":"sätt på musik","intent":"oos","lang":"sv"}', '{"text":"hej då","intent":"goodbye"}'].join('\n'),
    );
    const r = laiban(['nlu', 'eval', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('== onnx on');
    expect(r.stdout).toContain('== baseline on');
    expect(r.stdout).toMatch(/oos precision/);
  });

  it('eval names the line of a broken file', () => {
    const file = path.join(tempDir(), 'bad.jsonl');
    fs.writeFileSync(file, '{"text":"hej","intent":"greeting"}\n{"text": 3}\n');
    const r = laiban(['nlu', 'eval', file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('bad.jsonl:2: needs "text" and "intent" strings');
  });
});
