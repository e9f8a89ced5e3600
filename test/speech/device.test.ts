import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hasAudioOutput } from '../../speech/out/device';

const ONE_CARD = ' 0 [PCH            ]: HDA-Intel - HDA Intel PCH\n                      HDA Intel PCH at 0xf7f10000 irq 32\n';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'laiban-device-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string, mode = 0o644): Promise<string> {
  const filePath = path.join(dir, name);
  await writeFile(filePath, content);
  await chmod(filePath, mode);
  return filePath;
}

/** A stand-in for `aplay -l`: a real program printing what aplay prints in each case. */
function aplayPrinting(name: string, stdout: string, stderr: string, code: number): Promise<string> {
  return file(name, `#!/bin/sh\nprintf '%s' '${stdout}'\nprintf '%s' '${stderr}' >&2\nexit ${code}\n`, 0o755);
}

describe('hasAudioOutput', () => {
  it('is true on macOS and Windows without probing', async () => {
    const missing = path.join(dir, 'missing');
    expect(await hasAudioOutput({ platform: 'darwin', cardsFile: missing, aplayBinary: missing })).toBe(true);
    expect(await hasAudioOutput({ platform: 'win32', cardsFile: missing, aplayBinary: missing })).toBe(true);
  });

  it('is false on Linux when the ALSA card list is missing or says there are no cards', async () => {
    const aplayBinary = path.join(dir, 'no-aplay');
    expect(await hasAudioOutput({ platform: 'linux', cardsFile: path.join(dir, 'missing'), aplayBinary })).toBe(false);
    const none = await file('cards-none', '--- no soundcards ---\n');
    expect(await hasAudioOutput({ platform: 'linux', cardsFile: none, aplayBinary })).toBe(false);
  });

  it('trusts the card list when aplay is not installed', async () => {
    const cards = await file('cards-one', ONE_CARD);
    expect(await hasAudioOutput({ platform: 'linux', cardsFile: cards, aplayBinary: path.join(dir, 'no-aplay') })).toBe(true);
  });

  it('asks aplay -l whether a listed card can play', async () => {
    const cards = await file('cards-one-b', ONE_CARD);
    const playing = await aplayPrinting(
      'aplay-card',
      '**** List of PLAYBACK Hardware Devices ****\ncard 0: PCH [HDA Intel PCH], device 0: ALC892 Analog [ALC892 Analog]\n',
      '',
      0,
    );
    const captureOnly = await aplayPrinting('aplay-none', '', 'aplay: device_list:274: no soundcards found...\n', 1);
    expect(await hasAudioOutput({ platform: 'linux', cardsFile: cards, aplayBinary: playing })).toBe(true);
    expect(await hasAudioOutput({ platform: 'linux', cardsFile: cards, aplayBinary: captureOnly })).toBe(false);
  });
});
