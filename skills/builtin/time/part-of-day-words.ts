import type { Localized } from '../../sdk';
import type { PartOfDay } from '../shared/part-of-day';

/** "Nu är det förmiddag." English has no word for förmiddag, so it is morning too. */
export const PART_OF_DAY_SENTENCE: Record<PartOfDay, Localized> = {
  night: { sv: 'Nu är det natt.', en: "It's night now." },
  morning: { sv: 'Nu är det morgon.', en: "It's morning now." },
  forenoon: { sv: 'Nu är det förmiddag.', en: "It's morning now." },
  afternoon: { sv: 'Nu är det eftermiddag.', en: "It's afternoon now." },
  evening: { sv: 'Nu är det kväll.', en: "It's evening now." },
};
