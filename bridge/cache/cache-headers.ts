/**
 * When an upstream answer stops being fresh according to its own HTTP cache headers, for fetchers to
 * return as `expiresAt`. The bridge is a shared cache, so s-maxage wins over max-age; no-store/no-cache
 * make the answer stale at once (still kept as the last good value); Expires is read relative to Date
 * so a wrong upstream clock does not matter. undefined when the headers say nothing.
 */
export function expiresAtFromHeaders(headers: Headers, now: Date): Date | undefined {
  const cc = (headers.get('cache-control') ?? '').toLowerCase();
  const directives = new Map<string, string | undefined>();
  for (const part of cc.split(',')) {
    const [k, v] = part.trim().split('=', 2);
    if (k) directives.set(k.trim(), v?.trim().replace(/^"|"$/g, ''));
  }
  if (directives.has('no-store') || directives.has('no-cache')) return new Date(now.getTime());
  const age = Math.max(0, Number(headers.get('age') ?? 0) || 0);
  for (const d of ['s-maxage', 'max-age']) {
    const raw = directives.get(d);
    if (raw !== undefined && /^\d+$/.test(raw)) {
      return new Date(now.getTime() + Math.max(0, Number(raw) - age) * 1000);
    }
  }
  const expires = headers.get('expires');
  if (expires !== null) {
    const exp = Date.parse(expires);
    if (Number.isNaN(exp)) return new Date(now.getTime()); // invalid Expires means "already expired"
    const date = Date.parse(headers.get('date') ?? '');
    const base = Number.isNaN(date) ? now.getTime() : date;
    return new Date(now.getTime() + Math.max(0, exp - base));
  }
  return undefined;
}
