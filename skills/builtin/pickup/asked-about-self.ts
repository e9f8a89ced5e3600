/** Whether a child asks about their own pick-up ("vem hämtar mig") or another child's ("vem hämtar Alva"). */
import { mentions } from '../shared/text';

/** "min kompis Alva" is another child, so only the words that point at the speaker. */
const FIRST_PERSON = ['jag', 'mig', 'mej', 'me', 'im'];

/** Words of a question about a pick-up. An utterance without any is an answer to "Vad heter du?": "Alva", "det är Alva". */
const QUESTION_WORDS = [
  'vem', 'när', 'vilken', 'hur', 'hämtar', 'hämta', 'hämtas', 'hämtad', 'hämtning', 'kommer', 'går', 'hem',
  'who', 'when', 'what', 'how', 'picking', 'pick', 'picks', 'picked', 'coming', 'comes', 'come', 'home', 'collecting', 'getting',
];

/** `text` is the normalised utterance (lower case, no punctuation). */
export function asksAboutSelf(text: string): boolean {
  return mentions(text, FIRST_PERSON) || !mentions(text, QUESTION_WORDS);
}
