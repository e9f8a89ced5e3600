/**
 * What one robot, or one address, may cost the bridge: requests waiting for an answer per connection, a
 * request budget per token (a token bucket), the distinct places a token may ask the weather for, and how
 * many wrong hellos an address may try before it is refused unheard for a while.
 */

export interface BridgeLimits {
  /** Requests one connection may have waiting for an answer; more are refused at once. */
  maxInFlight: number;
  /** A token's budget: this many requests at once, refilled at `requestsPerSecond`. */
  requestBurst: number;
  requestsPerSecond: number;
  /** Distinct forecast places (rounded to 0.01°, about 1 km) one token may ask for. */
  maxPlacesPerToken: number;
  /** Wrong hellos from one address within `helloWindowMs` before it is refused without a hearing. */
  maxFailedHellos: number;
  helloWindowMs: number;
  /** Unsent data a robot's socket may hold before the bridge stops reading it and closes it. */
  maxBufferedBytes: number;
}

export const DEFAULT_BRIDGE_LIMITS: BridgeLimits = {
  maxInFlight: 8,
  requestBurst: 60,
  requestsPerSecond: 5,
  maxPlacesPerToken: 4,
  maxFailedHellos: 5,
  helloWindowMs: 60_000,
  maxBufferedBytes: 4 * 1024 * 1024,
};

/** Bounded maps: the oldest entry goes first, so a flood of addresses or tokens cannot grow memory. */
const MAX_TRACKED = 10_000;

function remember<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_TRACKED) map.delete(map.keys().next().value as K);
}

export class TokenBudgets {
  private readonly buckets = new Map<string, { tokens: number; atMs: number }>();
  constructor(private readonly limits: Pick<BridgeLimits, 'requestBurst' | 'requestsPerSecond'>) {}

  /** Takes one request from the token's budget; false when it is spent. */
  take(digest: string, nowMs: number): boolean {
    const bucket = this.buckets.get(digest) ?? { tokens: this.limits.requestBurst, atMs: nowMs };
    const refilled = Math.min(this.limits.requestBurst, bucket.tokens + ((nowMs - bucket.atMs) / 1000) * this.limits.requestsPerSecond);
    const ok = refilled >= 1;
    remember(this.buckets, digest, { tokens: ok ? refilled - 1 : refilled, atMs: nowMs });
    return ok;
  }
}

export class PlacesPerToken {
  private readonly places = new Map<string, Set<string>>();
  constructor(private readonly max: number) {}

  /** Whether this token may ask for this place (a place it asked for before always may). */
  allows(digest: string, lat: number, lon: number): boolean {
    const key = `${lat.toFixed(2)},${lon.toFixed(2)}`;
    const known = this.places.get(digest) ?? new Set<string>();
    if (known.has(key)) return true;
    if (known.size >= this.max) return false;
    known.add(key);
    remember(this.places, digest, known);
    return true;
  }
}

export class FailedHellos {
  private readonly byAddress = new Map<string, { count: number; firstMs: number }>();
  constructor(private readonly limits: Pick<BridgeLimits, 'maxFailedHellos' | 'helloWindowMs'>) {}

  /** True while the address has used up its wrong hellos: its next hello is refused unheard. */
  blocked(address: string, nowMs: number): boolean {
    const entry = this.byAddress.get(address);
    if (!entry) return false;
    if (nowMs - entry.firstMs > this.limits.helloWindowMs) {
      this.byAddress.delete(address);
      return false;
    }
    return entry.count >= this.limits.maxFailedHellos;
  }

  /** Counts a wrong hello; the answer is the count in this window (the log speaks at 1, 2, 4, 8, …). */
  failed(address: string, nowMs: number): number {
    const entry = this.byAddress.get(address);
    const fresh = !entry || nowMs - entry.firstMs > this.limits.helloWindowMs;
    const next = fresh ? { count: 1, firstMs: nowMs } : { count: entry.count + 1, firstMs: entry.firstMs };
    remember(this.byAddress, address, next);
    return next.count;
  }
}

/** 1, 2, 4, 8, …: log lines about one address at a bounded rate. */
export const worthLogging = (count: number): boolean => (count & (count - 1)) === 0;
