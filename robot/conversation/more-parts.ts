/**
 * A longer answer in parts: the first part, then "Vill du höra mer?"; a yes tells the next part, a no
 * ends it kindly, anything else is a new question.
 */
import type { Expression, Localized } from '../../skills/sdk/types';

export const MORE_QUESTION: Localized = { sv: 'Vill du höra mer?', en: 'Do you want to hear more?' };
export const NO_MORE: Localized = { sv: 'Okej! Fråga mig gärna något annat.', en: 'Okay! Ask me something else if you like.' };

export interface PendingParts {
  parts: Localized[];
  question: Localized;
  guessing: boolean;
  intent: string;
  skill: string;
  expression: Expression;
  askedAt: number;
}
