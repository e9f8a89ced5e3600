import path from 'node:path';
import { defineSkill, localTime, type Localized, readSentenceDir } from '../../sdk';
import { partOfDay } from '../shared/part-of-day';

const salutation: Record<ReturnType<typeof partOfDay>, Localized> = {
  night: { sv: 'Hej! Det är mitt i natten', en: "Hello! It's the middle of the night" },
  morning: { sv: 'God morgon', en: 'Good morning' },
  forenoon: { sv: 'Hej', en: 'Hello' },
  afternoon: { sv: 'God eftermiddag', en: 'Good afternoon' },
  evening: { sv: 'God kväll', en: 'Good evening' },
};

export default defineSkill({
  sentences: readSentenceDir(path.join(__dirname, 'sentences')),
  manifest: {
    id: 'greeting',
    version: '1.0.0',
    name: { sv: 'Hälsa', en: 'Greeting' },
    description: { sv: 'säga hej', en: 'say hello' },
    languages: ['sv', 'en'],
    intents: [
      {
        id: 'greeting',
        examples: {
          sv: [
            'hej', 'hej hej', 'hejsan', 'hallå', 'hallå där', 'tjena', 'tjenare', 'god morgon', 'godmorgon', 'god dag',
            'god eftermiddag', 'god kväll', 'hej laiban', 'hej robot', 'hallå robot', 'hej på dig', 'morrn', 'hejsan svejsan',
            'hej kompis', 'tja', 'tjabba', 'tjabba tjena', 'tjenixen', 'morsning', 'morsning korsning', 'tjo', 'hallåj', 'hejhej laiban',
          ],
          en: ['hello', 'hi', 'hey', 'hi there', 'hello robot', 'good morning', 'good afternoon', 'good evening', 'hey laiban', 'howdy', 'hiya'],
        },
      },
    ],
  },
  handle: (ctx) => {
    const now = localTime(ctx.now, ctx.timeZone);
    const hello = salutation[partOfDay(now.hour)];
    const friday = now.weekday === 5;
    return {
      speech: {
        sv: `${hello.sv}! ${friday ? 'Idag är det fredag. ' : ''}Vad vill du veta?`,
        en: `${hello.en}! ${friday ? "It's Friday today. " : ''}What would you like to know?`,
      },
      expression: 'happy',
    };
  },
});
