/** What the lunch skill says when it has no menu at all. */
import type { Reply } from '../../sdk';

/** What the robot says while it has no menu (the menu source or the bridge is down). */
export const NO_MENU: Reply = {
  speech: {
    sv: 'Jag har ingen matsedel just nu. Fråga en fröken vad det blir för mat!',
    en: "I don't have the menu right now. Ask a teacher what's for lunch!",
  },
  expression: 'thinking',
};
