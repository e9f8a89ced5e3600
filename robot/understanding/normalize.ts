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

export function words(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}
