/**
 * Sessions in memory, keyed by a random 32-byte id in the `laiban_session` cookie. A visitor session only
 * carries the CSRF token of the login and set-password forms; logging in replaces it with a staff session
 * under a new id. Both end after an idle time measured on the injected clock; a password change ends every
 * other staff session.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../core/clock';
import type { StringKey } from '../strings';

export type NoticeKind = 'ok' | 'error';

/** A one-time message for the next page ("Sparat."), kept as a string key so it follows the language. */
export interface Notice {
  kind: NoticeKind;
  key: StringKey;
  vars?: Record<string, string>;
}

export type SessionKind = 'visitor' | 'staff';

export interface Session {
  kind: SessionKind;
  id: string;
  csrfToken: string;
  lastSeenMs: number;
  notice?: Notice;
}

export interface SessionLimits {
  staffIdleMs: number;
  visitorIdleMs: number;
  /** Anyone can make visitor sessions; the oldest go first beyond this. */
  maxVisitors: number;
  maxStaff: number;
}

export const DEFAULT_SESSION_LIMITS: SessionLimits = {
  staffIdleMs: 8 * 60 * 60 * 1000,
  visitorIdleMs: 2 * 60 * 60 * 1000,
  maxVisitors: 500,
  maxStaff: 100,
};

function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export class SessionStore {
  /** In order of last use, oldest first (a touched session is moved to the end). */
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly clock: Clock,
    private readonly limits: SessionLimits = DEFAULT_SESSION_LIMITS,
  ) {}

  /** The live session with this id, touched; undefined when unknown or idle too long. */
  find(id: string | undefined): Session | undefined {
    if (id === undefined) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    const now = this.clock.now().getTime();
    this.sessions.delete(id);
    if (this.expired(session, now)) return undefined;
    session.lastSeenMs = now;
    this.sessions.set(id, session);
    return session;
  }

  start(kind: SessionKind, replacing?: Session): Session {
    if (replacing) this.sessions.delete(replacing.id);
    this.prune(kind);
    const session: Session = { kind, id: randomToken(), csrfToken: randomToken(), lastSeenMs: this.clock.now().getTime() };
    this.sessions.set(session.id, session);
    return session;
  }

  end(session: Session): void {
    this.sessions.delete(session.id);
  }

  /** Whether this session is still the live one under its id (not ended, replaced or idle too long). */
  isLive(session: Session): boolean {
    return this.sessions.get(session.id) === session && !this.expired(session, this.clock.now().getTime());
  }

  /** After a password change: every staff session but `keep` ends, so those browsers log in again. */
  endStaffExcept(keep: Session): number {
    let ended = 0;
    for (const [id, s] of this.sessions) {
      if (s.kind === 'staff' && s !== keep) {
        this.sessions.delete(id);
        ended += 1;
      }
    }
    return ended;
  }

  private expired(session: Session, nowMs: number): boolean {
    const idle = session.kind === 'staff' ? this.limits.staffIdleMs : this.limits.visitorIdleMs;
    return nowMs - session.lastSeenMs > idle;
  }

  /** Drops expired sessions, then the least recently used of `kind` until one more fits. */
  private prune(kind: SessionKind): void {
    const now = this.clock.now().getTime();
    for (const [id, s] of this.sessions) if (this.expired(s, now)) this.sessions.delete(id);
    const max = kind === 'staff' ? this.limits.maxStaff : this.limits.maxVisitors;
    const ofKind = [...this.sessions.values()].filter((s) => s.kind === kind);
    for (const s of ofKind.slice(0, Math.max(0, ofKind.length - max + 1))) this.sessions.delete(s.id);
  }
}
