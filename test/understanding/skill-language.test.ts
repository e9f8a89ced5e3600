import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSkills } from '../../robot/runtime/load-skills';
import { skillSetHash } from '../../robot/understanding/lifecycle/skill-set-hash';
import { trainFromSkills } from '../../robot/understanding/lifecycle/train-model';
import { OnnxIntentClassifier } from '../../robot/understanding/model/onnx-classifier';
import { extractMeal } from '../../robot/understanding/slots/meal';
import { extractTimeOfDay } from '../../robot/understanding/slots/time-of-day';
import { buildTrainingSet } from '../../robot/understanding/training';
import { builtinSkills } from '../../skills/builtin';
import { readCommonSentences, slotPhrases } from '../../skills/common';

const REPO = path.resolve(__dirname, '../..');
const JOKE_PHRASES = ['vet du ett skämt', 'berätta ett skämt till', 'knack knack'];

function withJokeInstalled(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laiban-skills-'));
  fs.cpSync(path.join(REPO, 'skills/examples/joke'), path.join(dir, 'joke'), { recursive: true });
  return dir;
}

async function topIntents(loaded: ReturnType<typeof loadSkills>, texts: string[]) {
  const trained = trainFromSkills({ intents: loaded.intents, language: loaded.language, roster: [], seed: 20261203 });
  const model = await OnnxIntentClassifier.load(trained.bytes, { labels: trained.meta.labels, buckets: trained.meta.buckets });
  const tops: Record<string, string> = {};
  for (const text of texts) tops[text] = (await model.classify(text))[0]!.intent;
  await model.close();
  return { tops, threshold: trained.meta.threshold };
}

describe('a skill that carries its own language', () => {
  const installed = withJokeInstalled();
  afterAll(() => fs.rmSync(installed, { recursive: true, force: true }));

  it('takes its phrases from the out-of-scope talk and says so at load time', () => {
    const loaded = loadSkills(builtinSkills, installed, []);
    const joke = loaded.intents.find((i) => i.id === 'joke')!;
    expect(joke.sentences?.sv?.length).toBeGreaterThan(5);
    expect(joke.sentences?.sv?.some((t) => t.includes('<'))).toBe(false); // shared rules expanded
    const claimed = loaded.problems.filter((p) => p.kind === 'claimed-out-of-scope').map((p) => (p.kind === 'claimed-out-of-scope' ? p.text : ''));
    expect(claimed).toEqual(expect.arrayContaining(['knack knack', 'vet du ett skämt']));
    const oos = new Set(buildTrainingSet(loaded.intents, { seed: 1, language: loaded.language }).filter((e) => e.intent === 'oos').map((e) => e.text));
    for (const text of JOKE_PHRASES) expect({ text, oos: oos.has(text) }).toEqual({ text, oos: false });
  });

  it('is understood once installed, and out of scope again once removed; the threshold stays meaningful', async () => {
    const withJoke = await topIntents(loadSkills(builtinSkills, installed, []), JOKE_PHRASES);
    expect(withJoke.tops).toEqual(Object.fromEntries(JOKE_PHRASES.map((t) => [t, 'joke'])));
    const without = await topIntents(loadSkills(builtinSkills, path.join(installed, 'none'), []), JOKE_PHRASES);
    expect(without.tops).toEqual(Object.fromEntries(JOKE_PHRASES.map((t) => [t, 'oos'])));
    for (const threshold of [withJoke.threshold, without.threshold]) expect(threshold).toBeGreaterThan(0.2);
    expect(Math.abs(withJoke.threshold - without.threshold)).toBeLessThan(0.2);
    // Two trainings back to back: about 55 s alone on 2 shared cores, more with the whole suite running beside it.
  }, 180_000);

  it('retrains when anything that goes into training changes', () => {
    const loaded = loadSkills(builtinSkills, path.join(installed, 'none'), []);
    const base = { intents: loaded.intents, language: loaded.language, roster: [] };
    const hash = skillSetHash(base);
    const lunch = loaded.intents.find((i) => i.id === 'lunch')!;
    const editedTemplate = loaded.intents.map((i) => (i === lunch ? { ...i, sentences: { ...i.sentences, sv: [...(i.sentences?.sv ?? []), 'finns det glass'] } } : i));
    expect(skillSetHash({ ...base, intents: editedTemplate })).not.toBe(hash);
    const editedList = { ...loaded.language, lists: { ...loaded.language.lists, dish: { sv: ['glass'], en: ['ice cream'] } } };
    expect(skillSetHash({ ...base, language: editedList })).not.toBe(hash);
    const editedCorpus = { ...loaded.language, outOfScope: { ...loaded.language.outOfScope, sv: { sentences: ['hej då'], templates: [] } } };
    expect(skillSetHash({ ...base, language: editedCorpus })).not.toBe(hash);
    expect(skillSetHash(base)).toBe(hash);
  });

  it('reports a sentence file that names an intent its skill does not have, or a rule nobody defined', () => {
    const dir = withJokeInstalled();
    fs.writeFileSync(path.join(dir, 'joke/sentences/sv.yaml'), 'intents:\n  riddle:\n    - gåta\n  joke:\n    - "<nosuchrule> skämt"\n');
    const messages = loadSkills(builtinSkills, dir, []).problems.map((p) => p.message).join('\n');
    expect(messages).toContain('intent "riddle", which it does not declare');
    expect(messages).toContain('no rule <nosuchrule>');
    fs.writeFileSync(path.join(dir, 'joke/sentences/sv.yaml'), 'intents: [unclosed\n');
    const broken = loadSkills(builtinSkills, dir, []).problems.find((p) => p.kind === 'invalid');
    expect(broken?.message).toContain('sv.yaml');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('the words templates say and the words slots fill', () => {
  it('are the same phrases: every {meal} and {timeOfDay} a template can say fills its slot', () => {
    const common = readCommonSentences();
    for (const [value, phrases] of slotPhrases(common, 'timeOfDay')) for (const p of phrases) expect(extractTimeOfDay(`hur blir vädret ${p}`)?.value).toBe(value);
    for (const [value, phrases] of slotPhrases(common, 'meal')) for (const p of phrases) expect(extractMeal(`vad blir det till ${p}`)?.value).toBe(value);
    expect(extractTimeOfDay('hur blir vädret efter vilan')).toEqual({ value: 'afternoon', matched: 'efter vilan' });
  });

  it('live in sentence files only: no built-in template is written in robot/', () => {
    const loaded = loadSkills(builtinSkills, path.join(os.tmpdir(), 'no-such-dir'), []);
    const robotSources: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts')) robotSources.push(fs.readFileSync(p, 'utf8'));
      }
    };
    walk(path.join(REPO, 'robot'));
    const source = robotSources.join('\n');
    const templates = loaded.intents.flatMap((i) => Object.values(i.sentences ?? {}).flat()).filter((t) => t.length > 25);
    expect(templates.length).toBeGreaterThan(300);
    expect(templates.filter((t) => source.includes(t))).toEqual([]);
  });
});
