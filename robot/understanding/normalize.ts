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

/** A child's question is a few words; anything longer is cut here, before any part of understanding sees it. */
export const MAX_UTTERANCE_CHARS = 300;

/**
 * What came in as a child's words, made safe to keep, show and understand: control and invisible format
 * characters out (a control character becomes a space; a zero-width space or a right-to-left override is dropped), NFC, single spaces,
 * and at most MAX_UTTERANCE_CHARS, cut at a word.
 */
export function cleanUtterance(text: string): string {
  // Only the head is looked at: a megabyte line costs no more than a short one.
  const head = text.slice(0, MAX_UTTERANCE_CHARS * 4).normalize('NFC');
  const clean = head
    .replace(/\p{Cf}+/gu, '')
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean.length <= MAX_UTTERANCE_CHARS) return clean;
  const cut = clean.slice(0, MAX_UTTERANCE_CHARS);
  const space = cut.lastIndexOf(' ');
  return space > MAX_UTTERANCE_CHARS / 2 ? cut.slice(0, space) : cut;
}

export function words(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}
