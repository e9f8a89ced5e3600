import type { Lang } from '../../core/languages';
import { words } from './normalize';

const SWEDISH = new Set(
  ('jag du vi ni han hon det den de är var vad vem när hur vilken vilket vilka och att som på i till för med om inte ' +
    'har ska kan vill blir idag imorgon dag klockan mat hej tack ja nej mig dig oss min din mitt ditt va e de nu då').split(' '),
);
const ENGLISH = new Set(
  ('i you we he she it they is are was what who when how which and that the a an on in to for with about not ' +
    'have will can want be today tomorrow day time food hello thanks yes no me my your our now then do does').split(' '),
);

/** The language of an utterance from its common words and letters; undefined when it cannot tell. */
export function detectLanguage(normalized: string): Lang | undefined {
  let sv = /[åäö]/.test(normalized) ? 2 : 0;
  let en = 0;
  for (const w of words(normalized)) {
    if (SWEDISH.has(w)) sv++;
    if (ENGLISH.has(w)) en++;
  }
  if (sv === en) return undefined;
  return sv > en ? 'sv' : 'en';
}
