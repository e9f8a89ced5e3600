import path from 'node:path';
import { defineSkill, readSentenceDir } from '../../sdk';
import { answerSchedule } from './answer';

export { NO_SCHEDULE } from './replies';

export default defineSkill({
  sentences: readSentenceDir(path.join(__dirname, 'sentences')),
  manifest: {
    id: 'schedule',
    version: '0.2.0',
    name: { sv: 'Dagens aktiviteter', en: "Today's activities" },
    description: { sv: 'berätta vad vi ska göra idag', en: 'tell you what we are doing today' },
    languages: ['sv', 'en'],
    permissions: { data: ['schedule'] },
    intents: [
      {
        id: 'schedule',
        slots: ['date'],
        examples: {
          sv: [
            'har vi gympa idag', 'ska vi ha gympa', 'blir det musik idag', 'har vi musik idag', 'ska vi på utflykt idag', 'ska vi gå till skogen idag', 'har vi rörelse idag', 'blir det sagostund idag',
            'vad ska vi göra idag', 'vad ska vi göra', 'va ska vi göra idag', 'vad gör vi idag', 'vad händer idag', 'vad ska vi göra imorgon',
            'vad ska vi göra i eftermiddag', 'ska vi gå ut', 'ska vi gå ut idag', 'går vi ut snart', 'när ska vi gå ut', 'ska vi vara ute',
            'när är det vila', 'när är det samling', 'när är det fruktstund', 'när ska vi vila', 'ska vi gå till skogen',
            'är det utflykt idag', 'ska vi ha musik', 'ska vi gå till parken', 'vad har vi för aktivitet idag',
            'vad händer på förskolan idag', 'vad ska vi göra efter lunch', 'vad gör vi sen', 'vad ska vi göra efter vilan', 'när får vi leka ute',
            'vad står det på schemat', 'ska vi baka idag', 'vad ska vi göra på fredag', 'när är det sångstund',
            'vad händer efter lunchen', 'vad gör vi efter mellis',
          ],
          en: [
            'do we have gym today', 'is there music today', 'are we going on a trip today',
            'what are we doing today', 'what are we doing', 'what are we going to do today', 'what is happening today', 'are we going outside',
            'are we going outside today', 'when is nap time', 'when is circle time', 'when do we go outside',
            'are we going to the forest', 'what are we doing tomorrow', 'what are we doing after lunch', 'what is on the schedule today',
            'whats next', 'can we go outside', 'is it rest time now', 'when is rest time', 'what happens after lunch',
          ],
        },
      },
    ],
  },
  handle: answerSchedule,
});
