/**
 * IT's credentials for the admin API: one random token per operator, never the teachers' password. The
 * robot keeps only each token's SHA-256 (a token has 256 bits of chance, so a plain hash is enough).
 */
import crypto from 'node:crypto';

export interface OperatorToken {
  name: string;
  sha256: string;
}

export const hashToken = (token: string): string => crypto.createHash('sha256').update(token, 'utf8').digest('hex');

export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** The operator an `Authorization: Bearer …` header belongs to, or undefined. */
export function operatorFor(header: string | undefined, tokens: readonly OperatorToken[]): string | undefined {
  const token = /^Bearer ([A-Za-z0-9_-]{20,})$/.exec(header ?? '')?.[1];
  if (!token) return undefined;
  const given = Buffer.from(hashToken(token), 'hex');
  return tokens.find((t) => {
    const known = Buffer.from(t.sha256, 'hex');
    return known.length === given.length && crypto.timingSafeEqual(known, given);
  })?.name;
}
