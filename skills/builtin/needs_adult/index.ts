import path from 'node:path';
import { defineSkill, type Localized, readSentenceDir } from '../../sdk';

/**
 * The robot's safeguarding layer (robot/safeguarding) answers every child who needs a grown-up, before and
 * apart from any skill, and alerts the staff. This skill carries what the rest of the robot needs to know
 * of it: its name and description for help, and examples the intent model learns the class from.
 */
const ASK: Localized = { sv: 'Har det hänt något? Ska jag säga till en vuxen?', en: 'Has something happened? Shall I tell a grown-up?' };

export default defineSkill({
  sentences: readSentenceDir(path.join(__dirname, 'sentences')),
  manifest: {
    id: 'needs_adult',
    version: '1.0.0',
    name: { sv: 'Hämta en vuxen', en: 'Get a grown-up' },
    description: { sv: 'säga till en fröken om du har ont eller är ledsen', en: 'tell a teacher if you are hurt or sad' },
    languages: ['sv', 'en'],
    intents: [
      {
        id: 'needs_adult',
        priority: 'urgent',
        examples: {
          sv: [
            'jag har ont', 'jag har ont i magen', 'jag har ont i huvudet', 'jag har ont i foten', 'jag har jätteont', 'jag har så ont', 'det gör ont',
            'aj det gör ont', 'jag slog mig', 'jag har slagit mig', 'jag har gjort illa mig', 'jag gjorde illa mig', 'jag ramlade', 'jag har ramlat',
            'det blöder', 'jag blöder', 'jag mår illa', 'jag mår inte bra', 'jag är sjuk', 'jag har feber', 'jag ska kräkas', 'jag kräktes',
            'jag är ledsen', 'jag är så ledsen', 'jag gråter', 'jag är rädd', 'jag saknar mamma', 'jag saknar pappa', 'jag vill till mamma',
            'jag måste kissa', 'jag behöver kissa', 'jag måste bajsa', 'jag behöver gå på toa', 'jag behöver gå på toaletten', 'jag har kissat på mig',
            'han slog mig', 'hon slog mig', 'någon slog mig', 'de slog mig', 'jag blev slagen', 'han knuffade mig', 'hon knuffade mig', 'han bet mig',
            'hon bet mig', 'han sparkade mig', 'hon sparkade mig', 'någon är dum mot mig', 'de retas med mig', 'jag hittar inte fröken',
            'var är fröken', 'jag hittar inte min fröken', 'jag har gått vilse',
            'jag vill ha min mamma', 'jag vill ha min pappa', 'jag längtar efter mamma', 'jag vill åka hem', 'jag vill gå hem nu',
            'ingen leker med mig', 'de vill inte leka med mig', 'jag får inte vara med', 'jag fick inte vara med och leka', 'alla är dumma mot mig',
            'han retas', 'hon retas', 'de retar mig', 'jag fick en sticka', 'jag har en flisa i handen', 'jag har skavsår', 'jag skrapade knät',
            'jag har ont i knät', 'jag har ont i armen', 'mitt finger gör ont',
            // Whoever did it ("elias knuffade mig"), these words anywhere in a sentence reach a grown-up.
            'slog mig', 'knuffade mig', 'sparkade mig', 'bet mig', 'nöp mig', 'rev mig', 'retas med mig', 'gör ont',
          ],
          en: [
            'i am hurt', 'im hurt', 'it hurts', 'my tummy hurts', 'my head hurts', 'i hurt myself', 'i fell down', 'i am bleeding', 'i feel sick',
            'i am sick', 'i am sad', 'im sad', 'i am scared', 'i miss my mum', 'i need the toilet', 'i need to pee', 'i need to poo', 'i need a wee',
            'someone hit me', 'he hit me', 'she hit me', 'he pushed me', 'she pushed me', 'he bit me', 'she kicked me', 'i cant find my teacher',
            'where is my teacher', 'i am lost',
            'i want my mum', 'i want my daddy', 'i want to go home', 'nobody wants to play with me', 'they are teasing me', 'i have a splinter',
            'i hurt my knee', 'my arm hurts', 'hit me', 'pushed me', 'kicked me', 'bit me', 'pinched me', 'scratched me',
          ],
        },
      },
    ],
  },
  // Reached only if the safeguarding layer is bypassed (a test that calls the skill itself): ask, never guess.
  handle: () => ({ speech: ASK, expression: 'thinking' }),
});
