/** What the clothing skill says when it cannot advise. */
import type { Reply } from '../../sdk';

/** What the robot says while it has no forecast to dress for. */
export const NO_CLOTHING_ADVICE: Reply = {
  speech: {
    sv: 'Jag vet inte hur vädret blir just nu. Fråga en fröken vad du ska ha på dig.',
    en: "I don't know what the weather will be like right now. Ask a teacher what to wear.",
  },
  expression: 'thinking',
};

/** A day gone by, or one the forecast does not reach. */
export const ONLY_COMING_DAYS: Reply = {
  speech: {
    sv: 'Jag vet bara vad du ska ha på dig idag och de närmaste dagarna.',
    en: 'I only know what to wear today and on the next few days.',
  },
  expression: 'thinking',
};
