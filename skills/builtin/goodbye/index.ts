import path from 'node:path';
import { addCalendarDays, defineSkill, holidaysOn, isDayOff, localTime, type Localized, readSentenceDir } from '../../sdk';
import { partOfDay } from '../shared/part-of-day';

/** Holidays children wish each other by name; anything else closed tomorrow is "trevlig helg". */
const FESTIVE_WISHES: { match: RegExp; wish: Localized }[] = [
  { match: /^(julafton|juldagen)$/, wish: { sv: 'God jul!', en: 'Merry Christmas!' } },
  { match: /^nyårsafton$/, wish: { sv: 'Gott nytt år!', en: 'Happy New Year!' } },
  { match: /^(långfredagen|påskafton|påskdagen)$/, wish: { sv: 'Glad påsk!', en: 'Happy Easter!' } },
  { match: /^midsommarafton$/, wish: { sv: 'Glad midsommar!', en: 'Happy Midsummer!' } },
];

function wishFor(tomorrow: string): Localized | undefined {
  if (!isDayOff(tomorrow)) return undefined;
  for (const holiday of holidaysOn(tomorrow)) {
    const festive = FESTIVE_WISHES.find((f) => f.match.test(holiday.name.sv));
    if (festive) return festive.wish;
  }
  return { sv: 'Trevlig helg!', en: 'Have a nice weekend!' };
}

export default defineSkill({
  sentences: readSentenceDir(path.join(__dirname, 'sentences')),
  manifest: {
    id: 'goodbye',
    version: '1.0.0',
    name: { sv: 'Hej då', en: 'Goodbye' },
    description: { sv: 'säga hej då', en: 'say goodbye' },
    languages: ['sv', 'en'],
    intents: [
      {
        id: 'goodbye',
        examples: {
          sv: [
            'hej då', 'hejdå', 'hej så länge', 'vi ses', 'vi ses imorgon', 'ha det bra', 'adjö', 'nu går jag hem', 'jag ska gå hem nu',
            'nu ska jag gå hem', 'hej då laiban', 'god natt', 'godnatt', 'vi ses sen', 'puss och kram', 'nu går jag', 'ha det så bra',
            'vi ses på måndag', 'mamma är här nu hej då', 'bajbaj', 'hej svejs', 'ses', 'ses imorgon', 'sov gott', 'sov gott laiban', 'hej då då',
          ],
          en: ['bye', 'goodbye', 'bye bye', 'see you', 'see you tomorrow', 'good night', 'i am going home', 'see you later', 'have a nice day', 'bye laiban'],
        },
      },
    ],
  },
  handle: (ctx) => {
    const now = localTime(ctx.now, ctx.timeZone);
    const wish = wishFor(addCalendarDays(now.date, 1));
    const part = partOfDay(now.hour);
    const niceRest: Localized =
      part === 'evening' || part === 'night'
        ? { sv: 'Sov gott!', en: 'Sleep well!' }
        : part === 'afternoon'
          ? { sv: 'Ha en fin kväll!', en: 'Have a lovely evening!' }
          : { sv: 'Ha en fin dag!', en: 'Have a lovely day!' };
    const closing = wish ?? niceRest;
    return {
      speech: { sv: `Hej då! ${closing.sv}`, en: `Bye bye! ${closing.en}` },
      variants: [{ sv: `Hej hej! ${closing.sv}`, en: `See you! ${closing.en}` }],
      expression: 'happy',
    };
  },
});
