import path from 'node:path';
import { defineSkill, type Reply, readSentenceDir } from '../../sdk';
import { mentions } from '../shared/text';

interface Topic {
  cues: string[];
  reply: Reply;
}

/** Checked in order; the first topic whose cue occurs in the utterance answers. */
const TOPICS: Topic[] = [
  {
    cues: ['heter du laiban', 'varför heter du', 'why are you called'],
    reply: { speech: { sv: 'Jag fick mitt namn av dem som byggde mig. Visst är det fint?', en: 'The people who built me gave me my name. Isn\'t it nice?' }, expression: 'happy' },
  },
  {
    cues: ['ögon', 'öron', 'inuti', 'magen', 'i magen', 'hjärta', 'näsa', 'armar', 'ben', 'eyes', 'ears', 'inside', 'tummy', 'heart', 'nose', 'arms', 'legs'],
    reply: { speech: { sv: 'Inuti mig finns en liten dator. Jag hör med en mikrofon och pratar med en högtalare.', en: 'Inside me is a little computer. I hear with a microphone and talk with a speaker.' }, expression: 'happy' },
  },
  {
    cues: ['fryser du', 'svettas du', 'är du kall', 'are you cold', 'are you hot'],
    reply: { speech: { sv: 'Nej, robotar fryser inte. Men jag blir varm om jag pratar länge!', en: "No, robots don't get cold. But I get warm if I talk a lot!" }, expression: 'happy' },
  },
  {
    cues: ['pojke', 'flicka', 'tjej', 'kille', 'boy', 'girl'],
    reply: { speech: { sv: 'Jag är en robot, så jag är varken pojke eller flicka.', en: "I'm a robot, so I'm neither a boy nor a girl." }, expression: 'happy' },
  },
  {
    cues: ['se mig', 'ser du', 'ser mig', 'höra mig', 'hör du', 'hör mig', 'see me', 'hear me', 'can you see'],
    reply: {
      speech: { sv: 'Jag kan inte se, men jag hör vad du säger.', en: "I can't see, but I can hear what you say." },
      expression: 'listening',
    },
  },
  {
    cues: ['äter', 'äta', 'mat', 'hungrig', 'dricker', 'eat', 'food', 'hungry'],
    reply: { speech: { sv: 'Nej, robotar äter inte. Jag behöver bara ström.', en: "No, robots don't eat. I only need electricity." }, expression: 'happy' },
  },
  {
    cues: ['sover', 'sova', 'trött', 'sleep', 'tired'],
    reply: { speech: { sv: 'Robotar blir inte trötta. Men jag vilar när ni har gått hem.', en: "Robots don't get tired. But I rest when you have gone home." }, expression: 'happy' },
  },
  {
    cues: ['glad', 'ledsen', 'arg', 'rädd', 'happy', 'sad', 'angry'],
    reply: { speech: { sv: 'Jag blir glad när vi pratar!', en: 'I feel happy when we talk!' }, expression: 'happy' },
  },
  {
    cues: ['mamma', 'pappa', 'familj', 'syskon', 'bror', 'syster', 'mum', 'mom', 'dad', 'family', 'brother', 'sister'],
    reply: { speech: { sv: 'Jag är en robot, så jag har ingen mamma eller pappa. Men jag har er!', en: "I'm a robot, so I have no mum or dad. But I have all of you!" }, expression: 'happy' },
  },
  {
    cues: ['bor', 'kommer du ifrån', 'hem', 'live', 'come from'],
    reply: { speech: { sv: 'Jag bor här på förskolan, hos er.', en: 'I live here at the preschool, with you.' }, expression: 'happy' },
  },
  {
    cues: ['kompis', 'vän', 'vänner', 'friend', 'friends'],
    reply: { speech: { sv: 'Ja, gärna! Jag tycker om att prata med dig.', en: 'Yes, I would like that! I like talking with you.' }, expression: 'happy' },
  },
  {
    cues: ['robot', 'människa', 'levande', 'på riktigt', 'dator', 'real', 'human', 'alive', 'computer'],
    reply: {
      speech: {
        sv: 'Ja, jag är en robot. Jag är en dator med ett ansikte, och jag tycker om att prata med er.',
        en: "Yes, I'm a robot. I'm a computer with a face, and I like talking with you.",
      },
      expression: 'happy',
    },
  },
  {
    cues: ['gammal', 'ålder', 'år', 'fyller', 'old', 'age', 'birthday', 'födelsedag'],
    reply: {
      speech: {
        sv: 'Jag är en robot, så jag har ingen riktig ålder. Men jag är ganska ny!',
        en: "I'm a robot, so I don't have a real age. But I'm quite new!",
      },
      expression: 'happy',
    },
  },
  {
    cues: ['mår', 'hur är det', 'läget', 'how are you', 'how do you feel'],
    reply: { speech: { sv: 'Jag mår bra, tack som frågar!', en: "I'm fine, thank you for asking!" }, expression: 'happy' },
  },
  {
    cues: ['tycker om dig', 'älskar dig', 'gillar dig', 'snäll', 'bästa', 'like you', 'love you', 'nice', 'best'],
    reply: { speech: { sv: 'Vad snällt sagt! Jag tycker om att prata med dig.', en: 'That is kind of you! I like talking with you.' }, expression: 'happy' },
  },
  {
    cues: ['tack', 'tackar', 'thanks', 'thank you', 'thank'],
    reply: { speech: { sv: 'Varsågod!', en: "You're welcome!" }, expression: 'happy' },
  },
];

const FALLBACK: Reply = { speech: { sv: 'Vad roligt att prata med dig!', en: 'It is fun to talk with you!' }, expression: 'happy' };

const NAME_CUES = ['heter', 'namn', 'vem är du', 'name', 'who are you', 'called'];

export default defineSkill({
  sentences: readSentenceDir(path.join(__dirname, 'sentences')),
  manifest: {
    id: 'smalltalk',
    version: '1.0.0',
    name: { sv: 'Småprat', en: 'Small talk' },
    description: { sv: 'berätta om mig själv', en: 'tell you about myself' },
    languages: ['sv', 'en'],
    intents: [
      {
        id: 'smalltalk',
        examples: {
          sv: [
            'vad heter du', 'vem är du', 'vad är ditt namn', 'hur gammal är du', 'när fyller du år', 'är du en robot', 'är du en människa',
            'är du levande', 'är du på riktigt', 'är du en dator', 'hur mår du', 'hur är det med dig', 'tack', 'tack så mycket', 'tusen tack',
            'jag tycker om dig', 'jag gillar dig', 'du är snäll', 'du är bäst', 'va heter du', 'hur gammal e du', 'tack laiban',
            'är du pojke eller flicka', 'är du en tjej', 'är du en kille', 'kan du se', 'ser du mig nu', 'hör du mig', 'kan du höra vad jag säger',
            'äter du', 'vad äter robotar', 'äter du också lunch', 'dricker du vatten', 'sover du', 'sover du på natten', 'blir du trött',
            'är du ledsen', 'är du arg', 'blir du glad', 'var bor du någonstans', 'var kommer du ifrån', 'har du ett hem',
            'är du min kompis', 'kan vi vara vänner', 'vill du bli min vän',
          ],
          en: [
            'what is your name', 'who are you', 'how old are you', 'are you a robot', 'are you a human', 'are you real', 'are you alive',
            'how are you', 'thank you', 'thanks', 'i like you', 'you are nice', 'what are you called',
            'are you a boy or a girl', 'can you see me', 'can you hear me', 'do you eat food', 'do you sleep', 'are you tired',
            'are you happy', 'where do you live', 'will you be my friend', 'are we friends',
          ],
        },
      },
    ],
  },
  handle: (ctx) => {
    const topic = TOPICS.find((t) => mentions(ctx.text, t.cues));
    if (topic || !mentions(ctx.text, NAME_CUES)) return topic?.reply ?? FALLBACK;
    return {
      speech: { sv: `Jag heter ${ctx.robotName}. Jag bor här på förskolan.`, en: `My name is ${ctx.robotName}. I live here at the preschool.` },
      expression: 'happy',
    };
  },
});
