import type { Lang } from '../../../core/languages';

/**
 * What the safeguarding detector can find in a child's words: the situation (category), how urgent it is
 * (level) and whom it is about. Replies, alerts and the panel all read these.
 */

export const SAFEGUARDING_CATEGORIES = [
  'emergency',
  'hurt',
  'ill',
  'hit_bullied',
  'feelings',
  'lost_alone',
  'toilet_accident',
  'toilet_routine',
  'help_call',
] as const;
export type SafeguardingCategory = (typeof SAFEGUARDING_CATEGORIES)[number];

/**
 * emergency: the strongest alert, the child is kept near; needs_adult: an alert; routine: helpful words and
 * no alert (unless the preschool wants one); unsure: the robot asks whether something happened.
 */
export const ALERT_LEVELS = ['emergency', 'needs_adult', 'routine', 'unsure'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

/** Sub-kinds that change the words, not the level: a sad child and a scared one hear different comfort. */
export type FeelingKind = 'sad' | 'scared' | 'angry' | 'missing' | 'grief' | 'lonely';

export interface Detection {
  /** The language whose words were found (the answer is given in it when the child's is not known). */
  lang: Lang;
  category: SafeguardingCategory;
  level: AlertLevel;
  /** self: the speaker; other: another child ("min kompis blöder", "Alva gråter", "de slåss"). */
  about: 'self' | 'other';
  /** The other child's name when the child said one (as said, capitalised), for "… att Alva behöver hjälp". */
  name?: string;
  kind?: FeelingKind;
  /** 0–1: how sure the detector is; below the act threshold it is `unsure`. */
  score: number;
  /** An unsure check that followed an emergency word raises the alert when the child then says nothing. */
  raiseOnSilence: boolean;
  /** The patterns that fired, for tests and `laiban nlu eval` (never logged with the child's words). */
  cues: string[];
}

/** A level the staff are alerted for (routine only when the preschool asks for it). */
export function isAlertLevel(level: AlertLevel): level is 'emergency' | 'needs_adult' {
  return level === 'emergency' || level === 'needs_adult';
}
