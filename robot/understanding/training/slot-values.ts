/*
 * The lists templates fill in live in the sentence files (skills/common/sentences and each skill's own);
 * only the children's names come from here and from the roster.
 */

/** ~45 first names common among Swedish preschool children (Swedish and other origins), used when no roster is given. */
export const DEFAULT_ROSTER: readonly string[] = [
  'Alva', 'Elsa', 'Astrid', 'Maja', 'Alice', 'Vera', 'Selma', 'Olivia', 'Ella', 'Wilma', 'Saga', 'Ebba', 'Freja', 'Alma',
  'Stella', 'Nora', 'Signe', 'Lilly', 'Agnes', 'Juni', 'Hedda', 'Lova', 'Amina', 'Sara', 'Noah', 'Hugo', 'William', 'Liam',
  'Lucas', 'Oscar', 'Elias', 'Adam', 'Matteo', 'Ludvig', 'Leo', 'Olle', 'Nils', 'Theo', 'Alfred', 'Vincent', 'Charlie',
  'Isak', 'Sixten', 'Ali', 'Omar', 'Yusuf', 'Mohammed',
];

/** Roster names as the recogniser writes them: lower case, letters only. */
export function rosterValues(roster: readonly string[]): string[] {
  return roster.map((n) => n.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()).filter((n) => n.length > 0);
}
