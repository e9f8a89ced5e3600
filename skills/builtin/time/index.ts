import path from 'node:path';
import { defineSkill, localTime, readSentenceDir } from '../../sdk';
import { clockWords } from '../shared/clock-words';
import { partOfDay } from '../shared/part-of-day';
import { PART_OF_DAY_SENTENCE } from './part-of-day-words';
import { whichDay } from './which-day';

export default defineSkill({
  sentences: readSentenceDir(path.join(__dirname, 'sentences')),
  manifest: {
    id: 'time',
    version: '1.0.0',
    name: { sv: 'Klockan', en: 'The time' },
    description: { sv: 'säga vad klockan är', en: 'tell you the time' },
    languages: ['sv', 'en'],
    intents: [
      {
        id: 'time',
        slots: ['date'],
        examples: {
          sv: [
            'vad är klockan', 'vad är klockan nu', 'hur mycket är klockan', 'va e klockan', 'vad e klockan',
            'vilken tid är det', 'vad är det för tid', 'är det morgon nu', 'är det kväll nu', 'är det eftermiddag',
            'är det natt nu', 'vet du vad klockan är', 'kan du säga vad klockan är', 'hur dags är det', 'klockan',
            'vad är klockan laiban', 'säg vad klockan är', 'hur mycket är klockan nu', 'är det förmiddag eller eftermiddag',
            'vad visar klockan',
          ],
          en: [
            'what time is it', 'whats the time', 'what is the time', 'what time is it now', 'do you know what time it is',
            'can you tell me the time', 'tell me the time', 'is it morning now', 'is it evening', 'is it afternoon now',
            'what is the time now', 'the time please',
          ],
        },
      },
    ],
  },
  handle: (ctx) => {
    const now = localTime(ctx.now, ctx.timeZone);
    const askedDay = ctx.slots.date;
    if (askedDay && askedDay !== now.date) {
      return { speech: whichDay(now.date, askedDay), expression: 'neutral' };
    }
    const clock = clockWords(now.hour, now.minute);
    const part = PART_OF_DAY_SENTENCE[partOfDay(now.hour)];
    return {
      speech: { sv: `Klockan är ${clock.sv}. ${part.sv}`, en: `It's ${clock.en}. ${part.en}` },
      variants: [{ sv: `Nu är klockan ${clock.sv}. ${part.sv}`, en: `The time is ${clock.en}. ${part.en}` }],
      expression: 'happy',
    };
  },
});
