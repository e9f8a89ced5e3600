import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSpeechOut, type SpeechOutChoice } from '../../speech/out/create';
import type { SpeechOptions } from '../../speech/out/types';

let dir: string;
const choices: SpeechOutChoice[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'laiban-create-'));
});
afterEach(async () => {
  await Promise.all(choices.splice(0).map((choice) => (choice.kind === 'on' ? choice.out.close?.() : undefined)));
  await rm(dir, { recursive: true, force: true });
});

function options(overrides: Partial<SpeechOptions>): SpeechOptions {
  return { engine: 'auto', voices: { sv: 'sv', en: 'en' }, rate: 150, maxChars: 400, wavDir: dir, platform: 'linux', ...overrides };
}

async function create(...args: Parameters<typeof createSpeechOut>): Promise<SpeechOutChoice> {
  const choice = await createSpeechOut(...args);
  choices.push(choice);
  return choice;
}

const noSoundCard = async (): Promise<boolean> => false;
const soundCard = async (): Promise<boolean> => true;

describe('createSpeechOut', () => {
  it('auto on Linux without a sound card is off, with the reason', async () => {
    expect(await create(options({ engine: 'auto' }), { hasAudioOutput: noSoundCard })).toEqual({
      kind: 'off',
      reason: 'no audio device found',
    });
  });

  it('auto on Linux with a sound card and espeak-ng speaks through espeak-ng', async () => {
    const choice = await create(options({ engine: 'auto' }), { hasAudioOutput: soundCard });
    expect(choice.kind === 'on' && choice.out.engine).toBe('espeak-ng');
  });

  it('auto on macOS and Windows speaks through say', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const choice = await create(options({ engine: 'auto', platform }), { hasAudioOutput: noSoundCard });
      expect(choice.kind === 'on' && choice.out.engine).toBe('say');
    }
  });

  it('is off when the config says none', async () => {
    const choice = await create(options({ engine: 'none' }));
    expect(choice).toEqual({ kind: 'off', reason: expect.stringContaining('speech.engine is "none"') });
  });

  it('is on with the WAV sink when the config says wav, even without a sound card', async () => {
    const choice = await create(options({ engine: 'wav', wavDir: path.join(dir, 'new', 'sink') }), { hasAudioOutput: noSoundCard });
    expect(choice.kind === 'on' && choice.out.engine).toBe('wav');
  });

  it('names espeak-ng when its program is missing, for every engine that needs it', async () => {
    const espeakBinary = path.join(dir, 'bin', 'espeak-ng');
    for (const engine of ['auto', 'espeak-ng', 'wav'] as const) {
      expect(await create(options({ engine }), { espeakBinary, hasAudioOutput: soundCard })).toEqual({
        kind: 'off',
        reason: `espeak-ng is not installed: no program at ${espeakBinary} (apt-get install espeak-ng)`,
      });
    }
  });

  it('says why the WAV sink cannot use its directory', async () => {
    const aFile = path.join(dir, 'a-file');
    await writeFile(aFile, '');
    const choice = await create(options({ engine: 'wav', wavDir: path.join(aFile, 'sink') }));
    expect(choice).toEqual({ kind: 'off', reason: expect.stringMatching(/^wav: cannot use .*a-file\/sink: .*ENOTDIR/) });
  });

  it('is off for say on a platform say.js does not support, or a voice the platform cannot take', async () => {
    expect(await create(options({ engine: 'say', platform: 'freebsd' }))).toEqual({
      kind: 'off',
      reason: 'say does not support platform freebsd',
    });
    expect(await create(options({ engine: 'say', platform: 'linux', voices: { sv: 'Alva', en: 'en' } }))).toEqual({
      kind: 'off',
      reason: 'say: voice "Alva" is not a festival voice such as voice_kal_diphone',
    });
  });

  it('refuses unsafe options built in code instead of handing them to an engine', async () => {
    await expect(createSpeechOut(options({ maxChars: 0 }))).rejects.toThrow(/invalid speech options: speech\.maxChars/);
    await expect(createSpeechOut(options({ voices: { sv: '-w/tmp/x', en: 'en' } }))).rejects.toThrow(/speech\.voices\.sv/);
  });
});
