import type { Reply } from '../../skills/sdk/types';

/** When a skill fails: kind, never technical, and points to a grown-up. */
export const skillFailedReply: Reply = {
  speech: { sv: 'Oj, det vet jag inte just nu. Fråga en fröken!', en: "Oops, I don't know that right now. Ask a teacher!" },
  expression: 'sad',
};

/**
 * When the robot did not understand: honest, warm, and it invites a question the robot can answer (one of
 * several, so a child who keeps talking does not hear the same sentence).
 */
export const notUnderstoodReply: Reply = {
  speech: {
    sv: 'Det vet jag inte. Fråga mig vad jag kan, så berättar jag!',
    en: "I don't know that. Ask me what I can do, and I'll tell you!",
  },
  variants: [
    { sv: 'Hmm, det kan jag inte svara på. Fråga mig vad det blir för mat!', en: "Hmm, I can't answer that. Ask me what's for lunch!" },
    { sv: 'Det vet jag inte. Men du kan fråga mig hur vädret blir!', en: "I don't know that. But you can ask me what the weather will be like!" },
    { sv: 'Oj, det är en svår fråga. Fråga mig vad klockan är, det vet jag!', en: "Oh, that's a hard one. Ask me what time it is, I know that!" },
    { sv: 'Det vet jag inte, men jag lyssnar gärna. Fråga mig om dagen idag!', en: "I don't know that, but I like listening. Ask me about today!" },
  ],
  expression: 'thinking',
};

/** When the ears were unsure of the words: the child is asked again, never blamed. */
export const notHeardReply: Reply = {
  speech: { sv: 'Förlåt, jag hörde inte riktigt. Kan du säga det igen?', en: "Sorry, I didn't quite hear that. Can you say it again?" },
  expression: 'listening',
};
