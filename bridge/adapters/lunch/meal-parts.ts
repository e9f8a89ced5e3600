/**
 * A meal listed as its parts, one course each (Matilda: "Stekt kebab och kall sås", "Ris", "Grönsaker, bröd och
 * dryck"), told as the dishes a child chooses between: a side ("Ris", "Potatismos") goes with the main course
 * or courses before it ("Stekt kebab och kall sås med ris"), and what every meal has (vegetables, bread, drink)
 * is no dish at all. Mains stay alternatives of each other, as the source lists them.
 */
import { isMenuLabel } from '../../../protocol/menu-labels';

const STAPLE = /^(?:(?:kokt|kokta|rostad|stekt|pressad|ugnsbakad|ugnsrostad|stuvad|stuvade|klyft)\s+)?(?:\p{L}{2,})?(?:ris|potatis|potatismos|mos|potatisgratäng|pasta|bulgur|couscous|matvete|quinoa|nudlar|makaroner|spagetti|spaghetti|gryn)$/iu;

const EVERY_MEAL = new Set([
  'grönsaker', 'grönt', 'grönsallad', 'sallad', 'salladsbuffé', 'salladsbord', 'grönsaksbuffé', 'råkost',
  'bröd', 'mjukt bröd', 'knäckebröd', 'smör', 'pålägg', 'dryck', 'måltidsdryck', 'mjölk', 'vatten',
]);

/** "Havreris", "Kokt potatis", "Potatismos": one word of food that comes with a main course. */
export function isSide(course: string): boolean {
  return STAPLE.test(course.trim());
}

/** "Grönsaker, bröd och dryck", "Bröd, pålägg, dryck och grönt": the table every meal has. */
export function isEveryMealTable(course: string): boolean {
  const parts = course
    .toLocaleLowerCase('sv-SE')
    .split(/\s*(?:,|&|\boch\b|\bsamt\b|\+)\s*/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.length > 0 && parts.every((part) => EVERY_MEAL.has(part));
}

/** The course names of one meal, in the source's order, as its dishes; labels ("Jullov") pass through untouched. */
export function dishesOfParts(courses: readonly string[]): string[] {
  const told: Dish[] = [];
  const labels: string[] = [];
  let waiting: Dish[] = [];
  let lastOwners: Dish[] = [];
  for (const raw of courses) {
    const course = raw.trim();
    if (course === '' || isEveryMealTable(course)) continue;
    if (isMenuLabel(course)) {
      labels.push(course);
      continue;
    }
    if (isSide(course) && (waiting.length > 0 || lastOwners.length > 0)) {
      if (waiting.length > 0) [lastOwners, waiting] = [waiting, []];
      for (const owner of lastOwners) owner.sides.push(course);
      continue;
    }
    const dish: Dish = { main: course, sides: [] };
    told.push(dish);
    waiting.push(dish);
    lastOwners = [];
  }
  return [...labels, ...told.map(withSides)];
}

interface Dish {
  main: string;
  sides: string[];
}

function withSides({ main, sides }: Dish): string {
  if (sides.length === 0) return main;
  const said = sides.map((side) => side.charAt(0).toLocaleLowerCase('sv-SE') + side.slice(1));
  const list = said.length === 1 ? said[0] : `${said.slice(0, -1).join(', ')} och ${said.at(-1)}`;
  return /(?<![\p{L}])med(?![\p{L}])/iu.test(main) ? `${main} och ${list}` : `${main} med ${list}`;
}
