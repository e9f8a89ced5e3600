/**
 * The robots a bridge lets in: one token per robot, listed in the bridge's config. A token is looked up by
 * its SHA-256 digest, so the raw tokens are never compared character by character. Revoking a token (marking
 * it revoked, or removing it, and reloading) closes that robot's connection.
 */
import { createHash } from 'node:crypto';

export interface RobotToken {
  /** Who this token belongs to, for the log ("solrosen-1"). */
  robot: string;
  token: string;
  revoked?: boolean;
}

export type TokenCheck =
  | { kind: 'accepted'; robot: string; digest: string }
  | { kind: 'revoked'; robot: string }
  | { kind: 'unknown' };

const digestOf = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export class TokenList {
  private readonly byDigest: Map<string, RobotToken>;

  constructor(tokens: readonly RobotToken[]) {
    this.byDigest = new Map(tokens.map((t) => [digestOf(t.token), t]));
  }

  check(token: string): TokenCheck {
    const digest = digestOf(token);
    const entry = this.byDigest.get(digest);
    if (!entry) return { kind: 'unknown' };
    return entry.revoked ? { kind: 'revoked', robot: entry.robot } : { kind: 'accepted', robot: entry.robot, digest };
  }

  /** Still accepted (a connection made with it may stay). */
  accepts(digest: string): boolean {
    const entry = this.byDigest.get(digest);
    return entry !== undefined && !entry.revoked;
  }
}
