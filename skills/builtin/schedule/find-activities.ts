/** The activities of a plan that a question names. */
import type { Activity } from '../../sdk';
import { wordsOf } from '../shared/text';
import { type ActivityKind, isOfKind, kindOf, sameWord } from './activity-kinds';
import { activitiesAt, placeOf } from './places';

export interface AskedActivity {
  /** Set when the question named a kind ("gå ut"), which some answers say in their own words. */
  kind?: ActivityKind;
  /** In plan order; may be empty when the question named a kind the plan does not have. */
  found: readonly Activity[];
}

/**
 * The first of `words` that names a kind, with the plan's activities of that kind; failing that, the first
 * word found in the plan ("gympa" finds "Gympa i salen"). Undefined when no word names anything in the plan.
 */
export function findActivities(words: readonly string[], activities: readonly Activity[]): AskedActivity | undefined {
  for (const word of words) {
    const kind = kindOf(word);
    if (kind) return { kind, found: activities.filter((activity) => isOfKind(activity.what, kind)) };
  }
  for (const word of words) {
    const found = activities.filter((activity) => wordsOf(activity.what).some((planned) => sameWord(planned, word)));
    if (found.length > 0) return { found };
  }
  return undefined;
}

/**
 * For a yes or no: a place named ("skogen") is only found where the plan has it, as going out elsewhere is no
 * yes to it; other words as findActivities.
 */
export function findAskedFor(words: readonly string[], activities: readonly Activity[]): AskedActivity | undefined {
  const place = words.map(placeOf).find((named) => named !== undefined);
  return place ? { found: activitiesAt(place, activities) } : findActivities(words, activities);
}
