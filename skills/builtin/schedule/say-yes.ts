/** A yes from the plan: "Ja! Klockan tio är det gympa.", and once it is done "Ja, klockan tio var det gympa." */
import type { Localized } from '../../sdk';
import { lowercaseFirst } from '../shared/text';

/** `when` is what sayWhen tells of the activity; `past` when it is done for today. */
export function sayYes(when: Localized, past: boolean): Localized {
  if (past) return { sv: `Ja, ${lowercaseFirst(when.sv)}`, en: `Yes, ${lowercaseFirst(when.en)}` };
  return { sv: `Ja! ${when.sv}`, en: `Yes! ${when.en}` };
}
