import { normalizeUtterance } from '../../robot/understanding/normalize';
import { findExampleConflicts } from '../../robot/understanding/training';
import { builtinSkills } from '../../skills/builtin';
import clothing from '../../skills/builtin/clothing';
import lunch from '../../skills/builtin/lunch';
import pickup from '../../skills/builtin/pickup';
import schedule from '../../skills/builtin/schedule';
import weather from '../../skills/builtin/weather';
import { replySchema, validateSkill } from '../../skills/sdk/manifest-schema';
import type { Lang, Skill, SlotKind } from '../../skills/sdk/types';
import { makeContext } from '../support/skill-context';

interface Expected {
  skill: Skill;
  slots: SlotKind[];
  data: string[];
  description: { sv: string; en: string };
}

/** The five skills that answer from data (the bridge's or the teachers'); their own tests cover their answers. */
const DATA_SKILLS: Record<string, Expected> = {
  lunch: {
    skill: lunch,
    slots: ['date', 'meal'],
    data: ['lunch'],
    description: { sv: 'berätta vad det blir för mat', en: 'tell you what is for lunch' },
  },
  weather: {
    skill: weather,
    slots: ['date', 'timeOfDay'],
    data: ['weather', 'warnings'],
    description: { sv: 'berätta hur vädret blir', en: 'tell you about the weather' },
  },
  clothing: {
    skill: clothing,
    slots: ['date', 'timeOfDay'],
    data: ['weather'],
    description: { sv: 'säga vad du ska ha på dig ute', en: 'tell you what to wear outside' },
  },
  pickup: {
    skill: pickup,
    slots: ['child', 'date'],
    data: [],
    description: { sv: 'säga vem som hämtar dig', en: 'tell you who picks you up' },
  },
  schedule: {
    skill: schedule,
    slots: ['date'],
    data: [],
    description: { sv: 'berätta vad vi ska göra idag', en: 'tell you what we are doing today' },
  },
};

/** The skills whose data arrives later; until then each gives the answer it will also give when its source is down. */
const PLACEHOLDERS: Record<string, { skill: Skill; answer: string }> = {
  pickup: { skill: pickup, answer: 'Det vet jag inte. Fråga en fröken!' },
  schedule: { skill: schedule, answer: 'Jag vet inte vad vi ska göra idag. Fråga en fröken!' },
};

describe.each(Object.entries(DATA_SKILLS))('the %s skill', (id, expected) => {
  const { manifest } = expected.skill;

  it('has a valid manifest with one intent of its own name, its slots and its data sources', () => {
    expect(() => validateSkill(expected.skill, id)).not.toThrow();
    expect(manifest.id).toBe(id);
    expect(manifest.languages).toEqual(['sv', 'en']);
    expect(manifest.description).toEqual(expected.description);
    expect(manifest.permissions.data).toEqual(expected.data);
    expect(manifest.intents.map((i) => ({ id: i.id, slots: i.slots, priority: i.priority }))).toEqual([{ id, slots: expected.slots, priority: 'normal' }]);
  });

  it('has at least 30 Swedish and 15 English examples, none said twice', () => {
    const [intent] = manifest.intents;
    for (const [lang, min] of [['sv', 30], ['en', 15]] as const) {
      const texts = (intent?.examples[lang] ?? []).map(normalizeUtterance);
      expect(texts.length).toBeGreaterThanOrEqual(min);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});

describe.each(Object.entries(PLACEHOLDERS))('the placeholder %s skill', (id, expected) => {
  it.each(['sv', 'en'] as Lang[])('answers kindly and honestly that it has no data yet (%s)', async (lang) => {
    const reply = await expected.skill.handle(makeContext({ intent: id, lang, text: 'vad blir det idag', slots: { date: '2026-11-25' } }));
    expect(replySchema.parse(reply)).toEqual(reply);
    expect(['thinking', 'neutral']).toContain(reply.expression);
    expect(reply.speech.sv).toBe(expected.answer);
    expect(reply.speech.en.length).toBeGreaterThan(0);
    expect(reply.speech.en.length).toBeLessThan(90);
    expect(reply.followUp).toBeUndefined();
  });
});

describe('the built-in skills together', () => {
  it('share no example phrase between intents', () => {
    expect(findExampleConflicts(builtinSkills.flatMap((s) => s.manifest.intents))).toEqual([]);
  });

  it('list the data skills after time and date and before smalltalk', () => {
    expect(builtinSkills.map((s) => s.manifest.id).slice(0, 8)).toEqual(['time', 'date', 'lunch', 'weather', 'clothing', 'pickup', 'schedule', 'smalltalk']);
  });
});
