import path from 'node:path';
import { defineSkill, readSentenceDir } from '../../sdk';
import { answerLunch } from './answer';

export { NO_MENU } from './replies';

export default defineSkill({
  sentences: readSentenceDir(path.join(__dirname, 'sentences')),
  manifest: {
    id: 'lunch',
    version: '0.2.0',
    name: { sv: 'Maten', en: 'Lunch' },
    description: { sv: 'berätta vad det blir för mat', en: 'tell you what is for lunch' },
    languages: ['sv', 'en'],
    permissions: { data: ['lunch', 'lunch_feedback'] },
    intents: [
      {
        id: 'lunch',
        slots: ['date', 'meal'],
        examples: {
          sv: [
            'jag är hungrig', 'jag är så hungrig', 'jag är jättehungrig', 'vad blir det för mat jag är hungrig',
            'vad blir det för mat', 'vad blir det för mat idag', 'vad blir det för mat imorgon', 'va e de för mat', 'va blir de för mat',
            'vad ska vi äta', 'vad ska vi äta idag', 'vad ska vi äta till lunch', 'vad äter vi idag', 'vad får vi för mat',
            'vad blir det till lunch', 'vad är det för lunch idag', 'vad blir det till mellis', 'vad blir det för mellanmål',
            'vad får vi till mellis', 'vad blir det till frukost', 'vad blir det för efterrätt', 'får vi efterrätt idag', 'mat idag',
            'maten', 'lunch', 'mellis', 'vad ska vi äta imorrn', 'vad blir det för mat på fredag', 'vad åt vi igår',
            'blir det pannkakor idag', 'blir det fisk idag', 'får vi glass', 'vad har kocken lagat', 'vad står det på matsedeln',
            'jag är hungrig vad blir det för mat', 'vad är det för mat laiban', 'vet du vad vi ska äta', 'vad blir det för soppa',
            'blir det något gott idag', 'vad ska vi ha till lunch imorgon',
          ],
          en: [
            'i am hungry', 'im so hungry',
            'what is for lunch', 'whats for lunch today', 'what are we eating today', 'what are we having for lunch', 'what is for snack',
            'what food is there today', 'what do we eat today', 'is there pasta today', 'whats for dessert', 'lunch today',
            'what is on the menu', 'what are we eating tomorrow', 'what did we have for lunch yesterday', 'i am hungry what is for lunch',
            'what is for breakfast', 'are we having pancakes', 'food today',
          ],
        },
      },
    ],
  },
  handle: answerLunch,
});
