import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support/robot-harness';

const bin = path.resolve(__dirname, '../../bin/laiban.js');

/** A config that loads the model trained once for this test run instead of training one per command. */
function sharedModelConfig(extra: object = {}): string {
  const file = path.join(tempDir(), 'laiban.json');
  // The panel has its own test (start-panel.test.ts); here it would only take port 8443.
  fs.writeFileSync(file, JSON.stringify({ understanding: { modelDir: process.env.LAIBAN_TEST_MODEL_DIR }, panel: { enabled: false }, ...extra }));
  return file;
}

function laiban(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const home = tempDir();
  const result = spawnSync(process.execPath, [bin, ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: home, LAIBAN_CONFIG: sharedModelConfig(), ...options.env },
    timeout: 20000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, home };
}

describe('laiban CLI', () => {
  it('tells the time the informal Swedish way', () => {
    const r = laiban(['ask', '--now', '2026-11-25T09:40:00', 'vad är klockan']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tjugo i tio');
  });

  it('knows that 24 December is julafton', () => {
    const r = laiban(['ask', '--now', '2026-12-24T10:00:00', 'vilken dag är det idag']);
    expect(r.stdout.toLowerCase()).toContain('julafton');
  });

  it('prints one JSON object with --json, and a hurt child is needs_adult', () => {
    const r = laiban(['ask', 'jag har ont i magen', '--json']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0] as string);
    expect(Object.keys(answer).sort()).toEqual(['answer', 'confidence', 'expression', 'intent', 'lang', 'ms', 'skill', 'slots', 'text'].sort());
    expect(answer).toMatchObject({ text: 'jag har ont i magen', intent: 'needs_adult', skill: 'safeguarding', lang: 'sv' });
  });

  it('answers in English with --lang en', () => {
    const r = laiban(['ask', '--lang', 'en', '--now', '2026-11-25T09:40:00', '--json', 'what time is it']);
    expect(JSON.parse(r.stdout)).toMatchObject({ lang: 'en', intent: 'time', answer: expect.stringContaining('twenty to ten') });
  });

  it('explains a wrong --now instead of answering with a wrong time', () => {
    const r = laiban(['ask', '--now', '2026-13-01T10:00', 'vad är klockan']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--now:');
  });

  it('lists every command in --help', () => {
    const r = laiban(['--help']);
    for (const command of ['start', 'ask', 'bridge', 'panel', 'config', 'skills']) expect(r.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it('runs as a console robot on piped input, answers each line, and says once, in Swedish, that the voice is off', () => {
    const r = laiban(['start'], { input: 'hej\nvad är klockan\nexit\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('textläge');
    expect(r.stdout).toMatch(/Klockan är|Nu är klockan/);
    expect(r.stdout.match(/Rösten är avstängd: inget ljudkort hittades\./g) ?? []).toHaveLength(1);
    expect(r.stdout).toContain('Ingen kropp är ansluten');
    // No English from the machinery on the staff's console.
    expect(r.stdout).not.toMatch(/udevadm|no audio device|serial port/);
  });

  it('ends on "exit" while its input stays open', async () => {
    const robot = spawn(process.execPath, [bin, 'start'], {
      env: { PATH: process.env.PATH ?? '', HOME: tempDir(), LAIBAN_CONFIG: sharedModelConfig() },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    robot.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const ended = new Promise<number | null>((resolve) => robot.on('exit', (code) => resolve(code)));
    robot.stdin.write('vad är klockan\nexit\n');
    // stdin is never closed: before, the robot waited for it for ever.
    const code = await Promise.race([ended, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 15_000))]);
    if (code === 'still running') robot.kill();
    expect(code).toBe(0);
    expect(out).toMatch(/Klockan är|Nu är klockan/);
  });

  it('keeps running on defaults when the config is broken, and says what is wrong', () => {
    const dir = tempDir();
    const file = path.join(dir, 'laiban.json');
    fs.writeFileSync(file, JSON.stringify({ language: 'fi', speech: { engine: 'none' }, understanding: { modelDir: process.env.LAIBAN_TEST_MODEL_DIR } }));
    const r = laiban(['ask', '--config', file, '--json', 'vad är klockan']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('language');
    expect(JSON.parse(r.stdout).intent).toBe('time');
  });

  it('starts with the panel off, saying why, when the config file is not JSON at all', () => {
    const dir = tempDir();
    const file = path.join(dir, 'laiban.json');
    fs.writeFileSync(file, 'panel: on\nport 8443\n');
    const r = laiban(['start', '--config', file], { input: 'vad är klockan\nexit\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Personalpanelen är avstängd tills inställningen är rättad: .*laiban\.json: line 1/);
    expect(r.stdout).not.toMatch(/engångskoden|Personalpanelen: https/);
    expect(r.stdout).toMatch(/Klockan är|Nu är klockan/);
  });

  it('nlu eval prints the safeguarding detector\'s figures for a safeguarding set', () => {
    const set = path.resolve(__dirname, '../../robot/understanding/safeguarding/examples/dev.jsonl');
    const r = laiban(['nlu', 'eval', set]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/safeguarding on 381 utterances/);
    expect(r.stdout).toMatch(/emergencies\s+100\.0%/);
    expect(r.stdout).toMatch(/one word garbled: recall/);
    expect(r.stdout).toMatch(/^\s+toilet_routine\s+20 /m);
  });

  it('config check fails on a bad file and passes a good one', () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.json');
    const good = path.join(dir, 'good.json');
    fs.writeFileSync(bad, '{"speech": {"engine": "espeek"}}');
    fs.writeFileSync(good, '{"language": "en"}');
    const failed = laiban(['config', 'check', bad]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('speech.engine');
    expect(laiban(['config', 'check', good]).code).toBe(0);
  });

  it('lists the loaded skills', () => {
    const r = laiban(['skills']);
    expect(r.code).toBe(0);
    for (const id of ['time', 'date', 'greeting', 'goodbye', 'help', 'smalltalk', 'needs_adult']) expect(r.stdout).toMatch(new RegExp(`^${id} `, 'm'));
  });
});
