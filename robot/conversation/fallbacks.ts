import type { Reply } from '../../skills/sdk/types';

/** When a skill fails: kind, never technical, and points to a grown-up. */
export const skillFailedReply: Reply = {
  speech: { sv: 'Oj, det vet jag inte just nu. Fråga en fröken!', en: "Oops, I don't know that right now. Ask a teacher!" },
  expression: 'sad',
};

/** When the robot did not understand: honest, and says what it can do instead. */
export const notUnderstoodReply: Reply = {
  speech: {
    sv: 'Det vet jag inte. Fråga mig vad jag kan, så berättar jag!',
    en: "I don't know that. Ask me what I can do, and I'll tell you!",
  },
  expression: 'thinking',
};
