import path from 'node:path';
import { defineSkill, readSentenceDir } from '../../sdk';
import { answerClothing } from './answer';

export { saveClothingCorrection } from './corrections';
export { NO_CLOTHING_ADVICE } from './replies';

export default defineSkill({
  sentences: readSentenceDir(path.join(__dirname, 'sentences')),
  manifest: {
    id: 'clothing',
    version: '0.2.0',
    name: { sv: 'Kläderna', en: 'Clothes' },
    description: { sv: 'säga vad du ska ha på dig ute', en: 'tell you what to wear outside' },
    languages: ['sv', 'en'],
    permissions: { data: ['weather'] },
    intents: [
      {
        id: 'clothing',
        slots: ['date', 'timeOfDay'],
        examples: {
          sv: [
            'kan jag gå ut utan vantar', 'kan jag gå ut utan jacka', 'måste jag ha mössa', 'måste jag ha overall', 'kan jag ha gympaskor ute',
            'vad ska jag ha på mig', 'vad ska jag ha på mig ute', 'vad ska jag ha på mig idag', 'va ska ja ha på mej', 'vad ska jag ta på mig',
            'vad ska jag ha på mig imorgon', 'behöver jag mössa', 'behöver jag vantar', 'behöver jag overall', 'behöver jag regnkläder',
            'ska jag ha overall', 'ska jag ha stövlar', 'ska vi ha regnkläder idag', 'måste jag ha vantar idag',
            'kan jag ha shorts', 'får jag ha sandaler', 'vilka kläder ska jag ha', 'vilka kläder behöver jag idag', 'ska jag ha regnbyxor',
            'räcker det med jacka', 'behöver jag halsduk', 'ska jag ha tjocktröja', 'vad ska man ha på sig ute', 'är det mössväder',
            'ska jag ha vinterkläder', 'behöver jag solhatt', 'måste jag ha overall i eftermiddag', 'vad ska jag ha på mig när vi går ut',
            'kan jag ha kjol idag', 'behöver vi solkräm', 'ska jag ha gummistövlar imorgon',
          ],
          en: [
            'can i go out without a hat', 'do i have to wear boots',
            'what should i wear', 'what should i wear outside', 'what should i wear today', 'do i need a hat', 'do i need my mittens',
            'do i need a coat', 'do i need wellies', 'should i wear my rain clothes', 'can i wear shorts', 'can i wear sandals today',
            'what clothes do i need', 'do we need rain clothes', 'do i need a snowsuit', 'what do i need to wear tomorrow',
            'should i put on my boots', 'do we need sun cream',
          ],
        },
      },
    ],
  },
  handle: answerClothing,
});
