/**
 * The unsure check: after "Har det hänt något? Ska jag säga till en vuxen?" the child's next words are a
 * yes, a no, or something else (a new question, answered as usual). Nothing at all, after an emergency word,
 * raises the alert anyway.
 */
import { normalizeUtterance, words } from '../understanding/normalize';
import type { Detection } from '../understanding/safeguarding/categories';

export interface PendingCheckIn {
  detection: Detection;
  /** What the child said that made the robot ask (kept for the alert, never logged). */
  said: string;
  askedAt: number;
}

export const YES_WORDS = new Set(['ja', 'japp', 'jaa', 'jo', 'joo', 'jaha', 'mm', 'mhm', 'ok', 'okej', 'gärna', 'säg', 'yes', 'yeah', 'yep', 'yup', 'please', 'okay', 'sure']);
export const NO_WORDS = new Set(['nej', 'nä', 'nää', 'nejdå', 'nej tack', 'inte', 'no', 'nope', 'nah']);
/** Words that may stand beside the answer ("ja tack", "nej det behövs inte"). */
export const BESIDE_WORDS = new Set(['tack', 'snälla', 'laiban', 'du', 'det', 'behövs', 'inte', 'säg', 'till', 'gör', 'är', 'bra', 'jag', 'mår', 'thanks', 'thank', 'you', 'do', 'it', 'its', 'fine', 'okay', 'thats']);

export type CheckInAnswer = 'yes' | 'no' | 'other';

export function checkInAnswer(text: string): CheckInAnswer {
  const ws = words(normalizeUtterance(text));
  if (ws.length === 0 || ws.length > 5) return 'other';
  const first = ws[0]!;
  const rest = ws.slice(1);
  if (!rest.every((w) => BESIDE_WORDS.has(w) || YES_WORDS.has(w) || NO_WORDS.has(w))) return 'other';
  if (NO_WORDS.has(first) || ws.includes('nej') || ws.includes('no')) return 'no';
  if (YES_WORDS.has(first)) return 'yes';
  return 'other';
}
