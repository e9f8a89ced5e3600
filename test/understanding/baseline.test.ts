import { builtinSkills } from '../../skills/builtin';
import { BaselineMatcher } from '../../robot/understanding/baseline-matcher';
import { Understanding } from '../../robot/understanding/understand';

const intents = builtinSkills.flatMap((s) => s.manifest.intents);
const understanding = new Understanding(new BaselineMatcher(intents), intents, 0.45);
const understand = (text: string, lang?: 'sv' | 'en') => understanding.understand({ text, lang, defaultLang: 'sv', today: '2026-11-25', roster: [] });

describe('baseline understanding', () => {
  it.each([
    ['Vad är klockan?', 'time'],
    ['va e klockan nu', 'time'],
    ['vilken dag är det idag', 'date'],
    ['hur många dagar är det kvar till jul', 'date'],
    ['hej laiban', 'greeting'],
    ['hej då', 'goodbye'],
    ['vad kan du göra', 'help'],
    ['är du en robot', 'smalltalk'],
    ['what time is it', 'time'],
    ['what can you do', 'help'],
    ['varför är himlen blå', 'social_wonder'],
  ])('%s → %s', async (text, intent) => {
    expect((await understand(text)).intent).toBe(intent);
  });

  it.each(['sätt på musik', 'min pappa har en röd bil', 'klockan på väggen är röd', 'banan banan banan', ''])(
    'says it does not understand "%s" instead of guessing',
    async (text) => {
      expect((await understand(text)).intent).toBe('oos');
    },
  );

  it('lets a child who is hurt win over every other intent in the same sentence', async () => {
    const u = await understand('jag har ont i magen och vill veta vad klockan är');
    expect(u.intent).toBe('needs_adult');
    expect(u.confidence).toBe(1);
  });

  it('detects the language from the words when none is given', async () => {
    expect((await understand('what day is it today')).lang).toBe('en');
    expect((await understand('vilken dag är det idag')).lang).toBe('sv');
  });

  it('fills the date slot for intents that take one', async () => {
    expect((await understand('är det helg imorgon')).slots).toEqual({ date: '2026-11-26' });
    expect((await understand('hej')).slots).toEqual({});
  });
});

describe('urgent intents and a low threshold', () => {
  const scored = (scores: [string, number][]) => ({
    name: 'fixed',
    classify: async () => scores.map(([intent, confidence]) => ({ intent, confidence, lang: 'sv' as const })),
  });

  it('lets a weakly scored urgent intent not override a clear answer, even when the threshold lets both pass', async () => {
    const u = new Understanding(scored([['time', 0.7], ['needs_adult', 0.2]]), intents, 0);
    expect((await u.understand({ text: 'vad är klockan nu då', defaultLang: 'sv', today: '2026-11-25', roster: [] })).intent).toBe('time');
  });

  it('lets a clearly scored urgent intent win over a higher one', async () => {
    const u = new Understanding(scored([['time', 0.5], ['needs_adult', 0.4]]), intents, 0.3);
    expect((await u.understand({ text: 'klockan aj', defaultLang: 'sv', today: '2026-11-25', roster: [] })).intent).toBe('needs_adult');
  });
});
