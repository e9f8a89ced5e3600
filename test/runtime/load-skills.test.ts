import fs from 'node:fs';
import path from 'node:path';
import { assembleSkills, loadSkills } from '../../robot/runtime/load-skills';
import { builtinSkills } from '../../skills/builtin';
import { defineSkill } from '../../skills/sdk';
import { tempDir } from '../support/robot-harness';

const skill = (id: string, intent: string, sv: string[]) =>
  defineSkill({
    manifest: {
      id,
      version: '1.0.0',
      name: { sv: id, en: id },
      description: { sv: id, en: id },
      languages: ['sv'],
      intents: [{ id: intent, examples: { sv } }],
    },
    handle: () => ({ speech: { sv: 'ja', en: 'yes' }, expression: 'happy' }),
  });

function installSkill(dir: string, name: string, source: string): void {
  fs.mkdirSync(path.join(dir, name), { recursive: true });
  fs.writeFileSync(path.join(dir, name, 'index.js'), source);
}

describe('loading skills', () => {
  it('loads every built-in skill without a problem', () => {
    const loaded = loadSkills(builtinSkills, tempDir(), []);
    expect(loaded.problems).toEqual([]);
    expect(loaded.skills.map((s) => s.manifest.id).sort()).toEqual([
      'clothing', 'date', 'goodbye', 'greeting', 'help', 'lunch', 'lunch_feedback', 'needs_adult', 'pickup', 'schedule', 'smalltalk', 'social', 'time', 'weather',
    ]);
  });

  it('names every bad key of an invalid manifest and keeps loading the others', () => {
    const bad = { manifest: { id: 'Bad Id', version: 'one', name: { sv: 'x' }, languages: ['fi'], intents: [] }, handle: () => null };
    const loaded = assembleSkills([{ skill: bad, where: 'bad.js' }, { skill: skill('ok', 'ok', ['hej ok']), where: 'ok.js' }], []);
    expect(loaded.skills.map((s) => s.manifest.id)).toEqual(['ok']);
    const message = loaded.problems[0]?.message ?? '';
    expect(message).toContain('skill bad.js: invalid manifest');
    for (const key of ['id:', 'version:', 'name.en:', 'languages.0:', 'intents:', 'description:']) expect(message).toContain(key);
  });

  it('rejects a second skill with the same id or the same intent, naming both', () => {
    const loaded = assembleSkills(
      [
        { skill: skill('lunch', 'lunch', ['vad blir det för mat']), where: 'a' },
        { skill: skill('lunch', 'meny', ['vad är det för meny']), where: 'b' },
        { skill: skill('food', 'lunch', ['vad äter vi']), where: 'c' },
      ],
      [],
    );
    expect(loaded.skills).toHaveLength(1);
    expect(loaded.problems.map((p) => p.kind)).toEqual(['duplicate-skill', 'duplicate-intent']);
    expect(loaded.problems[1]?.message).toContain('skill "food" (c) declares intent "lunch", which skill "lunch" already answers');
  });

  it('reports two skills that claim the same phrase, after normalising it', () => {
    const loaded = assembleSkills(
      [
        { skill: skill('lunch', 'lunch', ['Vad blir det för mat?']), where: 'a' },
        { skill: skill('menu', 'menu', ['vad blir det för mat']), where: 'b' },
      ],
      [],
    );
    expect(loaded.problems).toEqual([
      expect.objectContaining({ kind: 'shared-example', intents: ['lunch/lunch', 'menu/menu'], example: 'vad blir det för mat' }),
    ]);
  });

  it('loads installed skills from their folder and reports one that does not load', () => {
    const dir = tempDir();
    installSkill(
      dir,
      'weather-joke',
      `module.exports = { manifest: { id: 'joke', version: '0.1.0', name: { sv: 'Skämt', en: 'Joke' },
        description: { sv: 'berätta ett skämt', en: 'tell a joke' }, languages: ['sv'], permissions: { data: [] },
        intents: [{ id: 'joke', slots: [], priority: 'normal', examples: { sv: ['berätta ett skämt'] } }] },
        handle: () => ({ speech: { sv: 'Knack knack!', en: 'Knock knock!' }, expression: 'happy' }) };`,
    );
    installSkill(dir, 'broken', 'throw new Error("syntax of the future");');
    const loaded = loadSkills(builtinSkills, dir, []);
    expect(loaded.skills.map((s) => s.manifest.id)).toContain('joke');
    // The joke's own phrases stand in the out-of-scope talk too: reported, and the skill wins (not a failure).
    expect(loaded.problems.filter((p) => p.kind !== 'claimed-out-of-scope')).toEqual([
      expect.objectContaining({ kind: 'invalid', message: expect.stringContaining('could not be loaded: syntax of the future') }),
    ]);
    expect(loaded.problems).toContainEqual(expect.objectContaining({ kind: 'claimed-out-of-scope', text: 'berätta ett skämt', intent: 'joke' }));
  });

  it('leaves out disabled skills', () => {
    const loaded = loadSkills(builtinSkills, tempDir(), ['smalltalk']);
    expect(loaded.skills.map((s) => s.manifest.id)).not.toContain('smalltalk');
  });
});
