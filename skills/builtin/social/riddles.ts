/** "Gissa djuret": tiny riddles a four-year-old can guess, no screen needed. */
import type { Localized } from '../../sdk/types';

export interface Riddle {
  clue: Localized;
  answer: Localized;
}

export const RIDDLES: readonly Riddle[] = [
  { clue: { sv: 'Gissa djuret! Jag säger mu och ger mjölk.', en: 'Guess the animal! I say moo and give milk.' }, answer: { sv: 'Det är en ko!', en: "It's a cow!" } },
  { clue: { sv: 'Gissa djuret! Jag är stor och grå och har en lång snabel.', en: "Guess the animal! I'm big and grey with a long trunk." }, answer: { sv: 'Det är en elefant!', en: "It's an elephant!" } },
  { clue: { sv: 'Gissa djuret! Jag säger kvack och simmar i dammen.', en: 'Guess the animal! I say quack and swim in the pond.' }, answer: { sv: 'Det är en anka!', en: "It's a duck!" } },
  { clue: { sv: 'Gissa djuret! Jag har en jättelång hals och äter löv högt upp.', en: 'Guess the animal! I have a very long neck and eat leaves up high.' }, answer: { sv: 'Det är en giraff!', en: "It's a giraffe!" } },
  { clue: { sv: 'Gissa djuret! Jag säger mjau och har morrhår.', en: 'Guess the animal! I say meow and have whiskers.' }, answer: { sv: 'Det är en katt!', en: "It's a cat!" } },
  { clue: { sv: 'Gissa djuret! Jag är grön, jag hoppar och bor vid dammen.', en: "Guess the animal! I'm green, I hop and I live by the pond." }, answer: { sv: 'Det är en groda!', en: "It's a frog!" } },
  { clue: { sv: 'Gissa djuret! Jag har taggar på ryggen och sover hela vintern.', en: 'Guess the animal! I have spikes on my back and sleep all winter.' }, answer: { sv: 'Det är en igelkott!', en: "It's a hedgehog!" } },
];

export const GUESS_QUESTION: Localized = { sv: 'Vad tror du?', en: 'What do you think?' };
export const ANOTHER_ONE: Localized = { sv: 'Säg "kan vi leka" om du vill ha en till.', en: 'Say "can we play" if you want another one.' };
