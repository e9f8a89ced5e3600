/**
 * Wrong passwords (and wrong setup codes) slow logins down: five from one address lock that address for a
 * while; many from everywhere together (guessing from many addresses) make every check wait, one at a time,
 * but never refuse anyone, so strangers on the network cannot lock the staff out. Times come from the
 * injected clock.
 */
import type { Clock } from '../../core/clock';

/** open: check the password, after waiting `delayMs`; locked: this address must wait until `untilMs`. */
export type LoginGate = { kind: 'open'; delayMs: number } | { kind: 'locked'; untilMs: number };

export interface LoginLimits {
  perAddress: number;
  overall: number;
  /** Failures older than this are forgotten. */
  windowMs: number;
  lockMs: number;
  /** The wait before each check while `overall` failures are recent. */
  slowMs: number;
  maxAddresses: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAddress: 5,
  overall: 20,
  windowMs: 15 * 60 * 1000,
  lockMs: 5 * 60 * 1000,
  slowMs: 2000,
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

  constructor(
    private readonly clock: Clock,
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
  ) {}

  check(address: string): LoginGate {
    const now = this.clock.now().getTime();
    const record = this.addresses.get(address);
    if (record && record.lockedUntilMs > now) return { kind: 'locked', untilMs: record.lockedUntilMs };
    const spraying = this.recentFailuresMs.filter((at) => now - at <= this.limits.windowMs).length >= this.limits.overall;
    return { kind: 'open', delayMs: spraying ? this.limits.slowMs : 0 };
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
    return this.check(address);
  }

  recordSuccess(address: string): void {
    this.addresses.delete(address);
  }

  private forgetOld(now: number): void {
    this.recentFailuresMs = this.recentFailuresMs.filter((at) => now - at <= this.limits.windowMs).slice(-this.limits.overall * 10);
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

/** Waits as long as the gate says (checks go one at a time, so a burst of guesses waits in line). */
export function slowDown(gate: LoginGate): Promise<void> {
  return gate.kind === 'open' && gate.delayMs > 0 ? new Promise((resolve) => setTimeout(resolve, gate.delayMs)) : Promise.resolve();
}
