import { buildTrainingSet, claimant } from '../../../robot/understanding/training';
import { gatherLanguage } from '../../../robot/understanding/training/language';
import { builtinSkills } from '../../../skills/builtin';

const { intents, language } = gatherLanguage(builtinSkills);
const INTENT_TEMPLATES = Object.fromEntries(intents.map((i) => [i.id, i.sentences]));
/** The intents that answer a question about the day; children ask them in the most ways. */
const QUESTIONS = ['lunch', 'weather', 'clothing', 'pickup', 'time', 'date', 'schedule'];

describe('the templates of the built-in intents', () => {
  it('give every intent many ways to say it, in both languages', () => {
    for (const spec of intents) {
      const t = INTENT_TEMPLATES[spec.id];
      expect({ id: spec.id, sv: (t?.sv?.length ?? 0) >= 20, en: (t?.en?.length ?? 0) >= 12 }).toEqual({ id: spec.id, sv: true, en: true });
    }
  });

  it('ask each question after a greeting, as a statement, and with Swedish words in English', () => {
    for (const id of QUESTIONS) {
      const sv = INTENT_TEMPLATES[id]?.sv ?? [];
      const en = INTENT_TEMPLATES[id]?.en ?? [];
      expect({ id, greetingFirst: sv.some((t) => t.startsWith('(hej|')) && en.some((t) => t.startsWith('(hi|')) }).toEqual({ id, greetingFirst: true });
      expect({ id, statement: sv.some((t) => t.includes('jag undrar')) && en.some((t) => t.includes('i wonder')) }).toEqual({ id, statement: true });
      expect({ id, withName: sv.some((t) => t.includes('{child}')) && en.some((t) => t.includes('{child}')) }).toEqual({ id, withName: true });
      expect({ id, mixed: en.some((t) => /[åäö]|mamma|pappa|mellis|vila|samling|gympa|klockan|regn|vantar/.test(t)) }).toEqual({ id, mixed: true });
    }
  });
});

describe('the out-of-scope examples', () => {
  const labels = new Map(buildTrainingSet(intents, { seed: 7, language }).map((e) => [e.text, e.intent]));
  const lists = { ...language.lists, child: { sv: ['alva'], en: ['alva'] } };
  const claims = { sv: claimant(intents, lists, 'sv'), en: claimant(intents, lists, 'en') };
  const labelOf = (t: string) => labels.get(t) ?? claims.sv(t) ?? claims.en(t) ?? '';

  it('hold hard negatives for every intent: its words in sentences that ask or say something else (or that only chat answers)', () => {
    const hardNegatives = [
      'pappa kan steka fiskpinnar', 'jag tycker inte om soppa', 'varför snöar det', 'jag har på mig min overall', 'mamma hämtade mig tidigt igår',
      'klockan är rund', 'måndag tisdag onsdag torsdag fredag lördag söndag', 'ett två tre', 'vi hade gympa igår', 'hugo är sjuk idag',
      'vad heter alvas mamma', 'jag sa hej till fröken', 'i like fish fingers', 'why does it snow', 'my mum picked me up early yesterday',
      'the clock is round', 'we had gym yesterday', 'where is elsa',
    ];
    expect(hardNegatives.filter((t) => !/^(oos|social_\w+)$/.test(labelOf(t)))).toEqual([]);
  });
});
