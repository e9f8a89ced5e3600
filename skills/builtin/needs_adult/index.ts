import { defineSkill, type Localized } from '../../sdk';
import { mentions } from '../shared/text';

interface Need {
  cues: string[];
  comfort: Localized;
}

/** The first matching need shapes the words; every need sends the child to a grown-up and alerts the staff. */
const NEEDS: Need[] = [
  {
    cues: ['slog', 'slagen', 'sparkade', 'knuffade', 'bet', 'nyp', 'nöp', 'retas', 'retar', 'elak', 'dum mot mig', 'hit', 'kicked', 'pushed', 'bit', 'mean'],
    comfort: { sv: 'Åh, så får det inte vara. Gå till en fröken och berätta vad som hände.', en: "Oh, that's not okay. Go to a teacher and tell them what happened." },
  },
  {
    cues: ['kissa', 'bajsa', 'toa', 'toaletten', 'toalett', 'kiss', 'bajs', 'pee', 'poo', 'toilet', 'bathroom', 'potty'],
    comfort: { sv: 'Gå till en fröken, så hjälper hon dig till toaletten.', en: 'Go to a teacher, and they will help you to the toilet.' },
  },
  {
    cues: ['ledsen', 'gråter', 'grät', 'saknar', 'ensam', 'rädd', 'vill ha mamma', 'vill ha pappa', 'vill hem', 'sad', 'crying', 'miss', 'lonely', 'scared', 'afraid', 'want my'],
    comfort: { sv: 'Vad tråkigt att du är ledsen. Gå till en fröken, så får du en kram.', en: "I'm sorry you feel sad. Go to a teacher, and you'll get a hug." },
  },
  {
    cues: ['leka med mig', 'får inte vara med', 'fick inte vara med', 'utanför', 'play with me', 'left out'],
    comfort: { sv: 'Vad tråkigt. Gå till en fröken, så hittar ni någon att leka med.', en: "That's sad. Go to a teacher, and you'll find someone to play with." },
  },
  {
    cues: ['hittar inte', 'var är fröken', 'försvunnen', 'vilse', 'cant find', 'can not find', 'lost', 'where is my teacher'],
    comfort: { sv: 'Stanna här en stund, så kommer en vuxen.', en: 'Stay here for a moment, and a grown-up will come.' },
  },
];

const HURT: Localized = {
  sv: 'Oj, stackars dig. Gå till en fröken, så hjälper hon dig.',
  en: 'Oh no, poor you. Go to a teacher, and they will help you.',
};

const STAFF_TOLD: Localized = { sv: 'Jag säger till personalen också.', en: "I'm telling the staff too." };

export default defineSkill({
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
  handle: (ctx) => {
    ctx.emit({ type: 'alert', reason: 'needs_adult', skill: 'needs_adult', text: ctx.text, at: ctx.now.toISOString() });
    const comfort = NEEDS.find((n) => mentions(ctx.text, n.cues))?.comfort ?? HURT;
    return { speech: { sv: `${comfort.sv} ${STAFF_TOLD.sv}`, en: `${comfort.en} ${STAFF_TOLD.en}` }, expression: 'sad' };
  },
});
