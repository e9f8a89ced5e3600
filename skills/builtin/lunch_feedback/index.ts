import path from 'node:path';
import { defineSkill, readSentenceDir } from '../../sdk';
import { answerLunchFeedback } from './answer';

export default defineSkill({
  sentences: readSentenceDir(path.join(__dirname, 'sentences')),
  manifest: {
    id: 'lunch_feedback',
    version: '0.1.0',
    name: { sv: 'Omdöme om maten', en: 'Lunch feedback' },
    description: { sv: 'berätta för kocken vad du tyckte om maten', en: 'tell the cook what you thought of the food' },
    languages: ['sv', 'en'],
    permissions: { data: ['lunch', 'lunch_feedback'] },
    intents: [
      {
        id: 'lunch_feedback',
        slots: ['rating'],
        examples: {
          sv: [
            'maten var god', 'maten var jättegod', 'maten var gott', 'maten var inte god', 'maten var äcklig', 'maten var sådär', 'maten var okej',
            'det var gott', 'det var jättegott idag', 'lunchen var god', 'lunchen var inte god', 'jag tyckte om maten', 'jag tyckte inte om maten',
            'jag gillade maten', 'tack för maten', 'säg till kocken att maten var god', 'maten smakade gott', 'soppan var äcklig',
            'jag vill säga vad jag tyckte om maten',
          ],
          en: [
            'the food was good', 'the food was yummy', 'the food was not good', 'the food was okay', 'lunch was yucky', 'i liked the food',
            'i did not like the food', 'thank you for the food', 'tell the cook the food was good',
          ],
        },
      },
    ],
  },
  handle: answerLunchFeedback,
});
