/**
 * The one shape every utterance takes before matching: lower case, letters (å, ä, ö kept),
 * digits and single spaces. Speech recognisers already give text like this; typed text gets it here.
 */
export function normalizeUtterance(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Text from outside as the robot keeps and shows it: NFC, a control character (a terminal escape, a NUL) as a
 * space, an invisible format character (a zero-width space, a right-to-left override) gone, single spaces.
 */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\p{Cf}+/gu, '')
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A child's question is a few words; anything longer is cut here, before any part of understanding sees it. */
export const MAX_UTTERANCE_CHARS = 300;

/** What came in as a child's words, cleaned (cleanText) and at most MAX_UTTERANCE_CHARS, cut at a word. */
export function cleanUtterance(text: string): string {
  // Only the head is looked at: a megabyte line costs no more than a short one.
  const clean = cleanText(text.slice(0, MAX_UTTERANCE_CHARS * 4));
  if (clean.length <= MAX_UTTERANCE_CHARS) return clean;
  const cut = clean.slice(0, MAX_UTTERANCE_CHARS);
  const space = cut.lastIndexOf(' ');
  return space > MAX_UTTERANCE_CHARS / 2 ? cut.slice(0, space) : cut;
}

export function words(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}
