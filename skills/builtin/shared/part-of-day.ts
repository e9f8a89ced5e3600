/** Parts of the Swedish day as a preschool lives them. */
export type PartOfDay = 'night' | 'morning' | 'forenoon' | 'afternoon' | 'evening';

export function partOfDay(hour: number): PartOfDay {
  if (hour < 5) return 'night';
  if (hour < 9) return 'morning';
  if (hour < 12) return 'forenoon';
  if (hour < 18) return 'afternoon';
  return 'evening';
}
