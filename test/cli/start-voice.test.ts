import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support/robot-harness';
import { makeTinyVoskModel } from '../support/tiny-vosk-model';
import { fakeArecord } from '../speech/support/fake-arecord';

const bin = path.resolve(__dirname, '../../bin/laiban.js');

function start(config: object, env: Record<string, string>) {
  const dir = tempDir('laiban-start-voice-');
  const file = path.join(dir, 'laiban.json');
  fs.writeFileSync(file, JSON.stringify({ understanding: { modelDir: process.env.LAIBAN_TEST_MODEL_DIR }, panel: { enabled: false }, body: { port: 'off' }, ...config }));
  const robot = spawn(process.execPath, [bin, 'start'], { env: { PATH: process.env.PATH ?? '', HOME: dir, LAIBAN_CONFIG: file, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  robot.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
  const until = async (pattern: RegExp) => {
    while (!pattern.test(stdout)) {
      if (robot.exitCode !== null) throw new Error(`laiban start ended: ${stdout}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const exited = new Promise<number | null>((r) => robot.once('exit', r));
  return { robot, until, exited, output: () => stdout, dir };
}

describe('laiban start with a microphone and a speech model', () => {
  it('listens by voice (fake arecord, Silero, the real libvosk with the tiny model in grammar mode); a typed line is still answered; "exit" ends it', async () => {
    const dir = tempDir('laiban-voice-cli-');
    const arecord = fakeArecord(dir, path.resolve(__dirname, '../fixtures/audio/wn-hur_mycket_ar_klockan.wav'));
    const model = makeTinyVoskModel(path.join(dir, 'tiny'), 'lookahead');
    const r = start({ speech: { engine: 'none', microphone: 'default' } }, { PATH: `${path.dirname(arecord)}:${process.env.PATH ?? ''}`, LAIBAN_VOSK_MODEL: model });
    try {
      await r.until(/är igång och lyssnar/);
      expect(r.output()).toContain('Säg "hej Laiban"');
      // arecord is started just before the prompt; its arguments land on disk a moment later.
      const args = path.join(dir, 'arecord-args');
      for (let i = 0; i < 100 && !fs.existsSync(args); i++) await new Promise((res) => setTimeout(res, 50));
      expect(fs.readFileSync(args, 'utf8')).toContain('-D default -t raw -f S16_LE -r 16000 -c 1');
      r.robot.stdin.write('vad är klockan\n');
      await r.until(/Klockan är|Nu är klockan/);
      r.robot.stdin.write('exit\n');
      expect(await r.exited).toBe(0);
      // The skills' vocabulary fitted to the tiny model: of its words, "ja" and "nej" are the skills' words too.
      const log = fs.readFileSync(path.join(r.dir, '.local/share/laiban/laiban.log'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { msg: string; recognition?: unknown });
      expect(log.find((l) => l.msg === 'listening by voice')?.recognition).toEqual({ kind: 'grammar', words: 2, notInModel: expect.any(Number) });
    } finally {
      if (r.robot.exitCode === null) r.robot.kill('SIGTERM'); // a failed expectation must not leave the robot (and its arecord) running
    }
  }, 60_000);

  it('without a speech model it runs in text mode and says what is missing', async () => {
    const r = start({ speech: { engine: 'none', microphone: 'default' } }, {});
    await r.until(/textläge/);
    expect(r.output()).toContain('ingen taligenkänningsmodell');
    r.robot.stdin.end('exit\n');
    expect(await r.exited).toBe(0);
  }, 60_000);
});
