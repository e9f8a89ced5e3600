import type { Lang } from '../../sdk/types';

/** "a, b och c" / "a, b and c". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${last}`;
}

/** True when any of the phrases occurs in the normalised text as whole words. */
export function mentions(normalized: string, phrases: readonly string[]): boolean {
  const padded = ` ${normalized} `;
  return phrases.some((p) => padded.includes(` ${p} `));
}
