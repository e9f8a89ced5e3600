/**
 * Cross-site request checks for every POST: the form's hidden token must be the session's, and a browser's
 * Origin (or Sec-Fetch-Site) must say the form came from this panel.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Session } from './sessions';

export const CSRF_FIELD = 'csrf';

export type OriginVerdict = { kind: 'same-origin' } | { kind: 'cross-origin'; reason: string };

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function checkOrigin(headers: IncomingHttpHeaders, secure: boolean): OriginVerdict {
  const fetchSite = header(headers, 'sec-fetch-site');
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return { kind: 'cross-origin', reason: `sec-fetch-site ${fetchSite}` };
  }
  const origin = header(headers, 'origin');
  if (origin === undefined) return { kind: 'same-origin' };
  // With Referrer-Policy same-origin our own forms carry our origin; "null" comes from a sandboxed frame or a
  // page with no origin of its own, never from the panel.
  const host = header(headers, 'host');
  const own = host === undefined ? undefined : `${secure ? 'https' : 'http'}://${host}`.toLowerCase();
  return origin.toLowerCase() === own ? { kind: 'same-origin' } : { kind: 'cross-origin', reason: `origin ${origin}` };
}

export function csrfTokenMatches(session: Session | undefined, given: string | null): boolean {
  if (!session || given === null) return false;
  const expected = Buffer.from(session.csrfToken);
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
