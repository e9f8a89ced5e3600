/** The alert chime: a real WAV that sox reads, two different sounds, and the robot playing it on an alert. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chimeWav, createChimePlayer } from '../../speech/out/chime';
import { robotWithStore } from '../safeguarding/safeguarding-harness';

/** sox's own reading of a WAV: duration in seconds, sample rate and the peak amplitude (0–1). */
function soxStats(file: string): { seconds: number; peak: number; rate: number } {
  const stat = spawnSync('sox', [file, '-n', 'stat'], { encoding: 'utf8' });
  return {
    seconds: Number(execFileSync('soxi', ['-D', file], { encoding: 'utf8' }).trim()),
    rate: Number(execFileSync('soxi', ['-r', file], { encoding: 'utf8' }).trim()),
    peak: Number(/Maximum amplitude:\s+([\d.]+)/.exec(stat.stderr)?.[1] ?? NaN),
  };
}

describe('the alert chime', () => {
  it('is a WAV sox reads: a calm, short chime for an alert and a longer, louder one for an emergency', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'laiban-chime-'));
    const alert = path.join(dir, 'alert.wav');
    const emergency = path.join(dir, 'emergency.wav');
    writeFileSync(alert, chimeWav('alert'));
    writeFileSync(emergency, chimeWav('emergency'));
    const a = soxStats(alert);
    const e = soxStats(emergency);
    expect(a.rate).toBe(22050);
    expect(a.seconds).toBeGreaterThan(0.5);
    expect(a.seconds).toBeLessThan(1.5);
    expect(e.seconds).toBeGreaterThan(a.seconds);
    expect(a.peak).toBeGreaterThan(0.2);
    expect(a.peak).toBeLessThan(0.5);
    expect(e.peak).toBeGreaterThan(a.peak);
    expect(chimeWav('alert').equals(chimeWav('emergency'))).toBe(false);
  });

  it('is written beside the spoken WAVs when the robot alerts, the emergency one for an emergency, and not for a repeat', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'laiban-chime-'));
    const player = createChimePlayer({ output: { kind: 'wav', dir } });
    const robot = robotWithStore({}, { alertSound: (kind) => player.play(kind) });
    await robot.conversation.ask('jag har ont i knät');
    await robot.conversation.ask('jag har ont i knät');
    await robot.conversation.ask('jag kan inte andas');
    await robot.conversation.ask('vad är klockan');
    for (let i = 0; i < 50 && readdirSync(dir).length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    expect(readdirSync(dir).sort()).toEqual(['0001-chime-alert.wav', '0002-chime-emergency.wav']);
    await robot.close();
  });
});
