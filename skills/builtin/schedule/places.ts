/** Places and outings a child asks for by name: "Ska vi till skogen?" asks for the forest, not for any time we go out. */
import type { Activity } from '../../sdk';
import { wordsOf } from '../shared/text';

export interface PlaceWords {
  /** Swedish, found inside longer words: "skog" in "skogen" and "Skogsutflykt". */
  parts: readonly string[];
  /** Only as whole words: English ones, and "park", which is in "sparkcykel". */
  whole: readonly string[];
}

/** Each place in both languages, so that "the forest" finds "Skogsutflykt". Going to any of them is going out. */
export const PLACES: readonly PlaceWords[] = [
  { parts: ['skog'], whole: ['forest', 'woods'] },
  { parts: ['utflykt'], whole: ['trip', 'outing'] },
  { parts: ['promenad'], whole: ['walk'] },
  { parts: ['lekplats'], whole: ['playground'] },
  { parts: ['gård'], whole: ['yard'] },
  { parts: [], whole: ['park', 'parken'] },
];

const isPlaceWord = (word: string, { parts, whole }: PlaceWords): boolean => whole.includes(word) || parts.some((part) => word.includes(part));

/** The place a word of a question names, if any. */
export const placeOf = (word: string): PlaceWords | undefined => PLACES.find((place) => isPlaceWord(word, place));

/** The activities of the plan at the place ("Skogsutflykt" for the forest), in plan order. */
export function activitiesAt(place: PlaceWords, activities: readonly Activity[]): Activity[] {
  return activities.filter((activity) => wordsOf(activity.what).some((word) => isPlaceWord(word, place)));
}
