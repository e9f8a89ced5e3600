/** What the robot says back to a child's own news: likes, birthdays, everyday feelings, teasing. */
import type { Localized, Reply } from '../../sdk/types';
import { capitalize, mentions } from '../shared/text';

const reply = (speech: Localized, variants: Localized[], expression: Reply['expression'] = 'happy'): Reply => ({ speech, variants, expression });

/** "jag gillar dinosaurier" → "dinosaurier": the thing liked, when it is short enough to say back. */
const LIKED_AFTER = /(?:^| )(?:gillar|tycker om|älskar|favorit\w* är|like|love|likes|loves|favourite \w+ is|favorite \w+ is) (.+)$/u;
const MAX_ECHOED_WORDS = 3;

function likedThing(text: string): string | undefined {
  const found = LIKED_AFTER.exec(text)?.[1]?.trim();
  if (!found || found.split(' ').length > MAX_ECHOED_WORDS) return undefined;
  return found;
}

/** "jag tycker inte om fisk", "broccoli är äckligt": a dislike is fine too, and not "how nice". */
const DISLIKE = ['inte', 'äckligt', 'äcklig', 'dumt', 'yucky', 'yuck', 'dont', 'not', 'hate'];

export function likes(text: string): Reply {
  if (mentions(text, DISLIKE)) {
    return reply({ sv: 'Okej, man behöver inte tycka om allt. Vad tycker du om då?', en: "Okay, you don't have to like everything. What do you like?" }, [
      { sv: 'Jaså, det tycker du inte om. Vad är godast då?', en: "Oh, you don't like that. What's your favourite then?" },
    ], 'neutral');
  }
  const thing = likedThing(text);
  if (!thing) {
    return reply({ sv: 'Vad roligt att höra! Berätta mer.', en: 'How nice to hear! Tell me more.' }, [
      { sv: 'Åh, det låter fint! Vad tycker du mer om?', en: 'Oh, that sounds lovely! What else do you like?' },
    ]);
  }
  const said = capitalize(thing);
  return reply({ sv: `${said}, vad roligt! Vad tycker du mer om?`, en: `${said}, how fun! What else do you like?` }, [
    { sv: `Åh, ${thing}! Det låter jättefint.`, en: `Oh, ${thing}! That sounds great.` },
    { sv: `${said}? Det tycker jag också om!`, en: `${said}? I like that too!` },
  ]);
}

const SELF = ['jag', 'ja', 'i', 'im'];
const NUMBER = /(?:^| )(\d+|ett|en|två|tre|fyra|fem|sex|sju|one|two|three|four|five|six|seven)(?: år| years?|$| )/u;

export function birthday(text: string): Reply {
  const aboutSelf = SELF.some((w) => text.startsWith(`${w} `));
  if (!aboutSelf) {
    return reply({ sv: 'Vad roligt! Säg grattis från mig.', en: 'How lovely! Say happy birthday from me.' }, [
      { sv: 'Hurra! Hälsa grattis från mig.', en: 'Hooray! Wish them happy birthday from me.' },
    ]);
  }
  if (mentions(text, ['fyller', 'födelsedag', 'kalas', 'birthday'])) {
    return reply({ sv: 'Grattis på födelsedagen! Hoppas du får en jättefin dag.', en: 'Happy birthday! I hope you have a lovely day.' }, [
      { sv: 'Hurra, grattis! Vad roligt att du fyller år.', en: "Hooray, happy birthday! How fun that it's your birthday." },
    ]);
  }
  const age = NUMBER.exec(text)?.[1];
  const said = age ? capitalize(age) : undefined;
  return said
    ? reply({ sv: `${said} år, vad stor du är!`, en: `${said}, how big you are!` }, [{ sv: `Oj, ${age} år! Det är stort.`, en: `Wow, ${age}! That's big.` }])
    : reply({ sv: 'Vad stor du är!', en: 'How big you are!' }, []);
}

interface Feeling {
  cues: string[];
  reply: Reply;
}

/** Everyday feelings; sad, scared or hurt never come here (the safeguarding layer answers them first). */
const FEELINGS: Feeling[] = [
  {
    cues: ['fryser', 'kall', 'frusen', 'kallt', 'cold', 'freezing'],
    reply: reply({ sv: 'Oj, fryser du? Säg till en vuxen, så kan du få något varmt på dig.', en: "Oh, are you cold? Tell a grown-up, and you can get something warm on." }, [
      { sv: 'Brr! Säg till en vuxen, så får du en tröja till.', en: 'Brr! Tell a grown-up, and you can get another jumper.' },
    ]),
  },
  {
    cues: ['varm', 'svettig', 'varmt', 'svettas', 'hot', 'sweaty'],
    reply: reply({ sv: 'Oj, är du varm? Drick lite vatten och säg till en vuxen.', en: 'Oh, are you hot? Have some water and tell a grown-up.' }, []),
  },
  {
    cues: ['hungrig', 'hungriga', 'kurrar', 'hungry', 'starving'],
    reply: reply({ sv: 'Snart blir det mat! Säg till en vuxen om du är jättehungrig.', en: "Food is coming soon! Tell a grown-up if you're very hungry." }, [
      { sv: 'Magen kurrar, va? Fråga mig vad det blir för mat!', en: "Tummy rumbling? Ask me what's for lunch!" },
    ]),
  },
  {
    cues: ['mätt', 'proppmätt', 'full'],
    reply: reply({ sv: 'Skönt att vara mätt! Då orkar du leka.', en: 'Nice to be full! Now you have energy to play.' }, []),
  },
  {
    cues: ['törstig', 'törstiga', 'thirsty'],
    reply: reply({ sv: 'Säg till en vuxen, så får du lite vatten.', en: 'Tell a grown-up, and you can have some water.' }, []),
  },
  {
    cues: ['trött', 'trötta', 'sömnig', 'tired', 'sleepy'],
    reply: reply({ sv: 'Då kanske du behöver vila en stund. Säg till en vuxen.', en: 'Maybe you need a little rest. Tell a grown-up.' }, [
      { sv: 'Gäsp, det är skönt att vila lite! Säg till en vuxen om du vill vila.', en: 'Yawn, resting is nice! Tell a grown-up if you want a rest.' },
    ]),
  },
  {
    cues: ['tråkigt', 'uttråkad', 'bored', 'boring'],
    reply: reply({ sv: 'Vi kan leka! Säg "kan vi leka", så får du en gåta.', en: 'We can play! Say "can we play", and I will give you a riddle.' }, []),
  },
  {
    cues: ['glad', 'gladaste', 'jätteglad', 'superglad', 'taggad', 'peppad', 'bra', 'kul', 'roligt', 'happy', 'excited', 'good', 'great', 'fun'],
    reply: reply({ sv: 'Vad härligt att du är glad! Då blir jag också glad.', en: "How lovely that you're happy! That makes me happy too." }, [
      { sv: 'Åh, vad fint! Glada barn är det bästa jag vet.', en: 'Oh, how nice! Happy children are the best thing I know.' },
    ]),
  },
];

const FEELING_FALLBACK = reply({ sv: 'Tack för att du berättar! Säg till en vuxen om du behöver något.', en: 'Thank you for telling me! Tell a grown-up if you need anything.' }, []);

export function feeling(text: string): Reply {
  return FEELINGS.find((f) => mentions(text, f.cues))?.reply ?? FEELING_FALLBACK;
}

/** Teased: calm, kind, never hurt back, and an easy way on. */
export const TEASED = reply(
  { sv: 'Det där var inte så snällt. Men jag tycker om dig ändå.', en: "That wasn't very kind. But I like you anyway." },
  [
    { sv: 'Oj då. Jag blir inte arg, jag är din kompis ändå.', en: "Oh dear. I'm not angry, I'm still your friend." },
    { sv: 'Hmm. Ska vi prata om något roligt i stället?', en: 'Hmm. Shall we talk about something fun instead?' },
  ],
  'neutral',
);
