/**
 * A child's questions about the world ("varför är himlen blå") and about what the robot can do ("kan du
 * flyga"): the robot cannot know, so it says so warmly and points to a grown-up to find out with.
 */
import type { Localized, Reply } from '../../sdk/types';
import { capitalize } from '../shared/text';

const SOUNDS: Record<string, Localized> = {
  ko: { sv: 'mu', en: 'moo' }, kossan: { sv: 'mu', en: 'moo' }, kon: { sv: 'mu', en: 'moo' }, cow: { sv: 'mu', en: 'moo' },
  katt: { sv: 'mjau', en: 'meow' }, katten: { sv: 'mjau', en: 'meow' }, cat: { sv: 'mjau', en: 'meow' },
  hund: { sv: 'voff', en: 'woof' }, hunden: { sv: 'voff', en: 'woof' }, dog: { sv: 'voff', en: 'woof' },
  gris: { sv: 'nöff', en: 'oink' }, grisen: { sv: 'nöff', en: 'oink' }, pig: { sv: 'nöff', en: 'oink' },
  får: { sv: 'bä', en: 'baa' }, fåret: { sv: 'bä', en: 'baa' }, lamm: { sv: 'bä', en: 'baa' }, sheep: { sv: 'bä', en: 'baa' },
  anka: { sv: 'kvack', en: 'quack' }, ankan: { sv: 'kvack', en: 'quack' }, duck: { sv: 'kvack', en: 'quack' },
  tupp: { sv: 'kuckeliku', en: 'cock-a-doodle-doo' }, tuppen: { sv: 'kuckeliku', en: 'cock-a-doodle-doo' }, rooster: { sv: 'kuckeliku', en: 'cock-a-doodle-doo' },
  häst: { sv: 'gnägg', en: 'neigh' }, hästen: { sv: 'gnägg', en: 'neigh' }, horse: { sv: 'gnägg', en: 'neigh' },
  uggla: { sv: 'hoho', en: 'twit-twoo' }, ugglan: { sv: 'hoho', en: 'twit-twoo' }, owl: { sv: 'hoho', en: 'twit-twoo' },
};

const SOUND_QUESTION = /(?:^| )(?:vad säger|hur låter|what does|what sound does) (?:en |ett |the |a )?(\p{L}+)/u;
const ABILITY_QUESTION = /(?:^| )(?:kan du|can you|are you able to)(?: |$)/u;

const CANNOT: Reply = {
  speech: { sv: 'Nej, det kan jag inte. Men jag kan prata, lyssna och ge dig en gåta!', en: "No, I can't do that. But I can talk, listen and give you a riddle!" },
  variants: [{ sv: 'Det kan jag inte, jag är en liten robot. Säg "kan vi leka", så får du en gåta!', en: 'I can\'t, I\'m a little robot. Say "can we play", and you get a riddle!' }],
  expression: 'happy',
};

const GOOD_QUESTION: Reply = {
  speech: { sv: 'Vilken bra fråga! Fråga en fröken, så kan ni ta reda på det tillsammans.', en: "What a good question! Ask a teacher, and you can find out together." },
  variants: [
    { sv: 'Det undrar jag också! En fröken kan hjälpa dig att leta i en bok.', en: 'I wonder that too! A teacher can help you look in a book.' },
    { sv: 'Hmm, det vet jag inte. Men det är roligt att undra!', en: "Hmm, I don't know. But wondering is fun!" },
  ],
  expression: 'thinking',
};

export function wonder(text: string): Reply {
  const animal = SOUND_QUESTION.exec(text)?.[1];
  const sound = animal === undefined ? undefined : SOUNDS[animal];
  if (animal !== undefined && sound !== undefined) {
    return {
      speech: { sv: `${capitalize(animal)} säger ${sound.sv}!`, en: `The ${animal} says ${sound.en}!` },
      expression: 'happy',
    };
  }
  return ABILITY_QUESTION.test(text) ? CANNOT : GOOD_QUESTION;
}
