/**
 * Wrong passwords (and wrong setup codes) lock logins: five from one address lock that address, and many
 * from everywhere together lock everyone, so guessing from many addresses does not help either. Times come
 * from the injected clock.
 */
import type { Clock } from '../../robot/clock';

export type LoginGate = { kind: 'open' } | { kind: 'locked'; scope: 'address' | 'everyone'; untilMs: number };

export interface LoginLimits {
  perAddress: number;
  overall: number;
  /** Failures older than this are forgotten. */
  windowMs: number;
  lockMs: number;
  maxAddresses: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAddress: 5,
  overall: 20,
  windowMs: 15 * 60 * 1000,
  lockMs: 5 * 60 * 1000,
  maxAddresses: 10_000,
};

interface AddressRecord {
  failures: number;
  firstFailureMs: number;
  lockedUntilMs: number;
}

export class LoginLimiter {
  private readonly addresses = new Map<string, AddressRecord>();
  private recentFailuresMs: number[] = [];
  private everyoneLockedUntilMs = 0;

  constructor(
    private readonly clock: Clock,
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
  ) {}

  check(address: string): LoginGate {
    const now = this.clock.now().getTime();
    if (this.everyoneLockedUntilMs > now) return { kind: 'locked', scope: 'everyone', untilMs: this.everyoneLockedUntilMs };
    const record = this.addresses.get(address);
    if (record && record.lockedUntilMs > now) return { kind: 'locked', scope: 'address', untilMs: record.lockedUntilMs };
    return { kind: 'open' };
  }

  /** Counts a wrong attempt; the answer says whether it locked. */
  recordFailure(address: string): LoginGate {
    const now = this.clock.now().getTime();
    this.forgetOld(now);
    const record = this.addresses.get(address) ?? { failures: 0, firstFailureMs: now, lockedUntilMs: 0 };
    if (now - record.firstFailureMs > this.limits.windowMs) Object.assign(record, { failures: 0, firstFailureMs: now });
    record.failures += 1;
    if (record.failures >= this.limits.perAddress) Object.assign(record, { failures: 0, lockedUntilMs: now + this.limits.lockMs });
    this.addresses.set(address, record);

    this.recentFailuresMs.push(now);
    if (this.recentFailuresMs.length >= this.limits.overall) {
      this.everyoneLockedUntilMs = now + this.limits.lockMs;
      this.recentFailuresMs = [];
    }
    return this.check(address);
  }

  recordSuccess(address: string): void {
    this.addresses.delete(address);
  }

  private forgetOld(now: number): void {
    this.recentFailuresMs = this.recentFailuresMs.filter((at) => now - at <= this.limits.windowMs);
    if (this.addresses.size < this.limits.maxAddresses) return;
    for (const [address, r] of this.addresses) {
      if (r.lockedUntilMs <= now && now - r.firstFailureMs > this.limits.windowMs) this.addresses.delete(address);
    }
    // Still full (a flood of addresses): forget the oldest rather than grow without end.
    for (const address of this.addresses.keys()) {
      if (this.addresses.size < this.limits.maxAddresses) break;
      this.addresses.delete(address);
    }
  }
}
