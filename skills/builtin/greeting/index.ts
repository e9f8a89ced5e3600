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
    // Two short sentences at most: "God morgon, idag är det fredag! Vad vill du veta?"
    const friday = now.weekday === 5;
    const fridaySv = friday ? ', idag är det fredag' : '';
    const fridayEn = friday ? ", it's Friday today" : '';
    return {
      speech: {
        sv: `${hello.sv}${fridaySv}! Vad vill du veta?`,
        en: `${hello.en}${fridayEn}! What would you like to know?`,
      },
      variants: [
        { sv: `${hello.sv}${fridaySv}! Vad roligt att se dig.`, en: `${hello.en}${fridayEn}! How nice to see you.` },
        { sv: `${hello.sv}${fridaySv}! Fråga mig vad du vill.`, en: `${hello.en}${fridayEn}! Ask me anything you like.` },
      ],
      expression: 'happy',
    };
  },
});
