import type { Lang } from '../../sdk/types';

/** "a, b och c" / "a, b and c". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${last}`;
}

/** "imorgon" → "Imorgon": a phrase that starts a sentence. */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** True when any of the phrases occurs in the normalised text as whole words. */
export function mentions(normalized: string, phrases: readonly string[]): boolean {
  const padded = ` ${normalized} `;
  return phrases.some((p) => padded.includes(` ${p} `));
}
