import { defineSkill, type Reply } from '../../sdk';

/** What the robot says while it has no plan for the day. */
export const NO_SCHEDULE: Reply = {
  speech: { sv: 'Jag vet inte vad vi ska göra idag. Fråga en fröken!', en: "I don't know what we are doing today. Ask a teacher!" },
  expression: 'thinking',
};

export default defineSkill({
  manifest: {
    id: 'schedule',
    version: '0.1.0',
    name: { sv: 'Dagens aktiviteter', en: "Today's activities" },
    description: { sv: 'berätta vad vi ska göra idag', en: 'tell you what we are doing today' },
    languages: ['sv', 'en'],
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
          ],
          en: [
            'do we have gym today', 'is there music today', 'are we going on a trip today',
            'what are we doing today', 'what are we doing', 'what are we going to do today', 'what is happening today', 'are we going outside',
            'are we going outside today', 'when is nap time', 'when is circle time', 'when do we go outside',
            'are we going to the forest', 'what are we doing tomorrow', 'what are we doing after lunch', 'what is on the schedule today',
            'whats next', 'can we go outside', 'is it rest time now',
          ],
        },
      },
    ],
  },
  // Teachers' day plans arrive in a later issue; until then, and whenever there is no plan, this kind answer.
  handle: () => NO_SCHEDULE,
});
