import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createSpeechOut } from '../../speech/out/create';
import { splitSentences } from '../../speech/out/sentences';
import { AudioCache } from '../../speech/out/audio-cache';
import type { SpeechOptions } from '../../speech/out/types';
import { tempDir } from '../support/robot-harness';
import { recordingPlayer } from './support/recording-player';

const dir = tempDir('laiban-stream-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The real espeak-ng, with each call's arguments noted. */
function countingEspeak(): { binary: string; calls: () => string[][] } {
  const log = path.join(dir, `calls-${Math.random().toString(36).slice(2)}`);
  const binary = `${log}.sh`;
  fs.writeFileSync(binary, `#!/bin/sh\nfor a in "$@"; do printf '%s\\037' "$a"; done >> '${log}'\necho >> '${log}'\nexec espeak-ng "$@"\n`, { mode: 0o755 });
  return { binary, calls: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').map((l) => l.split('\x1f').filter(Boolean)) : []) };
}

const options: SpeechOptions = { engine: 'espeak-ng', voices: { sv: 'sv', en: 'en' }, rate: 150, maxChars: 400, wavDir: dir, platform: 'linux' };
const pcmOf = (text: string): Buffer => execFileSync('espeak-ng', ['--stdout', '-v', 'sv', '-s', '150', '--', text]).subarray(44);

describe('sentences', () => {
  it('are cut at . ! ? and …, keeping the marks; empty pieces go', () => {
    expect(splitSentences('Idag blir det fiskgratäng. Vill du höra mer? Ja!')).toEqual(['Idag blir det fiskgratäng.', 'Vill du höra mer?', 'Ja!']);
    expect(splitSentences('Klockan är tjugo i tio')).toEqual(['Klockan är tjugo i tio']);
    expect(splitSentences(' … ')).toEqual([]);
  });
});

describe('fast speech: espeak-ng streamed sentence by sentence to the player', () => {
  it('plays real Swedish audio (å, ä, ö), every sentence in order, the same samples espeak-ng makes', async () => {
    const { player, recordings } = recordingPlayer();
    const espeak = countingEspeak();
    const choice = await createSpeechOut(options, { espeakBinary: espeak.binary, player });
    if (choice.kind !== 'on') throw new Error(choice.reason);
    await choice.out.speak('Idag äter vi fiskgratäng. Sen går vi ut på gården och åker pulka.', 'sv');
    expect(recordings).toHaveLength(1);
    const played = Buffer.concat(recordings[0]!.bytes);
    expect(recordings[0]!.rate).toBe(22050);
    expect(recordings[0]!.ended).toBe(true);
    expect(played.equals(Buffer.concat([pcmOf('Idag äter vi fiskgratäng.'), pcmOf('Sen går vi ut på gården och åker pulka.')]))).toBe(true);
    let loudest = 0;
    for (let i = 0; i + 1 < played.length; i += 2) loudest = Math.max(loudest, Math.abs(played.readInt16LE(i)));
    expect(loudest).toBeGreaterThan(3000); // a voice, not silence
    expect(espeak.calls().map((c) => c.at(-1)).filter((a) => a !== '--version')).toEqual(['Idag äter vi fiskgratäng.', 'Sen går vi ut på gården och åker pulka.']);
    await choice.out.close?.();
  }, 30_000);

  it('says a sentence heard before from the cache, without running espeak-ng again', async () => {
    const { player, recordings } = recordingPlayer();
    const espeak = countingEspeak();
    const choice = await createSpeechOut(options, { espeakBinary: espeak.binary, player });
    if (choice.kind !== 'on') throw new Error(choice.reason);
    await choice.out.speak('Det vet jag inte. Fråga mig något annat!', 'sv');
    const calls = espeak.calls().length;
    await choice.out.speak('Det vet jag inte.', 'sv');
    expect(espeak.calls().length).toBe(calls);
    expect(Buffer.concat(recordings[1]!.bytes).equals(pcmOf('Det vet jag inte.'))).toBe(true);
    await choice.out.close?.();
  }, 30_000);

  it('tries a sentence once more when espeak-ng exits without a sound, so the answer is not lost', async () => {
    const marker = path.join(dir, `silent-once-${Math.random().toString(36).slice(2)}`);
    const binary = `${marker}.sh`;
    fs.writeFileSync(binary, `#!/bin/sh\ncase "$*" in *--stdout*) if [ ! -e '${marker}' ]; then touch '${marker}'; exit 0; fi;; esac\nexec espeak-ng "$@"\n`, { mode: 0o755 });
    const { player, recordings } = recordingPlayer();
    const choice = await createSpeechOut(options, { espeakBinary: binary, player });
    if (choice.kind !== 'on') throw new Error(choice.reason);
    await choice.out.speak('Hej!', 'sv');
    expect(fs.existsSync(marker)).toBe(true);
    expect(Buffer.concat(recordings[0]!.bytes).equals(pcmOf('Hej!'))).toBe(true);
    await choice.out.close?.();
  }, 30_000);

  it('keeps the cache within its size, dropping the least recently used', () => {
    const cache = new AudioCache(10);
    cache.set('a', Buffer.alloc(4));
    cache.set('b', Buffer.alloc(4));
    cache.get('a');
    cache.set('c', Buffer.alloc(4));
    expect([cache.get('a') !== undefined, cache.get('b') !== undefined, cache.get('c') !== undefined]).toEqual([true, false, true]);
  });

  it('barge-in: interrupt() stops the player and espeak-ng at once, drops what was queued, and the next answer is spoken', async () => {
    const { player, recordings } = recordingPlayer({ holdUntilAborted: true });
    const choice = await createSpeechOut(options, { player });
    if (choice.kind !== 'on') throw new Error(choice.reason);
    const long = choice.out.speak('Det här är en lång saga. Det var en gång en liten björn. Han bodde i skogen.', 'sv');
    const queued = choice.out.speak('Och den här kommer aldrig.', 'sv');
    while (recordings[0]?.firstByteAt === undefined) await new Promise((r) => setTimeout(r, 5));
    choice.out.interrupt!();
    await long;
    await queued;
    expect(recordings[0]!.aborted).toBe(true);
    expect(recordings).toHaveLength(1); // the queued answer was dropped
    const next = choice.out.speak('Hej!', 'sv');
    while (recordings[1]?.ended !== true) await new Promise((r) => setTimeout(r, 5));
    choice.out.interrupt!();
    await next;
    expect(Buffer.concat(recordings[1]!.bytes).equals(pcmOf('Hej!'))).toBe(true);
    await choice.out.close?.();
  }, 30_000);

  it('still sanitises: espeak-ng never sees phoneme brackets', async () => {
    const { player } = recordingPlayer();
    const espeak = countingEspeak();
    const choice = await createSpeechOut(options, { espeakBinary: espeak.binary, player });
    if (choice.kind !== 'on') throw new Error(choice.reason);
    await choice.out.speak('Hej [[h@l@U]] på dig.', 'sv');
    expect(espeak.calls().flat().join(' ')).not.toContain('[[');
    await choice.out.close?.();
  }, 30_000);
});
