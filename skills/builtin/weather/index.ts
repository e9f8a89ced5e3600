import path from 'node:path';
import { defineSkill, readSentenceDir } from '../../sdk';
import { answerWeather } from './answer';

export { NO_FORECAST } from './replies';

export default defineSkill({
  sentences: readSentenceDir(path.join(__dirname, 'sentences')),
  manifest: {
    id: 'weather',
    version: '0.2.0',
    name: { sv: 'Vädret', en: 'The weather' },
    description: { sv: 'berätta hur vädret blir', en: 'tell you about the weather' },
    languages: ['sv', 'en'],
    permissions: { data: ['weather', 'warnings'] },
    intents: [
      {
        id: 'weather',
        slots: ['date', 'timeOfDay'],
        examples: {
          sv: [
            'hur blir vädret', 'hur blir vädret idag', 'hur blir vädret imorgon', 'vad blir det för väder', 'va e de för väder',
            'hur är vädret', 'hur är vädret ute', 'regnar det', 'regnar det ute', 'kommer det att regna', 'kommer det regna idag',
            'snöar det', 'kommer det att snöa', 'blir det snö imorgon', 'är det kallt ute', 'är det varmt ute', 'är det soligt idag',
            'blåser det ute', 'hur kallt är det ute', 'hur många grader är det', 'skiner solen idag', 'blir det sol i eftermiddag',
            'ska det regna ikväll', 'blir det fint väder i helgen', 'väder imorgon', 'vädret', 'är det halt ute', 'är det minusgrader',
            'blir det åska', 'regnar det imorrn', 'vet du om det ska regna', 'hur blir vädret på fredag', 'är det blött ute',
          ],
          en: [
            'what is the weather like', 'whats the weather today', 'what will the weather be tomorrow', 'is it raining', 'is it raining outside',
            'will it rain today', 'is it going to snow', 'is it cold outside', 'is it warm outside', 'is it sunny today', 'how cold is it outside',
            'is it windy', 'will it be sunny this afternoon', 'weather tomorrow', 'is the sun shining', 'will there be snow',
          ],
        },
      },
    ],
  },
  handle: answerWeather,
});
