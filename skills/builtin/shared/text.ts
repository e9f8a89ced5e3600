import type { Lang } from '../../sdk/types';

const CONJUNCTIONS: Record<'and' | 'or', Record<Lang, string>> = {
  and: { sv: 'och', en: 'and' },
  or: { sv: 'eller', en: 'or' },
};

/** "a, b och c" / "a, b and c"; with `or`, alternatives: "a, b eller c" / "a, b or c". */
export function joinList(items: readonly string[], lang: Lang, conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${CONJUNCTIONS[conjunction][lang]} ${last}`;
}

/** "imorgon" → "Imorgon": a phrase that starts a sentence. */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * "Fiskgratäng" → "fiskgratäng", "Idag behöver du …" → "idag behöver du …": a phrase put in the middle of a
 * sentence. A word that starts with two capitals ("BBQ-kyckling", "MSC") is an abbreviation and stays.
 */
export function lowercaseFirst(text: string): string {
  const [first = '', second = ''] = [...text];
  if (second !== '' && second !== second.toLocaleLowerCase('sv-SE')) return text;
  return first.toLocaleLowerCase('sv-SE') + text.slice(first.length);
}

/** True when any of the phrases occurs in the normalised text as whole words. */
export function mentions(normalized: string, phrases: readonly string[]): boolean {
  const padded = ` ${normalized} `;
  return phrases.some((p) => padded.includes(` ${p} `));
}

/** The lower-case words of a text as teachers wrote it ("Gå till skogen!" → ["gå", "till", "skogen"]). */
export function wordsOf(text: string): string[] {
  return text
    .toLocaleLowerCase('sv-SE')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Teachers' text used inside a sentence: without surrounding space or a full stop of its own ("Vila." → "Vila"). */
export const asPhrase = (text: string): string => text.trim().replace(/[.!]+$/, '');

/** Teachers' text said as a sentence of its own: a capital first, and a full stop unless it already ends one. */
export function asSentence(text: string): string {
  const said = capitalize(text.trim());
  return /[.!?]$/.test(said) ? said : `${said}.`;
}
