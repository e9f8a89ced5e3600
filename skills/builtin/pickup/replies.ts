/** What the pickup skill says when it cannot tell, and how it asks who is asking. */
import type { Reply } from '../../sdk';

/** What the robot says while it does not know who picks a child up; it never guesses about another child. */
export const PICKUP_UNKNOWN: Reply = {
  speech: { sv: 'Det vet jag inte. Fråga en fröken!', en: "I don't know. Ask a teacher!" },
  expression: 'neutral',
};

/**
 * Asks for the child's name; the child's answer ("Alva") comes back to this skill in the child slot.
 * The conversation says the follow-up question after the speech, so the speech must not repeat it.
 */
export const ASK_NAME: Reply = {
  speech: { sv: 'Jag ska titta efter.', en: 'Let me check.' },
  expression: 'happy',
  followUp: { question: { sv: 'Vad heter du?', en: "What's your name?" }, slot: 'child' },
};
