import path from 'node:path';
import { defineSkill, readSentenceDir } from '../../sdk';
import { answerPickup } from './answer';

export { PICKUP_UNKNOWN } from './replies';

export default defineSkill({
  sentences: readSentenceDir(path.join(__dirname, 'sentences')),
  manifest: {
    id: 'pickup',
    version: '0.2.0',
    name: { sv: 'Hämtning', en: 'Pick-up' },
    description: { sv: 'säga vem som hämtar dig', en: 'tell you who picks you up' },
    languages: ['sv', 'en'],
    permissions: { data: ['pickup'] },
    intents: [
      {
        id: 'pickup',
        slots: ['child', 'date'],
        examples: {
          sv: [
            'vem hämtar mig', 'vem hämtar mig idag', 'vem hämtar mig imorgon', 'vem ska hämta mig', 'vem kommer och hämtar mig',
            'vem hämtar alva', 'vem hämtar hugo idag', 'vem ska hämta noah', 'när kommer mamma', 'när kommer pappa',
            'när kommer mamma och hämtar mig', 'när kommer mormor', 'när hämtar pappa mig', 'när ska jag gå hem', 'när får jag gå hem',
            'när blir jag hämtad', 'hämtar mamma mig idag', 'hämtar pappa idag', 'är det pappa som hämtar', 'är det mamma som hämtar mig idag',
            'kommer mamma snart', 'kommer farmor idag', 'vem hämtar', 'när går jag hem', 'ska morfar hämta mig', 'kommer storebror och hämtar mig',
            'när kommer min pappa', 'hur länge tills mamma kommer', 'vem hämtar mej', 'när kommer mamma till dagis', 'när blir maja hämtad',
            'vem hämtar elsa imorrn',
          ],
          en: [
            'who is picking me up', 'who is picking me up today', 'who picks me up', 'who is coming to get me', 'when is mum coming',
            'when is dad coming', 'when is my mummy coming', 'when am i going home', 'when do i go home', 'is mum picking me up today',
            'is daddy coming to get me', 'who is picking up alva', 'when is grandma coming', 'is it dad who picks me up', 'who picks me up tomorrow',
            'when will mum come',
          ],
        },
      },
    ],
  },
  handle: answerPickup,
});
