/** The dictionary that tells a real word from a garbled cue: lookups, compounds, and the system's lists. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SafeguardingDetector } from '../../robot/understanding/safeguarding/detect';
import { SYSTEM_WORD_LISTS, WordList } from '../../robot/understanding/safeguarding/word-list';

describe('a word list', () => {
  const list = WordList.of(['vispa', 'kyl', 'rummet', 'övergång', 'stället', "AA's", 'Hallå']);

  it('knows its words, lower-cased, and leaves out what is not only letters', () => {
    expect(list.has('vispa')).toBe(true);
    expect(list.has('hallå')).toBe(true);
    expect(list.has('aa')).toBe(false);
    expect(list.has('rispa')).toBe(false);
    expect(list.size).toBe(6);
  });

  it('knows two of its words run together, with or without a linking s, as Swedish compounds are', () => {
    expect(list.knows('kylrummet')).toBe(true);
    expect(list.knows('övergångsstället')).toBe(true);
    expect(list.knows('kylrispa')).toBe(false);
  });

  it('reads a Latin-1 file as Debian ships the Swedish list', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'laiban-words-')), 'swedish');
    fs.writeFileSync(file, Buffer.from('böja\nskrämma\n', 'latin1'));
    expect(WordList.read(file).has('böja')).toBe(true);
  });

  it('keeps a real word from being read as a garbled cue, and still hears a garbled one', () => {
    const withList = new SafeguardingDetector({ scorer: null, wordLists: { sv: WordList.of(['vispa']) } });
    const without = new SafeguardingDetector({ scorer: null, wordLists: {} });
    expect(without.detect('ja fick vispa', { lang: 'sv' })).toBeDefined();
    expect(withList.detect('ja fick vispa', { lang: 'sv' })).toBeUndefined();
    expect(withList.detect('jag rispde mig', { lang: 'sv' })).toBeDefined();
  });

  const installed = fs.existsSync(SYSTEM_WORD_LISTS.sv) && fs.existsSync(SYSTEM_WORD_LISTS.en);
  (installed ? it : it.skip)('reads the system lists (wswedish, wamerican) when installed', () => {
    expect(WordList.system('sv')!.knows('övergångsstället')).toBe(true);
    expect(WordList.system('en')!.has('lights')).toBe(true);
  });
});
