// An installed skill, ready to copy: a folder with this index.js in the robot's skills.installedDir.
// It tells jokes in turn and remembers, in its own store, which one comes next.
'use strict';

const JOKES = [
  { sv: 'Vad säger en snögubbe till en annan? Känner du lukten av morötter?', en: 'What does a snowman say to another? Do you smell carrots?' },
  { sv: 'Varför har elefanter inga mobiler? De har redan en snabel!', en: 'Why do elephants not need phones? They already have a trunk call!' },
  { sv: 'Vad blir det när en ko hoppar studsmatta? Milkshake!', en: 'What do you get when a cow jumps on a trampoline? A milkshake!' },
];

module.exports = {
  manifest: {
    id: 'joke',
    version: '1.0.0',
    name: { sv: 'Skämt', en: 'Jokes' },
    description: { sv: 'berätta ett skämt', en: 'tell you a joke' },
    languages: ['sv', 'en'],
    permissions: { data: [] },
    intents: [
      {
        id: 'joke',
        slots: [],
        priority: 'normal',
        examples: {
          sv: ['berätta ett skämt', 'kan du ett skämt', 'säg något roligt', 'berätta en rolig historia', 'har du ett skämt'],
          en: ['tell me a joke', 'do you know a joke', 'say something funny'],
        },
      },
    ],
  },
  async handle(ctx) {
    const next = (await ctx.store.get('next')) || 0;
    await ctx.store.set('next', (next + 1) % JOKES.length);
    return { speech: JOKES[next], expression: 'happy' };
  },
};
