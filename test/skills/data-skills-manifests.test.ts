import { normalizeUtterance } from '../../robot/understanding/normalize';
import { findExampleConflicts } from '../../robot/understanding/training';
import { builtinSkills } from '../../skills/builtin';
import clothing from '../../skills/builtin/clothing';
import lunch from '../../skills/builtin/lunch';
import pickup from '../../skills/builtin/pickup';
import schedule from '../../skills/builtin/schedule';
import weather from '../../skills/builtin/weather';
import { validateSkill } from '../../skills/sdk/manifest-schema';
import type { Skill, SlotKind } from '../../skills/sdk/types';

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
    // lunch_feedback: the answer to its "Vad tyckte du om maten?" after lunch is counted.
    data: ['lunch', 'lunch_feedback'],
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
    data: ['pickup'],
    description: { sv: 'säga vem som hämtar dig', en: 'tell you who picks you up' },
  },
  schedule: {
    skill: schedule,
    slots: ['date'],
    data: ['schedule'],
    description: { sv: 'berätta vad vi ska göra idag', en: 'tell you what we are doing today' },
  },
};

describe.each(Object.entries(DATA_SKILLS))('the %s skill', (id, expected) => {
  const { manifest } = expected.skill;

  it('has a valid manifest with one intent of its own name, its slots and its data sources', () => {
    expect(() => validateSkill(expected.skill, id)).not.toThrow();
    expect(manifest.id).toBe(id);
    expect(manifest.version).toBe('0.2.0');
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

describe('the teachers\' data skills', () => {
  const examples = (skill: Skill) => skill.manifest.intents.flatMap((i) => [...(i.examples.sv ?? []), ...(i.examples.en ?? [])]);

  it('learn the questions children ask about the day plan', () => {
    expect(examples(schedule)).toEqual(
      expect.arrayContaining([
        'vad ska vi göra idag', 'när ska vi gå ut', 'när är det vila', 'vad händer efter lunchen', 'vad gör vi efter mellis',
        'when do we go outside', 'when is rest time', 'what happens after lunch',
      ]),
    );
  });

  it('learn "vem hämtar mig"', () => {
    expect(examples(pickup)).toContain('vem hämtar mig');
  });
});

describe('the built-in skills together', () => {
  it('share no example phrase between intents', () => {
    expect(findExampleConflicts(builtinSkills.flatMap((s) => s.manifest.intents))).toEqual([]);
  });

  it('list the data skills after time and date and before smalltalk', () => {
    expect(builtinSkills.map((s) => s.manifest.id).slice(0, 9)).toEqual(['time', 'date', 'lunch', 'weather', 'clothing', 'pickup', 'schedule', 'lunch_feedback', 'smalltalk']);
  });
});
