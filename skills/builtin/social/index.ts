import path from 'node:path';
import { defineSkill, readSentenceDir } from '../../sdk';
import { play, story } from './play';
import { birthday, feeling, likes, TEASED } from './talk';
import { wonder } from './wonder';

export default defineSkill({
  sentences: readSentenceDir(path.join(__dirname, 'sentences')),
  manifest: {
    id: 'social',
    version: '1.0.0',
    name: { sv: 'Prata och leka', en: 'Chat and play' },
    description: { sv: 'leka gissa djuret och berätta en saga', en: 'play guess the animal and tell a story' },
    languages: ['sv', 'en'],
    intents: [
      {
        id: 'social_likes',
        examples: {
          sv: ['jag gillar dinosaurier', 'jag tycker om att rita', 'jag älskar hästar', 'min favoritfärg är rosa', 'jag har en hund', 'jag har en ny cykel'],
          en: ['i like dinosaurs', 'i love horses', 'my favourite colour is pink', 'i have a dog'],
        },
        slots: [],
        priority: 'normal',
      },
      {
        id: 'social_birthday',
        examples: {
          sv: ['jag fyller år idag', 'jag har födelsedag', 'jag är fyra år', 'jag fyller fem snart', 'min kompis fyller år', 'jag ska ha kalas'],
          en: ["it's my birthday", 'i am four', 'i am five years old', 'my friend has a birthday today'],
        },
        slots: [],
        priority: 'normal',
      },
      {
        id: 'social_feeling',
        examples: {
          sv: ['jag fryser', 'jag är trött', 'jag är glad', 'jag är törstig', 'det är tråkigt', 'jag är jätteglad idag'],
          en: ['i am cold', 'i am tired', 'i am happy', 'i am bored'],
        },
        slots: [],
        priority: 'normal',
      },
      {
        id: 'social_teasing',
        examples: {
          sv: ['du är dum', 'jag hatar dig', 'du är ful', 'du är en tönt', 'dumma robot', 'du är tråkig'],
          en: ['you are stupid', 'i hate you', 'you are ugly', 'silly robot'],
        },
        slots: [],
        priority: 'normal',
      },
      {
        id: 'social_play',
        examples: {
          sv: ['kan vi leka', 'vill du leka', 'kan du en gåta', 'ska vi leka något', 'gissa djuret', 'kan vi räkna'],
          en: ['can we play', 'do you want to play', 'tell me a riddle', "let's play a game", "let's count"],
        },
        slots: [],
        priority: 'normal',
      },
      {
        id: 'social_story',
        examples: {
          sv: ['berätta en saga', 'kan du berätta en saga', 'berätta en historia', 'kan du sjunga', 'läs en saga för mig'],
          en: ['tell me a story', 'can you tell a story', 'can you sing'],
        },
        slots: [],
        priority: 'normal',
      },
      {
        id: 'social_wonder',
        examples: {
          sv: ['varför är himlen blå', 'kan du flyga', 'vad äter en giraff', 'finns det spöken', 'vad säger kossan', 'hur långt är det till månen'],
          en: ['why is the sky blue', 'can you fly', 'what do giraffes eat', 'are there ghosts', 'what does the cow say'],
        },
        slots: [],
        priority: 'normal',
      },
    ],
    permissions: { data: [] },
  },
  handle: (ctx) => {
    switch (ctx.intent) {
      case 'social_likes':
        return likes(ctx.text);
      case 'social_birthday':
        return birthday(ctx.text);
      case 'social_feeling':
        return feeling(ctx.text);
      case 'social_teasing':
        return TEASED;
      case 'social_play':
        return play(ctx.text, ctx.now);
      case 'social_wonder':
        return wonder(ctx.text);
      default:
        return story(ctx.text, ctx.now);
    }
  },
});
