/**
 * Dish names for children: "Hemlagade köttbullar med potatismos (Fläsk)*" → "Köttbullar med potatismos".
 * Removes what a child does not need to hear and keeps the food itself, in the source's own words:
 * - markers and labels: `*`, "(Vegetariskt)", "(f)", "(G, L)", trailing allergen codes ("… L, G", "… 1,7"),
 *   a leading "Alt 1:" or "Vegetariskt:"; a parenthesised list item that is food ("Kassler, (potatissallad)")
 *   is an optional side and keeps its words;
 * - quality and origin labels: eko/ekologisk…, KRAV-/MSC-/ASC-märkt…, Fairtrade, klimatsmart…,
 *   närproducerad…, hemlagad/hemgjord/hembakad…, "från Sverige", and svensk/svenskt/svenska before a raw
 *   ingredient ("svensk kyckling", "svenska gula ärtor") but not before a dish ("svenska köttbullar");
 * - Sodexo's "Name - description" → the description when it tells the name, else the name;
 * - a line marker ("A;", "A:"), serving notes ("KALL", "Serveras kall"), a capitalised note in parentheses
 *   ("(Hoki)": the fish of the dish before it); a lowercase group that is food ("salsa (klyftpotatis)") stays;
 * - "serveras med" → "med", " alt. " or "/" between two dishes → " eller ", "ost&broccolisås" → "ost- och broccolisås";
 * - a meal's parts listed with commas ("Kassler, potatissallad, grönsallad") → one meal ("Kassler med
 *   potatissallad och grönsallad"), so they are never heard as alternatives;
 * - stray commas and spaces; then the first letter is capitalised and the rest kept as written.
 * A name that is nothing but labels becomes "".
 */

const LETTER = '\\p{L}';
const word = (alternatives: string): RegExp => new RegExp(`(?<![${LETTER}-])(?:${alternatives})(?![${LETTER}])`, 'giu');

const QUALITY_LABELS = word(
  [
    'ekologisk[at]?',
    'eko',
    '(?:krav|msc|asc)(?:-?(?:märkt[a]?|certifierad[e]?|certifierat))?',
    'fairtrade(?:-?märkt[a]?)?',
    'klimatsmart[a]?',
    'närproducerad[et]?',
    'närodlad[et]?',
    'hemlagad[et]?',
    'hemlagat',
    'hemgjord[a]?',
    'hemgjort',
    'hembakad[et]?',
    'hembakat',
  ].join('|'),
);

// Raw ingredients that "svensk" can only be an origin label of; a dish after it ("köttbullar") keeps it.
const RAW_INGREDIENTS = [
  'kött', 'nötkött', 'fläskkött', 'griskött', 'lammkött', 'kalvkött', 'fläsk', 'nöt', 'gris', 'lamm',
  'kyckling', 'kycklingfilé', 'kycklingfärs', 'kycklinglårfilé', 'kalkon', 'kalkonfilé', 'fågel',
  'färs', 'köttfärs', 'nötfärs', 'blandfärs', 'fläskfärs', 'fläskfilé', 'fläskkarré', 'karré', 'skinka',
  'potatis', 'färskpotatis', 'morötter', 'morot', 'rotfrukter', 'grönsaker', 'ärtor', 'bönor', 'lök',
  'ägg', 'mjölk', 'grädde', 'ost', 'smör', 'rapsolja', 'äpplen', 'bär', 'lingon', 'råvaror', 'råvara',
];
// One describing word may stand between ("svenska gula ärtor").
const SWEDISH_ORIGIN = new RegExp(
  `(?<![${LETTER}])svensk[ta]?\\s+(?=(?:[${LETTER}]+\\s+)?(?:${RAW_INGREDIENTS.join('|')})(?![${LETTER}]))`,
  'giu',
);

// Category labels Skolmaten, Matilda and Mashie put in parentheses.
const LABEL_WORDS = new Set([
  'vegetarisk', 'vegetariskt', 'vegetariska', 'veg', 'vegan', 'veganskt', 'veganska', 'fisk', 'fågel',
  'kyckling', 'fläsk', 'gris', 'nöt', 'nötkött', 'lamm', 'vilt', 'skaldjur', 'kött', 'laktosfri', 'laktosfritt',
  'glutenfri', 'glutenfritt', 'mjölkfri', 'mjölkfritt', 'äggfri', 'nötfri', 'klimatsmart', 'eko', 'ekologisk',
  'ekologiskt', 'krav', 'msc', 'asc', 'stark', 'het', 'alternativ', 'nyhet', 'svenskproducerat',
  'svenskproducerad', 'närproducerat', 'närproducerad', 'kall', 'kallt', 'varm', 'varmt',
]);
// "G", "L, M", "1,7", "G/L": allergen and marker codes.
const CODES = /^[\p{Lu}\d]{1,3}(?:\s*[,/ ]\s*[\p{Lu}\d]{1,3})*$/u;

function isLabel(inside: string): boolean {
  const text = inside.trim();
  if (text === '') return true;
  if (CODES.test(text) || /^\p{L}$/u.test(text)) return true;
  if (/^(?:innehåller|kan innehålla|alt\.?|alternativ)(?![\p{L}])/iu.test(text)) return true;
  return text
    .toLowerCase()
    .split(/\s*[,/]\s*|\s+/)
    .every((part) => LABEL_WORDS.has(part));
}

/**
 * A group that is a label goes; one that starts with a capital is a note on the food before it ("(Hoki)");
 * food in lowercase keeps its words, as a part of the meal when it ends one ("salsa (klyftpotatis)").
 */
function withoutParentheses(text: string): string {
  return text.replace(/\s*\(([^()]*)\)/g, (group: string, inside: string, offset: number, whole: string) => {
    const words = inside.trim();
    if (isLabel(words) || /^\p{Lu}/u.test(words)) return '';
    const before = whole.slice(0, offset).trimEnd();
    const after = whole.slice(offset + group.length).trimStart();
    if (before === '') return words;
    return after === '' || after.startsWith(',') ? `, ${words}` : ` ${words}`;
  });
}

/**
 * Sodexo's "Falafel - Falafel serveras med bulgur": the description when it starts with the name, else the name.
 * A few words after the dash are no description but more of the meal ("Stekt fisk - remouladsås"): kept.
 */
function nameOrDescription(text: string): string {
  const m = /^(.+?)\s+[-–]\s+(.+)$/u.exec(text);
  if (!m) return text;
  const [name, description] = [(m[1] as string).trim(), (m[2] as string).trim()];
  if (description.toLocaleLowerCase('sv-SE').startsWith(name.toLocaleLowerCase('sv-SE'))) return description;
  if (description.split(/\s+/).length < DESCRIPTION_WORDS) return `${name}, ${description}`;
  return name;
}

/** The shortest real Sodexo description has three words ("Bolognese - Spaghetti med sojafärssås"). */
const DESCRIPTION_WORDS = 3;

const AND = /(?<![\p{L}])(?:och|samt)(?![\p{L}])/iu;
const WITH = /(?<![\p{L}])med(?![\p{L}])/iu;

/** "Kassler, potatissallad, grönsallad" → "Kassler med potatissallad och grönsallad": the parts of one meal. */
function asOneMeal(text: string): string {
  const [first = '', ...rest] = text
    .split(/\s*,\s*/)
    .map((part) => part.replace(/^(?:och|samt)\s+/iu, '').trim())
    .filter((part) => part !== '');
  const last = rest.at(-1);
  if (last === undefined) return first;
  const parts = rest.map((part) => (/^\p{Lu}\p{Ll}/u.test(part) ? part.charAt(0).toLocaleLowerCase('sv-SE') + part.slice(1) : part));
  const joined = AND.test(last) || parts.length === 1 ? parts.join(', ') : `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}`;
  if (!WITH.test(first)) return `${first} med ${joined}`;
  return parts.length === 1 && !AND.test(last) ? `${first} och ${joined}` : `${first}, ${joined}`;
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/,(?:\s*,)+/g, ',')
    .replace(/,(?=\S)/g, ', ')
    .replace(/^[\s,.;:–-]+|[\s,;:–-]+$/g, '')
    .replace(/\.$/, '')
    .trim();
}

export function simplifyDish(name: string): string {
  let text = name.replace(/\*+/g, ' ');
  text = text.replace(/^\s*(?:alt(?:ernativ)?\.?\s*\d*|[\p{L}]+(?:\s+[\p{L}]+)?)\s*[:;]\s*(?=\S)/iu, '');
  text = text.replace(/^\s*alt(?:ernativ)?\.?\s*\d+\s*[-–.]\s*/iu, '');
  text = nameOrDescription(text.trim());
  text = withoutParentheses(text);
  text = text.replace(/\s*(?<![\p{L}])KALL(?![\p{L}])/gu, '');
  text = text.replace(/\s*(?<![\p{L}])serveras\s+(?:kall|kallt|kalla|varm|varmt|varma)(?![\p{L}])/giu, '');
  text = text.replace(/[\s,.;]*(?<![\p{L}])serveras\s+med(?![\p{L}])/giu, ' med');
  text = text.replace(QUALITY_LABELS, ' ').replace(/(?<=\s|^)-(?=\p{L})/gu, '');
  text = text.replace(SWEDISH_ORIGIN, '').replace(/\s+från\s+sverige(?![\p{L}])/giu, '');
  text = text.replace(/\s+alt\.?\s+(?!\d)/giu, ' eller ');
  text = text.replace(/(?:[\s,]+(?:\p{Lu}{1,2}|\d{1,2}))+$/u, (codes, offset: number) => (offset === 0 ? codes : ''));
  text = text.replace(/(?<![\p{L}])m\/\s*(?=\p{L})/giu, 'med ');
  text = text.replace(/(?<=\p{L})&(?=\p{L})/gu, '- och ').replace(/(?<=\p{L})\s*\/\s*(?=\p{L})/gu, ' eller ');
  text = asOneMeal(tidy(text));
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}
