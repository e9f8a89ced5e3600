/** What the weather skill says when it cannot tell the weather asked about. */
import type { Reply } from '../../sdk';

/** What the robot says while it has no forecast; the original Laiban said the same when offline. */
export const NO_FORECAST: Reply = {
  speech: {
    sv: 'Jag har ingen väderprognos just nu. Titta ut genom fönstret!',
    en: "I don't have a weather forecast right now. Look out of the window!",
  },
  expression: 'thinking',
};

/** A forecast tells what will be, not what was. */
export const PAST_WEATHER: Reply = {
  speech: {
    sv: 'Det vet jag inte. Jag vet bara hur vädret blir, inte hur det var.',
    en: "I don't know that. I only know what the weather will be, not what it was.",
  },
  expression: 'thinking',
};

/** A day after the forecast's last step. */
export const BEYOND_FORECAST: Reply = {
  speech: {
    sv: 'Det vet jag inte än. Fråga mig igen när det är närmare!',
    en: "I don't know that yet. Ask me again when it's closer!",
  },
  expression: 'thinking',
};
