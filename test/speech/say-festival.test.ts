import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSpeechOut } from '../../speech/out/create';
import { sayVoiceFor } from '../../speech/out/say';

/** say.js 0.16 as it is, to show that the payload below really runs code through festival. */
interface RawSayJs {
  Say: new (platform: string) => {
    speak(text: string, voice: string | null, speed: number | null, callback: (error: Error | null) => void): void;
    child: import('node:child_process').ChildProcess | null;
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'laiban-festival-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function injection(marker: string): string {
  return `hej") (system "touch ${marker}") ("`;
}

describe('say backend on Linux (real festival)', () => {
  it('unsanitised, the payload runs a command through say.js and festival', async () => {
    const marker = path.join(dir, 'pwned-raw');
    const { Say } = require('say') as RawSayJs;
    const say = new Say('linux');
    say.speak(injection(marker), null, null, () => undefined);
    await new Promise((resolve) => say.child?.once('close', resolve));
    expect(existsSync(marker)).toBe(true);
  });

  it('through createSpeechOut, the same payload is only words', async () => {
    const marker = path.join(dir, 'pwned');
    const choice = await createSpeechOut({
      engine: 'say',
      voices: { sv: 'sv', en: 'en' },
      rate: 150,
      maxChars: 400,
      wavDir: dir,
      platform: 'linux',
    });
    if (choice.kind !== 'on') throw new Error(`expected say to be on: ${choice.reason}`);
    expect(choice.out.engine).toBe('say');
    // Without a sound card festival's aplay fails and speak() rejects; either way no command may run.
    const outcome = await choice.out.speak(injection(marker), 'sv').then(
      () => 'spoken',
      (error: Error) => error.message,
    );
    expect(outcome).toMatch(/^spoken$|^say \(festival\)/);
    expect(existsSync(marker)).toBe(false);
    await choice.out.close?.();
  });
});

describe('sayVoiceFor', () => {
  it('takes language codes as the system voice and checks names per platform', () => {
    expect(sayVoiceFor('darwin', 'sv')).toEqual({ kind: 'system-default' });
    expect(sayVoiceFor('darwin', 'Alva (Premium)')).toEqual({ kind: 'named', name: 'Alva (Premium)' });
    expect(sayVoiceFor('linux', 'voice_kal_diphone')).toEqual({ kind: 'named', name: 'voice_kal_diphone' });
    expect(sayVoiceFor('linux', 'voice_kal) (system "x"')).toMatchObject({ kind: 'invalid' });
    expect(sayVoiceFor('win32', "Microsoft Bengt Desktop')&calc")).toMatchObject({ kind: 'invalid' });
    expect(sayVoiceFor('win32', 'Microsoft Bengt Desktop')).toEqual({ kind: 'named', name: 'Microsoft Bengt Desktop' });
  });
});
