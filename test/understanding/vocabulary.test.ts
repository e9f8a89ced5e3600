import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSkills } from '../../robot/runtime/load-skills';
import { templateWords } from '../../robot/understanding/training/template';
import { recognitionVocabulary } from '../../robot/understanding/vocabulary';
import { builtinSkills } from '../../skills/builtin';

const REPO = path.resolve(__dirname, '../..');

describe("the recogniser's grammar: the words of the loaded skills' sentences and the safeguarding words", () => {
  const installed = fs.mkdtempSync(path.join(os.tmpdir(), 'laiban-vocabulary-'));
  afterAll(() => fs.rmSync(installed, { recursive: true, force: true }));
  const vocabularyOf = (dir: string) => {
    const loaded = loadSkills(builtinSkills, dir, []);
    return recognitionVocabulary({ intents: loaded.intents, language: loaded.language, lang: 'sv', robotName: 'Laiban', roster: ['Märta', 'Ebbe'] });
  };
  const builtin = vocabularyOf(installed);
  const words = new Set(builtin.words);

  it('spells out every word a template can make, also words joined across a group ("lunch(en|)")', () => {
    expect([...templateWords('vad (blir|är) det till lunch(en|) [idag|{day}]', 'sv', { day: { sv: ['på måndag'], en: [] } })].sort()).toEqual(
      ['blir', 'det', 'idag', 'lunch', 'lunchen', 'måndag', 'på', 'till', 'vad', 'är'].sort(),
    );
  });

  it('holds the questions, yes and no, the names, spelled-out numbers and the safeguarding words; lower-case letters only', () => {
    for (const w of ['klockan', 'lunch', 'regnar', 'hämtar', 'ja', 'nej', 'laiban', 'märta', 'ebbe', 'tio', 'tjugofyra', 'ont', 'blöder', 'ramlade', 'slog', 'kräks', 'toaletten', 'ledsen', 'hjälp']) {
      expect({ w, in: words.has(w) }).toEqual({ w, in: true });
    }
    expect(builtin.stems).toEqual(expect.arrayContaining(['blöd', 'huvud']));
    expect(builtin.words.filter((w) => !/^\p{Ll}+$/u.test(w))).toEqual([]);
    expect(builtin.words.length).toBeGreaterThan(1000);
  });

  it("grows with an installed skill's sentences: its words join the grammar", () => {
    fs.cpSync(path.join(REPO, 'skills/examples/joke'), path.join(installed, 'joke'), { recursive: true });
    const withJoke = new Set(vocabularyOf(installed).words);
    const added = [...withJoke].filter((w) => !words.has(w));
    expect(added.sort()).toEqual(['fånigt', 'skämtade', 'vits']); // "berätta en vits", "säg något fånigt", a negative
    expect([...words].filter((w) => !withJoke.has(w))).toEqual([]);
  });
});
