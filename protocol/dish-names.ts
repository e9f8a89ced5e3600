/**
 * Dish names for children: "Hemlagade köttbullar med potatismos (Fläsk)*" → "Köttbullar med potatismos".
 * Removes what a child does not need to hear and keeps the food itself, in the source's own words:
 * - markers and labels: `*`, "(Vegetariskt)", "(f)", "(G, L)", trailing allergen codes ("… L, G", "… 1,7"),
 *   a leading "Alt 1:" or "Vegetariskt:"; a parenthesised list item that is food ("Kassler, (potatissallad)")
 *   is an optional side and keeps its words;
 * - quality and origin labels: eko/ekologisk…, KRAV-/MSC-/ASC-märkt…, Fairtrade, klimatsmart…,
 *   närproducerad…, hemlagad/hemgjord/hembakad…, "från Sverige", and svensk/svenskt/svenska before a raw
 *   ingredient ("svensk kyckling", "svenska gula ärtor") but not before a dish ("svenska köttbullar");
 * - "serveras med" → "med", " alt. " between two dishes → " eller ";
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
  'ekologiskt', 'krav', 'msc', 'asc', 'stark', 'het', 'alternativ', 'nyhet',
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

/** "(potatissallad)" as a whole list item is an optional side: keep its words; every other group goes. */
function withoutParentheses(text: string): string {
  return text.replace(/\s*\(([^()]*)\)/g, (group: string, inside: string, offset: number, whole: string) => {
    const before = whole.slice(0, offset).trimEnd();
    const after = whole.slice(offset + group.length).trimStart();
    const wholeItem = (before === '' || before.endsWith(',')) && (after === '' || after.startsWith(','));
    if (wholeItem && !isLabel(inside)) return `${before === '' ? '' : ' '}${inside.trim()}`;
    return '';
  });
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
  text = text.replace(/^\s*(?:alt(?:ernativ)?\.?\s*\d*|[\p{L}]+(?:\s+[\p{L}]+)?)\s*[:]\s*(?=\S)/iu, '');
  text = text.replace(/^\s*alt(?:ernativ)?\.?\s*\d+\s*[-–.]\s*/iu, '');
  text = withoutParentheses(text);
  text = text.replace(/[\s,.;]*(?<![\p{L}])serveras\s+med(?![\p{L}])/giu, ' med');
  text = text.replace(QUALITY_LABELS, ' ').replace(/(?<=\s|^)-(?=\p{L})/gu, '');
  text = text.replace(SWEDISH_ORIGIN, '').replace(/\s+från\s+sverige(?![\p{L}])/giu, '');
  text = text.replace(/\s+alt\.?\s+(?!\d)/giu, ' eller ');
  text = text.replace(/(?:[\s,]+(?:\p{Lu}{1,2}|\d{1,2}))+$/u, (codes, offset: number) => (offset === 0 ? codes : ''));
  text = tidy(text);
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}
