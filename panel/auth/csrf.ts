/**
 * Cross-site request checks for every POST: the form's hidden token must be the session's (for staff) or one
 * the panel signed (the login and set-password forms, which keep nothing on the server), and a browser's
 * Origin (or Sec-Fetch-Site) must say the form came from this panel.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../core/clock';
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

const sameBytes = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Tokens for the forms anyone may load (login, first password): "<expiry>.<HMAC>" under a key made at start.
 * Nothing is stored per visitor, so a flood of page loads cannot push a teacher's open login form out.
 */
export class VisitorFormTokens {
  private readonly key = randomBytes(32);

  constructor(
    private readonly clock: Clock,
    private readonly lifetimeMs = 2 * 60 * 60 * 1000,
  ) {}

  issue(): string {
    const expires = (this.clock.now().getTime() + this.lifetimeMs).toString(36);
    return `${expires}.${this.sign(expires)}`;
  }

  valid(token: string | null): boolean {
    if (token === null) return false;
    const [expires, signature, extra] = token.split('.');
    if (expires === undefined || signature === undefined || extra !== undefined) return false;
    if (!sameBytes(signature, this.sign(expires))) return false;
    return parseInt(expires, 36) > this.clock.now().getTime();
  }

  private sign(expires: string): string {
    return createHmac('sha256', this.key).update(`laiban-visitor-form:${expires}`).digest('base64url');
  }
}
