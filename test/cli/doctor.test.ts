import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support/robot-harness';
import { makeTinyVoskModel } from '../support/tiny-vosk-model';

const bin = path.resolve(__dirname, '../../bin/laiban.js');

function doctor(config: object, env: Record<string, string> = {}) {
  const dir = tempDir('laiban-doctor-');
  const file = path.join(dir, 'laiban.json');
  fs.writeFileSync(file, JSON.stringify({ dataDir: path.join(dir, 'data'), body: { port: 'off' }, ...config }));
  const r = spawnSync(process.execPath, [bin, 'doctor', '--config', file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: dir, ...env }, timeout: 30000 });
  return { code: r.status, lines: r.stdout.trim().split('\n'), dir };
}

describe('laiban doctor', () => {
  it('exits 1 when something the robot needs is missing, one line per check saying what to do', () => {
    const r = doctor({ speech: { engine: 'auto', microphone: 'off' } });
    expect(r.code).toBe(1);
    expect(r.lines).toContain('absent  body: absent (body.port is "off") — plug the body in by USB, or `laiban body-sim` to try a simulated one');
    expect(r.lines).toContain('MISSING microphone: off in the config (speech.microphone is "off") — set speech.microphone to "auto" or a device from `arecord -l`');
    expect(r.lines).toContain('MISSING speech model: none — unzip vosk-model-small-sv-rhasspy-0.15 and set LAIBAN_VOSK_MODEL or speech.voskModel to its folder');
    expect(r.lines.find((l) => l.includes('speaker:'))).toMatch(/^MISSING speaker: off \(no audio device found\) — connect a loudspeaker/);
    expect(r.lines).toContain('ok      Swedish voice: espeak-ng sv');
    expect(r.lines.at(-1)).toBe('The robot lacks: speaker, microphone, speech model.');
  });

  it('exits 0 when the ears, the voice and the data directory are there (the body is optional)', () => {
    const dir = tempDir('laiban-doctor-model-');
    const model = makeTinyVoskModel(path.join(dir, 'tiny'));
    const r = doctor({ speech: { engine: 'wav', microphone: 'plughw:1,0' } }, { LAIBAN_VOSK_MODEL: model });
    expect(r.lines.filter((l) => l.startsWith('MISSING'))).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.lines).toContain('ok      microphone: ALSA "plughw:1,0" (speech.microphone)');
    expect(r.lines.find((l) => l.includes('speech model:'))).toMatch(/loads \(0 MB — smaller than the Swedish model; is it the right one\?; has HCLG.fst: no grammar mode, it will decode freely\)/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
